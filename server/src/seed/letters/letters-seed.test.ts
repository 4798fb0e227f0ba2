// The demo letters as stored by the demo seed on the brief's day (2026-11-27): how many, of what
// kind and state; the report's January–May figures and other statistics through the public query,
// checked against counts made here from the rows; deadlines as the letters module computes them;
// nothing added by seeding again; no personal data in what is published; and the demo letters'
// codes open them on the tracking page. Planning for other seeding days is checked without a database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, passwordOf } from "../../../test/helpers.js";
import { DAY, ManualClock } from "../../clock.js";
import type { Services } from "../../context.js";
import { paths } from "../../env.js";
import type { Letter, LetterChannel } from "../../generated/prisma/client.js";
import { InProcessJobRunner } from "../../jobs/in-process-runner.js";
import { createLogger } from "../../logger.js";
import { loadWorkCalendar } from "../../modules/calendar/builtin-schedules.js";
import { startOfShanghaiDay } from "../../modules/calendar/shanghai-day.js";
import { loadLetterClocks } from "../../modules/letters/deadlines.js";
import { isOpen } from "../../modules/letters/letters.rules.js";
import { findPersonalData } from "../../modules/letters/redaction.js";
import { MediaStore } from "../../modules/media/media.store.js";
import { createApp } from "../../yoga.js";
import { departments, staff } from "../demo-data.js";
import { seedId } from "../ids.js";
import { seedDemo } from "../seed.js";
import { planDemoLetters } from "./plan.js";
import { REPORT_FIGURES, reportYearOf } from "./schedule.js";
import { demoLetterCodes, worldOf } from "./seed-letters.js";
import { LETTER_STAFF } from "./staff.js";

const clock = new ManualClock("2026-11-27T02:00:00Z");
const now = clock.now();
const today = startOfShanghaiDay("2026-11-27");
const log = createLogger("silent");
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "planport-letters-seed-"));
let db: Awaited<ReturnType<typeof openTestDatabase>>;
let app: ReturnType<typeof createApp>;
let letters: Letter[];

