// The statistics of a small, known set of letters, counted by hand (comments below), through the
// public query and through the staff xlsx export read back with exceljs.
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode, passwordOf } from "../../../test/helpers.js";
import type { LetterChannel, LetterRating, LetterStatus, LetterType } from "../../generated/prisma/client.js";
import { createHttpServer } from "../../http.js";
import { hashPassword } from "../accounts/password.js";
import { createStatisticsExportHandler, SHEETS, STATISTICS_EXPORT_PATH } from "./statistics.xlsx.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
let base = "";
let closeServer: () => void;

/** Beijing wall-clock time to a UTC instant: "2026-01-09 10:00" → 2026-01-09T02:00Z. */
const bj = (local: string) => new Date(`${local.replace(" ", "T")}:00+08:00`);
/** The end of a due day, as the deadlines store it. */
const dueEnd = (day: string) => new Date(`${day}T23:59:59.999+08:00`);

interface Spec {
  channel: LetterChannel;
  type: LetterType;
  status: LetterStatus;
  department?: "land" | "transport";
  received: string;
  complex?: boolean;
  ackDue?: string;
  acknowledged?: string;
  replyDue?: string;
  replied?: string;
  rating?: LetterRating;
  published?: boolean;
  hidden?: boolean;
}

const departments: Record<"land" | "transport", string> = { land: "", transport: "" };

