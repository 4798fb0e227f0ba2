// /letters/attachments: POST uploads one file for a letter being written (anyone; rate limited
// per address), GET /letters/attachments/<id> sends it to staff who may read the letter's
// personal data. Files never pass through /media, whose files are public.
import fs from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseCookies } from "cookie";
import type { Services, Viewer } from "../../../context.js";
import { resolveSession, SESSION_COOKIE } from "../../accounts/session.service.js";
import { clientIp, rfc5987, sameOrigin } from "../../media/media.http.js";
import { MediaError } from "../../media/media.service.js";
import type { MediaStore } from "../../media/media.store.js";
import { STREAMING_HEAD_BYTES } from "../../media/media-types.js";
import { receiveUpload, UploadError } from "../../media/receive-upload.js";
import { sendFile } from "../../media/send-file.js";
import { requestAudit } from "../../security/audit.service.js";
import { blockedFor, countAgainst, keysFor } from "../abuse/rate-limit.js";
import { maySeePersonalData } from "../letters.rules.js";
import { ATTACHMENT_MESSAGES } from "./attachments.messages.js";
import { MAX_ATTACHMENT_BYTES, storeAttachment } from "./attachments.service.js";

export const ATTACHMENTS_PATH = "/letters/attachments";
const ID = /^[0-9A-Z]{32}$/;
const MULTIPART_SLACK_BYTES = 64 * 1024;
const CSRF_HEADER = "x-graphql-yoga-csrf";

