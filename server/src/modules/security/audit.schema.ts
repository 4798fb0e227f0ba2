import { builder } from "../../builder.js";
import { AuditOutcome } from "../../generated/prisma/enums.js";

const AuditOutcomeEnum = builder.enumType(AuditOutcome, { name: "AuditOutcome" });

const AUDITORS = { roles: ["ADMIN", "LEADER"] } as const;

builder.prismaNode("AuditEntry", {
  description: "One line of the append-only audit log.",
  id: { field: "id" },
  authScopes: { roles: [...AUDITORS.roles] },
  fields: (t) => ({
    at: t.expose("at", { type: "DateTime" }),
    actorId: t.exposeString("actorId", { nullable: true }),
    actorName: t.exposeString("actorName", { nullable: true }),
    actorRoles: t.exposeString("actorRoles", { nullable: true }),
    action: t.exposeString("action"),
    targetType: t.exposeString("targetType", { nullable: true }),
    targetId: t.exposeString("targetId", { nullable: true }),
    outcome: t.expose("outcome", { type: AuditOutcomeEnum }),
    ip: t.exposeString("ip", { nullable: true }),
    detail: t.string({
      nullable: true,
      description: "Extra facts as JSON text.",
      resolve: (entry) => (entry.detail === null ? null : JSON.stringify(entry.detail)),
    }),
  }),
});

builder.queryFields((t) => ({
  auditEntries: t.prismaConnection({
    type: "AuditEntry",
    cursor: "id",
    description: "The audit log, newest first. ADMIN or LEADER only; browsing it is itself audited.",
    authScopes: { roles: [...AUDITORS.roles] },
    args: {
      action: t.arg.string({ description: "Only this action, or actions under it (e.g. `auth`)." }),
      actorId: t.arg.string(),
      outcome: t.arg({ type: AuditOutcomeEnum }),
    },
    resolve: async (query, _root, args, ctx) => {
      await ctx.audit.record({
        action: "audit.browse",
        detail: { action: args.action ?? null, actorId: args.actorId ?? null, outcome: args.outcome ?? null },
      });
      return ctx.prisma.auditEntry.findMany({
        ...query,
        where: {
          ...(args.action ? { OR: [{ action: args.action }, { action: { startsWith: `${args.action}.` } }] } : {}),
          ...(args.actorId ? { actorId: args.actorId } : {}),
          ...(args.outcome ? { outcome: args.outcome } : {}),
        },
        // cuid ids are not time-ordered across processes: order by time, then id for a stable cursor.
        orderBy: [{ at: "desc" }, { id: "desc" }],
      });
    },
  }),
}));
