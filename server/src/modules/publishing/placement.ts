// Where an item is filed: its kind, column, disclosure catalog and metadata, publicity type. Chosen
// at creation and changeable while the item has never been published; once citizens have seen it,
// its place in the lists, its 索引号 and its comment window depend on these, so they stay.
import type { ContentKind, DisclosureMode, PublicityType, Validity } from "../../generated/prisma/enums.js";
import type { Tx } from "./publishing.service.js";

/** The organ code of the bureau in 索引号 (index numbers) of disclosure items. */
export const ORGAN_CODE = "000014349";
/** 发布机构 of disclosure items unless the editor names another. */
export const ISSUING_ORGAN = "南宁市规划管理局";

export const KIND_LABEL: Record<ContentKind, string> = {
  NEWS: "新闻动态",
  NOTICE: "通知公告",
  PUBLICITY: "规划公示",
  EXHIBITION: "展示",
  DISCLOSURE: "政务公开",
  TOPIC_PAGE: "专题",
  INTERVIEW: "访谈",
  PROJECT: "项目信息",
  GUIDE: "办事指南",
};

const PUBLICITY_TYPE_LABEL: Record<PublicityType, string> = {
  PLAN_DRAFT: "规划草案公示",
  PRE_APPROVAL: "批前公示",
  POST_APPROVAL: "批后公布",
  OTHER: "其他公示",
};

export interface Placement {
  kind: ContentKind;
  columnId: string;
  catalogId: string | null;
  documentNumber: string | null;
  issuingOrgan: string | null;
  disclosureMode: DisclosureMode | null;
  publicityType: PublicityType | null;
}

/** What the editor asked for. Absent (or null) keeps the current value; "" clears a text field. */
export interface PlacementRequest {
  kind?: ContentKind | null;
  columnSlug?: string | null;
  catalogCode?: string | null;
  documentNumber?: string | null;
  issuingOrgan?: string | null;
  disclosureMode?: DisclosureMode | null;
  publicityType?: PublicityType | null;
}

export type PlacementResult = { ok: true; placement: Placement } | { ok: false; message: string; field: string };
const refuse = (message: string, field: string): PlacementResult => ({ ok: false, message, field });

/** The placement fields of a save's input, or null when it names none (a content edit only). */
export function placementRequestOf(input: PlacementRequest): PlacementRequest | null {
  const request: PlacementRequest = {
    kind: input.kind,
    columnSlug: input.columnSlug,
    catalogCode: input.catalogCode,
    documentNumber: input.documentNumber,
    issuingOrgan: input.issuingOrgan,
    disclosureMode: input.disclosureMode,
    publicityType: input.publicityType,
  };
  return Object.values(request).some((value) => value !== undefined && value !== null) ? request : null;
}

/** The placement the request asks for, starting from the item's current one (null for a new item). */
export async function resolvePlacement(
  tx: Tx,
  current: Placement | null,
  request: PlacementRequest,
): Promise<PlacementResult> {
  const kind = request.kind ?? current?.kind;
  if (!kind) return refuse("请选择信息类型", "kind");
  let columnId = current?.columnId;
  if (request.columnSlug) {
    const column = await tx.column.findUnique({ where: { slug: request.columnSlug }, select: { id: true } });
    if (!column) return refuse(`栏目“${request.columnSlug}”不存在`, "columnSlug");
    columnId = column.id;
  }
  if (!columnId) return refuse("请选择栏目", "columnSlug");
  const none = { catalogId: null, documentNumber: null, issuingOrgan: null, disclosureMode: null, publicityType: null };

  if (kind === "DISCLOSURE") {
    let catalogId = current?.catalogId ?? null;
    if (request.catalogCode) {
      const catalog = await tx.disclosureCatalog.findUnique({ where: { code: request.catalogCode } });
      catalogId = catalog?.id ?? null;
    }
    if (!catalogId) return refuse("政务公开信息须选择有效的公开目录类目", "catalogCode");
    return {
      ok: true,
      placement: {
        ...none,
        kind,
        columnId,
        catalogId,
        documentNumber: textOrKeep(request.documentNumber, current?.documentNumber),
        issuingOrgan: textOrKeep(request.issuingOrgan, current?.issuingOrgan) ?? ISSUING_ORGAN,
        disclosureMode: request.disclosureMode ?? current?.disclosureMode ?? "PROACTIVE",
      },
    };
  }
  const publicityType = kind === "PUBLICITY" ? (request.publicityType ?? current?.publicityType ?? "OTHER") : null;
  return { ok: true, placement: { ...none, kind, columnId, publicityType } };
}

