// Publication projects a PROJECT item's details into Project and Permit, the rows citizens filter
// and look up. The details stay the source: every publication rewrites the item's rows from them,
// so a permit removed from the details disappears, and a withdrawn item's rows simply stop being
// listed (the lookup joins on the item's status).
import { badInput } from "../../errors.js";
import type { ContentItem, Prisma } from "../../generated/prisma/client.js";
import type { DetailsProblem } from "../content/item-details.js";
import { publishedHotAreas, unknownHotAreaMessage } from "../topics/hot-areas.js";
import { bboxOf } from "./geo.js";
import { missingProjectElements, type ProjectDetails, projectDetailsSchema } from "./project-details.js";

type Tx = Prisma.TransactionClient;

/** Another project that already holds a code or permit number. */
export interface Holder {
  itemId: string;
  name: string;
  code: string | null;
  /** The permit number or project code it holds. */
  value: string;
}

export const holderName = (h: Holder) => `“${h.name}”${h.code ? `（项目代码 ${h.code}）` : ""}`;

/**
 * Projects other than `exceptItemId` that use one of these project codes or permit numbers: in
 * their published details (the Project/Permit rows, withdrawn items included: their numbers are
 * not free again) or in an open draft. One query each, whatever the number of values.
 */
export async function findHolders(
  tx: Tx,
  exceptItemId: string | null,
  values: { codes: readonly string[]; numbers: readonly string[] },
): Promise<{ codes: Holder[]; numbers: Holder[] }> {
  const except = exceptItemId ?? "";
  const [codes, numbers] = await Promise.all([
    values.codes.length === 0
      ? []
      : tx.$queryRaw<Holder[]>`
          SELECT p."contentItemId" AS "itemId", p.name, p.code, p.code AS value
          FROM "Project" AS p
          WHERE p.code = ANY(${values.codes}::text[]) AND p."contentItemId" <> ${except}
          UNION ALL
          SELECT i.id, coalesce(r.details->>'name', i.title), r.details->>'code', r.details->>'code'
          FROM "ContentItem" AS i JOIN "ContentRevision" AS r ON r.id = i."draftRevisionId"
          WHERE i.kind = 'PROJECT' AND i.id <> ${except} AND r.details->>'code' = ANY(${values.codes}::text[])`,
    values.numbers.length === 0
      ? []
      : tx.$queryRaw<Holder[]>`
          SELECT p."contentItemId" AS "itemId", p.name, p.code, pm.number AS value
          FROM "Permit" AS pm JOIN "Project" AS p ON p.id = pm."projectId"
          WHERE pm.number = ANY(${values.numbers}::text[]) AND p."contentItemId" <> ${except}
          UNION ALL
          SELECT i.id, coalesce(r.details->>'name', i.title), r.details->>'code', permit->>'number'
          FROM "ContentItem" AS i JOIN "ContentRevision" AS r ON r.id = i."draftRevisionId",
               jsonb_array_elements(CASE WHEN jsonb_typeof(r.details->'permits') = 'array'
                                         THEN r.details->'permits' ELSE '[]'::jsonb END) AS permit
          WHERE i.kind = 'PROJECT' AND i.id <> ${except} AND permit->>'number' = ANY(${values.numbers}::text[])`,
  ]);
  return { codes, numbers };
}

export const codeTakenMessage = (h: Holder) => `项目代码 ${h.value} 已属于项目${holderName(h)}，请在该项目上修改`;
export const permitTakenMessage = (h: Holder) =>
  `许可证号 ${h.value} 已登记在项目${holderName(h)}，同一许可证不能属于两个项目`;

/** The cross-item checks of a save (ItemDetailsKind.checkOnSave). */
export async function checkProjectOnSave(
  tx: Tx,
  item: { id: string | null; title: string },
  d: ProjectDetails,
): Promise<DetailsProblem | null> {
  if (d.name !== undefined && d.name !== item.title.trim()) {
    return { message: `项目名称须与标题一致（标题即项目名称，当前标题为“${item.title.trim()}”）`, path: ["name"] };
  }
  const holders = await findHolders(tx, item.id, {
    codes: d.code ? [d.code] : [],
    numbers: d.permits.map((p) => p.number),
  });
  const [code] = holders.codes;
  if (code) return { message: codeTakenMessage(code), path: ["code"] };
  const [permit] = holders.numbers;
  if (permit) {
    const index = d.permits.findIndex((p) => p.number === permit.value);
    return { message: permitTakenMessage(permit), path: ["permits", index, "number"] };
  }
  if (d.hotArea) {
    const message = await hotAreaProblem(tx, item.id, d.hotArea);
    if (message) return { message, path: ["hotArea"] };
  }
  return null;
}

/**
 * A hot area must be a published HOT_AREA page. The one the project already names (live or in its
 * draft) stays allowed when its page goes offline: editing a permit must not force the editor to
 * drop it.
 */
async function hotAreaProblem(tx: Tx, itemId: string | null, slug: string): Promise<string | null> {
  const message = unknownHotAreaMessage(slug, await publishedHotAreas(tx));
  if (!message || !itemId) return message;
  return (await hotAreasNamedBy(tx, [itemId])).get(itemId)?.has(slug) ? null : message;
}