async function letter(spec: Spec) {
  await t.prisma.letter.create({
    data: {
      trackingCode: randomBytes(8).toString("hex").toUpperCase(),
      accessCodeHash: randomBytes(32).toString("hex"),
      channel: spec.channel,
      type: spec.type,
      status: spec.status,
      subject: "邕江滨水公园步道规划",
      body: "来信内容",
      writerName: "覃某某",
      writerPhone: "13800000000",
      complex: spec.complex ?? false,
      departmentId: spec.department ? departments[spec.department] : null,
      receivedAt: bj(spec.received),
      ackDueAt: spec.ackDue ? dueEnd(spec.ackDue) : null,
      acknowledgedAt: spec.acknowledged ? bj(spec.acknowledged) : null,
      replyDueAt: spec.replyDue ? dueEnd(spec.replyDue) : null,
      repliedAt: spec.replied ? bj(spec.replied) : null,
      replyText: spec.replied ? "答复内容" : null,
      rating: spec.rating ?? null,
      publishedAt: spec.published ? bj(spec.replied ?? spec.received) : null,
      hiddenAt: spec.hidden ? bj("2026-05-01 09:00") : null,
    },
  });
}

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  departments.land = (
    await t.prisma.department.create({ data: { code: "land-use", name: "用地规划科", sortOrder: 10 } })
  ).id;
  departments.transport = (
    await t.prisma.department.create({ data: { code: "transport", name: "市政交通规划科", sortOrder: 20 } })
  ).id;
  await t.prisma.department.create({ data: { code: "policy", name: "政策法规科", sortOrder: 30 } });
  await t.prisma.user.create({
    data: {
      username: "clerk",
      displayName: "clerk",
      roles: ["HANDLER"],
      passwordHash: await hashPassword(passwordOf("clerk")),
    },
  });

  // Not in 2026: 23:30 on New Year's Eve, Beijing time (15:30 UTC).
  await letter({ channel: "DIRECTOR_MAILBOX", type: "CONSULTATION", status: "RECEIVED", received: "2025-12-31 23:30" });
  // A: 00:30 on 1 Jan 2026 Beijing time (still 2025 in UTC). Replied Fri 9 Jan, due the 12th: on time.
  // Working days 2 Jan – 9 Jan: 2 and 3 Jan are 元旦, Sun 4 Jan is a 调休 working day, then 5–9 Jan → 6.
  await letter({
    channel: "DIRECTOR_MAILBOX",
    type: "CONSULTATION",
    status: "CLOSED",
    department: "land",
    received: "2026-01-01 00:30",
    replyDue: "2026-01-12",
    replied: "2026-01-09 10:00",
    rating: "SATISFIED",
    published: true,
  });
  // B: received Tue 20 Jan, due Thu 29 Jan, replied Mon 2 Feb: late. 21–23, 26–30 Jan, 2 Feb → 9.
  await letter({
    channel: "CITIZEN_PLATFORM",
    type: "COMPLAINT",
    status: "REPLIED",
    department: "land",
    received: "2026-01-20 10:00",
    replyDue: "2026-01-29",
    replied: "2026-02-02 10:00",
    rating: "UNSATISFIED",
  });
  // C: complex; acknowledged a day early; replied at 16:00 on its due day: on time. 3–6, 9–11 Mar → 7.
  await letter({
    channel: "CITIZEN_PLATFORM",
    type: "SUGGESTION",
    status: "CLOSED",
    complex: true,
    department: "transport",
    received: "2026-03-02 09:00",
    ackDue: "2026-03-04",
    acknowledged: "2026-03-03 15:00",
    replyDue: "2026-03-11",
    replied: "2026-03-11 16:00",
    rating: "BASICALLY_SATISFIED",
    published: true,
    hidden: true,
  });
  // D: complex; acknowledged after its due day (late); not replied and past due on 15 Jun (late).
  await letter({
    channel: "ONLINE_PETITION",
    type: "OPINION",
    status: "ASSIGNED",
    complex: true,
    department: "transport",
    received: "2026-05-06 09:00",
    ackDue: "2026-05-08",
    acknowledged: "2026-05-11 09:00",
    replyDue: "2026-05-15",
  });
  // E: not assigned yet, not due yet: pending.
  await letter({
    channel: "DIRECTOR_MAILBOX",
    type: "DISCLOSURE_REQUEST",
    status: "RECEIVED",
    received: "2026-06-12 11:00",
    replyDue: "2026-06-24",
  });
  // F: paused (补正), no due date while the clock stands: pending.
  await letter({
    channel: "DIRECTOR_MAILBOX",
    type: "DISCLOSURE_REQUEST",
    status: "PAUSED",
    department: "land",
    received: "2026-06-01 09:00",
  });
  // G: complex, registered, acknowledgement due tomorrow: pending on both clocks.
  await letter({
    channel: "LEADER_MESSAGE_BOARD",
    type: "CONSULTATION",
    status: "REGISTERED",
    complex: true,
    received: "2026-06-12 09:00",
    ackDue: "2026-06-16",
    replyDue: "2026-06-23",
  });
  // H: replied the next working day, not rated. 11 Jun → 1.
  await letter({
    channel: "PUBLICITY_COMMENT",
    type: "OPINION",
    status: "REPLIED",
    department: "land",
    received: "2026-06-10 09:00",
    replyDue: "2026-06-19",
    replied: "2026-06-11 09:00",
  });
  t.clock.set(bj("2026-06-15 12:00"));

  const server = createHttpServer({
    app: t.app,
    db: t.db,
    clientDist: "/nonexistent",
    log: t.services.log,
    letterStatisticsExport: createStatisticsExportHandler(t.services),
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closeServer = () => server.close();
});
afterAll(async () => {
  closeServer();
  await t.close();
});

const STATISTICS = /* GraphQL */ `
  query Statistics($year: Int!, $month: Int) {
    letterStatistics(year: $year, month: $month) {
      year month total
      byChannel { channel count }
      byType { type count }
      byDepartment { departmentName count }
      byMonth { month count byChannel { channel count } }
      acknowledgement { onTime late pending rate }
      reply { onTime late pending rate }
      handling { replied averageWorkingDays }
      satisfaction { satisfied basicallySatisfied unsatisfied unrated rate }
      publication { published hidden unpublished }
    }
  }
`;

type Count<K extends string> = Array<Record<K, string> & { count: number }>;
interface Statistics {
  letterStatistics: {
    total: number;
    byChannel: Count<"channel">;
    byType: Count<"type">;
    byDepartment: Array<{ departmentName: string | null; count: number }>;
    byMonth: Array<{ month: number; count: number; byChannel: Count<"channel"> }>;
    acknowledgement: Record<string, number | null>;
    reply: Record<string, number | null>;
    handling: { replied: number; averageWorkingDays: number | null };
    satisfaction: Record<string, number | null>;
    publication: Record<string, number>;
  };
}

