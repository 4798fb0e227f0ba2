// Sends one immutable file with conditional GET (ETag) and single byte ranges (RFC 9110 §14),
// which video players and resumed downloads rely on. Multi-range requests get the whole file,
// which the RFC allows and spares us multipart/byteranges.
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";

export interface FileToSend {
  path: string;
  size: number;
  /** A strong validator, quoted: `"<sha256>"`. */
  etag: string;
  headers: Record<string, string>;
}

export type ByteRange = { start: number; end: number };

/**
 * The range a `Range` header asks for: a range, "unsatisfiable" (416), or null to send everything
 * (no header, a unit other than bytes, several ranges, or syntax we do not understand).
 */
export function parseRange(header: string | undefined, size: number): ByteRange | "unsatisfiable" | null {
  const match = header?.match(/^bytes=(\d*)-(\d*)$/);
  if (!match) return null;
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return null;
  if (first === "") {
    // A suffix: the last N bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== "" && Number(last) < start) return null; // invalid: ignore the header
  if (start >= size) return "unsatisfiable";
  return { start, end };
}

export async function sendFile(req: IncomingMessage, res: ServerResponse, file: FileToSend): Promise<void> {
  for (const [name, value] of Object.entries(file.headers)) res.setHeader(name, value);
  res.setHeader("etag", file.etag);
  res.setHeader("accept-ranges", "bytes");

  if (matchesEtag(req.headers["if-none-match"], file.etag)) {
    res.writeHead(304).end();
    return;
  }

  // If-Range: only honour the range when the client still holds this exact representation.
  const ifRange = req.headers["if-range"];
  const range = ifRange && ifRange !== file.etag ? null : parseRange(req.headers.range, file.size);
  if (range === "unsatisfiable") {
    res.writeHead(416, { "content-range": `bytes */${file.size}` }).end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: file.size - 1 };
  const length = file.size === 0 ? 0 : end - start + 1;
  res.setHeader("content-length", String(length));
  if (range) res.setHeader("content-range", `bytes ${start}-${end}/${file.size}`);
  res.writeHead(range ? 206 : 200);
  if (req.method === "HEAD" || length === 0) {
    res.end();
    return;
  }
  await pipeline(fs.createReadStream(file.path, { start, end }), res);
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  // Weak comparison, as If-None-Match requires: W/"x" matches "x".
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
