// Sign-offs of the open draft: publication review and confidentiality review (信息核查),
// department head and leader approval. A rejection sends the draft back with the opinion.
import type { ContentKind, Prisma } from "../../generated/prisma/client.js";
import { detailsExternalLinks } from "../content/item-details.js";
import { externalLink, externalLinks } from "./links.js";
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
      const unapproved = await unapprovedLinks(tx, item.kind, revisionId);
      if (unapproved) return fail(unapproved.message, unapproved.field);
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

/**
 * External links of the draft whose hosts are not approved (网站链接审批), in the body and in the
 * details, each named with the field it is in; null when there are none.
 */
async function unapprovedLinks(
  tx: Tx,
  kind: ContentKind,
  revisionId: string | null,
): Promise<{ message: string; field: string } | null> {
  if (!revisionId) return null;
  const revision = await tx.contentRevision.findUniqueOrThrow({ where: { id: revisionId } });
  const links = [
    ...externalLinks(revision.body).map((link) => ({ ...link, field: "body", label: "正文" })),
    ...detailsExternalLinks(kind, revision.details).flatMap((link) => {
      const external = externalLink(link.url);
      return external ? [{ ...link, host: external.host }] : [];
    }),
  ];
  if (!links.length) return null;
  const approved = await tx.linkApproval.findMany({
    where: { host: { in: [...new Set(links.map((l) => l.host))] }, status: "APPROVED" },
    select: { host: true },
  });
  const ok = new Set(approved.map((a) => a.host));
  const refused = links.filter((l) => !ok.has(l.host));
  const [first] = refused;
  if (!first) return null;
  // One clause per field, in the order of the form: 正文…；网上办理地址…
  const byField = new Map<string, { label: string; urls: string[] }>();
  for (const link of refused) {
    const entry = byField.get(link.field) ?? { label: link.label, urls: [] };
    if (!entry.urls.includes(link.url)) entry.urls.push(link.url);
    byField.set(link.field, entry);
  }
  const clauses = [...byField.values()].map((f) => `${f.label}包含未经审批的外部链接：${f.urls.join("、")}`);
  return { message: `${clauses.join("；")}。请先申请网站链接审批或删除这些链接`, field: first.field };
}
