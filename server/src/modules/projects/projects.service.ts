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
  /** The query was this project's code or one of its permit numbers, or all the digits of one. */
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

export interface ProjectLookupOptions {
  /** How many matches are ranked by relevance (see SHORTLIST); the tests and benchmark vary it. */
  shortlist?: number;
}

/** ts_rank_cd weights for D, C, B, A, as in the content search: the name (title) counts most. */
const WEIGHTS = "{0.1, 0.2, 0.4, 1.0}";

/**
 * Relevance reads each match's search vector (a project's is ~4 KB), which is what costs time when
 * a query matches thousands of projects ("学校", "wuxiang"). As in the content search, at most this
 * many matches are ranked by relevance: the exact code or permit number, then names containing the
 * query, then the latest permits. Further matches follow them in that cheap order.
 */
export const SHORTLIST = 100;

// Project rows only exist for PROJECT items: saying so lets the planner read the kind index instead
// of every item (the content items outnumber the projects).
const LIVE = Prisma.sql`item.kind = 'PROJECT' AND item.status = 'PUBLISHED' AND item."publishedAt" IS NOT NULL
  AND item.removed = false`;

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

/**
 * How many digits a query needs to count as a permit number typed without its words: a serial
 * alone (00123) or a year is no permit, while the bureau's numbers carry 15 (450100 2026 00123).
 */
export const MIN_NUMBER_DIGITS = 8;

/**
 * The query as a permit number's digits alone ("450100202600123", also with spaces or in full
 * width, for 建字第450100202600123号), or null. Compared with Permit.numberDigits.
 */
export function numberDigitsOf(text: string): string | null {
  const number = normalizeNumber(text);
  return number.length >= MIN_NUMBER_DIGITS && /^[0-9]+$/.test(number) ? number : null;
}

/**
 * The projects that the query names exactly: by their code, a permit number, or all the digits
 * of permit numbers (both projects when 地字 and 建字 permits share their digits). The unique
 * indexes and the numberDigits index answer it.
 */
function exactIdsSql(text: string): Prisma.Sql {
  const exact = text ? normalizeNumber(text) : "";
  const digits = numberDigitsOf(text);
  return Prisma.sql`
    SELECT id FROM "Project" WHERE code = ${exact}
    UNION SELECT "projectId" FROM "Permit" WHERE number = ${exact}
    ${digits ? Prisma.sql`UNION SELECT "projectId" FROM "Permit" WHERE "numberDigits" = ${digits}` : Prisma.empty}`;
}

/**
 * The live project items whose search vector matches `q.query` (a CTE: the planner then always
 * takes the GIN index, combined with the kind index so that only PROJECT items are visited).
 */
const matchingItems = Prisma.sql`
  SELECT item.id FROM "ContentItem" AS item, q
  WHERE item."searchVector" @@ q.query AND ${LIVE}`;

/**
 * The published projects that a query matches, as rows of (id, contentItemId, latest, exact,
 * in_name): by its words (the GIN index), and by an exact code or permit number (exactIdsSql).
 * Needs the CTEs `q` (the tsquery, or NULL) and `exact_ids`.
 */
function matchesSql(text: string, tsquery: string | null, f: ProjectsFilter): Prisma.Sql {
  const phrase = text.replace(/\s+/g, " ");
  const inName = /\p{Lu}|\p{Ll}/u.test(phrase)
    ? Prisma.sql`strpos(lower(p.name), ${phrase.toLowerCase()}) > 0`
    : Prisma.sql`strpos(p.name, ${phrase}) > 0`;
  return Prisma.sql`
    SELECT p.id, p."contentItemId", p."latestPermitIssuedOn" AS latest,
           p.id IN (SELECT id FROM exact_ids) AS exact, ${inName} AS in_name
    FROM "Project" AS p
    WHERE p."contentItemId" IN (
      ${tsquery ? Prisma.sql`${matchingItems} UNION ALL` : Prisma.empty}
      SELECT item.id FROM "Project" AS e JOIN "ContentItem" AS item ON item.id = e."contentItemId"
      WHERE e.id IN (SELECT id FROM exact_ids) AND ${LIVE}
    ) ${joined(filterSql(f))}`;
}

