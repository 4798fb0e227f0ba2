import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { announceDemoAccounts, boot, StartupError } from "./boot.js";
import { MigrationError } from "./db/migrate.js";
import { loadEnv, paths } from "./env.js";
import { createLogger } from "./logger.js";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "planport-boot-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const log = createLogger("silent");

describe("boot (embedded database)", () => {
  it("migrates, seeds, writes the demo account file once, and restarts cleanly", async () => {
    const DATA_DIR = tempDir();
    const env = loadEnv({ DATA_DIR, NODE_ENV: "test" });
    const first = await boot(env, log);
    const file = path.join(DATA_DIR, "demo-accounts.txt");
    const written = fs.readFileSync(file, "utf8");
    expect(written.split("\n").filter((l) => l && !l.startsWith("#"))).toHaveLength(15);
    // Three demo letters a tester can track, as comment lines.
    expect(written.match(/^# 演示来信.*查询编号 [0-9A-Z-]{14}，查询码 [0-9A-Z-]{34}$/gm)).toHaveLength(3);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const users = await first.db.prisma.user.count();
    await first.stop();

    const second = await boot(env, log);
    expect(await second.db.prisma.user.count()).toBe(users);
    expect(fs.readFileSync(file, "utf8")).toBe(written);
    expect(await second.db.ping()).toBe(true);
    await second.stop();
    // A whole demo seed and two starts: slow when the other test worker is seeding too.
  }, 90_000);

  it("keeps accounts an earlier start wrote when a later seed adds new ones", () => {
    const dir = tempDir();
    const file = path.join(dir, "demo-accounts.txt");
    fs.writeFileSync(file, "# header\neditor\told-pass\tEDITOR\n# 演示来信（旧）：查询编号 X\n");
    const stdout = vi.spyOn(process.stdout, "write").mockReturnValue(true);
    announceDemoAccounts([{ username: "head-policy", password: "new-pass", roles: ["DEPT_HEAD"] }], dir, []);
    let lines = fs.readFileSync(file, "utf8").split("\n");
    expect(lines).toContain("editor\told-pass\tEDITOR");
    expect(lines).toContain("head-policy\tnew-pass\tDEPT_HEAD");
    expect(lines).toContain("# 演示来信（旧）：查询编号 X");
    const letter = { label: "新", trackingCode: "Y", accessCode: "Z" };
    announceDemoAccounts([{ username: "editor", password: "reset", roles: ["EDITOR"] }], dir, [letter]);
    lines = fs.readFileSync(file, "utf8").split("\n");
    expect(lines.filter((l) => l.startsWith("editor"))).toEqual(["editor\treset\tEDITOR"]);
    expect(lines.filter((l) => l.startsWith("# 演示来信"))).toEqual(["# 演示来信（新）：查询编号 Y，查询码 Z"]);
    stdout.mockRestore();
  });

  it("refuses to start in production while a demo account keeps its seeded password", async () => {
    const env = loadEnv({ DATA_DIR: tempDir(), NODE_ENV: "production" });
    const error = await boot(env, log).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(
      /admin, checker, depthead, editor, handler, handler-construction, handler-plan, handler-policy, handler-transport, head-construction, head-letters, head-policy, head-transport, leader, maintainer/,
    );
  });

  it("fails the start on a broken migration, naming it, with the database's own error", async () => {
    const migrations = tempDir();
    fs.cpSync(paths.migrations, migrations, { recursive: true });
    fs.mkdirSync(path.join(migrations, "29991231000000_broken"));
    fs.writeFileSync(path.join(migrations, "29991231000000_broken/migration.sql"), `DROP TABLE "NoSuchTable";`);
    const env = loadEnv({ DATA_DIR: tempDir(), NODE_ENV: "test", MIGRATIONS_DIR: migrations });
    const error = await boot(env, log).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/^Migration 29991231000000_broken failed: .*"NoSuchTable" does not exist/);
  });
});

describe("env", () => {
  it("lists every invalid variable", () => {
    expect(() => loadEnv({ PORT: "eighty", DATABASE_URL: "mysql://x" })).toThrow(/PORT[\s\S]*DATABASE_URL/);
  });
});
