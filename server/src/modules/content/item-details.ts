// Kind-specific structured content ("details") of content items, carried through the one publishing
// workflow:
// a project with its permits, a service guide with its materials and steps, a topic's map extent.
// Each save stores the details in the revision (they are part of its SHA-256); publication copies
// them to the item and lets the kind project them into its own tables for lookup (Project, Permit…).
// Nothing else about the workflow changes: the same review steps, second pair of eyes and
// registration form apply to a permit number as to a news story.
import type { z } from "zod";
import type { ContentItem, ContentKind, Prisma } from "../../generated/prisma/client.js";
import { guideDetailsKind } from "../guides/guide-details.js";
import { projectDetails } from "../projects/project-kind.js";
import { topicDetailsKind } from "../topics/topic-details.js";

type Tx = Prisma.TransactionClient;

export interface ItemDetailsKind<T = unknown> {
  kind: ContentKind;
  /** Parses what the editor sent; messages are shown next to the field (path joined with "."). */
  schema: z.ZodType<T>;
  /** Elements that must be present before the draft may be submitted for review (named in Chinese). */
  missingForReview?(details: T): string[];
  /** Called in the publication transaction with the details that just went live. */
  onLive?(tx: Tx, item: ContentItem, details: T): Promise<void>;
  /** Extra searchable text (weight B: numbers, applicants, addresses…). */
  searchText?(details: T): string;
  /**
   * Checks against other items at each save, in the save's transaction (a permit number already
   * used by another project…); item is null while it is being created. Null when all is well.
   */
  checkOnSave?(tx: Tx, item: SavedItem, details: T): Promise<DetailsProblem | null>;
  /**
   * Every web address in the details (links, downloads, model files), named as the editor's form
   * names its field. The absolute http(s) ones go through 网站链接审批 with the body's links at
   * publication review; addresses on this site (/media/…) need no approval.
   */
  links?(details: T): DetailsLink[];
}

/** A web address in the details and where it is. */
export interface DetailsLink {
  url: string;
  /** Path inside the details, e.g. ["relatedLaws", 0, "url"]. */
  path: ReadonlyArray<string | number>;
  /** The field as the editor's form names it, e.g. 网上办理地址, 相关法规“行政许可法”的链接. */
  label: string;
}

/** The item a save is for: its id (null on creation) and the title being saved. */
export interface SavedItem {
  id: string | null;
  title: string;
}

export interface DetailsProblem {
  message: string;
  /** Path inside the details, e.g. "permits.0.number" (reported as "details.permits.0.number"). */
  path: ReadonlyArray<string | number>;
}

// Each kind module adds its definition here (one import, one line): the list of kinds with details
// stays visible in one place, and publishing never imports more of a kind module than this.
// Each definition is checked against its own details type where it is written; the list holds them
// side by side, so its element type cannot name one T.
// biome-ignore lint/suspicious/noExplicitAny: a list of kinds, each with its own details type
const KINDS: ReadonlyArray<ItemDetailsKind<any>> = [guideDetailsKind, topicDetailsKind, projectDetails];

const byKind = new Map<ContentKind, ItemDetailsKind>(
  KINDS.map((definition) => [definition.kind, definition as unknown as ItemDetailsKind]),
);

export function detailsKind(kind: ContentKind): ItemDetailsKind | undefined {
  return byKind.get(kind);
}

export type DetailsResult = { ok: true; details: unknown } | { ok: false; message: string; field: string };

/**
 * Validates details for an item of this kind. Absent details are fine while drafting (they are
 * checked for completeness at submission); details for a kind that has none are refused.
 */
export function parseDetails(kind: ContentKind, details: unknown): DetailsResult {
  if (details === undefined || details === null) return { ok: true, details: null };
  const definition = detailsKind(kind);
  if (!definition) return { ok: false, message: "该信息类别没有专项信息，请删除后再保存", field: "details" };
  const parsed = definition.schema.safeParse(details);
  if (parsed.success) return { ok: true, details: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    message: issue?.message ?? "专项信息格式不正确",
    field: ["details", ...(issue?.path ?? [])].join("."),
  };
}

/** The kind's cross-item check of details being saved (already parsed); null when all is well. */
export async function checkDetailsOnSave(
  tx: Tx,
  kind: ContentKind,
  item: SavedItem,
  details: unknown,
): Promise<{ message: string; field: string } | null> {
  const definition = detailsKind(kind);
  if (!definition?.checkOnSave || details === null || details === undefined) return null;
  const problem = await definition.checkOnSave(tx, item, details);
  return problem ? { message: problem.message, field: ["details", ...problem.path].join(".") } : null;
}

/** Why a draft of this kind cannot go to review yet, or null when nothing is missing. */
export function missingForReview(kind: ContentKind, details: unknown): string | null {
  const definition = detailsKind(kind);
  if (!definition?.missingForReview) return null;
  const parsed = definition.schema.safeParse(details ?? undefined);
  const missing = parsed.success ? definition.missingForReview(parsed.data) : ["专项信息"];
  return missing.length ? `还缺少以下要素，补齐后才能送审：${missing.join("、")}` : null;
}

/** Lets the kind project the live details into its tables; inside the publication transaction. */
export async function detailsWentLive(tx: Tx, item: ContentItem): Promise<void> {
  const definition = detailsKind(item.kind);
  if (definition?.onLive && item.details !== null) await definition.onLive(tx, item, item.details);
}

/** The kind's extra searchable text for an item's live details ("" when none). */
export function detailsSearchText(kind: ContentKind, details: unknown): string {
  const definition = detailsKind(kind);
  if (!definition?.searchText || details === null || details === undefined) return "";
  const parsed = definition.schema.safeParse(details);
  return parsed.success ? definition.searchText(parsed.data) : "";
}

/**
 * The absolute http(s) addresses in an item's details (what 网站链接审批 checks), with the field
 * each is in ("details.onlineUrl") and its label. Details the kind cannot read have none.
 */
export function detailsExternalLinks(
  kind: ContentKind,
  details: unknown,
): Array<{ url: string; field: string; label: string }> {
  const definition = detailsKind(kind);
  if (!definition?.links || details === null || details === undefined) return [];
  const parsed = definition.schema.safeParse(details);
  if (!parsed.success) return [];
  return definition
    .links(parsed.data)
    .filter((link) => /^https?:\/\//i.test(link.url))
    .map((link) => ({ url: link.url, field: ["details", ...link.path].join("."), label: link.label }));
}
