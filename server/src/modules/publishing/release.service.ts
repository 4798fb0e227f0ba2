// Putting approved drafts online (now or at a time), emergency publication, withdrawal, expiry and
// timeliness confirmation (信息时效确认). publishedAt is always the server's clock: nobody types it.
import { type ContentItem, Prisma } from "../../generated/prisma/client.js";
import { detailsWentLive } from "../content/item-details.js";
import { indexContentItem } from "../content/search/search-index.js";
import {
  auditStep,
  DAY_MS,
  fail,
  type PublishingDeps,
  recordStep,
  type StaffActor,
  type StepResult,
  type Tx,
  withItem,
  workflowItem,
} from "./publishing.service.js";
import { canPublish, canWithdraw, reviewByFor } from "./workflow.js";

export const PUBLISH_SCHEDULED_JOB = "publishing.publish-scheduled";
export const PUBLISH_DUE_JOB = "publishing.publish-due";
export const TIMELINESS_SCAN_JOB = "publishing.timeliness-scan";

/** Makes the open draft the live version. Called inside withItem. */
export async function goLive(tx: Tx, deps: PublishingDeps, item: ContentItem): Promise<ContentItem> {
  const draft = await tx.contentRevision.findUniqueOrThrow({ where: { id: item.draftRevisionId ?? "" } });
  const now = deps.clock.now();
  const commentWindow = item.kind === "PUBLICITY" && !item.commentOpensAt ? publicityWindow(item, now) : {};
  const live = await tx.contentItem.update({
    where: { id: item.id },
    data: {
      status: "PUBLISHED",
      title: draft.title,
      summary: draft.summary,
      body: draft.body,
      coverImageUrl: draft.coverImageUrl,
      videoUrl: draft.videoUrl,
      attachments: draft.attachments ?? [],
      tags: draft.tags,
      details: draft.details ?? Prisma.DbNull,
      liveRevisionId: draft.id,
      draftRevisionId: null,
      draftStage: null,
      scheduledAt: null,
      // The first publication fixes the date citizens see; later revisions add change notes.
      publishedAt: item.publishedAt ?? now,
      reviewBy: reviewByFor(item.kind, now, commentWindow.commentClosesAt ?? item.commentClosesAt),
      withdrawnAt: null,
      withdrawReason: null,
      removed: false,
      expiredAt: null,
      ...commentWindow,
    },
  });
  await detailsWentLive(tx, live);
  return live;
}

/** Default comment windows: 30 days for plan drafts (城乡规划法 Art. 26), 10 for pre-approval. */
function publicityWindow(item: ContentItem, now: Date) {
  const days = item.publicityType === "PLAN_DRAFT" ? 30 : item.publicityType === "PRE_APPROVAL" ? 10 : 0;
  return days ? { commentOpensAt: now, commentClosesAt: new Date(now.getTime() + days * DAY_MS) } : {};
}

/**
 * Puts what just went live into the search index. A failure is logged, not thrown: the item is
 * online either way, and reindexAllContent (run by the seed, or by hand) repairs the index.
 */
export async function indexLive(deps: PublishingDeps, itemId: string): Promise<void> {
  await indexContentItem(deps.prisma, itemId).catch((error: unknown) =>
    deps.log.error({ err: error, itemId }, "search indexing failed"),
  );
}

export async function publish(
  deps: PublishingDeps,
  actor: StaffActor,
  itemId: string,
  at: Date | null,
): Promise<StepResult> {
  const now = deps.clock.now();
  if (at && at.getTime() <= now.getTime()) {
    // Back-dating is impossible; trying is worth knowing about.
    await deps.audit.record({
      action: "publishing.backdate-attempt",
      outcome: "DENIED",
      targetType: "ContentItem",
      targetId: itemId,
      detail: { requested: at.toISOString() },
    });
    return fail("定时发布时间必须晚于当前时间；发布时间由系统自动记录，不能倒签", "at");
  }
  const result = await withItem(deps, itemId, async (tx, item): Promise<StepResult> => {
    const verdict = canPublish(workflowItem(item), actor);
    if (!verdict.ok) return fail(verdict.message);
    const base = { itemId, revisionId: item.draftRevisionId };
    if (at) {
      await recordStep(tx, deps, actor, { ...base, step: "SCHEDULE", decision: "DONE", opinion: at.toISOString() });
      return { ok: true, item: await tx.contentItem.update({ where: { id: itemId }, data: { scheduledAt: at } }) };
    }
    await recordStep(tx, deps, actor, { ...base, step: "PUBLISH", decision: "DONE" });
    return { ok: true, item: await goLive(tx, deps, item) };
  });
  if (result.ok) await auditStep(deps, at ? "schedule" : "publish", itemId, at ? { at: at.toISOString() } : undefined);
  if (result.ok && !at) await indexLive(deps, itemId);
  if (result.ok && at) {
    // Queued after the commit, so the job never sees a schedule that was rolled back. Should the
    // queueing fail, the per-minute sweep (publishDue) still publishes the item on time.
    await deps.jobs
      .enqueue(PUBLISH_SCHEDULED_JOB, { itemId, revisionId: result.item.draftRevisionId }, { runAt: at })
      .catch((error: unknown) => deps.log.error({ err: error, itemId }, "could not queue scheduled publication"));
  }
  return result;
}

