// Drafting and submission, and the pieces every workflow step shares: locking the item's row,
// writing the registration form (审核登记表) and the audit log in one place.

import type { z } from "zod";
import type { Clock } from "../../clock.js";
import type { PrismaClient } from "../../db/index.js";
import { notFound } from "../../errors.js";
import { type ContentItem, Prisma, type ReviewDecision, type ReviewStep } from "../../generated/prisma/client.js";
import type { Role } from "../../generated/prisma/enums.js";
import type { JobRunner } from "../../jobs/jobs.js";
import type { Logger } from "../../logger.js";
import { checkDetailsOnSave, missingForReview, parseDetails } from "../content/item-details.js";
import type { RequestAudit } from "../security/audit.service.js";
import {
  describePlacementChange,
  placementData,
  placementOf,
  placementRequestOf,
  resolvePlacement,
  samePlacement,
} from "./placement.js";
import type { createItem, draftContent } from "./publishing.validation.js";
import { canonicalRevisionHash } from "./revision.js";
import { sanitizeBody } from "./sanitize.js";
import { type Actor, canEdit, canSubmit, type WorkflowItem } from "./workflow.js";

export interface PublishingDeps {
  prisma: PrismaClient;
  clock: Clock;
  audit: RequestAudit;
  jobs: JobRunner;
  log: Logger;
}

export interface StaffActor extends Actor {
  name: string;
  roles: Role[];
}

export type Tx = Prisma.TransactionClient;
export type StepResult = { ok: true; item: ContentItem } | { ok: false; message: string; field?: string };
export const fail = (message: string, field?: string): StepResult => ({ ok: false, message, field });

export const DAY_MS = 86_400_000;

/**
 * Runs one workflow step on an item inside a transaction. The first statement touches the item's
 * row, so concurrent steps on one item queue up instead of both passing the same check.
 */
export async function withItem<T>(
  deps: PublishingDeps,
  itemId: string,
  fn: (tx: Tx, item: ContentItem & { draftEditorId: string | null }) => Promise<T>,
): Promise<T> {
  return deps.prisma.$transaction(async (tx) => fn(tx, await lockItem(tx, deps, itemId)));
}

export type LockedItem = ContentItem & { draftEditorId: string | null };

/** The first statement of a step's transaction (see withItem); also used by bulk imports. */
export async function lockItem(tx: Tx, deps: PublishingDeps, itemId: string): Promise<LockedItem> {
  const touched = await tx.contentItem.updateMany({ where: { id: itemId }, data: { updatedAt: deps.clock.now() } });
  if (touched.count === 0) throw notFound("稿件");
  const item = await tx.contentItem.findUniqueOrThrow({
    where: { id: itemId },
    include: { draftRevision: { select: { createdById: true } } },
  });
  const { draftRevision, ...rest } = item;
  return { ...rest, draftEditorId: draftRevision?.createdById ?? null };
}

export function workflowItem(item: ContentItem & { draftEditorId: string | null }): WorkflowItem {
  return {
    kind: item.kind,
    important: item.important,
    authorId: item.authorId,
    draftStage: item.draftStage,
    draftEditorId: item.draftEditorId,
    draftRevisionId: item.draftRevisionId,
  };
}

export async function recordStep(
  tx: Tx,
  deps: PublishingDeps,
  actor: StaffActor | null,
  row: {
    itemId: string;
    revisionId: string | null;
    step: ReviewStep;
    decision: ReviewDecision;
    opinion?: string | null;
    checklist?: Prisma.InputJsonValue;
  },
): Promise<void> {
  await tx.reviewRecord.create({
    data: {
      ...row,
      opinion: row.opinion ?? null,
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? "系统",
      actorRoles: actor?.roles.join(",") ?? null,
      at: deps.clock.now(),
    },
  });
}

/** Audit after the transaction committed: the log records what really happened. */
export function auditStep(deps: PublishingDeps, action: string, itemId: string, detail?: Prisma.InputJsonValue) {
  return deps.audit.record({ action: `publishing.${action}`, targetType: "ContentItem", targetId: itemId, detail });
}

type DraftInput = z.infer<typeof draftContent>;

