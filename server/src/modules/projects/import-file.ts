// Reading the approval system's export: a CSV (UTF-8, with or without BOM) or an .xlsx workbook
// (first sheet). The first row names the columns; each later row is one permit of a project.
// Rows are numbered as a spreadsheet shows them (the header is row 1), so staff find them at once.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

export type ImportFormat = "CSV" | "XLSX";

/** One data row: its number in the sheet and its cells by header (trimmed text, "" when blank). */
export interface SheetRow {
  row: number;
  cells: Record<string, string>;
}

export type SheetResult = { ok: true; header: string[]; rows: SheetRow[] } | { ok: false; message: string };

export const MAX_IMPORT_ROWS = 2_000;

export async function readSheet(format: ImportFormat, content: string): Promise<SheetResult> {
  const table = format === "CSV" ? readCsv(content) : await readXlsx(content);
  if (!table.ok) return table;
  const [header, ...body] = table.rows;
  if (!header || header.every((h) => h === "")) return { ok: false, message: "文件为空：第 1 行应为列名" };
  const keys = header.map((h) => h.trim());
  const rows: SheetRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((c) => c.trim() === "")) return;
    rows.push({ row: index + 2, cells: Object.fromEntries(keys.map((k, i) => [k, (cells[i] ?? "").trim()])) });
  });
  if (rows.length === 0) return { ok: false, message: "文件中没有数据行（第 1 行为列名，第 2 行起每行一个许可证）" };
  if (rows.length > MAX_IMPORT_ROWS) {
    return { ok: false, message: `一次最多导入 ${MAX_IMPORT_ROWS} 行，本文件有 ${rows.length} 行，请分批导入` };
  }
  return { ok: true, header: keys, rows };
}

type Table = { ok: true; rows: string[][] } | { ok: false; message: string };

function readCsv(text: string): Table {
  try {
    const rows: string[][] = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
    return { ok: true, rows };
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return {
      ok: false,
      message: `CSV 文件${line ? `第 ${line} 行附近` : ""}格式有误：请检查引号和逗号，或在表格软件中另存为“CSV UTF-8（逗号分隔）”`,
    };
  }
}

async function readXlsx(base64: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  } catch {
    return { ok: false, message: "无法读取 Excel 文件：请上传 .xlsx 格式（旧版 .xls 请先另存为 .xlsx）" };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, message: "Excel 文件中没有工作表" };
  const rows: string[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return { ok: true, rows };
}

/** A cell as the text a person sees; dates as YYYY-MM-DD (Excel stores days without a zone). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((t) => t.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ("error" in value) return "";
    return "";
  }
  return String(value);
}
