// Sign-in, sign-out, password change and disabling users. Every outcome is audited.

import type { z } from "zod";
import { MINUTE } from "../../clock.js";
import type { Context } from "../../context.js";
import { notFound, rateLimited } from "../../errors.js";
import type { User } from "../../generated/prisma/client.js";
import { countRecent } from "../security/audit.service.js";
import type { changePasswordInput, loginInput } from "./accounts.validation.js";
import { decoyHash, hashPassword, verifyPassword } from "./password.js";
import {
  ABSOLUTE_TIMEOUT_MS,
  createSession,
  revokeSession,
  revokeUserSessions,
  SESSION_COOKIE,
  viewerOf,
} from "./session.service.js";

export type Result<T> = { ok: true; value: T } | { ok: false; message: string; field?: string };

/** Failed sign-ins allowed per window before RATE_LIMITED: per IP, and per username. */
export const LOGIN_WINDOW_MS = 15 * MINUTE;
export const MAX_FAILURES_PER_IP = 20;
export const MAX_FAILURES_PER_USERNAME = 5;

const WRONG_CREDENTIALS = "用户名或密码错误";

export async function login(ctx: Context, input: z.infer<typeof loginInput>): Promise<Result<User>> {
  const since = new Date(ctx.clock.now().getTime() - LOGIN_WINDOW_MS);
  const failed = { action: "auth.login", outcome: "FAILURE" as const, since };
  const [byIp, byName] = await Promise.all([
    ctx.ip ? countRecent(ctx.prisma, { ...failed, ip: ctx.ip }) : 0,
    countRecent(ctx.prisma, { ...failed, actorName: input.username }),
  ]);
  if (byIp >= MAX_FAILURES_PER_IP || byName >= MAX_FAILURES_PER_USERNAME) {
    await ctx.audit.recordAs(
      { id: null, name: input.username, roles: null },
      { action: "auth.login", outcome: "DENIED", detail: { reason: "rate-limited" } },
    );
    throw rateLimited(LOGIN_WINDOW_MS / 1000);
  }

  const user = await ctx.prisma.user.findUnique({ where: { username: input.username } });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  if (!user || !valid || user.disabledAt) {
    await ctx.audit.recordAs(
      { id: user?.id ?? null, name: input.username, roles: user?.roles.join(",") ?? null },
      {
        action: "auth.login",
        outcome: "FAILURE",
        detail: { reason: !user ? "unknown-user" : !valid ? "wrong-password" : "disabled" },
      },
    );
    return { ok: false, message: user?.disabledAt && valid ? "该账号已停用，请联系管理员" : WRONG_CREDENTIALS };
  }

  const session = await createSession(ctx.prisma, ctx.clock, user.id, { ip: ctx.ip, userAgent: ctx.userAgent });
  ctx.cookies.set(SESSION_COOKIE, session.token, { maxAgeSeconds: ABSOLUTE_TIMEOUT_MS / 1000 });
  // The rest of this request (the payload's user fields) is answered as the signed-in user.
  ctx.viewer = viewerOf(user, session.sessionId);
  await ctx.audit.recordAs(
    { id: user.id, name: user.username, roles: user.roles.join(",") },
    { action: "auth.login", targetType: "User", targetId: user.id },
  );
  return { ok: true, value: user };
}

export async function logout(ctx: Context): Promise<boolean> {
  ctx.cookies.clear(SESSION_COOKIE);
  if (!ctx.viewer) return false;
  await revokeSession(ctx.prisma, ctx.clock, ctx.viewer.sessionId);
  await ctx.audit.record({ action: "auth.logout", targetType: "User", targetId: ctx.viewer.userId });
  ctx.viewer = null;
  return true;
}

export async function changePassword(
  ctx: Context,
  viewerId: string,
  sessionId: string,
  input: z.infer<typeof changePasswordInput>,
): Promise<Result<true>> {
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: viewerId } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await ctx.audit.record({
      action: "accounts.password.change",
      outcome: "FAILURE",
      targetType: "User",
      targetId: user.id,
    });
    return { ok: false, message: "当前密码不正确", field: "currentPassword" };
  }
  if (input.newPassword === input.currentPassword) {
    return { ok: false, message: "新密码不能与当前密码相同", field: "newPassword" };
  }
  if (input.newPassword.toLowerCase().includes(user.username.toLowerCase())) {
    return { ok: false, message: "新密码不能包含用户名", field: "newPassword" };
  }
  await ctx.prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(input.newPassword), seededPassword: false },
  });
  // Other devices signed in with the old password are signed out.
  await revokeUserSessions(ctx.prisma, ctx.clock, user.id, sessionId);
  await ctx.audit.record({ action: "accounts.password.change", targetType: "User", targetId: user.id });
  return { ok: true, value: true };
}

export async function setUserDisabled(ctx: Context, userId: string, disabled: boolean): Promise<Result<User>> {
  if (ctx.viewer?.userId === userId && disabled) {
    return { ok: false, message: "不能停用自己的账号" };
  }
  const existing = await ctx.prisma.user.findUnique({ where: { id: userId } });
  if (!existing) throw notFound("用户");
  const user = await ctx.prisma.user.update({
    where: { id: userId },
    data: { disabledAt: disabled ? (existing.disabledAt ?? ctx.clock.now()) : null },
  });
  // Disabling takes effect at once: every open session ends now, not at its timeout.
  const revoked = disabled ? await revokeUserSessions(ctx.prisma, ctx.clock, userId) : 0;
  await ctx.audit.record({
    action: disabled ? "accounts.user.disable" : "accounts.user.enable",
    targetType: "User",
    targetId: userId,
    detail: { revokedSessions: revoked },
  });
  return { ok: true, value: user };
}
