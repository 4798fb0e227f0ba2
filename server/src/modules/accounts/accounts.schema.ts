import { builder, InputError, type InputErrorShape, signedInOnly } from "../../builder.js";
import type { User } from "../../generated/prisma/client.js";
import { Role } from "../../generated/prisma/enums.js";
import * as accounts from "./accounts.service.js";
import { changePasswordInput, loginInput } from "./accounts.validation.js";

export const RoleEnum = builder.enumType(Role, {
  name: "Role",
  description:
    "Staff roles: 信息采编 EDITOR, 信息核查 CHECKER, 科室负责领导 DEPT_HEAD, 分管局领导 LEADER, 网站维护 MAINTAINER, 承办 HANDLER, 管理员 ADMIN.",
});

builder.prismaNode("Department", {
  description: "科室",
  id: { field: "id" },
  authScopes: signedInOnly,
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
  }),
});

export const UserRef = builder.prismaNode("User", {
  description: "A staff account. Citizens are anonymous and have none.",
  id: { field: "id" },
  authScopes: signedInOnly,
  fields: (t) => ({
    username: t.exposeString("username"),
    displayName: t.exposeString("displayName"),
    roles: t.field({ type: [RoleEnum], resolve: (user) => user.roles }),
    department: t.relation("department", { nullable: true }),
    disabled: t.boolean({ resolve: (user) => user.disabledAt !== null }),
    mustChangePassword: t.boolean({
      nullable: true,
      description:
        "Still the password the demo seed generated: the app nags until it is changed. Only the user and admins see it (null for others).",
      resolve: (user, _args, ctx) =>
        ctx.viewer?.userId === user.id || ctx.viewer?.roles.includes("ADMIN") ? user.seededPassword : null,
    }),
  }),
});

const LoginInput = builder.inputType("LoginInput", {
  fields: (t) => ({
    username: t.string({ required: true }),
    password: t.string({ required: true }),
  }),
});

const ChangePasswordInput = builder.inputType("ChangePasswordInput", {
  fields: (t) => ({
    currentPassword: t.string({ required: true }),
    newPassword: t.string({ required: true }),
  }),
});

type UserPayload = { user?: User | null; error?: InputErrorShape | null };

const userPayload = (name: string, description: string) =>
  builder.objectRef<UserPayload>(name).implement({
    description,
    fields: (t) => ({
      user: t.field({ type: UserRef, nullable: true, resolve: (p) => p.user ?? null }),
      error: t.field({ type: InputError, nullable: true, resolve: (p) => p.error ?? null }),
    }),
  });

const LoginPayload = userPayload("LoginPayload", "Either the signed-in user or an error the user can fix.");
const SetUserDisabledPayload = userPayload("SetUserDisabledPayload", "The updated user, or why not.");

const ChangePasswordPayload = builder.objectRef<{ ok: boolean; error?: InputErrorShape | null }>(
  "ChangePasswordPayload",
);
ChangePasswordPayload.implement({
  fields: (t) => ({
    ok: t.exposeBoolean("ok"),
    error: t.field({ type: InputError, nullable: true, resolve: (p) => p.error ?? null }),
  }),
});

const toError = (r: { message: string; field?: string }) => ({ message: r.message, field: r.field ?? null });

builder.queryFields((t) => ({
  me: t.field({
    type: UserRef,
    nullable: true,
    description: "The signed-in staff user, or null for citizens.",
    skipTypeScopes: true,
    authScopes: { public: true },
    // A plain field, not prismaField: citizens get null without a query (and without the
    // plugin's unused-query warning); relations of the one user load on demand.
    resolve: (_root, _args, ctx) =>
      ctx.viewer ? ctx.prisma.user.findUnique({ where: { id: ctx.viewer.userId } }) : null,
  }),
  users: t.prismaConnection({
    type: "User",
    cursor: "id",
    description: "All staff accounts. ADMIN only.",
    authScopes: { roles: ["ADMIN"] },
    resolve: async (query, _root, _args, ctx) => {
      await ctx.audit.record({ action: "accounts.users.read" });
      return ctx.prisma.user.findMany({ ...query, orderBy: { username: "asc" } });
    },
  }),
}));

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginPayload,
    skipTypeScopes: true,
    authScopes: { public: true },
    args: { input: t.arg({ type: LoginInput, required: true, validate: { schema: loginInput } }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await accounts.login(ctx, input);
      return result.ok ? { user: result.value } : { error: toError(result) };
    },
  }),
  logout: t.boolean({
    description: "Ends the current session. Returns false when nobody was signed in.",
    skipTypeScopes: true,
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => accounts.logout(ctx),
  }),
  changePassword: t.field({
    type: ChangePasswordPayload,
    args: {
      input: t.arg({ type: ChangePasswordInput, required: true, validate: { schema: changePasswordInput } }),
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) return { ok: false, error: { message: "请先登录" } };
      const result = await accounts.changePassword(ctx, viewer.userId, viewer.sessionId, input);
      return result.ok ? { ok: true } : { ok: false, error: toError(result) };
    },
  }),
  setUserDisabled: t.field({
    type: SetUserDisabledPayload,
    description: "Disables (or re-enables) a staff account; disabling ends its sessions at once. ADMIN only.",
    authScopes: { roles: ["ADMIN"] },
    args: {
      userId: t.arg.globalID({ required: true, for: [UserRef] }),
      disabled: t.arg.boolean({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const result = await accounts.setUserDisabled(ctx, args.userId.id, args.disabled);
      return result.ok ? { user: result.value } : { error: toError(result) };
    },
  }),
}));
