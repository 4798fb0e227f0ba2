// Streams the one "file" part of a multipart/form-data request to a temp file, hashing it on the
// way, and stops as soon as it passes its size limit. Nothing is held in memory beyond a chunk.
import { createHash } from "node:crypto";
import fs from "node:fs";
import type { IncomingMessage } from "node:http";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";

export interface ReceivedFile {
  path: string;
  size: number;
  /** SHA-256 (hex) of the bytes as received. */
  sha256: string;
  /** As the browser sent it (UTF-8); not yet cleaned. */
  filename: string;
}

export type UploadFailure = "not-multipart" | "no-file" | "too-large" | "aborted";

export class UploadError extends Error {
  override name = "UploadError";
  constructor(
    readonly reason: UploadFailure,
    /** For "too-large": the limit that was passed, in bytes. */
    readonly limitBytes = 0,
    options?: ErrorOptions,
  ) {
    super(`upload failed: ${reason}`, options);
  }
}

export interface ReceiveOptions {
  /** Where to write; the caller removes it whatever happens. */
  tempPath: string;
  /** Hard cap on the file part. */
  maxBytes: number;
  /** Bytes needed before `limitFor` can decide. */
  headBytes: number;
  /** The limit for this file, decided from its first bytes (never above maxBytes). */
  limitFor(head: Uint8Array): number;
}

export function receiveUpload(req: IncomingMessage, options: ReceiveOptions): Promise<ReceivedFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send file names as raw UTF-8; busboy's default (latin1) would garble Chinese.
        defParamCharset: "utf8",
        limits: { files: 1, fileSize: options.maxBytes + 1, fields: 20, fieldSize: 4096, parts: 30, headerPairs: 50 },
      });
    } catch (error) {
      reject(new UploadError("not-multipart", 0, { cause: error }));
      return;
    }

    let settled = false;
    let writing: Promise<ReceivedFile> | null = null;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      // Stop parsing, but read the rest of the body so the client gets to read our answer. The
      // route has checked Content-Length, so this is bounded.
      req.unpipe(parser);
      parser.destroy();
      req.resume();
      // Disk trouble is the server's (500); anything else from the parser means the body was cut
      // short or malformed, which the sender can fix by trying again.
      const diskError = typeof error === "object" && error !== null && "syscall" in error;
      reject(error instanceof UploadError || diskError ? error : new UploadError("aborted", 0, { cause: error }));
    };

    parser.on("file", (field, stream, info) => {
      if (field !== "file" || writing) {
        stream.resume();
        return;
      }
      writing = writeTemp(stream, info.filename ?? "", options);
      writing.catch(fail);
    });
    parser.on("error", fail);
    parser.on("close", () => {
      if (!writing) return fail(new UploadError("no-file"));
      writing.then((file) => {
        if (settled) return;
        settled = true;
        resolve(file);
      }, fail);
    });
    req.on("close", () => {
      if (!req.complete) fail(new UploadError("aborted"));
    });
    req.pipe(parser);
  });
}

async function writeTemp(
  stream: NodeJS.ReadableStream & { truncated?: boolean },
  filename: string,
  options: ReceiveOptions,
): Promise<ReceivedFile> {
  const hash = createHash("sha256");
  let size = 0;
  let head = Buffer.alloc(0);
  let limit = options.maxBytes;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (head.length < options.headBytes) {
        head = Buffer.concat([head, chunk.subarray(0, options.headBytes - head.length)]);
        if (head.length >= options.headBytes) limit = Math.min(options.maxBytes, options.limitFor(head));
      }
      size += chunk.length;
      if (size > limit) return done(new UploadError("too-large", limit));
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      // Files shorter than the head: decide now.
      if (head.length < options.headBytes) limit = Math.min(options.maxBytes, options.limitFor(head));
      done(size > limit ? new UploadError("too-large", limit) : null);
    },
  });
  stream.on("limit", () => meter.destroy(new UploadError("too-large", options.maxBytes)));
  // Opened before piping, so the file exists (and the caller's cleanup finds it) even when the
  // pipeline fails at once; a lazily opened stream could create it after the cleanup ran.
  const handle = await fs.promises.open(options.tempPath, "wx");
  await pipeline(stream, meter, handle.createWriteStream());
  return { path: options.tempPath, size, sha256: hash.digest("hex"), filename };
}