function textOrKeep(requested: string | null | undefined, current: string | null | undefined): string | null {
  if (requested === undefined || requested === null) return current ?? null;
  return requested.trim() || null;
}

export function samePlacement(a: Placement, b: Placement): boolean {
  return (Object.keys(a) as Array<keyof Placement>).every((key) => a[key] === b[key]);
}

export function placementOf(item: Placement): Placement {
  return {
    kind: item.kind,
    columnId: item.columnId,
    catalogId: item.catalogId,
    documentNumber: item.documentNumber,
    issuingOrgan: item.issuingOrgan,
    disclosureMode: item.disclosureMode,
    publicityType: item.publicityType,
  };
}

/**
 * The item's columns for a placement. An item that stops being a disclosure keeps its 索引号
 * (unseen, since only DISCLOSURE items show it) because index numbers are never reused; it gets
 * the same number back if it becomes a disclosure again.
 */
export async function placementData(
  tx: Tx,
  now: Date,
  placement: Placement,
  current: { indexNumber: string | null; validity: Validity | null } | null,
) {
  const disclosure = placement.kind === "DISCLOSURE";
  return {
    ...placement,
    validity: disclosure ? (current?.validity ?? ("VALID" as const)) : null,
    ...(disclosure && !current?.indexNumber ? { indexNumber: await nextIndexNumber(tx, now) } : {}),
    // A comment window belongs to publicity only (it is set at the first publication).
    ...(placement.kind === "PUBLICITY" ? {} : { commentOpensAt: null, commentClosesAt: null }),
  };
}

/** 索引号: organ code / year - five-digit sequence, unique and never reused. */
async function nextIndexNumber(tx: Tx, now: Date): Promise<string> {
  const year = new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
  const prefix = `${ORGAN_CODE}/${year}-`;
  const last = await tx.contentItem.findFirst({
    where: { indexNumber: { startsWith: prefix } },
    orderBy: { indexNumber: "desc" },
    select: { indexNumber: true },
  });
  const seq = last?.indexNumber ? Number(last.indexNumber.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(seq).padStart(5, "0")}`;
}

const publicityLabel = (type: PublicityType | null) => (type ? PUBLICITY_TYPE_LABEL[type] : "无");

/** One line for the registration form: what changed, old → new, in the words staff use. */
export async function describePlacementChange(tx: Tx, before: Placement, after: Placement): Promise<string> {
  const columnIds = [before.columnId, after.columnId];
  const catalogIds = [before.catalogId, after.catalogId].filter((id): id is string => id !== null);
  const [columns, catalogs] = await Promise.all([
    tx.column.findMany({ where: { id: { in: columnIds } }, select: { id: true, name: true } }),
    tx.disclosureCatalog.findMany({ where: { id: { in: catalogIds } }, select: { id: true, code: true, name: true } }),
  ]);
  const columnName = (id: string) => columns.find((c) => c.id === id)?.name ?? id;
  const catalogName = (id: string | null) => {
    const catalog = catalogs.find((c) => c.id === id);
    return catalog ? `${catalog.code} ${catalog.name}` : "无";
  };
  const parts: Array<[string, string, string]> = [
    ["信息类型", KIND_LABEL[before.kind], KIND_LABEL[after.kind]],
    ["栏目", columnName(before.columnId), columnName(after.columnId)],
    ["公开目录", catalogName(before.catalogId), catalogName(after.catalogId)],
    ["文号", before.documentNumber ?? "无", after.documentNumber ?? "无"],
    ["发布机构", before.issuingOrgan ?? "无", after.issuingOrgan ?? "无"],
    ["公示类型", publicityLabel(before.publicityType), publicityLabel(after.publicityType)],
  ];
  return parts
    .filter(([, from, to]) => from !== to)
    .map(([label, from, to]) => `${label}：${from} → ${to}`)
    .join("；");
}
