// Files writers attach to letters: images and PDF only, recognised by their bytes, images
// re-encoded (which drops EXIF, GPS position and camera serials), kept in a private store that no
// public route serves. An upload belongs to nobody until a submission claims it by id; unclaimed
// uploads are purged.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import { DAY } from "../../../clock.js";
import type { PrismaClient } from "../../../db/index.js";
import type { LetterAttachment } from "../../../generated/prisma/client.js";
import { downloadName, MediaError } from "../../media/media.service.js";
import type { MediaStore } from "../../media/media.store.js";
import { BrokenImageError, encodeUpload, ImageTooLargeError, MAX_INPUT_PIXELS } from "../../media/media-image.js";
import { sniffFile } from "../../media/media-types.js";
import type { ReceivedFile } from "../../media/receive-upload.js";
import { base32 } from "../codes.js";
import { ATTACHMENT_MESSAGES } from "./attachments.messages.js";

const MB = 1024 * 1024;
/** Per file. Phone photos are 3–8 MB before re-encoding; scans of a few pages as PDF fit too. */
export const MAX_ATTACHMENT_BYTES = 10 * MB;
/** An upload no submission claimed within a day is removed (a draft queued offline re-uploads). */
export const UNCLAIMED_TTL_MS = DAY;

const ACCEPTED_EXTENSIONS = new Set(["jpg", "png", "webp", "gif", "pdf"]);

/**
 * The upload's id is also what lets a submission claim it, so it is a capability: 160 random bits
 * (32 Crockford base32 characters), not a guessable sequence or a cuid.
 */
export const newAttachmentId = () => base32(randomBytes(20), 32);

export interface AttachmentDeps {
  prisma: PrismaClient;
  store: MediaStore;
  now: Date;
}

/** Checks, re-encodes and stores one received file; throws MediaError with a message for the writer. */
export async function storeAttachment(deps: AttachmentDeps, upload: ReceivedFile): Promise<LetterAttachment> {
  if (upload.size === 0) throw new MediaError(400, "EMPTY_FILE", ATTACHMENT_MESSAGES.empty);
  if (upload.size > MAX_ATTACHMENT_BYTES) {
    throw new MediaError(413, "PAYLOAD_TOO_LARGE", ATTACHMENT_MESSAGES.tooLarge(MAX_ATTACHMENT_BYTES / MB));
  }
  const sniffed = await sniffFile(upload.path);
  if (!sniffed.ok || !ACCEPTED_EXTENSIONS.has(sniffed.type.ext)) {
    throw new MediaError(415, "UNSUPPORTED_MEDIA_TYPE", ATTACHMENT_MESSAGES.unsupported);
  }
  const type = sniffed.type;
  const originalName = downloadName(upload.filename, type);
  // Named by the upload, not by content: each file belongs to one letter and goes with it, so
  // removing one never touches another's (no sharing to track, no race with the purge).
  const id = newAttachmentId();

  if (type.kind === "IMAGE") {
    const image = await reencode(upload.path, type.ext === "gif" || type.ext === "webp");
    const storedName = `${id}.webp`;
    await deps.store.write(deps.store.originalPath(storedName), image);
    const sha256 = createHash("sha256").update(image).digest("hex");
    return record(deps, { id, sha256, size: image.length, mimeType: "image/webp", originalName, storedName });
  }
  const storedName = `${id}.${type.ext}`;
  await deps.store.moveIn(upload.path, deps.store.originalPath(storedName));
  return record(deps, { id, sha256: upload.sha256, size: upload.size, mimeType: type.mime, originalName, storedName });
}

type NewAttachment = Pick<LetterAttachment, "id" | "sha256" | "size" | "mimeType" | "originalName" | "storedName">;

/** The file is in place before its row exists, so a row never names a missing file. */
function record(deps: AttachmentDeps, attachment: NewAttachment): Promise<LetterAttachment> {
  return deps.prisma.letterAttachment.create({ data: { ...attachment, createdAt: deps.now } });
}

async function reencode(file: string, animated: boolean): Promise<Buffer> {
  try {
    return (await encodeUpload(file, animated)).data;
  } catch (error) {
    if (error instanceof ImageTooLargeError) {
      throw new MediaError(413, "PAYLOAD_TOO_LARGE", ATTACHMENT_MESSAGES.tooManyPixels(MAX_INPUT_PIXELS / 1_000_000));
    }
    if (error instanceof BrokenImageError) throw new MediaError(400, "BROKEN_IMAGE", ATTACHMENT_MESSAGES.brokenImage);
    throw error;
  }
}

/** Removes uploads no letter claimed within UNCLAIMED_TTL_MS, rows and files. Returns how many went. */
export async function purgeUnclaimedAttachments(deps: AttachmentDeps): Promise<number> {
  const before = new Date(deps.now.getTime() - UNCLAIMED_TTL_MS);
  const stale = await deps.prisma.letterAttachment.findMany({
    where: { letterId: null, createdAt: { lt: before } },
    select: { id: true, storedName: true },
  });
  let purged = 0;
  for (const attachment of stale) {
    // Only while still unclaimed: a submission may claim it this very moment.
    const { count } = await deps.prisma.letterAttachment.deleteMany({ where: { id: attachment.id, letterId: null } });
    if (count === 0) continue;
    await fs.rm(deps.store.originalPath(attachment.storedName), { force: true });
    purged++;
  }
  return purged;
}