export async function cancelSchedule(deps: PublishingDeps, actor: StaffActor, itemId: string): Promise<StepResult> {
  const result = await withItem(deps, itemId, async (tx, item): Promise<StepResult> => {
    const verdict = canPublish(workflowItem(item), actor);
    if (!verdict.ok) return fail(verdict.message);
    if (!item.scheduledAt) return fail("该稿件没有定时发布");
    await recordStep(tx, deps, actor, {
      itemId,
      revisionId: item.draftRevisionId,
      step: "CANCEL_SCHEDULE",
      decision: "DONE",
    });
    return {
      ok: true,
      item: await tx.contentItem.update({ where: { id: itemId }, data: { scheduledAt: null } }),
    };
  });
  if (result.ok) await auditStep(deps, "cancel-schedule", itemId);
  return result;
}

/**
 * The scheduled job. It publishes only if the schedule still stands for the same approved
 * revision: a cancelled or re-edited schedule makes the queued job a no-op.
 */
export async function publishScheduled(deps: PublishingDeps, data: { itemId: string; revisionId: string }) {
  const published = await withItem(deps, data.itemId, async (tx, item) => {
    const due = item.scheduledAt && item.scheduledAt.getTime() <= deps.clock.now().getTime();
    if (!due || item.draftStage !== "APPROVED" || item.draftRevisionId !== data.revisionId) return false;
    await recordStep(tx, deps, null, {
      itemId: item.id,
      revisionId: item.draftRevisionId,
      step: "PUBLISH",
      decision: "DONE",
      opinion: "定时发布",
    });
    await goLive(tx, deps, item);
    return true;
  });
  if (published) {
    await auditStep(deps, "publish", data.itemId, { scheduled: true });
    await indexLive(deps, data.itemId);
  }
  return published;
}

/** The safety net, every minute: publishes every approved item whose scheduled time has come. */
export async function publishDue(deps: PublishingDeps): Promise<number> {
  const due = await deps.prisma.contentItem.findMany({
    where: { scheduledAt: { lte: deps.clock.now() }, draftStage: "APPROVED", draftRevisionId: { not: null } },
    select: { id: true, draftRevisionId: true },
  });
  let published = 0;
  for (const item of due) {
    if (await publishScheduled(deps, { itemId: item.id, revisionId: item.draftRevisionId ?? "" })) published++;
  }
  return published;
}

export async function withdraw(
  deps: PublishingDeps,
  actor: StaffActor,
  itemId: string,
  input: { reason: string; remove: boolean },
): Promise<StepResult> {
  const result = await withItem(deps, itemId, async (tx, item): Promise<StepResult> => {
    const verdict = canWithdraw(actor);
    if (!verdict.ok) return fail(verdict.message);
    if (item.status !== "PUBLISHED" && item.status !== "EXPIRED") return fail("只有已发布的信息可以撤下");
    await recordStep(tx, deps, actor, {
      itemId,
      revisionId: item.liveRevisionId,
      step: "WITHDRAW",
      decision: "DONE",
      opinion: input.reason,
    });
    const data = {
      status: "WITHDRAWN" as const,
      withdrawnAt: deps.clock.now(),
      withdrawReason: input.reason,
      removed: input.remove,
    };
    return { ok: true, item: await tx.contentItem.update({ where: { id: itemId }, data }) };
  });
  if (result.ok) await auditStep(deps, "withdraw", itemId, { reason: input.reason, removed: input.remove });
  return result;
}
