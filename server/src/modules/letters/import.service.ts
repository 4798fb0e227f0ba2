// Letters from the other channels (政民互动平台, 网上信访, 领导留言板): staff register one by hand or
// import a CSV/JSON export, keeping the channel's own id. The whole file is checked first and
// every problem listed by row; then all of it is stored in one transaction, or none of it.
import { z } from "zod";
import type { Letter, LetterChannel } from "../../generated/prisma/client.js";
import { LetterType } from "../../generated/prisma/enums.js";
import { startOfShanghaiDay } from "../calendar/shanghai-day.js";
import { csvRecords } from "./csv.js";
import { registerInTx } from "./handling.service.js";
import { CHANNEL_LABELS, createLetter, duplicateExternalIdMessage } from "./intake.js";
import type { LetterStaff } from "./letter-step.js";
import type { LettersDeps } from "./letters.deps.js";
import { canImport, TYPE_LABELS } from "./letters.rules.js";

/** The channels whose letters arrive through another system and are brought in by staff. */
export const EXTERNAL_CHANNELS = ["CITIZEN_PLATFORM", "ONLINE_PETITION", "LEADER_MESSAGE_BOARD"] as const;
export type ExternalChannel = (typeof EXTERNAL_CHANNELS)[number];

export const MAX_IMPORT_ROWS = 500;

/** Column names staff may use instead of the English keys (an Excel sheet's header row). */
const HEADER_ALIASES: Record<string, string> = {
  渠道: "channel",
  来信渠道: "channel",
  外部编号: "externalId",
  类型: "type",
  来信类型: "type",
  标题: "subject",
  主题: "subject",
  内容: "body",
  正文: "body",
  姓名: "writerName",
  电话: "writerPhone",
  手机: "writerPhone",
  邮箱: "writerEmail",
  收信时间: "receivedAt",
  来信时间: "receivedAt",
  复杂件: "complex",
  同意公开: "mayPublish",
};

export const IMPORT_FIELD_LABELS: Record<string, string> = {
  channel: "渠道",
  externalId: "外部编号",
  type: "类型",
  subject: "标题",
  body: "内容",
  writerName: "姓名",
  writerPhone: "电话",
  writerEmail: "邮箱",
  receivedAt: "收信时间",
  complex: "复杂件",
  mayPublish: "同意公开",
};

const byLabel = <T extends string>(labels: Partial<Record<T, string>>, value: unknown) => {
  if (typeof value !== "string") return value;
  const v = value.trim();
  const found = (Object.entries(labels) as Array<[T, string]>).find(([, label]) => label === v);
  return found ? found[0] : v;
};

const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

const flag = z.preprocess(
  (value) => {
    const v = blankToUndefined(value);
    if (v === undefined || typeof v === "boolean") return v;
    const s = String(v).trim().toLowerCase();
    if (["true", "1", "是", "yes", "y"].includes(s)) return true;
    if (["false", "0", "否", "no", "n"].includes(s)) return false;
    return v;
  },
  z.boolean({ error: "应为 是/否（true/false）" }).default(false),
);

const optionalText = (max: number, label: string) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `${label}不能超过 ${max} 个字`).optional());

// "2026-03-01 09:30", "2026/03/01 09:30", "2026-03-01": Beijing time; ISO with a zone as given.
const LOCAL_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export function parseReceivedAt(value: string): Date | null {
  const v = value.trim();
  const local = LOCAL_TIME.exec(v);
  if (local) {
    const [, y, mo, d, h = "0", mi = "0", s = "0"] = local;
    const day = `${y}-${mo?.padStart(2, "0")}-${d?.padStart(2, "0")}`;
    try {
      const start = startOfShanghaiDay(day);
      if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
      return new Date(start.getTime() + ((Number(h) * 60 + Number(mi)) * 60 + Number(s)) * 1000);
    } catch {
      return null;
    }
  }
  if (!/^\d{4}-\d{2}-\d{2}T.+(Z|[+-]\d{2}:?\d{2})$/.test(v)) return null;
  const date = new Date(v);
  return Number.isNaN(date.getTime()) ? null : date;
}

