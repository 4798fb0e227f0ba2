import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode, passwordOf, ROLES, USERNAME } from "../../../test/helpers.js";
import { HOUR, MINUTE } from "../../clock.js";
import { hashToken } from "./session.service.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ME = "{ me { username displayName roles department { name } } }";
const AUDIT = "{ auditEntries(first: 5) { edges { node { action outcome } } } }";

describe("sign-in", () => {
  it.each(ROLES)("%s signs in, sees themself, signs out", async (role) => {
    const a = t.agent();
    const login = await a.loginAs(role);
    const me = await login.gql<{ me: { username: string; roles: string[] } }>(ME);
    expect(me.data?.me).toMatchObject({ username: USERNAME[role], roles: [role] });

    const out = await a.gql<{ logout: boolean }>("mutation { logout }");
    expect(out.data?.logout).toBe(true);
    expect(a.cookie).toBe("");
    expect((await a.gql<{ me: null }>(ME)).data?.me).toBeNull();
  });

  it("sets an httpOnly, SameSite=Lax session cookie, Secure behind HTTPS", async () => {
    const plain = await t.agent().login("editor");
    const cookie = plain.setCookie.find((c) => c.startsWith("planport_session="));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);

    const https = await t.request(
      "mutation($i: LoginInput!) { login(input: $i) { user { id } } }",
      { i: { username: "editor", password: passwordOf("editor") } },
      { "x-forwarded-proto": "https" },
    );
    expect(https.setCookie.find((c) => c.startsWith("planport_session="))).toMatch(/Secure/);
  });

  it("stores only a hash of the session token", async () => {
    const a = t.agent();
    await a.loginAs("CHECKER");
    const token = decodeURIComponent(a.cookie.split("=")[1] ?? "");
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);
    expect(await t.prisma.session.count({ where: { tokenHash: token } })).toBe(0);
    expect(await t.prisma.session.count({ where: { tokenHash: hashToken(token) } })).toBe(1);
  });

  it("answers a wrong password with a typed error and audits it", async () => {
    const result = await t.agent("198.51.100.7").login("leader", "not-the-password");
    expect(result.errors).toBeUndefined();
    expect(result.data?.login).toEqual({ user: null, error: { message: "用户名或密码错误", field: null } });
    const entry = await t.prisma.auditEntry.findFirst({
      where: { action: "auth.login", outcome: "FAILURE", actorName: "leader" },
    });
    expect(entry?.ip).toBe("198.51.100.7");
  });

  it("gives the same answer for an unknown username", async () => {
    const result = await t.agent().login("nobody", "whatever");
    expect(result.data?.login.error?.message).toBe("用户名或密码错误");
  });

  it("rejects empty input with BAD_USER_INPUT and a message for the user", async () => {
    const result = await t.agent().login("", "x");
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toBe("请输入用户名");
  });

  it("rate-limits repeated failures for one username", async () => {
    const a = t.agent("192.0.2.55");
    for (let i = 0; i < 5; i++) expect((await a.login("maintainer", `wrong-${i}`)).data?.login.error).toBeTruthy();
    const limited = await a.login("maintainer");
    expect(errorCode(limited)).toBe("RATE_LIMITED");
    t.clock.advance(16 * MINUTE);
    expect((await a.login("maintainer")).data?.login.user?.username).toBe("maintainer");
  });
});

describe("authorization", () => {
  it("answers a staff-only field with UNAUTHENTICATED for citizens", async () => {
    const result = await t.agent().gql(AUDIT);
    expect(errorCode(result)).toBe("UNAUTHENTICATED");
    expect(result.data).toBeNull();
  });

  it("answers with FORBIDDEN for the wrong role, and audits the denial", async () => {
    const editor = await t.agent().loginAs("EDITOR");
    const result = await editor.gql(AUDIT);
    expect(errorCode(result)).toBe("FORBIDDEN");
    expect(result.errors?.[0]?.message).toBe("需要以下角色之一：管理员、分管局领导");
    expect(
      await t.prisma.auditEntry.count({ where: { action: "authz.denied", actorName: { contains: "信息采编" } } }),
    ).toBe(1);
  });

  it("lets ADMIN and LEADER browse the audit log, which audits the browsing", async () => {
    for (const role of ["ADMIN", "LEADER"] as const) {
      const a = await t.agent().loginAs(role);
      const result = await a.gql<{ auditEntries: { edges: Array<{ node: { action: string } }> } }>(AUDIT);
      expect(result.errors).toBeUndefined();
      expect(result.data?.auditEntries.edges.length).toBeGreaterThan(0);
    }
    expect(await t.prisma.auditEntry.count({ where: { action: "audit.browse" } })).toBeGreaterThanOrEqual(2);
  });

  it("hides staff types behind node(id) too", async () => {
    const user = await t.prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
    const id = Buffer.from(`User:${user.id}`).toString("base64");
    const result = await t.agent().gql(`{ node(id: "${id}") { id ... on User { username } } }`);
    expect(errorCode(result)).toBe("UNAUTHENTICATED");
  });
  it("shows whether a password is still the seeded one only to its user and to admins", async () => {
    const admin = await t.prisma.user.findUniqueOrThrow({ where: { username: USERNAME.ADMIN } });
    const id = Buffer.from(`User:${admin.id}`).toString("base64");
    const query = `{ node(id: "${id}") { ... on User { username mustChangePassword } } }`;
    const asEditor = await (await t.agent().loginAs("EDITOR")).gql<{ node: { mustChangePassword: boolean | null } }>(
      query,
    );
    expect(asEditor.data?.node.mustChangePassword).toBeNull();
    const asAdmin = await (await t.agent().loginAs("ADMIN")).gql<{ node: { mustChangePassword: boolean | null } }>(
      query,
    );
    expect(typeof asAdmin.data?.node.mustChangePassword).toBe("boolean");
  });
});