/** The hot areas these projects name now, in their live details or open draft (by item id). */
export async function hotAreasNamedBy(tx: Tx, itemIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const items = await tx.contentItem.findMany({
    where: { id: { in: [...itemIds] } },
    select: { id: true, details: true, draftRevision: { select: { details: true } } },
  });
  const hotAreaOf = (details: unknown) =>
    details !== null && typeof details === "object" && "hotArea" in details && typeof details.hotArea === "string"
      ? [details.hotArea]
      : [];
  return new Map(
    items.map((item) => [item.id, new Set([...hotAreaOf(item.details), ...hotAreaOf(item.draftRevision?.details)])]),
  );
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A permit number's digits alone (建字第450100202600123号 → 450100202600123), kept as
 * Permit.numberDigits: citizens often type only those. ASCII digits, as in the migration that
 * filled the column (numbers are stored NFKC-normalized, so full-width digits are ASCII already).
 */
export const permitNumberDigits = (number: string) => number.replace(/[^0-9]/g, "");

/**
 * Writes the item's Project and Permit rows from the details that just went live (in the
 * publication transaction). Incomplete details (an emergency publication skips the submission
 * check) take the project out of the lookup rather than listing it half-filled.
 */
export async function projectLive(tx: Tx, item: ContentItem, raw: unknown): Promise<void> {
  await projectItems(tx, [{ item, details: raw }]);
}

type Complete = ProjectDetails & { code: string; location: NonNullable<ProjectDetails["location"]> };

/**
 * projectLive for many items in a constant number of statements (the demo seed projects dozens
 * at once; a statement costs a round trip, which is what takes time on the embedded database).
 */
export async function projectItems(tx: Tx, entries: ReadonlyArray<{ item: ContentItem; details: unknown }>) {
  const complete: Array<{ item: ContentItem; d: Complete }> = [];
  const incomplete: string[] = [];
  for (const { item, details } of entries) {
    const parsed = projectDetailsSchema.safeParse(details);
    const d = parsed.success ? parsed.data : null;
    if (d?.code && d.location && missingProjectElements(d).length === 0) {
      complete.push({ item, d: d as Complete });
    } else incomplete.push(item.id);
  }
  if (incomplete.length) await tx.project.deleteMany({ where: { contentItemId: { in: incomplete } } });
  if (complete.length === 0) return;

  // Checked at each save; checked again here for a save that raced another project's.
  const codeOwner = new Map(complete.map(({ item, d }) => [d.code, item.id]));
  const numberOwner = new Map(complete.flatMap(({ item, d }) => d.permits.map((p) => [p.number, item.id] as const)));
  const holders = await findHolders(tx, null, { codes: [...codeOwner.keys()], numbers: [...numberOwner.keys()] });
  const code = holders.codes.find((h) => codeOwner.get(h.value) !== h.itemId);
  if (code) throw badInput(codeTakenMessage(code), "details.code");
  const permit = holders.numbers.find((h) => numberOwner.get(h.value) !== h.itemId);
  if (permit) throw badInput(permitTakenMessage(permit), "details.permits");

  const existing = await tx.project.findMany({
    where: { contentItemId: { in: complete.map((c) => c.item.id) } },
    select: { id: true, contentItemId: true },
  });
  const projectIds = new Map(existing.map((p) => [p.contentItemId, p.id]));
  const fresh = complete.filter(({ item }) => !projectIds.has(item.id));
  if (fresh.length) {
    const created = await tx.project.createManyAndReturn({
      data: fresh.map(({ item, d }) => ({ ...projectRow(item, d), contentItemId: item.id })),
      select: { id: true, contentItemId: true },
    });
    for (const p of created) projectIds.set(p.contentItemId, p.id);
  }
  for (const { item, d } of complete) {
    const id = projectIds.get(item.id);
    if (id && existing.some((p) => p.id === id)) await tx.project.update({ where: { id }, data: projectRow(item, d) });
  }
  // The details are the whole truth: rewrite the permits rather than diffing them.
  await tx.permit.deleteMany({ where: { projectId: { in: [...projectIds.values()] } } });
  const permits = complete.flatMap(({ item, d }) =>
    d.permits.map((p) => ({
      projectId: projectIds.get(item.id) ?? "",
      number: p.number,
      numberDigits: permitNumberDigits(p.number),
      type: p.type,
      issuedOn: day(p.issuedOn),
      issuingOrgan: p.issuingOrgan,
      scope: p.scope,
      status: p.status,
      changes: p.changes as Prisma.InputJsonValue,
    })),
  );
  if (permits.length) await tx.permit.createMany({ data: permits });
}

function projectRow(item: ContentItem, d: Complete) {
  const box = bboxOf(d.location);
  const latest = d.permits
    .map((p) => p.issuedOn)
    .sort()
    .at(-1);
  return {
    code: d.code,
    name: d.name ?? item.title,
    applicant: d.applicant ?? "",
    district: d.district ?? "",
    address: d.address ?? "",
    stage: d.stage ?? "SITE_SELECTION",
    landUseClass: d.landUseClass ?? "",
    keyProject: d.keyProject,
    hotAreaSlug: d.hotArea ?? null,
    minLng: box.west,
    minLat: box.south,
    maxLng: box.east,
    maxLat: box.north,
    landArea: d.landAreaM2 ?? null,
    totalFloorArea: d.totalFloorAreaM2 ?? null,
    latestPermitIssuedOn: latest ? day(latest) : null,
    permitCount: d.permits.length,
    liveSince: item.updatedAt,
  };
}
