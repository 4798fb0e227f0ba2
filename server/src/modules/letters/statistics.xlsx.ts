// The 来信统计 workbook (exceljs): one sheet per breakdown, Chinese headers, the same figures as
// letterStatistics. Served to signed-in staff at GET /exports/letters-statistics.xlsx?year=2026
// (&month=3), the way a browser downloads a file; every export is audited.
import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseCookies } from "cookie";
import ExcelJS from "exceljs";
import type { Services } from "../../context.js";
import { resolveSession, SESSION_COOKIE } from "../accounts/session.service.js";
import { clientIp, rfc5987 } from "../media/media.http.js";
import { requestAudit } from "../security/audit.service.js";
import { CHANNEL_LABELS } from "./intake.js";
import { TYPE_LABELS } from "./letters.rules.js";
import { type LetterStatistics, letterStatistics, type OnTimeFigures } from "./statistics.service.js";
import { statisticsMonth, statisticsYear } from "./statistics.validation.js";

export const STATISTICS_EXPORT_PATH = "/exports/letters-statistics.xlsx";

export const SHEETS = {
  summary: "概况",
  channel: "按渠道",
  type: "按类型",
  department: "按科室",
  month: "按月份",
  onTime: "按时率",
  satisfaction: "满意度",
  publication: "公开情况",
} as const;

export const EXPORT_MESSAGES = {
  unauthenticated: "请先登录后再导出统计表",
  methodNotAllowed: "只支持下载（GET）",
  internal: "导出失败，请稍后再试",
} as const;

const UNASSIGNED = "未分办";
const TOTAL = "合计";
const NONE = "—";
const PERCENT = "0.0%";

export const periodLabel = (s: Pick<LetterStatistics, "year" | "month">) =>
  s.month === null ? `${s.year}年` : `${s.year}年${s.month}月`;

type Cell = string | number;

