// 有效性 of disclosure items: when a document is amended or repealed, the original stays online
// with a clear mark and a link to what replaced it (recorded on the registration form).
import type { Prisma } from "../../generated/prisma/client.js";
import type { Validity } from "../../generated/prisma/enums.js";
import {
  auditStep,
  fail,
  type PublishingDeps,
  recordStep,
  type StaffActor,
  type StepResult,
  withItem,
} from "./publishing.service.js";

const VALIDITY_LABEL: Record<Validity, string> = {
  VALID: "有效",
  AMENDED: "已修改",
  REPEALED: "已废止",
  LAPSED: "已失效",
};

export async function setValidity(
  deps: PublishingDeps,
  actor: StaffActor,
  itemId: string,
  input: { validity: Validity; replacedById: string | null; note: string | null },
): Promise<StepResult> {
  if (!actor.roles.some((r) => r === "DEPT_HEAD" || r === "MAINTAINER" || r === "LEADER")) {
    return fail("变更有效性需要科室负责领导、分管局领导或网站维护人员");
  }
  if ((input.validity === "AMENDED" || input.validity === "REPEALED") && !input.replacedById && !input.note) {
    return fail("已修改或已废止的文件须关联替代文件或填写说明", "replacedById");
  }
  if (input.replacedById === itemId) return fail("不能以自身作为替代文件", "replacedById");
  if (input.replacedById) {
    const replacement = await deps.prisma.contentItem.findUnique({ where: { id: input.replacedById } });
    if (replacement?.kind !== "DISCLOSURE" || replacement.status !== "PUBLISHED") {
      return fail("替代文件须为已发布的政务公开信息", "replacedById");
    }
    // Two documents replacing each other would send citizens round in a circle.
    if (replacement.replacedById === itemId) return fail("该文件已被本文件替代，不能互为替代文件", "replacedById");
  }
  const result = await withItem(deps, itemId, async (tx, item): Promise<StepResult> => {
    if (item.kind !== "DISCLOSURE") return fail("只有政务公开信息有有效性");
    if (item.status !== "PUBLISHED" && item.status !== "EXPIRED") return fail("只有已发布的信息可以变更有效性");
    await recordStep(tx, deps, actor, {
      itemId,
      revisionId: item.liveRevisionId,
      step: "DISCLOSURE_UPDATE",
      decision: "DONE",
      opinion: [VALIDITY_LABEL[input.validity], input.note].filter(Boolean).join("：") || null,
    });
    const updated = await tx.contentItem.update({
      where: { id: itemId },
      data: { validity: input.validity, replacedById: input.validity === "VALID" ? null : input.replacedById },
    });
    return { ok: true, item: updated };
  });
  if (result.ok) await auditStep(deps, "disclosure.validity", itemId, { validity: input.validity });
  return result;
}

/** At most this many candidates answer one search: the editor narrows the words, not the page. */
export const REPLACEMENT_CANDIDATES = 20;

/**
 * Published disclosure items a document could be replaced by: title or 索引号 contains the
 * search text, the item itself excluded, newest first.
 */
export function replacementCandidatesWhere(itemId: string, search: string): Prisma.ContentItemWhereInput {
  const text = search.trim();
  return {
    kind: "DISCLOSURE",
    status: "PUBLISHED",
    id: { not: itemId },
    OR: [
      { title: { contains: text, mode: "insensitive" } },
      { indexNumber: { contains: text } },
      { documentNumber: { contains: text, mode: "insensitive" } },
    ],
  };
}
