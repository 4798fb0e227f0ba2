// 网站链接审批: editors ask for an external host to be allowed in bodies; maintainers decide.
import type { LinkApproval } from "../../generated/prisma/client.js";
import type { PublishingDeps, StaffActor } from "./publishing.service.js";

export type LinkResult = { ok: true; approval: LinkApproval } | { ok: false; message: string; field?: string };

export async function requestLinkApproval(
  deps: PublishingDeps,
  actor: StaffActor,
  input: { url: string; reason: string },
): Promise<LinkResult> {
  if (!actor.roles.includes("EDITOR")) return { ok: false, message: "只有信息采编可以申请链接审批" };
  let host: string;
  try {
    const url = new URL(input.url);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("scheme");
    host = url.hostname.toLowerCase();
  } catch {
    return { ok: false, message: "请输入以 http:// 或 https:// 开头的完整网址", field: "url" };
  }
  if (input.reason.trim().length < 2) return { ok: false, message: "请说明链接用途", field: "reason" };
  const existing = await deps.prisma.linkApproval.findUnique({ where: { host } });
  if (existing?.status === "APPROVED") return { ok: true, approval: existing };
  if (existing?.status === "PENDING") return { ok: false, message: `${host} 的审批申请已在处理中`, field: "url" };
  const data = {
    status: "PENDING" as const,
    exampleUrl: input.url,
    requestedById: actor.id,
    requestReason: input.reason.trim(),
    requestedAt: deps.clock.now(),
    decidedById: null,
    decidedAt: null,
    decisionReason: null,
  };
  const approval = await deps.prisma.linkApproval.upsert({ where: { host }, update: data, create: { host, ...data } });
  await deps.audit.record({
    action: "publishing.link.request",
    targetType: "LinkApproval",
    targetId: approval.id,
    detail: { host },
  });
  return { ok: true, approval };
}

export async function decideLinkApproval(
  deps: PublishingDeps,
  actor: StaffActor,
  input: { id: string; approve: boolean; reason: string | null },
): Promise<LinkResult> {
  if (!actor.roles.includes("MAINTAINER")) return { ok: false, message: "链接审批需要网站维护人员" };
  if (!input.approve && !input.reason?.trim()) return { ok: false, message: "驳回时请填写理由", field: "reason" };
  const current = await deps.prisma.linkApproval.findUnique({ where: { id: input.id } });
  if (!current) return { ok: false, message: "审批申请不存在" };
  if (current.status !== "PENDING") return { ok: false, message: "该申请已处理" };
  const approval = await deps.prisma.linkApproval.update({
    where: { id: input.id },
    data: {
      status: input.approve ? "APPROVED" : "REJECTED",
      decidedById: actor.id,
      decidedAt: deps.clock.now(),
      decisionReason: input.reason?.trim() || null,
    },
  });
  await deps.audit.record({
    action: input.approve ? "publishing.link.approve" : "publishing.link.reject",
    targetType: "LinkApproval",
    targetId: approval.id,
    detail: { host: approval.host },
  });
  return { ok: true, approval };
}