function addSheet(workbook: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][], widths: number[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = header.map((h, i) => ({ header: h, width: widths[i] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return sheet;
}

/** A 0–1 rate as a percent cell; "—" when there is nothing to divide. */
function setRate(cell: ExcelJS.Cell, rate: number | null) {
  cell.value = rate ?? NONE;
  if (rate !== null) cell.numFmt = PERCENT;
}

const sum = (rows: ReadonlyArray<{ count: number }>) => rows.reduce((a, r) => a + r.count, 0);

/** The workbook as xlsx bytes. `generatedAt` goes into the summary and the file's properties. */
export async function statisticsWorkbook(stats: LetterStatistics, generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "规划信息港";
  workbook.created = generatedAt;
  workbook.modified = generatedAt;

  const summary = addSheet(
    workbook,
    SHEETS.summary,
    ["项目", "数值"],
    [
      ["统计期间", periodLabel(stats)],
      ["来信总数", stats.total],
      ["已答复件数", stats.handling.replied],
      ["平均办理时长（工作日）", stats.handling.averageWorkingDays ?? NONE],
      ["按时告知率（复杂件）", ""],
      ["按时答复率", ""],
      ["满意率", ""],
      [
        "生成时间（北京时间）",
        new Date(generatedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " "),
      ],
    ],
    [24, 20],
  );
  setRate(summary.getCell("B6"), stats.acknowledgement.rate);
  setRate(summary.getCell("B7"), stats.reply.rate);
  setRate(summary.getCell("B8"), stats.satisfaction.rate);

  addSheet(
    workbook,
    SHEETS.channel,
    ["渠道", "件数"],
    [...stats.byChannel.map((c) => [CHANNEL_LABELS[c.channel], c.count]), [TOTAL, sum(stats.byChannel)]],
    [16, 10],
  );
  addSheet(
    workbook,
    SHEETS.type,
    ["类型", "件数"],
    [...stats.byType.map((c) => [TYPE_LABELS[c.type], c.count]), [TOTAL, sum(stats.byType)]],
    [14, 10],
  );
  addSheet(
    workbook,
    SHEETS.department,
    ["科室", "件数"],
    [...stats.byDepartment.map((d) => [d.departmentName ?? UNASSIGNED, d.count]), [TOTAL, sum(stats.byDepartment)]],
    [20, 10],
  );

  const channels = stats.byChannel.map((c) => c.channel);
  addSheet(
    workbook,
    SHEETS.month,
    ["月份", TOTAL, ...channels.map((c) => CHANNEL_LABELS[c])],
    stats.byMonth.map((m) => [
      `${m.month}月`,
      m.count,
      ...channels.map((c) => m.byChannel.find((x) => x.channel === c)?.count ?? 0),
    ]),
    [8, 8, ...channels.map(() => 14)],
  );

  const onTimeRow = (label: string, f: OnTimeFigures): Cell[] => [label, f.onTime, f.late, f.pending, ""];
  const onTime = addSheet(
    workbook,
    SHEETS.onTime,
    ["环节", "按时", "超期", "未到期", "按时率"],
    [onTimeRow("告知（复杂件）", stats.acknowledgement), onTimeRow("答复", stats.reply)],
    [16, 8, 8, 8, 10],
  );
  setRate(onTime.getCell("E2"), stats.acknowledgement.rate);
  setRate(onTime.getCell("E3"), stats.reply.rate);

  const s = stats.satisfaction;
  addSheet(
    workbook,
    SHEETS.satisfaction,
    ["评价", "件数"],
    [
      ["满意", s.satisfied],
      ["基本满意", s.basicallySatisfied],
      ["不满意", s.unsatisfied],
      ["未评价", s.unrated],
    ],
    [12, 10],
  );

  const p = stats.publication;
  addSheet(
    workbook,
    SHEETS.publication,
    ["状态", "件数"],
    [
      ["已公开", p.published],
      ["已隐藏", p.hidden],
      ["未公开", p.unpublished],
    ],
    [12, 10],
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type StatisticsExportHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function createStatisticsExportHandler(services: Services): StatisticsExportHandler {
  const { prisma, clock, log } = services;

  async function exportWorkbook(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      return sendError(res, 405, EXPORT_MESSAGES.methodNotAllowed);
    }
    const token = parseCookies(req.headers.cookie ?? "")[SESSION_COOKIE];
    const viewer = token ? await resolveSession(prisma, clock, token) : null;
    if (!viewer) return sendError(res, 401, EXPORT_MESSAGES.unauthenticated);

    const query = new URL(req.url ?? "/", "http://localhost").searchParams;
    const year = statisticsYear.safeParse(Number(query.get("year") ?? Number.NaN));
    if (!year.success) return sendError(res, 400, year.error.issues[0]?.message ?? "年份有误");
    const monthParam = query.get("month");
    const month = monthParam ? statisticsMonth.safeParse(Number(monthParam)) : null;
    if (month && !month.success) return sendError(res, 400, month.error.issues[0]?.message ?? "月份有误");

    const stats = await letterStatistics(services, { year: year.data, month: month?.data ?? null });
    const bytes = await statisticsWorkbook(stats, clock.now());
    const audit = requestAudit(prisma, clock, () => viewer, clientIp(req, services.trustProxy));
    await audit.record({ action: "letters.statistics.export", detail: { year: stats.year, month: stats.month } });

    const suffix = stats.month === null ? `${stats.year}` : `${stats.year}-${String(stats.month).padStart(2, "0")}`;
    res.writeHead(200, {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-length": String(bytes.length),
      "content-disposition": `attachment; filename="letters-statistics-${suffix}.xlsx"; filename*=UTF-8''${rfc5987(`来信统计-${periodLabel(stats)}.xlsx`)}`,
      "cache-control": "private, no-store",
    });
    res.end(req.method === "HEAD" ? undefined : bytes);
  }

  return async (req, res) => {
    try {
      await exportWorkbook(req, res);
    } catch (error) {
      log.error({ err: error, url: req.url }, "letter statistics export failed");
      if (!res.headersSent) sendError(res, 500, EXPORT_MESSAGES.internal);
      else res.destroy();
    }
  };
}

function sendError(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify({ error: { message } }));
}