function rowSchema(now: Date) {
  return z.object({
    channel: z.preprocess(
      (v) => byLabel(CHANNEL_LABELS, blankToUndefined(v)),
      z.enum(EXTERNAL_CHANNELS, {
        error: (issue) =>
          issue.input === undefined
            ? "缺少渠道"
            : `渠道应为${EXTERNAL_CHANNELS.map((c) => CHANNEL_LABELS[c]).join("、")}之一（局长信箱和公示意见经本网站提交，无须导入）`,
      }),
    ),
    externalId: z.preprocess(
      blankToUndefined,
      z
        .string({ error: "缺少外部编号（来信在原系统中的编号）" })
        .trim()
        .min(1, "缺少外部编号（来信在原系统中的编号）")
        .max(100, "外部编号不能超过 100 个字符"),
    ),
    type: z.preprocess(
      (v) => byLabel(TYPE_LABELS, blankToUndefined(v)),
      z.enum(Object.values(LetterType) as [LetterType, ...LetterType[]], {
        error: (issue) =>
          issue.input === undefined ? "缺少类型" : `类型应为${Object.values(TYPE_LABELS).join("、")}之一`,
      }),
    ),
    subject: z.preprocess(
      blankToUndefined,
      z.string({ error: "缺少标题" }).trim().min(2, "标题至少 2 个字").max(200, "标题不能超过 200 个字"),
    ),
    body: z.preprocess(
      blankToUndefined,
      z.string({ error: "缺少内容" }).trim().min(1, "缺少内容").max(20_000, "内容不能超过 20000 个字"),
    ),
    writerName: optionalText(50, "姓名"),
    writerPhone: optionalText(30, "电话"),
    writerEmail: z.preprocess(blankToUndefined, z.email({ error: "邮箱格式不正确" }).max(200, "邮箱过长").optional()),
    receivedAt: z.preprocess(
      (v) => {
        const b = blankToUndefined(v);
        if (b === undefined || b instanceof Date) return b;
        return typeof b === "string" ? (parseReceivedAt(b) ?? b) : b;
      },
      z
        .date({ error: "收信时间格式应为 2026-03-01 09:30（北京时间）或带时区的 ISO 8601 时间" })
        .refine((d) => d.getTime() <= now.getTime(), "收信时间不能晚于现在")
        .refine((d) => d.getUTCFullYear() >= 2000, "收信时间过早")
        .optional(),
    ),
    complex: flag,
    mayPublish: flag,
  });
}

export type ImportRow = z.infer<ReturnType<typeof rowSchema>>;

export interface ImportRowError {
  /** The letter's number in the file, from 1 (the CSV header row is not counted). */
  row: number;
  field: string | null;
  message: string;
}

export type ImportResult = { ok: true; letters: Letter[] } | { ok: false; errors: ImportRowError[] };

export type ImportFormat = "CSV" | "JSON";

/** The file's rows as plain records, or why it cannot be read at all. */
export function readImportFile(
  format: ImportFormat,
  content: string,
): { ok: true; records: unknown[] } | { ok: false; message: string } {
  if (format === "CSV") {
    const csv = csvRecords(content);
    if (!csv.ok) return csv;
    return { ok: true, records: csv.records.map(renameHeaders) };
  }
  let json: unknown;
  try {
    json = JSON.parse(content.startsWith("\uFEFF") ? content.slice(1) : content);
  } catch {
    return { ok: false, message: "文件不是有效的 JSON" };
  }
  const list = Array.isArray(json) ? json : (json as { letters?: unknown } | null)?.letters;
  if (!Array.isArray(list)) return { ok: false, message: "JSON 应为来信数组，或含 letters 数组的对象" };
  return {
    ok: true,
    records: list.map((r) =>
      r && typeof r === "object" && !Array.isArray(r) ? renameHeaders(r as Record<string, unknown>) : r,
    ),
  };
}

function renameHeaders(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [HEADER_ALIASES[k.trim()] ?? k.trim(), v]));
}