const asMap = <K extends string>(rows: Count<K>, key: K) => Object.fromEntries(rows.map((r) => [r[key], r.count]));

describe("letterStatistics (public)", () => {
  it("counts the year's letters per channel, type, department and month, by Beijing time", async () => {
    const result = await t.request<Statistics>(STATISTICS, { year: 2026 });
    expect(result.errors).toBeUndefined();
    const s = result.data?.letterStatistics;
    expect(s?.total).toBe(8);
    expect(asMap(s?.byChannel ?? [], "channel")).toEqual({
      DIRECTOR_MAILBOX: 3,
      CITIZEN_PLATFORM: 2,
      ONLINE_PETITION: 1,
      LEADER_MESSAGE_BOARD: 1,
      PUBLICITY_COMMENT: 1,
    });
    expect(asMap(s?.byType ?? [], "type")).toEqual({
      CONSULTATION: 2,
      OPINION: 2,
      SUGGESTION: 1,
      COMPLAINT: 1,
      DISCLOSURE_REQUEST: 2,
    });
    expect(s?.byDepartment).toEqual([
      { departmentName: "用地规划科", count: 4 },
      { departmentName: "市政交通规划科", count: 2 },
      { departmentName: null, count: 2 },
    ]);
    expect(s?.byMonth.map((m) => m.count)).toEqual([2, 0, 1, 0, 1, 4, 0, 0, 0, 0, 0, 0]);
    expect(asMap(s?.byMonth[5]?.byChannel ?? [], "channel")).toEqual({
      DIRECTOR_MAILBOX: 2,
      CITIZEN_PLATFORM: 0,
      ONLINE_PETITION: 0,
      LEADER_MESSAGE_BOARD: 1,
      PUBLICITY_COMMENT: 1,
    });
  });

  it("rates acknowledgement and reply separately, leaving out what is not due yet", async () => {
    const s = (await t.request<Statistics>(STATISTICS, { year: 2026 })).data?.letterStatistics;
    // Complex letters: C on time, D late, G pending.
    expect(s?.acknowledgement).toEqual({ onTime: 1, late: 1, pending: 1, rate: 0.5 });
    // A, C, H on time; B replied late, D open past due; E, F (paused), G pending.
    expect(s?.reply).toEqual({ onTime: 3, late: 2, pending: 3, rate: 0.6 });
    // (6 + 9 + 7 + 1) / 4 = 5.75 working days.
    expect(s?.handling).toEqual({ replied: 4, averageWorkingDays: 5.8 });
    expect(s?.satisfaction).toEqual({ satisfied: 1, basicallySatisfied: 1, unsatisfied: 1, unrated: 1, rate: 0.6667 });
    expect(s?.publication).toEqual({ published: 1, hidden: 1, unpublished: 6 });
  });

  it("narrows to one month", async () => {
    const s = (await t.request<Statistics>(STATISTICS, { year: 2026, month: 6 })).data?.letterStatistics;
    expect(s?.total).toBe(4);
    expect(s?.byMonth.map((m) => [m.month, m.count])).toEqual([[6, 4]]);
    expect(s?.reply).toEqual({ onTime: 1, late: 0, pending: 3, rate: 1 });
    expect(s?.acknowledgement).toEqual({ onTime: 0, late: 0, pending: 1, rate: null });
    expect((await t.request<Statistics>(STATISTICS, { year: 2025 })).data?.letterStatistics.total).toBe(1);
  });

  it("refuses a period that is not one, in words a citizen understands", async () => {
    const badYear = await t.request(STATISTICS, { year: 1999 });
    expect(errorCode(badYear)).toBe("BAD_USER_INPUT");
    expect(badYear.errors?.[0]?.message).toContain("年份");
    expect(errorCode(await t.request(STATISTICS, { year: 2026, month: 13 }))).toBe("BAD_USER_INPUT");
  });
});