// Prisma 6.19's client engine maps rows slowly (see content/search/search.service.ts): the page's
// projects are read raw with the ranking query, and their relations raw when the selection allows.
const PROJECT_COLUMNS = Object.values(Prisma.ProjectScalarFieldEnum);
const PROJECT_SELECT = Prisma.raw(PROJECT_COLUMNS.map((c) => `p."${c}"`).join(", "));

/**
 * Published projects matching the query and filters. With a query: an exact project code or
 * permit number (or all its digits) first, then names containing the query, then by relevance
 * (name, then code, applicant, address, permit numbers); otherwise, and on ties, the latest permit
 * first. Relevance orders the first SHORTLIST matches; any further ones keep the other rules' order.
 */
export async function findProjects(
  prisma: PrismaClient,
  input: ProjectsInput,
  query: ProjectQuery = {},
  options: ProjectLookupOptions = {},
): Promise<ProjectPage> {
  const f = parseProjectsInput(input);
  const offset = f.after ? decodeCursor(f.after) : 0;
  const text = f.query ?? "";
  const { terms, tsquery } = analyzeQuery(text);
  const shortlist = options.shortlist ?? SHORTLIST;

  const rows = await prisma.$queryRaw<Array<Record<string, unknown> & { lookupExact: boolean; lookupTotal: number }>>`
    WITH q AS (SELECT ${tsquery}::tsquery AS query),
    exact_ids AS (${exactIdsSql(text)}),
    matches AS MATERIALIZED (
      ${
        text
          ? matchesSql(text, tsquery, f)
          : Prisma.sql`
            SELECT p.id, p."contentItemId", p."latestPermitIssuedOn" AS latest, false AS exact, false AS in_name
            FROM "Project" AS p JOIN "ContentItem" AS item ON item.id = p."contentItemId"
            WHERE ${LIVE} ${joined(filterSql(f))}`
      }
    ),
    cheap AS (
      SELECT top.*, row_number() OVER (ORDER BY exact DESC, in_name DESC, latest DESC NULLS LAST, id DESC) AS n
      FROM (
        SELECT * FROM matches ORDER BY exact DESC, in_name DESC, latest DESC NULLS LAST, id DESC
        LIMIT ${Math.max(shortlist, offset + f.first + 1)}
      ) AS top
    ),
    ranked AS (
      ${
        tsquery
          ? Prisma.sql`
            SELECT cheap.*, CASE WHEN cheap.n <= ${shortlist}
                              THEN ts_rank_cd(${WEIGHTS}::float4[], item."searchVector", q.query, 32) END AS score
            FROM cheap JOIN "ContentItem" AS item ON item.id = cheap."contentItemId", q`
          : Prisma.sql`SELECT cheap.*, NULL::float4 AS score FROM cheap`
      }
    ),
    page AS (
      SELECT id, exact, row_number() OVER (
               ORDER BY n <= ${shortlist} DESC, exact DESC, in_name DESC, score DESC NULLS LAST,
                        latest DESC NULLS LAST, id DESC
             ) AS position
      FROM ranked
      ORDER BY position
      LIMIT ${f.first + 1} OFFSET ${offset}
    )
    SELECT ${PROJECT_SELECT}, page.exact AS "lookupExact", (SELECT count(*) FROM matches)::int AS "lookupTotal"
    FROM page JOIN "Project" AS p ON p.id = page.id
    ORDER BY page.position`;

  const totalCount = rows[0]?.lookupTotal ?? (offset > 0 ? await countProjects(prisma, text, tsquery, f) : 0);
  const page = rows.slice(0, f.first);
  const exactIds = new Set(page.filter((r) => r.lookupExact).map((r) => r.id));
  const projects = page.map(({ lookupExact: _, lookupTotal: __, ...project }) => project as unknown as Project);
  await loadRelations(prisma, projects, query);
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

/** The total of a page past the last match (the page query then returns no row to carry it). */
async function countProjects(
  prisma: PrismaClient,
  text: string,
  tsquery: string | null,
  f: ProjectsFilter,
): Promise<number> {
  const [row] = await prisma.$queryRaw<Array<{ total: number }>>`
    WITH q AS (SELECT ${tsquery}::tsquery AS query),
    exact_ids AS (${exactIdsSql(text)})
    SELECT count(*)::int AS total FROM (
      ${
        text
          ? matchesSql(text, tsquery, f)
          : Prisma.sql`SELECT p.id FROM "Project" AS p JOIN "ContentItem" AS item ON item.id = p."contentItemId"
                       WHERE ${LIVE} ${joined(filterSql(f))}`
      }
    ) AS matches`;
  return row?.total ?? 0;
}

/** A relation that a lookup's GraphQL selection usually asks for, and how to read it raw. */
interface RawRelation {
  table: string;
  columns: string[];
  /**
   * To-one: the project's column holding the related row's id. To-many: the related rows' column
   * holding the project's id, and their order.
   */
  key: { project: "contentItemId" } | { related: string; orderBy: string };
}

const RAW_RELATIONS: Record<string, RawRelation> = {
  permits: {
    table: "Permit",
    columns: Object.values(Prisma.PermitScalarFieldEnum),
    // The order of ProjectRef.permits (the timeline).
    key: { related: "projectId", orderBy: `"issuedOn" ASC, number ASC` },
  },
  contentItem: {
    table: "ContentItem",
    columns: Object.values(Prisma.ContentItemScalarFieldEnum),
    key: { project: "contentItemId" },
  },
};

/** The permits relation exactly as ProjectRef.permits asks for it: its own order, nothing else. */
const PERMITS_ORDER = JSON.stringify([{ issuedOn: "asc" }, { number: "asc" }]);

/**
 * The columns to read raw for a relation's selection: `true`, or a select (and, for permits, the
 * timeline's orderBy) of the related table's own scalar fields only. Null: load it through Prisma.
 */
function rawColumns(name: string, value: unknown, relation: RawRelation): string[] | null {
  if (value === true) return relation.columns;
  if (typeof value !== "object" || value === null) return null;
  const { select, orderBy, ...rest } = value as { select?: unknown; orderBy?: unknown };
  if (Object.keys(rest).length > 0) return null;
  if (orderBy !== undefined && !(name === "permits" && JSON.stringify(orderBy) === PERMITS_ORDER)) return null;
  if (select === undefined) return relation.columns;
  if (typeof select !== "object" || select === null) return null;
  const fields = Object.entries(select);
  if (!fields.every(([key, v]) => v === true && relation.columns.includes(key))) return null;
  return [...new Set(["id", ...fields.map(([key]) => key)])];
}

/**
 * Loads the relations a GraphQL selection needs onto raw project rows: permits and the content
 * item raw when only their columns are selected, anything else (nested selections) with one
 * Prisma findMany.
 */
async function loadRelations(prisma: PrismaClient, projects: Project[], query: ProjectQuery): Promise<void> {
  if (projects.length === 0) return;
  const rows = projects as unknown as Array<Record<string, unknown> & { id: string; contentItemId: string }>;
  const relations: Record<string, unknown> = { ...(query.include ?? query.select ?? {}) };
  const viaPrisma: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(relations)) {
    if (!value || PROJECT_COLUMNS.includes(name as never)) continue;
    const relation = RAW_RELATIONS[name];
    const columns = relation ? rawColumns(name, value, relation) : null;
    if (!relation || !columns) {
      viaPrisma[name] = value;
      continue;
    }
    const list = Prisma.raw(columns.map((c) => `"${c}"`).join(", "));
    const table = Prisma.raw(`"${relation.table}"`);
    if ("project" in relation.key) {
      const ids = [...new Set(rows.map((r) => r.contentItemId))];
      const related = await prisma.$queryRaw<
        Array<{ id: string }>
      >`SELECT ${list} FROM ${table} WHERE id IN (${Prisma.join(ids)})`;
      const byId = new Map(related.map((r) => [r.id, r]));
      for (const row of rows) row[name] = byId.get(row.contentItemId) ?? null;
    } else {
      const key = relation.key.related;
      const related = await prisma.$queryRaw<Array<Record<string, unknown>>>`
        SELECT ${list}, ${Prisma.raw(`"${key}"`)} AS "lookupOwner" FROM ${table}
        WHERE ${Prisma.raw(`"${key}"`)} IN (${Prisma.join(rows.map((r) => r.id))})
        ORDER BY ${Prisma.raw(relation.key.orderBy)}, id`;
      const byOwner = new Map<unknown, Array<Record<string, unknown>>>(rows.map((r) => [r.id, []]));
      for (const { lookupOwner, ...r } of related) byOwner.get(lookupOwner)?.push(r);
      for (const row of rows) row[name] = byOwner.get(row.id) ?? [];
    }
  }
  if (Object.keys(viaPrisma).length === 0) return;
  // An include's entries are valid select entries; a select's scalars are merely read twice.
  const select = { ...viaPrisma, id: true } as Prisma.ProjectSelect;
  const loaded = await prisma.project.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select });
  const byId = new Map(loaded.map((r) => [r.id, r]));
  for (const row of rows) Object.assign(row, byId.get(row.id));
}

