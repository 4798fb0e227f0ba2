// Turning a received file into a MediaAsset: check its real type and size, re-encode images,
// store it under its content hash, and record it once however often it is uploaded.
import { createHash } from "node:crypto";
import path from "node:path";
import type { PrismaClient } from "../../db/index.js";
import { isUniqueViolation } from "../../errors.js";
import type { AuditOutcome, MediaAsset } from "../../generated/prisma/client.js";
import { KIND_LABELS, MESSAGES } from "./media.messages.js";
import type { MediaStore } from "./media.store.js";
import {
  BrokenImageError,
  type EncodedImage,
  encodeUpload,
  encodeVariant,
  ImageTooLargeError,
  MAX_INPUT_PIXELS,
} from "./media-image.js";
import { bytesToMb, KIND_LIMIT_BYTES, type MediaType, sniffFile } from "./media-types.js";
import type { ReceivedFile } from "./receive-upload.js";

/** A refusal with the HTTP status, a code for the client and a message for the person. */
export class MediaError extends Error {
  override name = "MediaError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly outcome: AuditOutcome = "FAILURE",
  ) {
    super(message);
  }
}

export const STORED_NAME = /^([a-f0-9]{64})\.([a-z0-9]+)$/;

export interface MediaDeps {
  prisma: PrismaClient;
  store: MediaStore;
}

export interface StoredUpload {
  asset: MediaAsset;
  /** False when the same bytes were already stored (the earlier asset is returned). */
  created: boolean;
}

/** Per-kind limit, under the instance-wide cap. */
export const limitFor = (kind: MediaAsset["kind"], maxBytes: number) => Math.min(KIND_LIMIT_BYTES[kind], maxBytes);

export async function storeUpload(
  deps: MediaDeps,
  upload: ReceivedFile,
  options: { maxBytes: number; uploadedById: string | null },
): Promise<StoredUpload> {
  if (upload.size === 0) throw new MediaError(400, "EMPTY_FILE", MESSAGES.empty);
  const sniffed = await sniffFile(upload.path);
  if (!sniffed.ok) {
    const message = sniffed.reason === "svg" ? MESSAGES.svg : MESSAGES.unsupported;
    throw new MediaError(415, "UNSUPPORTED_MEDIA_TYPE", message);
  }
  const type = sniffed.type;
  const limit = limitFor(type.kind, options.maxBytes);
  if (upload.size > limit) {
    throw new MediaError(413, "PAYLOAD_TOO_LARGE", MESSAGES.tooLarge(bytesToMb(limit), KIND_LABELS[type.kind]));
  }
  const originalName = downloadName(upload.filename, type);

  if (type.kind === "IMAGE") {
    const image = await reencode(upload.path, type);
    const sha256 = createHash("sha256").update(image.data).digest("hex");
    const storedName = `${sha256}.webp`;
    return record(deps, { sha256, storedName, type, originalName, uploadedById: options.uploadedById, image }, () =>
      deps.store.write(deps.store.originalPath(storedName), image.data),
    );
  }
  const storedName = `${upload.sha256}.${type.ext}`;
  return record(
    deps,
    { sha256: upload.sha256, storedName, type, originalName, uploadedById: options.uploadedById, size: upload.size },
    () => deps.store.moveIn(upload.path, deps.store.originalPath(storedName)),
  );
}

interface NewAsset {
  sha256: string;
  storedName: string;
  type: MediaType;
  originalName: string;
  uploadedById: string | null;
  image?: EncodedImage;
  size?: number;
}

