// The public project lookup (项目信息查询): one search box over name, code, permit numbers,
// applicant and address, with the content search's Chinese tokens (words, bigrams, pinyin,
// initials) from ContentItem.searchVector; filters on the Project/Permit read models; facets for
// the filter UI and suggestions when nothing matches. Only projects whose item is PUBLISHED count.
import { badInput } from "../../errors.js";
import { Prisma, type PrismaClient, type Project, type ProjectStage } from "../../generated/prisma/client.js";
import { PUBLISHED } from "../content/content.service.js";
import { highlight } from "../content/search/highlight.js";
import { decodeCursor, encodeCursor } from "../content/search/search.service.js";
import { analyzeQuery } from "../content/search/tokenize.js";
import { DISTRICT_NAMES } from "./districts.js";
import { facetClassOf, type LandUseClass } from "./land-use-classes.js";
import { normalizeNumber } from "./project-details.js";
import { type ProjectsFilter, type ProjectsInput, projectsInput } from "./projects.validation.js";

/** What a Prisma findMany on Project may add: the GraphQL selection's relations (Pothos' query). */
export type ProjectQuery = { include?: Prisma.ProjectInclude; select?: Prisma.ProjectSelect };

export interface ProjectHit {
  project: Project;
  cursor: string;
  /** The name as HTML: escaped, matches in <mark>. */
  highlightedName: string;
  /** The query was this project's code or one of its permit numbers. */
  exactMatch: boolean;
}

export interface ProjectPage {
  hits: ProjectHit[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** The checked arguments, for the suggestions shown when nothing matched. */
  filter: ProjectsFilter;
}

/** ts_rank_cd weights for D, C, B, A, as in the content search: the name (title) counts most. */
const WEIGHTS = "{0.1, 0.2, 0.4, 1.0}";

const LIVE = Prisma.sql`item.status = 'PUBLISHED' AND item."publishedAt" IS NOT NULL AND item.removed = false`;

export function parseProjectsInput(input: ProjectsInput): ProjectsFilter {
  const parsed = projectsInput.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw badInput(issue?.message ?? "查询条件有误", issue?.path.join(".") || undefined);
}

function filterSql(f: ProjectsFilter): Prisma.Sql[] {
  const filters: Prisma.Sql[] = [];
  if (f.district) filters.push(Prisma.sql`AND p.district = ${f.district}`);
  if (f.stage) filters.push(Prisma.sql`AND p.stage = ${f.stage}::"ProjectStage"`);
  // A class includes its finer classes: 07 居住用地 matches 0701 and 070101. Codes are digits only.
  if (f.landUseClass) filters.push(Prisma.sql`AND p."landUseClass" LIKE ${`${f.landUseClass}%`}`);
  if (f.keyProject !== null && f.keyProject !== undefined)
    filters.push(Prisma.sql`AND p."keyProject" = ${f.keyProject}`);
  if (f.hotArea) filters.push(Prisma.sql`AND p."hotAreaSlug" = ${f.hotArea}`);
  if (f.issuedFrom || f.issuedTo) {
    // A project is in the range when one of its permits was issued in it.
    filters.push(Prisma.sql`AND EXISTS (
      SELECT 1 FROM "Permit" AS pm WHERE pm."projectId" = p.id
        ${f.issuedFrom ? Prisma.sql`AND pm."issuedOn" >= ${f.issuedFrom}::date` : Prisma.empty}
        ${f.issuedTo ? Prisma.sql`AND pm."issuedOn" <= ${f.issuedTo}::date` : Prisma.empty})`);
  }
  if (f.bbox) {
    // Boxes that intersect the map's view (WGS-84).
    filters.push(Prisma.sql`AND p."minLng" <= ${f.bbox.east} AND p."maxLng" >= ${f.bbox.west}
      AND p."minLat" <= ${f.bbox.north} AND p."maxLat" >= ${f.bbox.south}`);
  }
  return filters;
}

const joined = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " ") : Prisma.empty);

