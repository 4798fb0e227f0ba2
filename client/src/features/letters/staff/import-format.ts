export type ImportFormat = "CSV" | "JSON";

/**
 * The server caps a request body at 1 MB and an import at 1,000,000 characters; a file a little
 * under that still fits once wrapped in the GraphQL request. Larger exports go in several parts.
 */
export const MAX_IMPORT_BYTES = 900_000;

/** The format a chosen file's name says (export.csv, 导出.JSON); null when it says neither. */
export function formatFromFileName(name: string): ImportFormat | null {
  const trimmed = name.trim().toLowerCase();
  const dot = trimmed.lastIndexOf(".");
  if (dot < 0) return null;
  const extension = trimmed.slice(dot + 1);
  if (extension === "csv") return "CSV";
  if (extension === "json") return "JSON";
  return null;
}
