import { readFile } from "node:fs/promises";
import path from "node:path";

/** Staff roles, as in the schema's `Role` enum (DESIGN.md §3). */
export const ROLES = ["EDITOR", "CHECKER", "DEPT_HEAD", "LEADER", "MAINTAINER", "HANDLER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export interface DemoAccount {
  username: string;
  password: string;
  roles: Role[];
}

/** The data directory the e2e server was started with (set once by playwright.config.ts). */
export function e2eDataDir(): string {
  const dir = process.env.PLANPORT_E2E_DATA_DIR;
  if (!dir) throw new Error("PLANPORT_E2E_DATA_DIR is not set: run the journeys through playwright.config.ts");
  return dir;
}

/**
 * The demo staff accounts the seed wrote to `$DATA_DIR/demo-accounts.txt`:
 * one `username<TAB>password<TAB>ROLE[,ROLE]` per line, `#` starts a comment.
 */
export async function readDemoAccounts(dataDir = e2eDataDir()): Promise<DemoAccount[]> {
  const file = path.join(dataDir, "demo-accounts.txt");
  const text = await readFile(file, "utf8");
  const accounts: DemoAccount[] = [];
  for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) continue;
    const [username, password, roleList] = rawLine.split("\t").map((field) => field.trim());
    if (!username || !password || !roleList) {
      throw new Error(
        `${file}:${index + 1}: expected username<TAB>password<TAB>ROLE[,ROLE], got ${JSON.stringify(rawLine)}`,
      );
    }
    const roles = roleList.split(",").map((role) => role.trim());
    const unknown = roles.filter((role) => !isRole(role));
    if (unknown.length > 0) throw new Error(`${file}:${index + 1}: unknown role(s) ${unknown.join(", ")}`);
    accounts.push({ username, password, roles: roles as Role[] });
  }
  return accounts;
}

/** The demo account for a role; an account holding only that role wins over a multi-role one. */
export async function demoAccountFor(role: Role): Promise<DemoAccount> {
  const holders = (await readDemoAccounts()).filter((account) => account.roles.includes(role));
  const account = holders.find((holder) => holder.roles.length === 1) ?? holders[0];
  if (!account) throw new Error(`demo-accounts.txt has no account with role ${role}`);
  return account;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