/** details: already checked with parseDetails; undefined keeps the previous revision's details. */
async function newRevision(
  tx: Tx,
  deps: PublishingDeps,
  actor: StaffActor,
  itemId: string,
  input: DraftInput,
  details: unknown,
) {
  const last = await tx.contentRevision.findFirst({ where: { itemId }, orderBy: { number: "desc" } });
  const content = {
    title: input.title,
    summary: input.summary ?? null,
    body: sanitizeBody(input.body),
    coverImageUrl: input.coverImageUrl ?? null,
    videoUrl: input.videoUrl ?? null,
    attachments: input.attachments,
    tags: input.tags,
    details: details === undefined ? (last?.details ?? null) : details,
  };
  return tx.contentRevision.create({
    data: {
      ...content,
      details: content.details === null ? Prisma.DbNull : (content.details as Prisma.InputJsonValue),
      itemId,
      number: (last?.number ?? 0) + 1,
      changeNote: input.changeNote ?? null,
      major: input.major,
      createdById: actor.id,
      createdAt: deps.clock.now(),
      contentSha256: canonicalRevisionHash(content),
    },
  });
}

export async function createItemDraft(
  deps: PublishingDeps,
  actor: StaffActor,
  input: z.infer<typeof createItem>,
): Promise<StepResult> {
  if (!actor.roles.includes("EDITOR")) return fail("只有信息采编可以新建稿件");
  const details = parseDetails(input.kind, input.details);
  if (!details.ok) return fail(details.message, details.field);
  const result = await deps.prisma.$transaction((tx) => createItemDraftInTx(tx, deps, actor, input, details.details));
  if (result.ok) await auditStep(deps, "create", result.item.id, { kind: result.item.kind });
  return result;
}

/**
 * createItemDraft inside a caller's transaction (bulk imports: all or nothing). details: already
 * parsed with parseDetails. The caller audits and checks the EDITOR role.
 */
export async function createItemDraftInTx(
  tx: Tx,
  deps: PublishingDeps,
  actor: StaffActor,
  input: z.infer<typeof createItem>,
  details: unknown,
): Promise<StepResult> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id } });
  const now = deps.clock.now();
  const problem = await checkDetailsOnSave(tx, input.kind, { id: null, title: input.title }, details);
  if (problem) return fail(problem.message, problem.field);
  const resolved = await resolvePlacement(tx, null, input);
  if (!resolved.ok) return fail(resolved.message, resolved.field);
  const created = await tx.contentItem.create({
    data: {
      ...(await placementData(tx, now, resolved.placement, null)),
      status: "DRAFT",
      draftStage: "DRAFT",
      title: input.title,
      summary: input.summary ?? null,
      authorId: actor.id,
      sourceDepartmentId: user.departmentId,
      important: input.important ?? false,
      tags: input.tags,
      createdAt: now,
    },
  });
  const revision = await newRevision(
    tx,
    deps,
    actor,
    created.id,
    { ...input, major: false, changeNote: null },
    details,
  );
  await recordStep(tx, deps, actor, { itemId: created.id, revisionId: revision.id, step: "SAVE", decision: "DONE" });
  const item = await tx.contentItem.update({
    where: { id: created.id },
    data: { draftRevisionId: revision.id, body: revision.body },
  });
  return { ok: true, item };
}

/** Why kind and column are fixed after the first publication (shown to the editor). */
export const PLACEMENT_FIXED =
  "稿件已发布过，信息类型、栏目和公开目录不能再更改：公众已按原栏目浏览，索引号和链接须保持不变。如需更改，请撤下后另行新建稿件";

/**
 * Saves a new revision of the open draft. Until the item's first publication the draft may also
 * move to another kind or column (the change is written on the registration form with the revision).
 */
export async function saveDraft(
  deps: PublishingDeps,
  actor: StaffActor,
  itemId: string,
  input: DraftInput,
): Promise<StepResult> {
  // The move, if there was one, for the audit entry written once the transaction has committed.
  const moved: { change?: string } = {};
  const result = await withItem(deps, itemId, (tx, item) => saveDraftInTx(tx, deps, actor, item, input, moved));
  if (result.ok) await auditStep(deps, "save", itemId, moved.change ? { placement: moved.change } : undefined);
  return result;
}