/** Checks every record: the rows, or every problem with its row number. Nothing is written. */
export async function validateImport(
  deps: LettersDeps,
  records: readonly unknown[],
): Promise<{ ok: true; rows: ImportRow[] } | { ok: false; errors: ImportRowError[] }> {
  const errors: ImportRowError[] = [];
  if (records.length === 0) return { ok: false, errors: [{ row: 0, field: null, message: "文件中没有来信" }] };
  if (records.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      errors: [
        {
          row: 0,
          field: null,
          message: `一次最多导入 ${MAX_IMPORT_ROWS} 封来信，本文件有 ${records.length} 封，请分批导入`,
        },
      ],
    };
  }
  const schema = rowSchema(deps.clock.now());
  const rows: Array<ImportRow | null> = records.map((record, index) => {
    const parsed = schema.safeParse(record ?? {});
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const field = issue.path[0]?.toString() ?? null;
      errors.push({
        row: index + 1,
        field,
        message: `${field ? `${IMPORT_FIELD_LABELS[field] ?? field}：` : ""}${issue.message}`,
      });
    }
    return null;
  });

  // The same letter twice in one file.
  const firstSeen = new Map<string, number>();
  rows.forEach((row, index) => {
    if (!row) return;
    const key = `${row.channel}\u0000${row.externalId}`;
    const first = firstSeen.get(key);
    if (first !== undefined) {
      errors.push({
        row: index + 1,
        field: "externalId",
        message: `外部编号：${CHANNEL_LABELS[row.channel]}编号 ${row.externalId} 与第 ${first} 条重复`,
      });
    } else firstSeen.set(key, index + 1);
  });

  // Letters registered before.
  const valid = rows.flatMap((row, index) => (row ? [{ row, index }] : []));
  if (valid.length) {
    const existing = await deps.prisma.letter.findMany({
      where: { OR: valid.map(({ row }) => ({ channel: row.channel, externalId: row.externalId })) },
      select: { channel: true, externalId: true, trackingCode: true },
    });
    const known = new Map(existing.map((l) => [`${l.channel}\u0000${l.externalId}`, l.trackingCode]));
    for (const { row, index } of valid) {
      const trackingCode = known.get(`${row.channel}\u0000${row.externalId}`);
      if (trackingCode) {
        errors.push({
          row: index + 1,
          field: "externalId",
          message: `外部编号：${duplicateExternalIdMessage(row.channel as LetterChannel, row.externalId, trackingCode)}`,
        });
      }
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return errors.length ? { ok: false, errors } : { ok: true, rows: rows as ImportRow[] };
}

// Importing hundreds of letters on the embedded database takes longer than Prisma's 5 s default.
const IMPORT_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

/** Stores checked rows as registered letters, all in one transaction. */
async function store(deps: LettersDeps, actor: LetterStaff, rows: readonly ImportRow[]): Promise<Letter[]> {
  return deps.prisma.$transaction(async (tx) => {
    const letters: Letter[] = [];
    for (const row of rows) {
      const { letter } = await createLetter(tx, deps, {
        channel: row.channel,
        type: row.type,
        subject: row.subject,
        body: row.body,
        writerName: row.writerName ?? null,
        writerPhone: row.writerPhone ?? null,
        writerEmail: row.writerEmail ?? null,
        mayPublish: row.mayPublish,
        complex: row.complex,
        externalId: row.externalId,
        receivedAt: row.receivedAt ?? deps.clock.now(),
        actor: { id: actor.id },
      });
      // Staff typed or exported the classification with the letter: that is its registration.
      const registered = await registerInTx(tx, deps, actor, letter, { type: row.type, complex: row.complex });
      if (!registered.ok) throw new Error(`registering imported letter failed: ${registered.message}`);
      letters.push(registered.letter);
    }
    return letters;
  }, IMPORT_TRANSACTION);
}

export async function importLetters(
  deps: LettersDeps,
  actor: LetterStaff,
  input: { format: ImportFormat; content: string },
): Promise<ImportResult> {
  const allowed = canImport(actor);
  if (!allowed.ok) return { ok: false, errors: [{ row: 0, field: null, message: allowed.message }] };
  const file = readImportFile(input.format, input.content);
  if (!file.ok) return { ok: false, errors: [{ row: 0, field: null, message: file.message }] };
  const checked = await validateImport(deps, file.records);
  if (!checked.ok) return checked;
  const letters = await store(deps, actor, checked.rows);
  await deps.audit.record({
    action: "letters.import",
    targetType: "Letter",
    detail: { format: input.format, count: letters.length, trackingCodes: letters.map((l) => l.trackingCode) },
  });
  return { ok: true, letters };
}

/** One letter typed in by hand from another channel: the same checks as a one-row import. */
export async function registerExternalLetter(
  deps: LettersDeps,
  actor: LetterStaff,
  input: Record<string, unknown>,
): Promise<ImportResult> {
  const allowed = canImport(actor);
  if (!allowed.ok) return { ok: false, errors: [{ row: 0, field: null, message: allowed.message }] };
  const checked = await validateImport(deps, [input]);
  if (!checked.ok) return checked;
  const letters = await store(deps, actor, checked.rows);
  const [letter] = letters;
  if (letter) {
    await deps.audit.record({
      action: "letters.register_external",
      targetType: "Letter",
      targetId: letter.id,
      detail: { trackingCode: letter.trackingCode, channel: letter.channel, externalId: letter.externalId },
    });
  }
  return { ok: true, letters };
}