/** Bytes on disk before the row, so a row never points at a missing file. */
async function record(deps: MediaDeps, asset: NewAsset, writeFile: () => Promise<void>): Promise<StoredUpload> {
  const existing = await deps.prisma.mediaAsset.findUnique({ where: { sha256: asset.sha256 } });
  const onDisk = (await deps.store.sizeOf(deps.store.originalPath(asset.storedName))) !== null;
  // Uploading a file again also restores it if its bytes were lost (a restore without MEDIA_DIR).
  if (!onDisk) await writeFile();
  if (existing) return { asset: existing, created: false };
  try {
    const created = await deps.prisma.mediaAsset.create({
      data: {
        sha256: asset.sha256,
        kind: asset.type.kind,
        mimeType: asset.image ? "image/webp" : asset.type.mime,
        size: asset.image ? asset.image.data.length : (asset.size ?? 0),
        width: asset.image?.width ?? null,
        height: asset.image?.height ?? null,
        originalName: asset.originalName,
        storedName: asset.storedName,
        uploadedById: asset.uploadedById,
      },
    });
    return { asset: created, created: true };
  } catch (error) {
    // Someone uploaded the same bytes at the same moment: theirs is ours.
    if (!isUniqueViolation(error)) throw error;
    const winner = await deps.prisma.mediaAsset.findUnique({ where: { sha256: asset.sha256 } });
    if (!winner) throw error;
    return { asset: winner, created: false };
  }
}

async function reencode(file: string, type: MediaType): Promise<EncodedImage> {
  try {
    return await encodeUpload(file, type.ext === "gif" || type.ext === "webp");
  } catch (error) {
    if (error instanceof ImageTooLargeError) {
      throw new MediaError(413, "PAYLOAD_TOO_LARGE", MESSAGES.tooManyPixels(MAX_INPUT_PIXELS / 1_000_000));
    }
    if (error instanceof BrokenImageError) throw new MediaError(400, "BROKEN_IMAGE", MESSAGES.brokenImage);
    throw error;
  }
}

/**
 * The name a download gets: the uploader's, without any folder part or control characters, at
 * most MAX_NAME characters, and for documents ending in the extension of what the file really is
 * (so a PDF named "通知.doc" opens as a PDF). Images keep the name as given: they are shown, not saved.
 */
export function downloadName(given: string, type: MediaType): string {
  const cleaned = (given.split(/[\\/]/).pop() ?? "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .normalize("NFC")
    .trim();
  let name = cleaned || `文件.${type.ext}`;
  let ext = path.extname(name).slice(1).toLowerCase();
  if (type.kind !== "IMAGE" && !type.names.includes(ext)) {
    name = `${name}.${type.ext}`;
    ext = type.ext;
  }
  const chars = Array.from(name); // code points, so a cut never splits a character
  if (chars.length <= MAX_NAME) return name;
  if (!ext || ext.length > 16) return chars.slice(0, MAX_NAME).join("");
  const stem = chars.slice(0, MAX_NAME - ext.length - 1).join("");
  return `${stem}.${ext}`;
}

const MAX_NAME = 200;

export function findAsset(prisma: PrismaClient, storedName: string): Promise<MediaAsset | null> {
  return prisma.mediaAsset.findUnique({ where: { storedName } });
}

/** Variants being made right now, so simultaneous first requests encode once. */
const inFlight = new Map<string, Promise<number>>();

/** A width variant of a stored image (path and size), made on first request. */
export async function variantFile(
  store: MediaStore,
  asset: MediaAsset,
  width: number,
): Promise<{ path: string; size: number }> {
  const file = store.variantPath(asset.sha256, width);
  const existing = await store.sizeOf(file);
  if (existing !== null) return { path: file, size: existing };
  let making = inFlight.get(file);
  if (!making) {
    making = encodeVariant(store.originalPath(asset.storedName), width)
      .then(async (data) => {
        await store.write(file, data);
        return data.length;
      })
      .finally(() => inFlight.delete(file));
    inFlight.set(file, making);
  }
  return { path: file, size: await making };
}

/** What an upload answers with (and what the client stores in content). */
export function publicAsset(asset: MediaAsset) {
  return {
    id: asset.id,
    url: `/media/${asset.storedName}`,
    kind: asset.kind,
    mimeType: asset.mimeType,
    size: asset.size,
    width: asset.width,
    height: asset.height,
    name: asset.originalName,
  };
}
