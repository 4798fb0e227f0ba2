// Seeds the demo projects as PROJECT content items, published through the same planned workflow
// as the demo content (seed/content/plan.ts: revisions hashed with their details, a complete
// registration form), then projected into Project/Permit by the kind's own onLive and indexed for
// search. Their site plans, permit PDFs and 3D models are stored as media first (project-media.ts).
// Idempotent: only missing items are written (and their media made), only unprojected ones projected.
import type { PrismaClient } from "../../db/index.js";
import { indexMissingContent } from "../../modules/content/search/search-index.js";
import {
  PERMIT_TYPE_LABELS,
  type ProjectDetails,
  projectDetailsSchema,
  STAGE_LABELS,
} from "../../modules/projects/project-details.js";
import { projectItems } from "../../modules/projects/projection.js";
import type { ItemSpec } from "../content/spec.js";
import { paragraphs } from "../content/spec.js";
import { type SeedContentContext, seedContent } from "../content/write.js";
import { PROJECT_SEEDS, type ProjectSeed } from "./catalog.js";
import { PermitNumbers, projectCode, projectDetailsOf } from "./details.js";
import { type ProjectMediaFields, storeProjectMedia } from "./project-media.js";

export const projectKey = (seed: Pick<ProjectSeed, "key">) => `project-${seed.key}`;

/** Projects whose demo history differs from "published, unchanged since". */
const HISTORY: Record<string, Partial<ItemSpec>> = {
  // Withdrawn: citizens no longer find it in the lookup.
  "nahong-market": {
    state: "WITHDRAWN",
    withdrawal: { daysAgo: 5, reason: "项目选址方案调整，原选址信息撤下，待重新论证后另行公开" },
  },
  // Still in review: staff see it, citizens do not.
  "keyuan-data-center": { state: "IN_REVIEW", reviewedSteps: 1 },
};

const number = (n: number | undefined, unit: string) => (n === undefined ? "" : `${n.toLocaleString("zh-CN")}${unit}`);

function body(d: ProjectDetails): string {
  const permits = d.permits.map((p) => `${PERMIT_TYPE_LABELS[p.type]}（${p.number}）`);
  return paragraphs(
    `${d.name}位于${d.address}，建设单位为${d.applicant}。项目用地面积${number(d.landAreaM2, "平方米")}，规划总建筑面积${number(d.totalFloorAreaM2, "平方米")}，容积率${d.floorAreaRatio}，绿地率${d.greenRatioPercent}%。`,
    permits.length ? `目前已核发${permits.join("、")}。` : "项目正在办理规划审批手续，有关许可核发后将在本栏目公开。",
    `项目当前处于${d.stage ? STAGE_LABELS[d.stage] : "前期"}阶段，审批进展和许可变更将在本页及时更新。对项目规划有意见建议的，可通过本网站“互动”栏目向我局反映。`,
  );
}

/** The project's item as the demo content seed plans it. */
function projectSpec(seed: ProjectSeed, index: number, details: ProjectDetails, numbers: PermitNumbers): ItemSpec {
  const spec: ItemSpec = {
    key: projectKey(seed),
    kind: "PROJECT",
    column: "projects",
    department: seed.rural || seed.stage === "SITE_SELECTION" ? "land-use" : "construction",
    // Spread over the last year and a half, the newest first in catalog order within a district.
    daysAgo: 6 + ((index * 53) % 520),
    title: seed.name,
    summary: `${seed.district}${seed.address.replace(seed.district, "")}，建设单位：${seed.applicant}`,
    body: body(details),
    tags: [seed.district, ...(seed.keyProject ? ["重点项目"] : [])],
    details,
    ...HISTORY[seed.key],
  };
  // A published key project being updated: a new works permit is drafted, not yet reviewed.
  if (seed.key === "asean-tower") {
    const permit = details.permits.at(-1);
    if (permit) {
      const added = { ...permit, number: numbers.take("WORKS_PERMIT", "2026", "450100"), issuedOn: "2026-02-10" };
      spec.openDraft = {
        content: { details: { ...details, permits: [...details.permits, { ...added, changes: [], status: "VALID" }] } },
        changeNote: "新增二期建设工程规划许可证",
        daysAgo: 2,
      };
    }
  }
  return spec;
}

/** Creates the missing demo projects, projects the published ones; returns how many it created. */
export async function seedProjects(prisma: PrismaClient, ctx: SeedContentContext): Promise<number> {
  const relatedKeys = [...new Set(PROJECT_SEEDS.flatMap((s) => s.related ?? []))];
  const relatedItems = await prisma.contentItem.findMany({
    where: { seedKey: { in: relatedKeys } },
    select: { id: true, seedKey: true },
  });
  const idOf = new Map(relatedItems.map((i) => [i.seedKey, i.id]));
  // Every spec is planned (numbers depend on the order), only missing ones are written.
  const plan = (media?: ReadonlyMap<string, ProjectMediaFields>) => {
    const numbers = new PermitNumbers();
    return PROJECT_SEEDS.map((seed, index) => {
      const related = (seed.related ?? []).flatMap((key) => idOf.get(key) ?? []);
      const details = projectDetailsSchema.parse({
        ...projectDetailsOf(seed, projectCode(seed, index), numbers, related),
        ...media?.get(seed.key),
      });
      return { seed, details, spec: projectSpec(seed, index, details, numbers) };
    });
  };
  // Pictures, documents and models are drawn from the details, then named in them.
  const seeded = await prisma.contentItem.findMany({
    where: { seedKey: { in: PROJECT_SEEDS.map(projectKey) } },
    select: { seedKey: true },
  });
  const exists = new Set(seeded.map((i) => i.seedKey));
  const missing = plan().filter((p) => !exists.has(p.spec.key));
  const media = missing.length
    ? await storeProjectMedia({ prisma, store: ctx.mediaStore }, missing, ctx.actors.editor.id)
    : undefined;
  const specs = plan(media).map((p) => p.spec);
  const created = await seedContent(prisma, ctx, specs);

  // Publication's projection (the kind's onLive, batched), for every seeded project that went
  // live and has no rows yet.
  const unprojected = await prisma.contentItem.findMany({
    where: { seedKey: { in: specs.map((s) => s.key) }, liveRevisionId: { not: null }, project: null },
  });
  if (unprojected.length > 0) {
    await prisma.$transaction(
      (tx) =>
        projectItems(
          tx,
          unprojected.map((item) => ({ item, details: item.details })),
        ),
      { timeout: 60_000, maxWait: 60_000 },
    );
  }
  await indexMissingContent(prisma);
  return created;
}