beforeAll(async () => {
  db = await openTestDatabase();
  await db.migrate(paths.migrations);
  const media = await MediaStore.open(mediaDir);
  await seedDemo(db.prisma, clock, media, { passwordFor: passwordOf });
  const services: Services = {
    prisma: db.prisma,
    clock,
    jobs: new InProcessJobRunner(db.prisma, clock, log),
    log,
    trustProxy: false,
    letterRetentionDays: 1095,
  };
  app = createApp(services);
  letters = await db.prisma.letter.findMany({ orderBy: { receivedAt: "asc" } });
});
afterAll(async () => {
  await db.drop();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await app.fetch("http://planport.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const count = <T>(items: readonly T[], ok: (item: T) => boolean) => items.filter(ok).length;
/** Written on the portal (the director's mailbox, or a comment on a publicity page) rather than typed in by staff. */
const viaPortal = (l: Letter) => l.channel === "DIRECTOR_MAILBOX" || l.channel === "PUBLICITY_COMMENT";
const beijingMonth = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).getUTCMonth() + 1;
const beijingYear = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();

describe("the demo letters", () => {
  it("are 150+ letters of the past twelve months, through every channel, of every type, in every state", () => {
    expect(letters.length).toBeGreaterThanOrEqual(150);
    for (const l of letters) {
      expect(l.receivedAt < today, l.subject).toBe(true);
      expect(l.receivedAt.getTime()).toBeGreaterThanOrEqual(today.getTime() - 365 * DAY);
    }
    const channels: LetterChannel[] = [
      "DIRECTOR_MAILBOX",
      "CITIZEN_PLATFORM",
      "ONLINE_PETITION",
      "LEADER_MESSAGE_BOARD",
      "PUBLICITY_COMMENT",
    ];
    expect(new Set(letters.map((l) => l.channel))).toEqual(new Set(channels));
    expect(new Set(letters.map((l) => l.type))).toEqual(
      new Set(["CONSULTATION", "OPINION", "SUGGESTION", "COMPLAINT", "DISCLOSURE_REQUEST"]),
    );
    for (const status of ["RECEIVED", "REGISTERED", "ASSIGNED", "PAUSED", "REPLY_IN_REVIEW", "REPLIED", "CLOSED"]) {
      expect(
        count(letters, (l) => l.status === status),
        status,
      ).toBeGreaterThan(0);
    }
    for (const rating of ["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"]) {
      expect(
        count(letters, (l) => l.status === "CLOSED" && l.rating === rating),
        rating,
      ).toBeGreaterThan(0);
    }
    expect(count(letters, (l) => l.status === "CLOSED" && !l.rating)).toBeGreaterThan(0);
    // No two letters alike (comments are the content specs' own, and share their publicity's title).
    const written = letters.filter((l) => l.channel !== "PUBLICITY_COMMENT");
    expect(new Set(written.map((l) => l.subject)).size).toBe(written.length);
    expect(new Set(written.map((l) => l.body)).size).toBe(written.length);
    // Letters from other channels keep their id there; portal letters (and comments) their idempotency key.
    for (const l of letters) {
      expect(Boolean(l.externalId), l.subject).toBe(!viaPortal(l));
      expect(Boolean(l.idempotencyKey), l.subject).toBe(viaPortal(l));
    }
  });

  it("go to handlers of five departments, approved by the heads of those departments", async () => {
    const users = new Map((await db.prisma.user.findMany()).map((u) => [u.id, u]));
    const assigned = letters.filter((l) => l.handlerId);
    expect(new Set(assigned.map((l) => l.departmentId)).size).toBe(5);
    for (const l of assigned) {
      const handler = users.get(l.handlerId as string);
      expect(handler?.roles, l.subject).toContain("HANDLER");
      expect(handler?.departmentId).toBe(l.departmentId);
      if (l.replyApprovedById) {
        const head = users.get(l.replyApprovedById);
        expect(head?.roles).toContain("DEPT_HEAD");
        expect(head?.departmentId).toBe(l.departmentId);
        expect(l.replyApprovedById).not.toBe(l.replyDraftedById);
      }
    }
  });

  it("include overdue, acknowledged complex, extended, paused and published letters, some hidden", async () => {
    const pauses = await db.prisma.letterPause.findMany();
    const events = await db.prisma.letterEvent.findMany();
    const withEvent = (action: string) => new Set(events.filter((e) => e.action === action).map((e) => e.letterId));
    const open = letters.filter((l) => isOpen(l.status));
    expect(count(open, (l) => l.replyDueAt !== null && l.replyDueAt < now)).toBeGreaterThanOrEqual(3);
    expect(
      count(letters, (l) => l.complex && l.acknowledgedAt !== null && withEvent("ACKNOWLEDGED").has(l.id)),
    ).toBeGreaterThanOrEqual(10);
    expect(count(open, (l) => l.complex && !l.acknowledgedAt)).toBeGreaterThan(0);
    const disclosure = letters.filter((l) => l.type === "DISCLOSURE_REQUEST");
    expect(count(disclosure, (l) => l.extensionDays > 0 && withEvent("EXTENDED").has(l.id))).toBeGreaterThanOrEqual(2);
    const completion = pauses.filter((p) => p.kind === "AWAITING_COMPLETION");
    expect(completion.filter((p) => p.endedAt).length).toBeGreaterThanOrEqual(2);
    expect(completion.filter((p) => !p.endedAt).length).toBeGreaterThanOrEqual(1);
    expect(pauses.filter((p) => p.kind === "AWAITING_THIRD_PARTY").length).toBeGreaterThanOrEqual(2);
    for (const p of pauses) expect(disclosure.some((l) => l.id === p.letterId)).toBe(true);
    expect(count(letters, (l) => l.status === "PAUSED")).toBe(count(pauses, (p) => !p.endedAt));

    const published = letters.filter((l) => l.publishedAt);
    expect(published.length).toBeGreaterThanOrEqual(15);
    for (const l of published) {
      expect(l.mayPublish && l.replyText && l.publicSubject && l.publicBody && l.publicReply, l.subject).toBeTruthy();
    }
    const hidden = published.filter((l) => l.hiddenAt);
    expect(hidden.length).toBe(2);
    for (const l of hidden) expect(l.hiddenReason).toBeTruthy();
    // The public monthly count of hidden items reads the audit log: each hide is there.
    const hides = await db.prisma.auditEntry.findMany({ where: { action: "moderation.letter.hide" } });
    expect(new Set(hides.map((h) => h.targetId))).toEqual(new Set(hidden.map((l) => l.id)));
    expect(count(letters, (l) => !l.mayPublish && l.type !== "DISCLOSURE_REQUEST")).toBeGreaterThanOrEqual(20);
  });

  it("record every step as an event, in order, ending in the letter's status, each audited", async () => {
    const events = await db.prisma.letterEvent.findMany({ orderBy: [{ at: "asc" }, { id: "asc" }] });
    const audits = await db.prisma.auditEntry.findMany({ where: { targetType: "Letter" } });
    for (const l of letters) {
      const own = events.filter((e) => e.letterId === l.id);
      expect(own[0]?.action, l.subject).toBe(viaPortal(l) ? "SUBMITTED" : "RECEIVED");
      // A portal letter is received when written; staff type in other channels' letters after they came.
      if (viaPortal(l)) expect(own[0]?.at).toEqual(l.receivedAt);
      else expect((own[0]?.at as Date) >= l.receivedAt).toBe(true);
      let status = own[0]?.toStatus;
      for (const e of own.slice(1)) {
        expect(e.fromStatus, `${l.subject}: ${e.action}`).toBe(status);
        status = e.toStatus;
      }
      expect(status).toBe(l.status);
      expect((own.at(-1)?.at as Date) < today).toBe(true);
      expect(audits.filter((a) => a.targetId === l.id).length).toBeGreaterThanOrEqual(own.length / 2);
    }
  });

  it("have the due dates the letters module computes", async () => {
    const deps = { prisma: db.prisma, clock, log };
    await db.prisma.$transaction(async (tx) => {
      for (const l of letters) {
        const clocks = await loadLetterClocks(tx, deps, l);
        expect(l.ackDueAt, l.subject).toEqual(clocks?.ack && !clocks.ack.paused ? clocks.ack.dueAt : null);
        expect(l.replyDueAt, l.subject).toEqual(clocks && !clocks.reply.paused ? clocks.reply.dueAt : null);
      }
    });
  });
});

describe("the demo comments on planning publicity", () => {
  it("are letters about open publicity, written on its page, handled like any letter, one hidden", async () => {
    const comments = letters.filter((l) => l.channel === "PUBLICITY_COMMENT");
    expect(comments.length).toBeGreaterThanOrEqual(5);
    const items = new Map(
      (await db.prisma.contentItem.findMany({ where: { id: { in: comments.map((c) => c.contentItemId ?? "") } } })).map(
        (i) => [i.id, i],
      ),
    );
    for (const c of comments) {
      const item = items.get(c.contentItemId ?? "");
      expect(item?.kind, c.id).toBe("PUBLICITY");
      expect(c).toMatchObject({ type: "OPINION", subject: `对《${item?.title}》的意见`, mayPublish: false });
      // Written while the window was open, and it is still open on the seeding day.
      expect(c.receivedAt >= (item?.commentOpensAt as Date) && c.receivedAt < today).toBe(true);
      expect((item?.commentClosesAt as Date) > today).toBe(true);
    }
    // The newest wait for registration; older ones are with a department, or answered.
    expect(count(comments, (c) => c.status === "RECEIVED")).toBeGreaterThan(0);
    expect(count(comments, (c) => c.handlerId !== null)).toBeGreaterThan(0);
    const hidden = comments.filter((c) => c.hiddenAt);
    expect(hidden.length).toBeGreaterThanOrEqual(1);
    for (const c of hidden) expect(c.hiddenReason).toBeTruthy();
    const hides = await db.prisma.auditEntry.findMany({ where: { action: "moderation.comment.hide" } });
    expect(new Set(hides.map((h) => h.targetId))).toEqual(new Set(hidden.map((c) => c.id)));

    // The page counts them, leaving the hidden ones out.
    const commented = [...items.values()].find((i) => hidden.some((c) => c.contentItemId === i.id));
    const { contentItem } = await gql<{ contentItem: { publicity: { commentCount: number } } }>(
      "query ($id: ID) { contentItem(id: $id) { publicity { commentCount } } }",
      { id: Buffer.from(`ContentItem:${commented?.id}`).toString("base64") },
    );
    expect(contentItem.publicity.commentCount).toBe(
      count(comments, (c) => c.contentItemId === commented?.id && !c.hiddenAt),
    );
  });
});

const STATISTICS = /* GraphQL */ `
  query ($year: Int!) {
    letterStatistics(year: $year) {
      total
      byType { type count }
      byMonth { month byChannel { channel count } }
      reply { onTime late pending }
      satisfaction { satisfied basicallySatisfied unsatisfied unrated }
      publication { published hidden unpublished }
    }
  }
`;
interface Statistics {
  letterStatistics: {
    total: number;
    byType: Array<{ type: string; count: number }>;
    byMonth: Array<{ month: number; byChannel: Array<{ channel: string; count: number }> }>;
    reply: { onTime: number; late: number; pending: number };
    satisfaction: { satisfied: number; basicallySatisfied: number; unsatisfied: number; unrated: number };
    publication: { published: number; hidden: number; unpublished: number };
  };
}

describe("the statistics of the demo letters", () => {
  it("reproduce the report's January–May figures per channel for the current year", async () => {
    expect(reportYearOf(today)).toBe(2026);
    const s = (await gql<Statistics>(STATISTICS, { year: 2026 })).letterStatistics;
    const januaryToMay = (channel: string) =>
      s.byMonth
        .filter((m) => m.month <= 5)
        .flatMap((m) => m.byChannel)
        .filter((c) => c.channel === channel)
        .reduce((sum, c) => sum + c.count, 0);
    expect(januaryToMay("CITIZEN_PLATFORM")).toBe(63);
    expect(januaryToMay("ONLINE_PETITION")).toBe(9);
    expect(januaryToMay("DIRECTOR_MAILBOX")).toBe(30);
    expect(januaryToMay("LEADER_MESSAGE_BOARD")).toBe(REPORT_FIGURES.LEADER_MESSAGE_BOARD);
  });

  it("match the year's letters counted here from the rows", async () => {
    const s = (await gql<Statistics>(STATISTICS, { year: 2026 })).letterStatistics;
    const year = letters.filter((l) => beijingYear(l.receivedAt) === 2026);
    expect(s.total).toBe(year.length);
    for (const { type, count: n } of s.byType) expect(n, type).toBe(count(year, (l) => l.type === type));
    for (const month of s.byMonth) {
      for (const c of month.byChannel) {
        expect(c.count).toBe(count(year, (l) => beijingMonth(l.receivedAt) === month.month && l.channel === c.channel));
      }
    }
    const replied = year.filter((l) => l.repliedAt);
    expect(s.satisfaction).toEqual({
      satisfied: count(replied, (l) => l.rating === "SATISFIED"),
      basicallySatisfied: count(replied, (l) => l.rating === "BASICALLY_SATISFIED"),
      unsatisfied: count(replied, (l) => l.rating === "UNSATISFIED"),
      unrated: count(replied, (l) => !l.rating),
    });
    // On time: replied by the end of the due day; late: replied after it, or open and past it.
    const settled = year.filter((l) => l.repliedAt || isOpen(l.status));
    expect(s.reply).toEqual({
      onTime: count(settled, (l) => l.repliedAt !== null && l.replyDueAt !== null && l.repliedAt <= l.replyDueAt),
      late: count(
        settled,
        (l) => l.replyDueAt !== null && (l.repliedAt ? l.repliedAt > l.replyDueAt : now > l.replyDueAt),
      ),
      pending: count(settled, (l) => !l.repliedAt && (l.replyDueAt === null || now <= l.replyDueAt)),
    });
    expect(s.reply.late).toBeGreaterThan(0);
    expect(s.publication).toEqual({
      published: count(year, (l) => l.publishedAt !== null && !l.hiddenAt),
      hidden: count(year, (l) => l.publishedAt !== null && l.hiddenAt !== null),
      unpublished: count(year, (l) => !l.publishedAt),
    });
  });
});

const PUBLISHED = /* GraphQL */ `
  query ($after: String) {
    publishedLetters(first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { subject body reply departmentName acceptedAt repliedAt } }
    }
  }
`;
interface Published {
  publishedLetters: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { subject: string; body: string; reply: string; departmentName: string | null } }>;
  };
}