/** Loads projects by id with the caller's selection, in the given order. */
async function loadInOrder(prisma: PrismaClient, ids: string[], query: ProjectQuery): Promise<Project[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.$queryRaw<Project[]>`
    SELECT ${PROJECT_SELECT} FROM "Project" AS p WHERE p.id IN (${Prisma.join(ids)})`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const projects = ids.flatMap((id) => byId.get(id) ?? []);
  await loadRelations(prisma, projects, query);
  return projects;
}

export const SUGGESTION_COUNT = 5;

/**
 * Suggestions when a lookup found nothing (never a blank page): projects matching any part of the
 * query rather than all of it, names first, whatever the filters. A part as common as 号 or 建字
 * matches nearly every project, so relevance orders a shortlist: the projects whose names share
 * the most of the query's words and characters, then the latest.
 */
export async function similarProjects(
  prisma: PrismaClient,
  text: string,
  query: ProjectQuery = {},
): Promise<Project[]> {
  const { terms, tsquery } = analyzeQuery(text);
  if (!tsquery) return [];
  // Any term instead of every term: the operands are quoted letters and digits, so the AND
  // operators are the only " & " in the query.
  const relaxed = tsquery.replaceAll(" & ", " | ");
  // What a name can share with the query, cheaply tested on every match: its Chinese bigrams (or
  // single characters) and its Latin words and numbers.
  const parts = terms.flatMap((t) => {
    if (t.kind !== "han") return [t.text];
    const chars = Array.from(t.text);
    return chars.length === 1 ? chars : chars.slice(1).map((c, i) => `${chars[i]}${c}`);
  });
  const rows = await prisma.$queryRaw<Array<{ id: string }>>`
    WITH q AS (SELECT ${relaxed}::tsquery AS query),
    matches AS MATERIALIZED (
      SELECT p.id, p."contentItemId", p."latestPermitIssuedOn" AS latest,
             (SELECT count(*) FROM unnest(${parts}::text[]) AS part WHERE strpos(lower(p.name), part) > 0) AS shared
      FROM "Project" AS p WHERE p."contentItemId" IN (${matchingItems})
    ),
    top AS (
      SELECT * FROM matches ORDER BY shared DESC, latest DESC NULLS LAST, id LIMIT ${SHORTLIST}
    )
    SELECT top.id FROM top JOIN "ContentItem" AS item ON item.id = top."contentItemId", q
    ORDER BY ts_rank_cd('{0.01, 0.02, 0.1, 1.0}'::float4[], item."searchVector", q.query, 32) DESC,
             top.latest DESC NULLS LAST, top.id
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

/**
 * A permit of a published project by its number (any spacing or width), or by all its digits
 * when no other published permit shares them; null when none matches. Digits that two permits
 * share (地字 and 建字 of one serial) are BAD_USER_INPUT naming both: never one picked at random.
 */
export async function findPermitByNumber(
  prisma: PrismaClient,
  number: string,
  query: { include?: Prisma.PermitInclude; select?: Prisma.PermitSelect } = {},
) {
  const live = { project: { contentItem: PUBLISHED } } satisfies Prisma.PermitWhereInput;
  const permit = await prisma.permit.findFirst({ ...query, where: { number: normalizeNumber(number), ...live } });
  const digits = numberDigitsOf(number);
  if (permit || !digits) return permit;
  const sharing = await prisma.permit.findMany({
    where: { numberDigits: digits, ...live },
    select: { id: true, number: true },
    orderBy: { number: "asc" },
  });
  if (sharing.length > 1) {
    throw badInput(
      `有 ${sharing.length} 个许可证的编号数字都是 ${digits}：${sharing.map((p) => p.number).join("、")}，请输入完整的许可证号`,
      "number",
    );
  }
  const [only] = sharing;
  return only ? prisma.permit.findUnique({ ...query, where: { id: only.id } }) : null;
}