/** Loads projects by id with the caller's selection, in the given order. */
async function loadInOrder(prisma: PrismaClient, ids: string[], query: ProjectQuery): Promise<Project[]> {
  if (ids.length === 0) return [];
  const rows = (await prisma.project.findMany({ ...query, where: { id: { in: ids } } })) as Project[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Published projects matching the query and filters. With a query: an exact project code or
 * permit number first, then names containing the query, then by relevance (name, then code,
 * applicant, address, permit numbers); otherwise, and on ties, the latest permit first.
 */
export async function findProjects(
  prisma: PrismaClient,
  input: ProjectsInput,
  query: ProjectQuery = {},
): Promise<ProjectPage> {
  const f = parseProjectsInput(input);
  const offset = f.after ? decodeCursor(f.after) : 0;
  const text = f.query ?? "";
  const { terms, tsquery } = analyzeQuery(text);
  const exact = text ? normalizeNumber(text) : null;

  let match = Prisma.empty;
  let exactSql = Prisma.sql`false`;
  let inName = Prisma.sql`false`;
  let score = Prisma.sql`0`;
  if (exact) {
    // Candidates come from the GIN index (the words) and the unique indexes (code, permit number)
    // separately: an OR of @@ and the exact tests in one condition would scan every item's vector.
    const exactIds = Prisma.sql`(SELECT id FROM "Project" WHERE code = ${exact}
      UNION SELECT "projectId" FROM "Permit" WHERE number = ${exact})`;
    exactSql = Prisma.sql`p.id IN ${exactIds}`;
    inName = Prisma.sql`strpos(lower(p.name), ${text.replace(/\s+/g, " ").toLowerCase()}) > 0`;
    match = tsquery
      ? Prisma.sql`AND (p."contentItemId" IN (SELECT id FROM "ContentItem" WHERE "searchVector" @@ ${tsquery}::tsquery)
                        OR p.id IN ${exactIds})`
      : Prisma.sql`AND p.id IN ${exactIds}`;
    if (tsquery) score = Prisma.sql`ts_rank_cd(${WEIGHTS}::float4[], item."searchVector", ${tsquery}::tsquery, 32)`;
  }

  const rows = await prisma.$queryRaw<Array<{ id: string; exact: boolean; total: number }>>`
    WITH matches AS MATERIALIZED (
      SELECT p.id, p."latestPermitIssuedOn" AS latest, ${exactSql} AS exact, ${inName} AS in_name, ${score} AS score
      FROM "Project" AS p JOIN "ContentItem" AS item ON item.id = p."contentItemId"
      WHERE ${LIVE} ${match} ${joined(filterSql(f))}
    )
    SELECT id, exact, (SELECT count(*) FROM matches)::int AS total
    FROM matches
    ORDER BY exact DESC, in_name DESC, score DESC, latest DESC NULLS LAST, id DESC
    LIMIT ${f.first + 1} OFFSET ${offset}`;

  const totalCount = rows[0]?.total ?? (offset > 0 ? await countProjects(prisma, match, f) : 0);
  const page = rows.slice(0, f.first);
  const exactIds = new Set(page.filter((r) => r.exact).map((r) => r.id));
  const projects = await loadInOrder(
    prisma,
    page.map((r) => r.id),
    query,
  );
  const hits = projects.map(
    (project, index): ProjectHit => ({
      project,
      cursor: encodeCursor(offset + index + 1),
      highlightedName: highlight(project.name, terms),
      exactMatch: exactIds.has(project.id),
    }),
  );
  return { hits, totalCount, hasNextPage: rows.length > f.first, hasPreviousPage: offset > 0, filter: f };
}

async function countProjects(prisma: PrismaClient, match: Prisma.Sql, f: ProjectsFilter): Promise<number> {
  const [row] = await prisma.$queryRaw<Array<{ total: number }>>`
    SELECT count(*)::int AS total
    FROM "Project" AS p JOIN "ContentItem" AS item ON item.id = p."contentItemId"
    WHERE ${LIVE} ${match} ${joined(filterSql(f))}`;
  return row?.total ?? 0;
}

export const SUGGESTION_COUNT = 5;

/**
 * Suggestions when a lookup found nothing (never a blank page): projects matching any part of the
 * query rather than all of it, names first, whatever the filters.
 */
export async function similarProjects(
  prisma: PrismaClient,
  text: string,
  query: ProjectQuery = {},
): Promise<Project[]> {
  const { tsquery } = analyzeQuery(text);
  if (!tsquery) return [];
  // Any term instead of every term: the operands are quoted letters and digits, so the AND
  // operators are the only " & " in the query.
  const relaxed = tsquery.replaceAll(" & ", " | ");
  const rows = await prisma.$queryRaw<Array<{ id: string }>>`
    SELECT p.id FROM "Project" AS p JOIN "ContentItem" AS item ON item.id = p."contentItemId"
    WHERE ${LIVE} AND item."searchVector" @@ ${relaxed}::tsquery
    ORDER BY ts_rank_cd('{0.01, 0.02, 0.1, 1.0}'::float4[], item."searchVector", ${relaxed}::tsquery, 32) DESC,
             p."latestPermitIssuedOn" DESC NULLS LAST, p.id
    LIMIT ${SUGGESTION_COUNT}`;
  return loadInOrder(
    prisma,
    rows.map((r) => r.id),
    query,
  );
}

/** The other suggestion: key projects (重点项目) with the newest permits. */
export async function recentKeyProjects(prisma: PrismaClient, query: ProjectQuery = {}): Promise<Project[]> {
  const rows = await prisma.$queryRaw<Array<{ id: string }>>`
    SELECT p.id FROM "Project" AS p JOIN "ContentItem" AS item ON item.id = p."contentItemId"
    WHERE ${LIVE} AND p."keyProject"
    ORDER BY p."latestPermitIssuedOn" DESC NULLS LAST, p."liveSince" DESC, p.id
    LIMIT ${SUGGESTION_COUNT}`;
  return loadInOrder(
    prisma,
    rows.map((r) => r.id),
    query,
  );
}

export interface ProjectFacets {
  total: number;
  keyProjects: number;
  /** Every district and county of the city, in official order, with zero counts too. */
  districts: Array<{ name: string; count: number }>;
  /** Every stage, in the order of the approval process. */
  stages: Array<{ stage: ProjectStage; count: number }>;
  /** Level-2 land-use classes (0701 城镇住宅用地) that published projects use, by code. */
  landUseClasses: Array<LandUseClass & { count: number }>;
  hotAreas: Array<{ slug: string; count: number }>;
}

const STAGE_ORDER: ProjectStage[] = [
  "SITE_SELECTION",
  "LAND_USE_PERMIT",
  "WORKS_PERMIT",
  "POST_APPROVAL_PUBLICITY",
  "VERIFICATION",
  "COMPLETED",
];

/** Counts of published projects per filter value, for the filter UI. One query. */
export async function projectFacets(prisma: PrismaClient): Promise<ProjectFacets> {
  const rows = await prisma.$queryRaw<
    Array<{
      district: string;
      stage: ProjectStage;
      landUseClass: string;
      hotAreaSlug: string | null;
      keyProject: boolean;
      count: number;
    }>
  >`
    SELECT p.district, p.stage, p."landUseClass", p."hotAreaSlug", p."keyProject", count(*)::int AS count
    FROM "Project" AS p JOIN "ContentItem" AS item ON item.id = p."contentItemId"
    WHERE ${LIVE}
    GROUP BY 1, 2, 3, 4, 5`;
  const add = <K>(map: Map<K, number>, key: K, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  const districts = new Map<string, number>();
  const stages = new Map<ProjectStage, number>();
  const classes = new Map<string, number>();
  const hotAreas = new Map<string, number>();
  let total = 0;
  let keyProjects = 0;
  for (const r of rows) {
    total += r.count;
    if (r.keyProject) keyProjects += r.count;
    add(districts, r.district, r.count);
    add(stages, r.stage, r.count);
    const facet = facetClassOf(r.landUseClass);
    if (facet) add(classes, facet.code, r.count);
    if (r.hotAreaSlug) add(hotAreas, r.hotAreaSlug, r.count);
  }
  return {
    total,
    keyProjects,
    districts: DISTRICT_NAMES.map((name) => ({ name, count: districts.get(name) ?? 0 })),
    stages: STAGE_ORDER.map((stage) => ({ stage, count: stages.get(stage) ?? 0 })),
    landUseClasses: [...classes]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([code, count]) => {
        const c = facetClassOf(code);
        return c ? [{ ...c, count }] : [];
      }),
    hotAreas: [...hotAreas].sort(([a], [b]) => a.localeCompare(b)).map(([slug, count]) => ({ slug, count })),
  };
}

/** A published project by its code (any spacing or width), or null. */
export function findProjectByCode(prisma: PrismaClient, code: string, query: ProjectQuery = {}) {
  return prisma.project.findFirst({ ...query, where: { code: normalizeNumber(code), contentItem: PUBLISHED } });
}

/** A permit of a published project by its number (any spacing or width), or null. */
export function findPermitByNumber(
  prisma: PrismaClient,
  number: string,
  query: { include?: Prisma.PermitInclude; select?: Prisma.PermitSelect } = {},
) {
  return prisma.permit.findFirst({
    ...query,
    where: { number: normalizeNumber(number), project: { contentItem: PUBLISHED } },
  });
}
