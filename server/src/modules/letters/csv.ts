// A small RFC 4180 reader for letter imports: quoted fields with commas, quotes ("") and line
// breaks, CRLF or LF, a UTF-8 BOM (Excel writes one). The files are a few hundred rows, so a
// dependency would buy nothing.

export type CsvResult = { ok: true; rows: string[][] } | { ok: false; message: string };

export function parseCsv(text: string): CsvResult {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (field !== "") return { ok: false, message: `第 ${line} 行：引号只能出现在字段开头` };
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && input[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      line++;
    } else field += c;
  }
  if (quoted) return { ok: false, message: "文件结尾处有未闭合的引号" };
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  // Blank lines (often one at the end) are not rows.
  return { ok: true, rows: rows.filter((r) => r.some((f) => f.trim() !== "")) };
}

/** Rows as objects keyed by the header row (trimmed). */
export function csvRecords(
  text: string,
): { ok: true; records: Record<string, string>[] } | { ok: false; message: string } {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const [header, ...body] = parsed.rows;
  if (!header) return { ok: false, message: "文件为空" };
  const keys = header.map((h) => h.trim());
  return {
    ok: true,
    records: body.map((cells) => Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? ""]))),
  };
}
