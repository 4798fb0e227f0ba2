// The people who handle the demo letters. 信访科 registers and assigns every letter (分办); each
// department answering letters needs a handler (承办) and a head (科室负责领导), because only the head of
// the letter's own department may approve its reply or extend a disclosure request. The first demo
// accounts (demo-data.ts) provide 信访科's handler and 规划编制科's head; these fill in the rest and
// are created the way seed.ts creates the first ones (argon2 hash, flagged as a seeded password).
import type { PrismaClient } from "../../db/index.js";
import type { Role } from "../../generated/prisma/enums.js";
import { hashPassword } from "../../modules/accounts/password.js";
import type { DepartmentCode } from "../demo-data.js";
import { seedId } from "../ids.js";
import type { CreatedAccount } from "../seed.js";

export interface LetterStaffSpec {
  username: string;
  displayName: string;
  roles: Role[];
  department: DepartmentCode;
}

export const LETTER_STAFF: readonly LetterStaffSpec[] = [
  {
    username: "head-letters",
    displayName: "黄振华（科室负责领导·信访科）",
    roles: ["DEPT_HEAD"],
    department: "letters",
  },
  { username: "handler-plan", displayName: "农海燕（承办·规划编制科）", roles: ["HANDLER"], department: "plan-making" },
  {
    username: "handler-construction",
    displayName: "韦家明（承办·建设工程规划科）",
    roles: ["HANDLER"],
    department: "construction",
  },
  {
    username: "head-construction",
    displayName: "潘永红（科室负责领导·建设工程规划科）",
    roles: ["DEPT_HEAD"],
    department: "construction",
  },
  {
    username: "handler-transport",
    displayName: "覃思远（承办·市政交通规划科）",
    roles: ["HANDLER"],
    department: "transport",
  },
  {
    username: "head-transport",
    displayName: "廖建国（科室负责领导·市政交通规划科）",
    roles: ["DEPT_HEAD"],
    department: "transport",
  },
  { username: "handler-policy", displayName: "梁雪梅（承办·政策法规科）", roles: ["HANDLER"], department: "policy" },
  {
    username: "head-policy",
    displayName: "甘文涛（科室负责领导·政策法规科）",
    roles: ["DEPT_HEAD"],
    department: "policy",
  },
];

/** The departments that answer letters, with who handles and who approves there (usernames). */
export const ANSWERING: Record<LetterDepartment, { handler: string; head: string }> = {
  letters: { handler: "handler", head: "head-letters" },
  "plan-making": { handler: "handler-plan", head: "depthead" },
  construction: { handler: "handler-construction", head: "head-construction" },
  transport: { handler: "handler-transport", head: "head-transport" },
  policy: { handler: "handler-policy", head: "head-policy" },
};
export type LetterDepartment = "letters" | "plan-making" | "construction" | "transport" | "policy";

/** 信访科's handler registers and assigns; the website maintainer publishes and moderates. */
export const REGISTRAR = "handler";
export const PUBLISHER = "maintainer";

/** Creates the accounts that are missing; returns them with their passwords (for demo-accounts.txt). */
export async function seedLetterStaff(
  prisma: PrismaClient,
  passwordFor: (username: string) => string,
): Promise<CreatedAccount[]> {
  const known = new Set(
    (
      await prisma.user.findMany({
        where: { username: { in: LETTER_STAFF.map((s) => s.username) } },
        select: { username: true },
      })
    ).map((u) => u.username),
  );
  const missing = LETTER_STAFF.filter((s) => !known.has(s.username));
  if (!missing.length) return [];
  const departments = await prisma.department.findMany({
    where: { code: { in: missing.map((s) => s.department) } },
    select: { id: true, code: true },
  });
  const accounts = missing.map((s) => ({ username: s.username, password: passwordFor(s.username), roles: s.roles }));
  const hashes = await Promise.all(accounts.map((a) => hashPassword(a.password)));
  await prisma.user.createMany({
    data: missing.map((s, i) => ({
      id: seedId("user", s.username),
      username: s.username,
      displayName: s.displayName,
      roles: s.roles,
      departmentId: departments.find((d) => d.code === s.department)?.id ?? null,
      passwordHash: hashes[i] as string,
      seededPassword: true,
    })),
  });
  return accounts;
}