/**
 * saveDraft inside a caller's transaction, on an item locked with lockItem (bulk imports: all or
 * nothing). `moved` receives the description of a placement change, for the caller's audit entry.
 */
export async function saveDraftInTx(
  tx: Tx,
  deps: PublishingDeps,
  actor: StaffActor,
  item: LockedItem,
  input: DraftInput,
  moved: { change?: string } = {},
): Promise<StepResult> {
  const itemId = item.id;
  const verdict = canEdit(workflowItem(item), actor);
  if (!verdict.ok) return fail(verdict.message);
  const wasPublished = item.liveRevisionId !== null;
  if (wasPublished && input.major && !input.changeNote) {
    return fail("重大修改须填写修改说明，该说明将向公众显示", "changeNote");
  }
  const current = placementOf(item);
  let placement = current;
  const request = placementRequestOf(input);
  if (request) {
    const resolved = await resolvePlacement(tx, current, request);
    if (!resolved.ok) return fail(resolved.message, resolved.field);
    placement = resolved.placement;
  }
  const placementChanged = !samePlacement(current, placement);
  // publishedAt stays once set (withdrawn and expired items keep it), so it means "ever published".
  if (placementChanged && (wasPublished || item.publishedAt !== null)) {
    return fail(PLACEMENT_FIXED, placement.kind === current.kind ? "columnSlug" : "kind");
  }
  const details = await detailsForSave(tx, item, placement.kind, input.details);
  if (!details.ok) return fail(details.message, details.field);
  const problem = await checkDetailsOnSave(tx, placement.kind, { id: item.id, title: input.title }, details.details);
  if (problem) return fail(problem.message, problem.field);
  const revision = await newRevision(tx, deps, actor, item.id, input, details.details);
  if (placementChanged) moved.change = await describePlacementChange(tx, current, placement);
  await recordStep(tx, deps, actor, {
    itemId,
    revisionId: revision.id,
    step: "SAVE",
    decision: "DONE",
    opinion: moved.change ?? null,
  });
  const updated = await tx.contentItem.update({
    where: { id: itemId },
    data: {
      draftRevisionId: revision.id,
      draftStage: "DRAFT",
      important: input.important ?? item.important,
      ...(placementChanged ? await placementData(tx, deps.clock.now(), placement, item) : {}),
      // Before the first publication the item shows its latest draft to staff lists.
      ...(wasPublished
        ? {}
        : { title: revision.title, summary: revision.summary, body: revision.body, tags: revision.tags }),
    },
  });
  return { ok: true, item: updated };
}

/**
 * The details a save stores: what the editor sent, checked against the (possibly new) kind; when
 * nothing was sent, the latest revision's details, checked again in case the kind changed.
 */
async function detailsForSave(tx: Tx, item: ContentItem, kind: ContentItem["kind"], sent: unknown) {
  if (sent !== undefined) return parseDetails(kind, sent);
  const last = await tx.contentRevision.findFirst({
    where: { itemId: item.id },
    orderBy: { number: "desc" },
    select: { details: true },
  });
  return parseDetails(kind, last?.details ?? null);
}

export async function submitForReview(deps: PublishingDeps, actor: StaffActor, itemId: string): Promise<StepResult> {
  const result = await withItem(deps, itemId, async (tx, item): Promise<StepResult> => {
    const verdict = canSubmit(workflowItem(item), actor);
    if (!verdict.ok) return fail(verdict.message);
    const draft = await tx.contentRevision.findUnique({ where: { id: item.draftRevisionId ?? "" } });
    const missing = missingForReview(item.kind, draft?.details);
    if (missing) return fail(missing, "details");
    await recordStep(tx, deps, actor, { itemId, revisionId: item.draftRevisionId, step: "SUBMIT", decision: "DONE" });
    const updated = await tx.contentItem.update({
      where: { id: itemId },
      data: { draftStage: "IN_REVIEW", ...(item.liveRevisionId ? {} : { status: "IN_REVIEW" }) },
    });
    return { ok: true, item: updated };
  });
  if (result.ok) await auditStep(deps, "submit", itemId);
  return result;
}
