// /media: POST /media uploads one file (staff), GET|HEAD /media/<sha256>.<ext>[?w=320|640|1280]
// serves it. Plain HTTP rather than GraphQL: uploads stream to disk and downloads need ranges.
import fs from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseCookies } from "cookie";
import type { Services, Viewer } from "../../context.js";
import type { MediaKind, Role } from "../../generated/prisma/enums.js";
import { hasRole } from "../accounts/roles.js";
import { resolveSession, SESSION_COOKIE } from "../accounts/session.service.js";
import { type AuditEvent, requestAudit } from "../security/audit.service.js";
import { KIND_LABELS, MESSAGES } from "./media.messages.js";
import {
  findAsset,
  limitFor,
  MediaError,
  publicAsset,
  STORED_NAME,
  storeUpload,
  variantFile,
} from "./media.service.js";
import type { MediaStore } from "./media.store.js";
import { VARIANT_WIDTHS } from "./media-image.js";
import { bytesToMb, STREAMING_HEAD_BYTES, streamingKindOf } from "./media-types.js";
import { receiveUpload, UploadError } from "./receive-upload.js";
import { sendFile } from "./send-file.js";

/** Who may upload. HANDLER is absent until letters take attachments. */
export const UPLOAD_ROLES: readonly Role[] = ["EDITOR", "CHECKER", "DEPT_HEAD", "LEADER", "MAINTAINER", "ADMIN"];

/** Multipart boundaries and part headers around the file; more than this is not a file upload. */
const MULTIPART_SLACK_BYTES = 64 * 1024;

/** The header a cross-site form cannot send (the same one /graphql requires). */
const CSRF_HEADER = "x-graphql-yoga-csrf";

const IMMUTABLE = "public, max-age=31536000, immutable";

export type MediaHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface MediaHandlerOptions {
  services: Services;
  store: MediaStore;
  /** Cap on any one upload (MAX_UPLOAD_MB); the per-kind limits apply below it. */
  maxUploadBytes: number;
}

export function createMediaHandler(options: MediaHandlerOptions): MediaHandler {
  const { services, store, maxUploadBytes } = options;
  const { prisma, clock, log } = services;

  async function upload(req: IncomingMessage, res: ServerResponse) {
    const ip = clientIp(req, services.trustProxy);
    const token = parseCookies(req.headers.cookie ?? "")[SESSION_COOKIE];
    const viewer: Viewer | null = token ? await resolveSession(prisma, clock, token) : null;
    const audit = requestAudit(prisma, clock, () => viewer, ip);
    const event = (detail: Record<string, string | number | boolean>): AuditEvent => ({
      action: "media.upload",
      targetType: "MediaAsset",
      detail,
    });

    const refusal = checkAccess(req, viewer, services.trustProxy) ?? checkBody(req, maxUploadBytes);
    if (refusal) {
      await audit.record({ ...event({ reason: refusal.code }), outcome: refusal.outcome });
      // Node drains an unread body to keep the connection; past the cap (or of unknown length)
      // close it instead, so nobody can make us read gigabytes.
      const declared = Number(req.headers["content-length"] ?? Number.NaN);
      if (!(declared <= maxUploadBytes + MULTIPART_SLACK_BYTES)) res.setHeader("connection", "close");
      return sendError(res, refusal);
    }

    const tempPath = store.tempPath();
    let guessedKind: MediaKind = "DOCUMENT";
    let received: { filename: string; size: number } | null = null;
    try {
      const file = await receiveUpload(req, {
        tempPath,
        maxBytes: maxUploadBytes,
        headBytes: STREAMING_HEAD_BYTES,
        limitFor: (head) => {
          guessedKind = streamingKindOf(head);
          return limitFor(guessedKind, maxUploadBytes);
        },
      });
      received = file;
      const { asset, created } = await storeUpload({ prisma, store }, file, {
        maxBytes: maxUploadBytes,
        uploadedById: viewer?.userId ?? null,
      });
      await audit.record({
        ...event({ name: file.filename.slice(0, 200), size: asset.size, type: asset.mimeType, deduplicated: !created }),
        targetId: asset.id,
      });
      sendJson(res, created ? 201 : 200, publicAsset(asset));
    } catch (error) {
      // Before answering, so that nothing of a refused upload outlives its response.
      await fs.rm(tempPath, { force: true });
      const refused = asMediaError(error, guessedKind);
      const detail: Record<string, string | number> = received
        ? { name: received.filename.slice(0, 200), size: received.size }
        : {};
      const failure = {
        ...event({ ...detail, reason: refused?.code ?? "INTERNAL" }),
        outcome: refused?.outcome ?? "FAILURE",
      };
      if (!refused) {
        // Recorded too, but the original error is the one worth reporting.
        await audit.record(failure).catch((auditError) => log.error({ err: auditError }, "audit write failed"));
        throw error;
      }
      await audit.record(failure);
      if (!res.destroyed) sendError(res, refused);
    } finally {
      await fs.rm(tempPath, { force: true });
    }
  }

  async function serve(req: IncomingMessage, res: ServerResponse, url: URL) {
    const storedName = url.pathname.slice("/media/".length);
    // Only content-hash names reach the file system: no traversal, no dot files, no surprises.
    const asset = STORED_NAME.test(storedName) ? await findAsset(prisma, storedName) : null;
    if (!asset) return sendError(res, new MediaError(404, "NOT_FOUND", MESSAGES.notFound));

    const original = store.originalPath(asset.storedName);
    const originalSize = await store.sizeOf(original);
    if (originalSize === null) {
      log.error({ storedName, file: original }, "media file missing from MEDIA_DIR");
      return sendError(res, new MediaError(404, "NOT_FOUND", MESSAGES.notFound));
    }
    let [file, size, etag] = [original, originalSize, `"${asset.sha256}"`];
    const w = url.searchParams.get("w");
    if (w !== null) {
      const width = VARIANT_WIDTHS.find((allowed) => String(allowed) === w);
      if (!width || asset.kind !== "IMAGE") {
        return sendError(res, new MediaError(400, "BAD_VARIANT", MESSAGES.badVariant));
      }
      // Never enlarge: a narrow image is its own variant.
      if ((asset.width ?? 0) > width) {
        ({ path: file, size } = await variantFile(store, asset, width));
        etag = `"${asset.sha256}-w${width}"`;
      }
    }

    const headers: Record<string, string> = {
      "content-type": asset.mimeType,
      "cache-control": IMMUTABLE,
      "x-content-type-options": "nosniff",
      // Opened directly, a file can run nothing and load nothing (a PDF or HTML polyglot included).
      "content-security-policy": "default-src 'none'; sandbox",
    };
    // Documents download under the uploader's name; video plays inline but saves under it.
    const disposition = asset.kind === "DOCUMENT" ? "attachment" : asset.kind === "VIDEO" ? "inline" : null;
    if (disposition) headers["content-disposition"] = `${disposition}; filename*=UTF-8''${rfc5987(asset.originalName)}`;
    await sendFile(req, res, { path: file, size, etag, headers });
  }

  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      if (url.pathname === "/media") {
        if (req.method !== "POST") return methodNotAllowed(res, "POST");
        return await upload(req, res);
      }
      if (req.method !== "GET" && req.method !== "HEAD") return methodNotAllowed(res, "GET, HEAD");
      return await serve(req, res, url);
    } catch (error) {
      if (isClientGone(error)) return;
      log.error({ err: error, url: req.url }, "media request failed");
      if (!res.headersSent) sendError(res, new MediaError(500, "INTERNAL", MESSAGES.internal));
      else res.destroy();
    }
  };
}