describe("session lifetime", () => {
  it("ends after 30 minutes idle", async () => {
    const a = await t.agent().loginAs("HANDLER");
    t.clock.advance(29 * MINUTE);
    expect((await a.gql<{ me: unknown }>(ME)).data?.me).not.toBeNull();
    t.clock.advance(29 * MINUTE);
    expect((await a.gql<{ me: unknown }>(ME)).data?.me).not.toBeNull();
    t.clock.advance(31 * MINUTE);
    expect((await a.gql<{ me: unknown }>(ME)).data?.me).toBeNull();
  });

  it("ends 12 hours after sign-in however active", async () => {
    const signedInAt = t.clock.now().getTime();
    const a = await t.agent().loginAs("DEPT_HEAD");
    // Active every 20 minutes, so never idle for 30.
    for (let step = 0; step < 35; step++) {
      t.clock.advance(20 * MINUTE);
      expect((await a.gql<{ me: unknown }>(ME)).data?.me).not.toBeNull();
    }
    t.clock.advance(20 * MINUTE);
    expect(t.clock.now().getTime() - signedInAt).toBe(12 * HOUR);
    expect((await a.gql<{ me: unknown }>(ME)).data?.me).toBeNull();
  });

  it("ends every session of a user the moment an admin disables them", async () => {
    const victim = await t.agent().loginAs("CHECKER");
    const admin = await t.agent().loginAs("ADMIN");
    const user = await t.prisma.user.findUniqueOrThrow({ where: { username: "checker" } });
    const id = Buffer.from(`User:${user.id}`).toString("base64");
    const result = await admin.gql<{ setUserDisabled: { user: { disabled: boolean } } }>(
      "mutation($id: ID!) { setUserDisabled(userId: $id, disabled: true) { user { disabled } error { message } } }",
      { id },
    );
    expect(result.data?.setUserDisabled.user.disabled).toBe(true);
    expect((await victim.gql<{ me: unknown }>(ME)).data?.me).toBeNull();
    expect((await t.agent().login("checker")).data?.login.error?.message).toBe("该账号已停用，请联系管理员");

    await admin.gql("mutation($id: ID!) { setUserDisabled(userId: $id, disabled: false) { user { disabled } } }", {
      id,
    });
    expect((await t.agent().login("checker")).data?.login.user).toBeTruthy();
  });
});

describe("password change", () => {
  it("checks the current password, enforces a policy, clears the demo flag and signs out other devices", async () => {
    const phone = await t.agent().loginAs("EDITOR");
    const desk = await t.agent().loginAs("EDITOR");
    const change = (current: string, next: string) =>
      desk.gql<{ changePassword: { ok: boolean; error: { message: string; field: string } | null } }>(
        "mutation($i: ChangePasswordInput!) { changePassword(input: $i) { ok error { message field } } }",
        { i: { currentPassword: current, newPassword: next } },
      );

    expect((await change("wrong", "a-much-better-passphrase")).data?.changePassword.error?.field).toBe(
      "currentPassword",
    );
    const short = await change(passwordOf("editor"), "short");
    expect(errorCode(short)).toBe("BAD_USER_INPUT");
    expect(short.errors?.[0]?.message).toBe("新密码至少 12 个字符");

    expect((await change(passwordOf("editor"), "邕江两岸-城市客厅-2026")).data?.changePassword).toEqual({
      ok: true,
      error: null,
    });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { username: "editor" } })).seededPassword).toBe(false);
    expect((await desk.gql<{ me: unknown }>(ME)).data?.me).not.toBeNull();
    expect((await phone.gql<{ me: unknown }>(ME)).data?.me).toBeNull();
    expect((await t.agent().login("editor", "邕江两岸-城市客厅-2026")).data?.login.user).toBeTruthy();
  });
});
