// 值班紧急发布: the staff on duty (the duty roster, operations/duty-roster.service.ts, on the
// Asia/Shanghai day of the clock's now) may publish without the reviews, with a reason; the item
// stays flagged until someone else approves it afterwards.
import { dutyOn, today } from "../operations/duty-roster.service.js";
import {
  auditStep,
  fail,
  type PublishingDeps,
  recordStep,
  type StaffActor,
  type StepResult,
  withItem,
  workflowItem,
} from "./publishing.service.js";
import { goLive, indexLive } from "./release.service.js";
import { canApproveEmergency, canEmergencyPublish } from "./workflow.js";

export async function emergencyPublish(
  deps: PublishingDeps,
  actor: StaffActor,
  itemId: string,
  reason: string,
): Promise<StepResult> {
  const day = today(deps.clock);
  const result = await withItem(deps, itemId, async (tx, item): Promise<StepResult> => {
    // The roster as it stands when the step runs, read in the step's own transaction.
    const duty = await dutyOn(tx, day);
    const verdict = canEmergencyPublish(workflowItem(item), actor, {
      day: duty.day,
      onDuty: duty.shifts.map((s) => ({ id: s.user.id, name: s.user.displayName })),
    });
    if (!verdict.ok) return fail(verdict.message);
    await recordStep(tx, deps, actor, {
      itemId,
      revisionId: item.draftRevisionId,
      step: "EMERGENCY_PUBLISH",
      decision: "DONE",
      opinion: reason,
    });
    const live = await goLive(tx, deps, item);
    return {
      ok: true,
      item: await tx.contentItem.update({
        where: { id: live.id },
        data: { emergencyReason: reason, emergencyApprovedAt: null },
      }),
    };
  });
  if (result.ok) {
    await auditStep(deps, "emergency-publish", itemId, { reason, dutyDay: day });
    await indexLive(deps, itemId);
  }
  return result;
}

export async function approveEmergency(
  deps: PublishingDeps,
  actor: StaffActor,
  itemId: string,
  opinion: string | null,
): Promise<StepResult> {
  const result = await withItem(deps, itemId, async (tx, item): Promise<StepResult> => {
    if (!item.emergencyReason || item.emergencyApprovedAt) return fail("该信息没有待补充审批的紧急发布");
    const publisher = await tx.reviewRecord.findFirst({
      where: { itemId, step: "EMERGENCY_PUBLISH" },
      orderBy: { at: "desc" },
    });
    const verdict = canApproveEmergency(publisher?.actorId ?? null, actor);
    if (!verdict.ok) return fail(verdict.message);
    await recordStep(tx, deps, actor, {
      itemId,
      revisionId: item.liveRevisionId,
      step: "RETRO_APPROVAL",
      decision: "APPROVED",
      opinion,
    });
    return {
      ok: true,
      item: await tx.contentItem.update({ where: { id: itemId }, data: { emergencyApprovedAt: deps.clock.now() } }),
    };
  });
  if (result.ok) await auditStep(deps, "emergency-approve", itemId);
  return result;
}
