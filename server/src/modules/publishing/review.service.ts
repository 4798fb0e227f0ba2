// Sign-offs of the open draft: publication review and confidentiality review (信息核查),
// department head and leader approval. A rejection sends the draft back with the opinion.
import type { Prisma } from "../../generated/prisma/client.js";
import { externalLinks } from "./links.js";
import {
  auditStep,
  fail,
  type PublishingDeps,
  recordStep,
  type StaffActor,
  type StepResult,
  type Tx,
  withItem,
  workflowItem,
} from "./publishing.service.js";
import {
  type ConfidentialityChecklist,
  canSignOff,
  checklistComplete,
  pendingSignOffs,
  type SignOff,
} from "./workflow.js";

export interface SignOffInput {
  step: SignOff;
  approve: boolean;
  opinion?: string | null;
  checklist?: Partial<ConfidentialityChecklist> | null;
}

export async function signOff(
  deps: PublishingDeps,
  actor: StaffActor,
  itemId: string,
  input: SignOffInput,
): Promise<StepResult> {
  const result = await withItem(deps, itemId, async (tx, item): Promise<StepResult> => {
    const records = await tx.reviewRecord.findMany({ where: { itemId }, orderBy: { at: "asc" } });
    const verdict = canSignOff(workflowItem(item), records, input.step, actor);
    if (!verdict.ok) return fail(verdict.message);
    const revisionId = item.draftRevisionId;
    const base = { itemId, revisionId, step: input.step, opinion: input.opinion ?? null };
    const checklist = input.step === "CONFIDENTIALITY_REVIEW" ? (input.checklist ?? {}) : undefined;

    if (!input.approve) {
      if (!input.opinion?.trim()) return fail("退回时请填写审核意见，告诉编辑需要修改什么", "opinion");
      await recordStep(tx, deps, actor, {
        ...base,
        decision: "REJECTED",
        checklist: checklist as Prisma.InputJsonValue,
      });
      const updated = await tx.contentItem.update({
        where: { id: itemId },
        data: { draftStage: "DRAFT", ...(item.liveRevisionId ? {} : { status: "DRAFT" }) },
      });
      return { ok: true, item: updated };
    }

    if (input.step === "CONFIDENTIALITY_REVIEW") {
      const complete = checklistComplete(input.checklist ?? {});
      if (!complete.ok) return fail(complete.message, "checklist");
    }
    if (input.step === "PUBLICATION_REVIEW") {
      const unapproved = await unapprovedLinks(tx, revisionId);
      if (unapproved.length) {
        return fail(`正文包含未经审批的外部链接：${unapproved.join("、")}。请先申请网站链接审批或删除这些链接`, "body");
      }
    }
    await recordStep(tx, deps, actor, { ...base, decision: "APPROVED", checklist: checklist as Prisma.InputJsonValue });
    const stillPending = pendingSignOffs(workflowItem(item), [
      ...records,
      { step: input.step, decision: "APPROVED", revisionId },
    ]);
    const updated = stillPending.length
      ? item
      : await tx.contentItem.update({
          where: { id: itemId },
          data: { draftStage: "APPROVED", ...(item.liveRevisionId ? {} : { status: "APPROVED" }) },
        });
    return { ok: true, item: updated };
  });
  if (result.ok) {
    await auditStep(deps, `signoff.${input.step.toLowerCase()}`, itemId, { approve: input.approve });
  }
  return result;
}

/** External links of the draft whose hosts are not approved (网站链接审批). */
async function unapprovedLinks(tx: Tx, revisionId: string | null): Promise<string[]> {
  if (!revisionId) return [];
  const revision = await tx.contentRevision.findUniqueOrThrow({ where: { id: revisionId } });
  const links = externalLinks(revision.body);
  if (!links.length) return [];
  const approved = await tx.linkApproval.findMany({
    where: { host: { in: links.map((l) => l.host) }, status: "APPROVED" },
    select: { host: true },
  });
  const ok = new Set(approved.map((a) => a.host));
  return links.filter((l) => !ok.has(l.host)).map((l) => l.url);
}
