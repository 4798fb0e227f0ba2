// Idempotent, deterministic demo seed: run it on every start; it only creates what is missing and
// never overwrites a password or anything staff have changed.
import { randomBytes } from "node:crypto";
import { type Clock, DAY } from "../clock.js";
import type { PrismaClient } from "../db/index.js";
import { hashPassword } from "../modules/accounts/password.js";
import * as demo from "./demo-data.js";

export interface CreatedAccount {
  username: string;
  password: string;
  roles: string[];
}

export interface SeedOptions {
  /** Password for a new demo account. Default: 18 random characters. */
  passwordFor?: (username: string) => string;
}

export function generatePassword(): string {
  // 18 characters from a 32-letter alphabet without look-alikes: 90 bits.
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789AB";
  const bytes = randomBytes(18);
  const chars = Array.from(bytes, (b) => alphabet[b % 32]);
  return `${chars.slice(0, 6).join("")}-${chars.slice(6, 12).join("")}-${chars.slice(12).join("")}`;
}

export async function seedDemo(
  prisma: PrismaClient,
  clock: Clock,
  options: SeedOptions = {},
): Promise<{ createdAccounts: CreatedAccount[] }> {
  const passwordFor = options.passwordFor ?? generatePassword;

  const departmentIds = new Map<string, string>();
  for (const d of demo.departments) {
    const row = await prisma.department.upsert({ where: { code: d.code }, update: {}, create: { ...d } });
    departmentIds.set(d.code, row.id);
  }

  const createdAccounts: CreatedAccount[] = [];
  for (const s of demo.staff) {
    if (await prisma.user.findUnique({ where: { username: s.username } })) continue;
    const password = passwordFor(s.username);
    await prisma.user.create({
      data: {
        username: s.username,
        displayName: s.displayName,
        roles: s.roles,
        departmentId: departmentIds.get(s.department) ?? null,
        passwordHash: await hashPassword(password),
        seededPassword: true,
      },
    });
    createdAccounts.push({ username: s.username, password, roles: s.roles });
  }

  const columnIds = new Map<string, string>();
  for (const c of demo.columns) {
    const parentId = c.parent ? columnIds.get(c.parent) : undefined;
    const row = await prisma.column.upsert({
      where: { slug: c.slug },
      update: {},
      create: {
        slug: c.slug,
        name: c.name,
        sortOrder: c.sortOrder,
        updateEveryDays: c.updateEveryDays ?? null,
        showInNav: c.showInNav ?? true,
        parentId: parentId ?? null,
      },
    });
    columnIds.set(c.slug, row.id);
  }

  // Dates count back from the first seeding day, so the home page looks current; upserts with an
  // empty update keep them stable on every later start.
  const today = startOfDay(clock.now());
  for (const item of demo.content) {
    const columnId = columnIds.get(item.column);
    if (!columnId) throw new Error(`Seed content ${item.key} names unknown column ${item.column}`);
    const publishedAt = new Date(today.getTime() - item.daysAgo * DAY + 9 * 3_600_000);
    await prisma.contentItem.upsert({
      where: { seedKey: item.key },
      update: {},
      create: {
        seedKey: item.key,
        kind: item.kind,
        status: item.draft ? "DRAFT" : "PUBLISHED",
        title: item.title,
        summary: item.summary,
        body: item.body,
        columnId,
        sourceDepartmentId: departmentIds.get(item.department) ?? null,
        publishedAt: item.draft ? null : publishedAt,
        createdAt: publishedAt,
      },
    });
  }

  return { createdAccounts };
}

/** Midnight in Asia/Shanghai (UTC+8, no DST), as a UTC instant. */
function startOfDay(now: Date): Date {
  const shanghai = new Date(now.getTime() + 8 * 3_600_000);
  shanghai.setUTCHours(0, 0, 0, 0);
  return new Date(shanghai.getTime() - 8 * 3_600_000);
}

/** Staff accounts that still have the password the demo seed generated. */
export async function accountsWithSeededPasswords(prisma: PrismaClient): Promise<string[]> {
  const users = await prisma.user.findMany({
    where: { seededPassword: true, disabledAt: null },
    select: { username: true },
    orderBy: { username: "asc" },
  });
  return users.map((u) => u.username);
}