/** CSRF and identity, in that order: a cross-site request learns nothing about the session. */
function checkAccess(req: IncomingMessage, viewer: Viewer | null, trustProxy: boolean): MediaError | null {
  if (!req.headers[CSRF_HEADER] || !sameOrigin(req, trustProxy)) {
    return new MediaError(403, "CSRF", MESSAGES.csrf, "DENIED");
  }
  if (!viewer) return new MediaError(401, "UNAUTHENTICATED", MESSAGES.unauthenticated, "DENIED");
  if (!hasRole(viewer.roles, ...UPLOAD_ROLES)) return new MediaError(403, "FORBIDDEN", MESSAGES.forbidden, "DENIED");
  return null;
}

function checkBody(req: IncomingMessage, maxBytes: number): MediaError | null {
  if (!req.headers["content-type"]?.toLowerCase().startsWith("multipart/form-data")) {
    return new MediaError(400, "NOT_MULTIPART", MESSAGES.notMultipart);
  }
  const length = req.headers["content-length"];
  if (length === undefined) return new MediaError(411, "LENGTH_REQUIRED", MESSAGES.lengthRequired);
  if (Number(length) > maxBytes + MULTIPART_SLACK_BYTES) {
    return new MediaError(413, "PAYLOAD_TOO_LARGE", MESSAGES.tooLarge(bytesToMb(maxBytes)));
  }
  return null;
}

/** A present Origin must name this host; a browser always sends one on a cross-origin POST. */
export function sameOrigin(req: IncomingMessage, trustProxy: boolean): boolean {
  if (req.headers["sec-fetch-site"] === "cross-site") return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const forwardedHost = trustProxy ? firstValue(req.headers["x-forwarded-host"]) : undefined;
  const host = forwardedHost ?? req.headers.host;
  if (!host) return false;
  try {
    const from = new URL(origin);
    // Parsed with the origin's scheme so that default ports compare equal.
    return from.host === new URL(`${from.protocol}//${host}`).host;
  } catch {
    return false; // "null" (sandboxed frames, file://) or garbage
  }
}

function asMediaError(error: unknown, guessedKind: MediaKind): MediaError | null {
  if (error instanceof MediaError) return error;
  if (!(error instanceof UploadError)) return null;
  switch (error.reason) {
    case "not-multipart":
      return new MediaError(400, "NOT_MULTIPART", MESSAGES.notMultipart);
    case "no-file":
      return new MediaError(400, "NO_FILE", MESSAGES.noFile);
    case "too-large":
      return new MediaError(
        413,
        "PAYLOAD_TOO_LARGE",
        MESSAGES.tooLarge(bytesToMb(error.limitBytes), KIND_LABELS[guessedKind]),
      );
    case "aborted":
      return new MediaError(400, "ABORTED", MESSAGES.aborted);
  }
}

/** Same rule as yoga.ts: X-Forwarded-For only behind a trusted proxy. */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string | null {
  const forwarded = trustProxy ? firstValue(req.headers["x-forwarded-for"])?.split(",")[0]?.trim() : undefined;
  return forwarded || (req.socket.remoteAddress ?? null);
}

function firstValue(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}

/** RFC 5987 / 8187 ext-value: UTF-8, percent-encoded, only attr-chars left bare. */
export function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function methodNotAllowed(res: ServerResponse, allow: string) {
  res.setHeader("allow", allow);
  sendError(res, new MediaError(405, "METHOD_NOT_ALLOWED", MESSAGES.methodNotAllowed));
}

function sendError(res: ServerResponse, error: MediaError) {
  sendJson(res, error.status, { error: { code: error.code, message: error.message } });
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

function isClientGone(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "ERR_STREAM_PREMATURE_CLOSE" || code === "ECONNRESET" || code === "EPIPE";
}
