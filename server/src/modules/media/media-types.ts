// Which files the portal accepts, decided from their bytes only: the extension and the client's
// Content-Type are whatever the sender wants them to be.
import fs from "node:fs/promises";
import { fileTypeFromFile } from "file-type";
import type { MediaKind } from "../../generated/prisma/enums.js";

export interface MediaType {
  kind: MediaKind;
  /** Extension of the stored file (images are stored as WebP whatever they came as). */
  ext: string;
  mime: string;
  /** Extensions a download name may already end with for this type. */
  names: string[];
}

const MB = 1024 * 1024;
export const KIND_LIMIT_BYTES: Record<MediaKind, number> = { IMAGE: 20 * MB, DOCUMENT: 50 * MB, VIDEO: 200 * MB };
export const bytesToMb = (bytes: number) => Math.floor(bytes / MB);

const type = (kind: MediaKind, ext: string, mime: string, names = [ext]): MediaType => ({ kind, ext, mime, names });

/** Keyed by file-type's `ext`. Macro-enabled Office files (docm, xlsm…) and SVG are deliberately absent. */
const ACCEPTED: Record<string, MediaType> = {
  jpg: type("IMAGE", "jpg", "image/jpeg", ["jpg", "jpeg"]),
  png: type("IMAGE", "png", "image/png"),
  webp: type("IMAGE", "webp", "image/webp"),
  gif: type("IMAGE", "gif", "image/gif"),
  pdf: type("DOCUMENT", "pdf", "application/pdf"),
  docx: type("DOCUMENT", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  xlsx: type("DOCUMENT", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  pptx: type("DOCUMENT", "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
  zip: type("DOCUMENT", "zip", "application/zip"),
  // 3D models of projects (binary glTF), which the map shows; downloaded like any document.
  glb: type("DOCUMENT", "glb", "model/gltf-binary"),
  mp4: type("VIDEO", "mp4", "video/mp4"),
};

/** Legacy Office files are all "Compound File Binary"; the stream names tell Word from Excel. */
const LEGACY_OFFICE: Record<"doc" | "xls", MediaType> = {
  doc: type("DOCUMENT", "doc", "application/msword"),
  xls: type("DOCUMENT", "xls", "application/vnd.ms-excel"),
};

export type Sniffed = { ok: true; type: MediaType } | { ok: false; reason: "svg" | "unsupported" };

export async function sniffFile(file: string): Promise<Sniffed> {
  const detected = await fileTypeFromFile(file);
  if (detected?.ext === "cfb") {
    const format = await legacyOfficeFormat(file);
    return format ? { ok: true, type: LEGACY_OFFICE[format] } : { ok: false, reason: "unsupported" };
  }
  const accepted = detected && ACCEPTED[detected.ext];
  if (accepted) return { ok: true, type: accepted };
  // file-type knows no text formats; say why an SVG is refused rather than just "unsupported".
  if (!detected || detected.ext === "xml") {
    if (await looksLikeSvg(file)) return { ok: false, reason: "svg" };
  }
  return { ok: false, reason: "unsupported" };
}

/**
 * The limit to enforce while the bytes are still arriving, guessed from the first few bytes
 * (the full check runs on the complete file). Only images and MP4 have distinctive leading bytes.
 */
export function streamingKindOf(head: Uint8Array): MediaKind {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  const ascii = (start: number, end: number) => b.toString("latin1", start, end);
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "IMAGE";
  if (b[0] === 0x89 && ascii(1, 4) === "PNG") return "IMAGE";
  if (ascii(0, 4) === "GIF8") return "IMAGE";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "IMAGE";
  if (ascii(4, 8) === "ftyp") return "VIDEO";
  return "DOCUMENT";
}

/** Bytes needed by streamingKindOf. */
export const STREAMING_HEAD_BYTES = 12;

async function looksLikeSvg(file: string): Promise<boolean> {
  const handle = await fs.open(file);
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return /<svg[\s>]/i.test(head.toString("utf8", 0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * Finds the stream that marks a Word ("WordDocument") or Excel ("Workbook", "Book" before Excel 97)
 * file among the 128-byte directory entries of a Compound File. Directory sectors may lie anywhere,
 * but always on 128-byte boundaries, so scanning those boundaries finds them without following the
 * sector chains. Other compound files (MSI installers, Outlook messages, encrypted Office files)
 * have neither stream and are refused.
 */
async function legacyOfficeFormat(file: string): Promise<"doc" | "xls" | undefined> {
  const ENTRY = 128;
  const handle = await fs.open(file);
  try {
    const chunk = Buffer.alloc(ENTRY * 8192);
    let excel = false;
    for (let position = 512; ; position += chunk.length) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      for (let at = 0; at + ENTRY <= bytesRead; at += ENTRY) {
        const objectType = chunk[at + 66];
        const nameBytes = chunk.readUInt16LE(at + 64);
        if (objectType !== 2 || nameBytes < 4 || nameBytes > 64) continue; // 2: a stream
        const name = chunk.toString("utf16le", at, at + nameBytes - 2);
        // Embedded objects can carry the other program's stream; Word wins. Both are accepted, so
        // a wrong guess only changes the MIME type and the download name's extension.
        if (name === "WordDocument") return "doc";
        if (name === "Workbook" || name === "Book") excel = true;
      }
      if (bytesRead < chunk.length) return excel ? "xls" : undefined;
    }
  } finally {
    await handle.close();
  }
}