/** A sheet's rows (from row 2, under the header) as arrays of cell values. */
function rowsOf(workbook: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe("the xlsx export (staff)", () => {
  const url = (query: string) => `${base}${STATISTICS_EXPORT_PATH}?${query}`;

  it("needs a staff session", async () => {
    const response = await fetch(url("year=2026"));
    expect(response.status).toBe(401);
    expect((await response.json()).error.message).toContain("登录");
  });

  it("writes the same figures, one sheet per breakdown with Chinese headers", async () => {
    const clerk = t.agent();
    await clerk.login("clerk");
    const response = await fetch(url("year=2026"), { headers: { cookie: clerk.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toContain("letters-statistics-2026.xlsx");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(Object.values(SHEETS));
    expect(workbook.getWorksheet(SHEETS.channel)?.getRow(1).values).toEqual([undefined, "渠道", "件数"]);

    expect(rowsOf(workbook, SHEETS.summary).slice(0, 7)).toEqual([
      ["统计期间", "2026年"],
      ["来信总数", 8],
      ["已答复件数", 4],
      ["平均办理时长（工作日）", 5.8],
      ["按时告知率（复杂件）", 0.5],
      ["按时答复率", 0.6],
      ["满意率", 0.6667],
    ]);
    expect(workbook.getWorksheet(SHEETS.summary)?.getCell("B7").numFmt).toBe("0.0%");
    expect(rowsOf(workbook, SHEETS.channel)).toEqual([
      ["局长信箱", 3],
      ["政民互动平台", 2],
      ["网上信访", 1],
      ["领导留言板", 1],
      ["规划公示意见", 1],
      ["合计", 8],
    ]);
    expect(rowsOf(workbook, SHEETS.type)).toEqual([
      ["咨询", 2],
      ["意见", 2],
      ["建议", 1],
      ["投诉", 1],
      ["依申请公开", 2],
      ["合计", 8],
    ]);
    expect(rowsOf(workbook, SHEETS.department)).toEqual([
      ["用地规划科", 4],
      ["市政交通规划科", 2],
      ["未分办", 2],
      ["合计", 8],
    ]);
    const months = rowsOf(workbook, SHEETS.month);
    expect(workbook.getWorksheet(SHEETS.month)?.getRow(1).values).toEqual([
      undefined,
      "月份",
      "合计",
      "局长信箱",
      "政民互动平台",
      "网上信访",
      "领导留言板",
      "规划公示意见",
    ]);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual(["1月", 2, 1, 1, 0, 0, 0]);
    expect(months[5]).toEqual(["6月", 4, 2, 0, 0, 1, 1]);
    expect(rowsOf(workbook, SHEETS.onTime)).toEqual([
      ["告知（复杂件）", 1, 1, 1, 0.5],
      ["答复", 3, 2, 3, 0.6],
    ]);
    expect(rowsOf(workbook, SHEETS.satisfaction)).toEqual([
      ["满意", 1],
      ["基本满意", 1],
      ["不满意", 1],
      ["未评价", 1],
    ]);
    expect(rowsOf(workbook, SHEETS.publication)).toEqual([
      ["已公开", 1],
      ["已隐藏", 1],
      ["未公开", 6],
    ]);

    const audit = await t.prisma.auditEntry.findFirst({ where: { action: "letters.statistics.export" } });
    expect(audit).toMatchObject({ actorName: "clerk", detail: { year: 2026, month: null } });
  });

  it("exports one month, and refuses a bad period", async () => {
    const clerk = t.agent();
    await clerk.login("clerk");
    const month = await fetch(url("year=2026&month=6"), { headers: { cookie: clerk.cookie } });
    expect(month.headers.get("content-disposition")).toContain("letters-statistics-2026-06.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await month.arrayBuffer());
    expect(rowsOf(workbook, SHEETS.summary)[1]).toEqual(["来信总数", 4]);
    // No acknowledgement settled that month: a dash, not 0 %.
    expect(rowsOf(workbook, SHEETS.onTime)[0]).toEqual(["告知（复杂件）", 0, 0, 1, "—"]);

    const bad = await fetch(url("year=20x6"), { headers: { cookie: clerk.cookie } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain("年份");
  });
});
