// The Pothos builder: plugins, scalars and root types. No domain types are defined here.
import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin, { type AuthFailure } from "@pothos/plugin-scope-auth";
import ZodPlugin from "@pothos/plugin-zod";
import { GraphQLError, Kind } from "graphql";
import type { Context } from "./context.js";
import { badInput, forbidden, unauthenticated } from "./errors.js";
import type PrismaTypes from "./generated/pothos-types.js";
import { getDatamodel } from "./generated/pothos-types.js";
import type { Role } from "./generated/prisma/client.js";
import { ROLE_LABELS } from "./modules/accounts/roles.js";

export interface AuthScopes {
  /** Anyone, including anonymous citizens. Public fields say so explicitly. */
  public: boolean;
  /** Any signed-in staff user. */
  staff: boolean;
  /** Staff holding at least one of these roles. */
  roles: Role[];
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: { DateTime: { Input: Date; Output: Date } };
}>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ZodPlugin],
  prisma: {
    // The client is per database (per process in production, per test file in tests).
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // node(id) is public, but every node type guards itself (type-level authScopes or a
    // status filter), so a global id never reveals more than the type's own query would.
    nodeQueryOptions: { skipTypeScopes: true, authScopes: { public: true } },
    nodesQueryOptions: false,
  },
  scopeAuth: {
    authScopes: (ctx) => ({
      public: true,
      staff: ctx.viewer !== null,
      roles: (allowed: Role[]) => ctx.viewer?.roles.some((r) => allowed.includes(r)) ?? false,
    }),
    unauthorizedError: (_parent, ctx, info, result) => {
      if (!ctx.viewer) return unauthenticated();
      ctx.audit.recordLater({
        action: "authz.denied",
        outcome: "DENIED",
        targetType: info.parentType.name,
        targetId: info.fieldName,
      });
      const roles = requiredRoles(result.failure);
      return forbidden(roles.length ? `需要以下角色之一：${roles.map((r) => ROLE_LABELS[r]).join("、")}` : undefined);
    },
  },
  zod: {
    validationError: (error) => {
      const issue = error.issues[0];
      return badInput(issue?.message ?? "输入有误", issue?.path.at(-1)?.toString());
    },
  },
});

/** The roles a failed `roles` scope asked for, so FORBIDDEN can say what would have been enough. */
function requiredRoles(failure: AuthFailure): Role[] {
  if ("failures" in failure) return [...new Set(failure.failures.flatMap(requiredRoles))];
  if ("scope" in failure && failure.scope === "roles" && "parameter" in failure && Array.isArray(failure.parameter)) {
    return failure.parameter as Role[];
  }
  return [];
}

builder.scalarType("DateTime", {
  description: "An instant in time, ISO 8601 in UTC (e.g. 2026-03-02T01:00:00.000Z).",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("DateTime must be an ISO 8601 string");
    return parseDate(ast.value);
  },
});

function parseDate(value: unknown): Date {
  const date = typeof value === "string" ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw badInput("日期格式不正确");
  return date;
}

/**
 * Type-level check for staff-only object types. A function (unlike the cached `staff` scope) is
 * evaluated per object, so a user returned by `login` is visible within the same request.
 */
export const signedInOnly = (_parent: unknown, ctx: Context) => ctx.viewer !== null;

// Deny by default: every root field needs a signed-in user unless it opts out explicitly with
// `skipTypeScopes: true, authScopes: { public: true }` (or narrows further with `roles`).
builder.queryType({ authScopes: { staff: true } });
builder.mutationType({ authScopes: { staff: true } });

export type InputErrorShape = { message: string; field?: string | null };

export const InputError = builder.objectRef<InputErrorShape>("InputError").implement({
  description: "A failure the user can fix. The message is written for the user (zh-CN).",
  fields: (t) => ({
    message: t.exposeString("message"),
    field: t.string({
      nullable: true,
      description: "The input field at fault, if one is.",
      resolve: (e) => e.field ?? null,
    }),
  }),
});
