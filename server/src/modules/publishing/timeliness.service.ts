// 信息时效确认: staff confirm that published items are still accurate by their review date, or
// mark them expired. The daily scan and the staff list read timelinessDue.
import {
  auditStep,
  DAY_MS,
  fail,
  type PublishingDeps,
  recordStep,
  type StaffActor,
  type StepResult,
  withItem,
} from "./publishing.service.js";
import { canConfirmTimeliness, reviewByFor, TIMELINESS_WARNING_DAYS } from "./workflow.js";

export async function expire(
  deps: PublishingDeps,
  actor: StaffActor,
  itemId: string,
  note: string | null,
): Promise<StepResult> {
  const result = await withItem(deps, itemId, async (tx, item): Promise<StepResult> => {
    const verdict = canConfirmTimeliness(actor);
    if (!verdict.ok) return fail(verdict.message);
    if (item.status !== "PUBLISHED") return fail("只有已发布的信息可以标记为过期");
    await recordStep(tx, deps, actor, {
      itemId,
      revisionId: item.liveRevisionId,
      step: "EXPIRE",
      decision: "DONE",
      opinion: note,
    });
    return {
      ok: true,
      item: await tx.contentItem.update({
        where: { id: itemId },
        data: { status: "EXPIRED", expiredAt: deps.clock.now() },
      }),
    };
  });
  if (result.ok) await auditStep(deps, "expire", itemId);
  return result;
}

/** 信息时效确认: the item is still accurate; check again at `until` (default: the kind's period). */
export async function confirmTimeliness(
  deps: PublishingDeps,
  actor: StaffActor,
  itemId: string,
  until: Date | null,
): Promise<StepResult> {
  const now = deps.clock.now();
  if (until && (until <= now || until.getTime() - now.getTime() > 2 * 365 * DAY_MS)) {
    return fail("下次确认日期须在今天之后、两年之内", "until");
  }
  const result = await withItem(deps, itemId, async (tx, item): Promise<StepResult> => {
    const verdict = canConfirmTimeliness(actor);
    if (!verdict.ok) return fail(verdict.message);
    if (item.status !== "PUBLISHED") return fail("只有已发布的信息需要时效确认");
    const reviewBy = until ?? reviewByFor(item.kind, now, null);
    await recordStep(tx, deps, actor, {
      itemId,
      revisionId: item.liveRevisionId,
      step: "TIMELINESS_CONFIRM",
      decision: "DONE",
      opinion: reviewBy.toISOString(),
    });
    return { ok: true, item: await tx.contentItem.update({ where: { id: itemId }, data: { reviewBy } }) };
  });
  if (result.ok) await auditStep(deps, "timeliness-confirm", itemId);
  return result;
}

/** Published items past their review date, and those due within the warning period. */
export async function timelinessDue(deps: Pick<PublishingDeps, "prisma" | "clock">) {
  const now = deps.clock.now();
  const horizon = new Date(now.getTime() + TIMELINESS_WARNING_DAYS * DAY_MS);
  const items = await deps.prisma.contentItem.findMany({
    where: { status: "PUBLISHED", reviewBy: { lte: horizon } },
    orderBy: [{ reviewBy: "asc" }, { id: "asc" }],
  });
  return {
    overdue: items.filter((i) => i.reviewBy && i.reviewBy <= now),
    dueSoon: items.filter((i) => i.reviewBy && i.reviewBy > now),
  };
}
