// Server-side staff sessions. The cookie carries a 256-bit random token; only its SHA-256 is
// stored, so a leaked database does not leak usable sessions.
import { createHash, randomBytes } from "node:crypto";
import { type Clock, HOUR, MINUTE } from "../../clock.js";
import type { Viewer } from "../../context.js";
import type { PrismaClient } from "../../db/index.js";
import type { User } from "../../generated/prisma/client.js";

export const SESSION_COOKIE = "planport_session";
export const IDLE_TIMEOUT_MS = 30 * MINUTE;
export const ABSOLUTE_TIMEOUT_MS = 12 * HOUR;
/** lastSeenAt is refreshed at most this often, to spare a write on every request. */
const TOUCH_INTERVAL_MS = MINUTE;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(
  prisma: PrismaClient,
  clock: Clock,
  userId: string,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS);
  const session = await prisma.session.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
  });
  return { token, sessionId: session.id, expiresAt };
}

/** The viewer for a cookie token, or null when the session is unknown, revoked or timed out. */
export async function resolveSession(prisma: PrismaClient, clock: Clock, token: string): Promise<Viewer | null> {
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: true },
  });
  if (!session || session.revokedAt || session.user.disabledAt) return null;
  const now = clock.now();
  const idleFor = now.getTime() - session.lastSeenAt.getTime();
  if (now >= session.expiresAt || idleFor >= IDLE_TIMEOUT_MS) {
    await prisma.session.update({ where: { id: session.id }, data: { revokedAt: now } });
    return null;
  }
  if (idleFor >= TOUCH_INTERVAL_MS) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return viewerOf(session.user, session.id);
}

export function viewerOf(user: User, sessionId: string): Viewer {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    departmentId: user.departmentId,
    sessionId,
  };
}

export async function revokeSession(prisma: PrismaClient, clock: Clock, sessionId: string): Promise<void> {
  await prisma.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: clock.now() } });
}

/** Revokes every open session of a user (logout everywhere, disable, password change). */
export async function revokeUserSessions(
  prisma: PrismaClient,
  clock: Clock,
  userId: string,
  exceptSessionId?: string,
): Promise<number> {
  const { count } = await prisma.session.updateMany({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: clock.now() },
  });
  return count;
}

/** Deletes sessions that ended more than a week ago (a periodic job). */
export async function purgeEndedSessions(prisma: PrismaClient, clock: Clock): Promise<number> {
  const weekAgo = new Date(clock.now().getTime() - 7 * 24 * HOUR);
  const { count } = await prisma.session.deleteMany({
    where: { OR: [{ expiresAt: { lt: weekAgo } }, { revokedAt: { lt: weekAgo } }] },
  });
  return count;
}
