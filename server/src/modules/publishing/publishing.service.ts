// Drafting and submission, and the pieces every workflow step shares: locking the item's row,
// writing the registration form (审核登记表) and the audit log in one place.

import type { z } from "zod";
import type { Clock } from "../../clock.js";
import type { PrismaClient } from "../../db/index.js";
import { notFound } from "../../errors.js";
import type { ContentItem, Prisma, ReviewDecision, ReviewStep } from "../../generated/prisma/client.js";
import type { Role } from "../../generated/prisma/enums.js";
import type { JobRunner } from "../../jobs/jobs.js";
import type { Logger } from "../../logger.js";
import type { RequestAudit } from "../security/audit.service.js";
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

/** The organ code of the bureau in 索引号 (index numbers) of disclosure items. */
export const ORGAN_CODE = "000014349";

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
  return deps.prisma.$transaction(async (tx) => {
    const touched = await tx.contentItem.updateMany({ where: { id: itemId }, data: { updatedAt: deps.clock.now() } });
    if (touched.count === 0) throw notFound("稿件");
    const item = await tx.contentItem.findUniqueOrThrow({
      where: { id: itemId },
      include: { draftRevision: { select: { createdById: true } } },
    });
    const { draftRevision, ...rest } = item;
    return fn(tx, { ...rest, draftEditorId: draftRevision?.createdById ?? null });
  });
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

async function newRevision(tx: Tx, deps: PublishingDeps, actor: StaffActor, itemId: string, input: DraftInput) {
  const last = await tx.contentRevision.findFirst({ where: { itemId }, orderBy: { number: "desc" } });
  const content = {
    title: input.title,
    summary: input.summary ?? null,
    body: sanitizeBody(input.body),
    coverImageUrl: input.coverImageUrl ?? null,
    videoUrl: input.videoUrl ?? null,
    attachments: input.attachments,
    tags: input.tags,
  };
  return tx.contentRevision.create({
    data: {
      ...content,
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
  const column = await deps.prisma.column.findUnique({ where: { slug: input.columnSlug } });
  if (!column) return fail(`栏目“${input.columnSlug}”不存在`, "columnSlug");
  const catalog = input.catalogCode
    ? await deps.prisma.disclosureCatalog.findUnique({ where: { code: input.catalogCode } })
    : null;
  if (input.kind === "DISCLOSURE" && !catalog) return fail("政务公开信息须选择有效的公开目录类目", "catalogCode");
  const user = await deps.prisma.user.findUniqueOrThrow({ where: { id: actor.id } });
  const now = deps.clock.now();

  const item = await deps.prisma.$transaction(async (tx) => {
    const created = await tx.contentItem.create({
      data: {
        kind: input.kind,
        status: "DRAFT",
        draftStage: "DRAFT",
        title: input.title,
        summary: input.summary ?? null,
        columnId: column.id,
        authorId: actor.id,
        sourceDepartmentId: user.departmentId,
        important: input.important ?? false,
        tags: input.tags,
        ...(input.kind === "DISCLOSURE" && catalog
          ? {
              catalogId: catalog.id,
              indexNumber: await nextIndexNumber(tx, now),
              documentNumber: input.documentNumber ?? null,
              issuingOrgan: input.issuingOrgan ?? "南宁市规划管理局",
              disclosureMode: input.disclosureMode ?? "PROACTIVE",
              validity: "VALID",
            }
          : {}),
        ...(input.kind === "PUBLICITY" ? { publicityType: input.publicityType ?? "OTHER" } : {}),
        createdAt: now,
      },
    });
    const revision = await newRevision(tx, deps, actor, created.id, { ...input, major: false, changeNote: null });
    await recordStep(tx, deps, actor, { itemId: created.id, revisionId: revision.id, step: "SAVE", decision: "DONE" });
    return tx.contentItem.update({
      where: { id: created.id },
      data: { draftRevisionId: revision.id, body: revision.body },
    });
  });
  await auditStep(deps, "create", item.id, { kind: item.kind });
  return { ok: true, item };
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

export async function saveDraft(
  deps: PublishingDeps,
  actor: StaffActor,
  itemId: string,
  input: DraftInput,
): Promise<StepResult> {
  const result = await withItem(deps, itemId, async (tx, item): Promise<StepResult> => {
    const verdict = canEdit(workflowItem(item), actor);
    if (!verdict.ok) return fail(verdict.message);
    const wasPublished = item.liveRevisionId !== null;
    if (wasPublished && input.major && !input.changeNote) {
      return fail("重大修改须填写修改说明，该说明将向公众显示", "changeNote");
    }
    const revision = await newRevision(tx, deps, actor, item.id, input);
    await recordStep(tx, deps, actor, { itemId, revisionId: revision.id, step: "SAVE", decision: "DONE" });
    const updated = await tx.contentItem.update({
      where: { id: itemId },
      data: {
        draftRevisionId: revision.id,
        draftStage: "DRAFT",
        important: input.important ?? item.important,
        // Before the first publication the item shows its latest draft to staff lists.
        ...(wasPublished
          ? {}
          : { title: revision.title, summary: revision.summary, body: revision.body, tags: revision.tags }),
      },
    });
    return { ok: true, item: updated };
  });
  if (result.ok) await auditStep(deps, "save", itemId);
  return result;
}

export async function submitForReview(deps: PublishingDeps, actor: StaffActor, itemId: string): Promise<StepResult> {
  const result = await withItem(deps, itemId, async (tx, item): Promise<StepResult> => {
    const verdict = canSubmit(workflowItem(item), actor);
    if (!verdict.ok) return fail(verdict.message);
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
