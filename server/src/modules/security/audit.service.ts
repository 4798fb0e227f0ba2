// The one way to write the audit log: every staff action and every sensitive read goes through
// here (who, role, what, target, when, IP, outcome). The table is append-only (a DB trigger).
import type { Clock } from "../../clock.js";
import type { Viewer } from "../../context.js";
import type { PrismaClient } from "../../db/index.js";
import type { AuditOutcome, Prisma } from "../../generated/prisma/client.js";

export interface AuditEvent {
  /** Dotted verb, domain first: "auth.login", "accounts.user.disable", "audit.browse". */
  action: string;
  outcome?: AuditOutcome;
  targetType?: string;
  targetId?: string;
  detail?: Prisma.InputJsonValue;
}

export interface Actor {
  id: string | null;
  name: string | null;
  roles: string | null;
}

export function actorOf(viewer: Viewer | null): Actor {
  return viewer
    ? { id: viewer.userId, name: viewer.displayName, roles: viewer.roles.join(",") }
    : { id: null, name: null, roles: null };
}

export async function writeAudit(
  prisma: PrismaClient,
  clock: Clock,
  actor: Actor,
  ip: string | null,
  event: AuditEvent,
): Promise<void> {
  await prisma.auditEntry.create({
    data: {
      at: clock.now(),
      actorId: actor.id,
      actorName: actor.name,
      actorRoles: actor.roles,
      action: event.action,
      outcome: event.outcome ?? "SUCCESS",
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      ip,
      detail: event.detail ?? undefined,
    },
  });
}

/** The audit log bound to one request: the actor and IP come from the request, never from args. */
export interface RequestAudit {
  record(event: AuditEvent): Promise<void>;
  /** Records as a specific actor (sign-in, before the session exists). */
  recordAs(actor: Actor, event: AuditEvent): Promise<void>;
  /** For synchronous callers (authorization hooks): written before the response is sent. */
  recordLater(event: AuditEvent): void;
  /** Awaits every recordLater write of this request. */
  flush(): Promise<void>;
}

export function requestAudit(
  prisma: PrismaClient,
  clock: Clock,
  viewer: () => Viewer | null,
  ip: string | null,
): RequestAudit {
  const pending: Promise<void>[] = [];
  const record = (event: AuditEvent) => writeAudit(prisma, clock, actorOf(viewer()), ip, event);
  return {
    record,
    recordAs: (actor, event) => writeAudit(prisma, clock, actor, ip, event),
    recordLater: (event) => {
      pending.push(record(event));
    },
    flush: async () => {
      await Promise.all(pending.splice(0));
    },
  };
}

/** Counts recent entries: the rate limiter for sign-in reads its failures from the log itself. */
export function countRecent(
  prisma: PrismaClient,
  where: { action: string; outcome: AuditOutcome; since: Date; ip?: string; actorName?: string },
): Promise<number> {
  return prisma.auditEntry.count({
    where: {
      action: where.action,
      outcome: where.outcome,
      at: { gte: where.since },
      ...(where.ip ? { ip: where.ip } : {}),
      ...(where.actorName ? { actorName: where.actorName } : {}),
    },
  });
}