describe("what the public sees", () => {
  it("lists the published letters without any personal data", async () => {
    const nodes: Published["publishedLetters"]["edges"][number]["node"][] = [];
    let after: string | null = null;
    do {
      const page: Published["publishedLetters"] = (await gql<Published>(PUBLISHED, { after })).publishedLetters;
      nodes.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(nodes.length).toBe(count(letters, (l) => l.publishedAt !== null && !l.hiddenAt));
    const personal = letters.flatMap((l) => [
      l.writerName,
      l.writerPhone,
      l.writerEmail,
      ...Object.values((l.requestDetails ?? {}) as Record<string, unknown>).filter(
        (v): v is string => typeof v === "string" && v.length > 4,
      ),
    ]);
    const texts = nodes.flatMap((n) => [n.subject, n.body, n.reply]);
    for (const text of texts) {
      for (const value of personal) if (value) expect(text.includes(value), value).toBe(false);
      expect(findPersonalData(text), text).toEqual([]);
    }
    expect(nodes.every((n) => n.departmentName)).toBe(true);
    // The redaction step had something to mask: some letters named a housing estate or a number.
    expect(texts.some((t) => /\*\*(小区|花园|家园|新村)|1\d\d\*\*\*\*\d{4}/.test(t))).toBe(true);
  });

  it("opens the three demo letters of demo-accounts.txt on the tracking page", async () => {
    const codes = await demoLetterCodes(db.prisma);
    expect(codes.map((c) => c.label)).toEqual(["已答复，可评价", "中止计时（补正）", "办理中，已告知"]);
    const progress = [];
    for (const c of codes) {
      const { letterStatus } = await gql<{
        letterStatus: { letter: { progress: string; canRate: boolean; timeline: Array<{ action: string }> } | null };
      }>(
        `query ($t: String!, $a: String!) { letterStatus(trackingCode: $t, accessCode: $a) {
          letter { progress canRate timeline { action } } } }`,
        { t: c.trackingCode, a: c.accessCode },
      );
      progress.push([letterStatus.letter?.progress, letterStatus.letter?.canRate]);
      if (c.label === "办理中，已告知")
        expect(letterStatus.letter?.timeline.map((e) => e.action)).toContain("ACKNOWLEDGED");
    }
    expect(progress).toEqual([
      ["REPLIED", true],
      ["PAUSED", false],
      ["PROCESSING", false],
    ]);
  });
});

describe("seeding again", () => {
  it("adds nothing and changes nothing", async () => {
    const snapshot = async () => ({
      letters: await db.prisma.letter.findMany({ orderBy: { id: "asc" } }),
      events: await db.prisma.letterEvent.findMany({ orderBy: { id: "asc" } }),
      pauses: await db.prisma.letterPause.findMany({ orderBy: { id: "asc" } }),
      audits: await db.prisma.auditEntry.count(),
      users: await db.prisma.user.count(),
    });
    const before = await snapshot();
    clock.advance(5 * DAY);
    const again = await seedDemo(db.prisma, clock, await MediaStore.open(mediaDir), { passwordFor: passwordOf });
    expect(again.createdAccounts).toEqual([]);
    expect(await snapshot()).toEqual(before);
    clock.set(now);
  });
});

describe("planning for another seeding day", () => {
  const world = worldOf({
    calendar: loadWorkCalendar(),
    rules: new Map(),
    users: [...staff, ...LETTER_STAFF].map((s) => ({
      id: seedId("user", s.username),
      username: s.username,
      displayName: s.displayName,
      roles: s.roles,
      departmentId: seedId("department", s.department),
    })),
    departments: departments.map((d) => ({ id: seedId("department", d.code), code: d.code, name: d.name })),
    accessSecret: "test-secret",
  });

  // Early in the year the months after yesterday cannot have letters: the figures go into the
  // days that exist. On 1 January the report year is the year just ended.
  it.each(["2026-01-10", "2026-03-02", "2026-06-01", "2027-01-01", "2025-08-15"])(
    "%s: every state, the report's figures in January–May of the report year, nothing after yesterday",
    (day) => {
      const seedingDay = startOfShanghaiDay(day);
      const planned = planDemoLetters(world, seedingDay);
      const rows = planned.map((p) => p.letter);
      expect(rows.length).toBeGreaterThanOrEqual(150);
      for (const status of ["RECEIVED", "REGISTERED", "ASSIGNED", "PAUSED", "REPLY_IN_REVIEW", "REPLIED", "CLOSED"]) {
        expect(
          count(rows, (l) => l.status === status),
          status,
        ).toBeGreaterThan(0);
      }
      const year = reportYearOf(seedingDay);
      expect(year).toBe(day.endsWith("01-01") ? Number(day.slice(0, 4)) - 1 : Number(day.slice(0, 4)));
      const inReport = rows.filter((l) => beijingYear(l.receivedAt) === year && beijingMonth(l.receivedAt) <= 5);
      for (const [channel, n] of Object.entries(REPORT_FIGURES)) {
        expect(
          count(inReport, (l) => l.channel === channel),
          channel,
        ).toBe(n);
      }
      const last = Math.max(...planned.flatMap((p) => p.events.map((e) => e.at.getTime())));
      expect(last).toBeLessThan(seedingDay.getTime());
      // The three letters demo-accounts.txt names (demoLetterCodes) exist whatever the day.
      expect(rows.some((l) => l.status === "REPLIED" && l.channel === "DIRECTOR_MAILBOX" && !l.rating)).toBe(true);
      expect(planned.some((p) => p.status === "PAUSED" && p.pauses.some((x) => x.kind === "AWAITING_COMPLETION"))).toBe(
        true,
      );
      expect(rows.some((l) => l.status === "ASSIGNED" && l.complex && l.acknowledgedAt)).toBe(true);
    },
  );

  it("is the same plan every time, apart from the tracking codes", () => {
    const strip = (l: Letter) => ({ ...l, trackingCode: "", accessCodeHash: l.accessCodeHash.length });
    const a = planDemoLetters(world, today);
    const b = planDemoLetters(world, today);
    expect(b.map((l) => strip(l.letter))).toEqual(a.map((l) => strip(l.letter)));
    expect(b.map((l) => l.events.length)).toEqual(a.map((l) => l.events.length));
  });
});
