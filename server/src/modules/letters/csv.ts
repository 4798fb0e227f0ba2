// CSV for letter imports, read by csv-parse (RFC 4180: quoted fields with commas, "" and line
// breaks, CRLF or LF, Excel's UTF-8 BOM). Errors name the line in Chinese for the staff member.
import { CsvError, parse } from "csv-parse/sync";

export type CsvRecordsResult = { ok: true; records: Record<string, string>[] } | { ok: false; message: string };

/** Rows as objects keyed by the header row (trimmed); short rows get "" for the missing cells. */
export function csvRecords(text: string): CsvRecordsResult {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, message: csvErrorMessage(error) };
    throw error;
  }
  // Lines of only commas or spaces are not rows either.
  const [header, ...body] = rows.filter((row) => row.some((cell) => cell.trim() !== ""));
  if (!header) return { ok: false, message: "文件为空" };
  const keys = header.map((h) => h.trim());
  return {
    ok: true,
    records: body.map((cells) => Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? ""]))),
  };
}

function csvErrorMessage(error: CsvError): string {
  const line = (error as CsvError & { lines?: number }).lines;
  const at = line ? `第 ${line} 行：` : "";
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "文件结尾处有未闭合的引号";
    case "INVALID_OPENING_QUOTE":
    case "CSV_INVALID_CLOSING_QUOTE":
      return `${at}引号只能包住整个字段（字段内的引号请写成两个 ""）`;
    default:
      return `${at}CSV 格式不正确（${error.message}）`;
  }
}
