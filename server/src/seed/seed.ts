// Idempotent, deterministic demo seed: run it on every start; it only creates what is missing and
// never overwrites a password or anything staff have changed. Content lives in seed/content/:
// generate.ts lists every item, plan.ts turns items into rows, write.ts stores the missing ones.
import { randomBytes } from "node:crypto";
import { type Clock, DAY } from "../clock.js";
import type { PrismaClient } from "../db/index.js";
import { hashPassword } from "../modules/accounts/password.js";
import { reindexAllContent } from "../modules/content/search/search-index.js";
import type { MediaStore } from "../modules/media/media.store.js";
import { type Actor, type Actors, startOfDay } from "./content/workflow.js";
import { seedContent } from "./content/write.js";
import * as demo from "./demo-data.js";
import { seedDisclosureCatalog } from "./disclosure-catalog.js";
import { seedDutyRoster } from "./duty-roster.js";
import { seedGuides } from "./guides/seed-guides.js";
import { seedId } from "./ids.js";
import { seedLetters } from "./letters/seed-letters.js";
import { seedLinkApprovals } from "./link-approvals.js";
import { seedProjects } from "./projects/seed-projects.js";
import { seedTopics } from "./topics/seed-topics.js";

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

/** `media`: where demo items' covers and attachments are stored (MEDIA_DIR; a temp dir in tests). */
export async function seedDemo(
  prisma: PrismaClient,
  clock: Clock,
  media: MediaStore,
  options: SeedOptions = {},
): Promise<{ createdAccounts: CreatedAccount[]; createdContent: number }> {
  const passwordFor = options.passwordFor ?? generatePassword;

  // Each table in one or two statements: Prisma round trips, not rows, are what cost time on PGlite.
  const knownDepartments = await prisma.department.findMany({ select: { id: true, code: true } });
  const departmentIds = new Map(knownDepartments.map((d) => [d.code, d.id]));
  const newDepartments = demo.departments
    .filter((d) => !departmentIds.has(d.code))
    .map((d) => ({ id: seedId("department", d.code), ...d }));
  if (newDepartments.length) await prisma.department.createMany({ data: newDepartments });
  for (const d of newDepartments) departmentIds.set(d.code, d.id);

  const knownUsers = new Set((await prisma.user.findMany({ select: { username: true } })).map((u) => u.username));
  const newStaff = demo.staff.filter((s) => !knownUsers.has(s.username));
  const createdAccounts: CreatedAccount[] = newStaff.map((s) => ({
    username: s.username,
    password: passwordFor(s.username),
    roles: s.roles,
  }));
  const hashes = await Promise.all(createdAccounts.map((a) => hashPassword(a.password)));
  if (newStaff.length) {
    await prisma.user.createMany({
      data: newStaff.map((s, i) => ({
        id: seedId("user", s.username),
        username: s.username,
        displayName: s.displayName,
        roles: s.roles,
        departmentId: departmentIds.get(s.department) ?? null,
        passwordHash: hashes[i] as string,
        seededPassword: true,
      })),
    });
  }

  const knownColumns = await prisma.column.findMany({ select: { id: true, slug: true } });
  const columnIds = new Map(knownColumns.map((c) => [c.slug, c.id]));
  // Parents come before their children in demo.columns; two passes keep each insert's parents present.
  for (const level of [demo.columns.filter((c) => !c.parent), demo.columns.filter((c) => c.parent)]) {
    const rows = level
      .filter((c) => !columnIds.has(c.slug))
      .map((c) => ({
        id: seedId("column", c.slug),
        slug: c.slug,
        name: c.name,
        sortOrder: c.sortOrder,
        updateEveryDays: c.updateEveryDays ?? null,
        showInNav: c.showInNav ?? true,
        parentId: c.parent ? (columnIds.get(c.parent) ?? null) : null,
      }));
    if (rows.length) await prisma.column.createMany({ data: rows });
    for (const c of rows) columnIds.set(c.slug, c.id);
  }

  const catalogIds = await seedDisclosureCatalog(prisma);
  const actors = await demoActors(prisma);
  const today = await firstSeedingDay(prisma, clock);
  const contentContext = { today, actors, columnIds, departmentIds, catalogIds, mediaStore: media };
  const createdContent =
    (await seedContent(prisma, contentContext)) +
    // 办事指南 and 热点区域: content items with details, planned and written the same way.
    (await seedGuides(prisma, contentContext)) +
    (await seedTopics(prisma, contentContext));
  await seedLinkApprovals(prisma, today, actors);
  await seedDutyRoster(prisma, clock);
  createdAccounts.push(...(await seedLetters(prisma, clock, { today, passwordFor })));
  // The demo items are searchable from the first start. Only after creating some: indexing every
  // item costs about a second (most of it loading the segmenter's dictionary).
  if (createdContent > 0) await reindexAllContent(prisma);
  await seedProjects(prisma, { today, actors, columnIds, departmentIds, catalogIds, mediaStore: media });

  return { createdAccounts, createdContent };
}

/**
 * Dates count back from the day the demo seed first ran, so the home page looks current and a later
 * start (or a newer seed adding items) dates everything the same way. The first demo item records
 * that day: it was published `daysAgo` days before it.
 */
async function firstSeedingDay(prisma: PrismaClient, clock: Clock): Promise<Date> {
  const [anchor] = demo.content;
  if (!anchor) throw new Error("demo content is empty");
  const item = await prisma.contentItem.findUnique({ where: { seedKey: anchor.key }, select: { publishedAt: true } });
  if (!item?.publishedAt) return startOfDay(clock.now());
  return new Date(startOfDay(item.publishedAt).getTime() + anchor.daysAgo * DAY);
}

/** The accounts that write and approve the demo content (信息采编, 信息核查, 科室负责领导, 分管局领导). */
async function demoActors(prisma: PrismaClient): Promise<Actors> {
  const usernames = ["editor", "checker", "depthead", "leader"] as const;
  const users = await prisma.user.findMany({ where: { username: { in: [...usernames] } } });
  const actor = (username: string): Actor => {
    const user = users.find((u) => u.username === username);
    if (!user) throw new Error(`Demo content needs the staff account "${username}"`);
    return { id: user.id, name: user.displayName, roles: user.roles.join(",") };
  };
  return { editor: actor("editor"), checker: actor("checker"), depthead: actor("depthead"), leader: actor("leader") };
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