export type LetterAttachmentHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function createLetterAttachmentHandler(options: {
  services: Services;
  /** A store of its own (not the public media store). */
  store: MediaStore;
}): LetterAttachmentHandler {
  const { services, store } = options;
  const { prisma, clock, log } = services;

  async function upload(req: IncomingMessage, res: ServerResponse) {
    const ip = clientIp(req, services.trustProxy);
    const audit = requestAudit(prisma, clock, () => null, ip);
    const refuse = async (error: MediaError, reason = error.code) => {
      await audit.record({
        action: "letters.attachment.upload",
        outcome: error.outcome,
        targetType: "LetterAttachment",
        detail: { reason },
      });
      const declared = Number(req.headers["content-length"] ?? Number.NaN);
      if (!(declared <= MAX_ATTACHMENT_BYTES + MULTIPART_SLACK_BYTES)) res.setHeader("connection", "close");
      sendError(res, error);
    };

    // CSRF first: a cross-site form learns nothing, not even the limits.
    if (!req.headers[CSRF_HEADER] || !sameOrigin(req, services.trustProxy)) {
      return refuse(new MediaError(403, "CSRF", ATTACHMENT_MESSAGES.csrf, "DENIED"));
    }
    const limits = keysFor(ip, null, "uploadPerIp");
    const wait = await blockedFor(prisma, limits);
    if (wait !== null) {
      res.setHeader("retry-after", String(wait));
      return refuse(
        new MediaError(429, "RATE_LIMITED", ATTACHMENT_MESSAGES.rateLimited(Math.ceil(wait / 60)), "DENIED"),
      );
    }
    if (!req.headers["content-type"]?.toLowerCase().startsWith("multipart/form-data")) {
      return refuse(new MediaError(400, "NOT_MULTIPART", ATTACHMENT_MESSAGES.notMultipart));
    }
    const length = req.headers["content-length"];
    if (length === undefined) return refuse(new MediaError(411, "LENGTH_REQUIRED", ATTACHMENT_MESSAGES.lengthRequired));
    if (Number(length) > MAX_ATTACHMENT_BYTES + MULTIPART_SLACK_BYTES) {
      return refuse(
        new MediaError(413, "PAYLOAD_TOO_LARGE", ATTACHMENT_MESSAGES.tooLarge(MAX_ATTACHMENT_BYTES / 1024 / 1024)),
      );
    }

    const tempPath = store.tempPath();
    try {
      const file = await receiveUpload(req, {
        tempPath,
        maxBytes: MAX_ATTACHMENT_BYTES,
        headBytes: STREAMING_HEAD_BYTES,
        limitFor: () => MAX_ATTACHMENT_BYTES,
      });
      const attachment = await storeAttachment({ prisma, store, now: clock.now() }, file);
      await countAgainst(prisma, limits);
      await audit.record({
        action: "letters.attachment.upload",
        targetType: "LetterAttachment",
        targetId: attachment.id,
        detail: { size: attachment.size, type: attachment.mimeType },
      });
      sendJson(res, 201, {
        id: attachment.id,
        name: attachment.originalName,
        size: attachment.size,
        mimeType: attachment.mimeType,
      });
    } catch (error) {
      const refused = asMediaError(error);
      if (!refused) throw error;
      // Refused uploads count too: the limit is on what an address makes the server do.
      await countAgainst(prisma, limits);
      if (!res.destroyed) await refuse(refused);
    } finally {
      await fs.rm(tempPath, { force: true });
    }
  }

  async function serve(req: IncomingMessage, res: ServerResponse, id: string) {
    const token = parseCookies(req.headers.cookie ?? "")[SESSION_COOKIE];
    const viewer: Viewer | null = token ? await resolveSession(prisma, clock, token) : null;
    if (!viewer) return sendError(res, new MediaError(401, "UNAUTHENTICATED", ATTACHMENT_MESSAGES.unauthenticated));
    const audit = requestAudit(prisma, clock, () => viewer, clientIp(req, services.trustProxy));

    const attachment = ID.test(id)
      ? await prisma.letterAttachment.findUnique({
          where: { id },
          include: { letter: { select: { id: true, trackingCode: true, handlerId: true, departmentId: true } } },
        })
      : null;
    // Uploads no letter claimed are nobody's to read.
    if (!attachment?.letter) return sendError(res, new MediaError(404, "NOT_FOUND", ATTACHMENT_MESSAGES.notFound));
    const { letter } = attachment;
    const actor = { id: viewer.userId, roles: viewer.roles, departmentId: viewer.departmentId };
    const allowed = maySeePersonalData(letter, actor);
    await audit.record({
      action: "letters.attachment.read",
      outcome: allowed ? "SUCCESS" : "DENIED",
      targetType: "Letter",
      targetId: letter.id,
      detail: { trackingCode: letter.trackingCode, attachmentId: attachment.id },
    });
    if (!allowed) return sendError(res, new MediaError(403, "FORBIDDEN", ATTACHMENT_MESSAGES.forbidden, "DENIED"));

    const file = store.originalPath(attachment.storedName);
    const size = await store.sizeOf(file);
    if (size === null) {
      log.error({ attachmentId: attachment.id, file }, "letter attachment missing from its store");
      return sendError(res, new MediaError(404, "NOT_FOUND", ATTACHMENT_MESSAGES.notFound));
    }
    const disposition = attachment.mimeType === "application/pdf" ? "attachment" : "inline";
    await sendFile(req, res, {
      path: file,
      size,
      etag: `"${attachment.sha256}"`,
      headers: {
        "content-type": attachment.mimeType,
        // Personal data: no shared cache, no copy kept after the tab closes.
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; sandbox",
        "content-disposition": `${disposition}; filename*=UTF-8''${rfc5987(attachment.originalName)}`,
      },
    });
  }

  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      if (url.pathname === ATTACHMENTS_PATH) {
        if (req.method !== "POST") return methodNotAllowed(res, "POST");
        return await upload(req, res);
      }
      if (req.method !== "GET" && req.method !== "HEAD") return methodNotAllowed(res, "GET, HEAD");
      return await serve(req, res, url.pathname.slice(ATTACHMENTS_PATH.length + 1));
    } catch (error) {
      if (isClientGone(error)) return;
      log.error({ err: error, url: req.url }, "letter attachment request failed");
      if (!res.headersSent) sendError(res, new MediaError(500, "INTERNAL", ATTACHMENT_MESSAGES.internal));
      else res.destroy();
    }
  };
}

function asMediaError(error: unknown): MediaError | null {
  if (error instanceof MediaError) return error;
  if (!(error instanceof UploadError)) return null;
  switch (error.reason) {
    case "not-multipart":
      return new MediaError(400, "NOT_MULTIPART", ATTACHMENT_MESSAGES.notMultipart);
    case "no-file":
      return new MediaError(400, "NO_FILE", ATTACHMENT_MESSAGES.noFile);
    case "too-large":
      return new MediaError(413, "PAYLOAD_TOO_LARGE", ATTACHMENT_MESSAGES.tooLarge(MAX_ATTACHMENT_BYTES / 1024 / 1024));
    case "aborted":
      return new MediaError(400, "ABORTED", ATTACHMENT_MESSAGES.aborted);
  }
}

function methodNotAllowed(res: ServerResponse, allow: string) {
  res.setHeader("allow", allow);
  sendError(res, new MediaError(405, "METHOD_NOT_ALLOWED", ATTACHMENT_MESSAGES.methodNotAllowed));
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
