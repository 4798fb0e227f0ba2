import { LIMITS } from "./letter-form";
import type { OutboxFile, UploadOutcome } from "./outbox";
import { lettersStrings } from "./strings";

/**
 * POST /letters/attachments: one file per request (multipart field "file", the CSRF header the
 * server asks of every same-origin write). 201 answers { id, name, size, mimeType }; a refusal
 * answers { error: { code, message } } with a message for the writer. Uploads are not public
 * media: the files are served only to staff who may read the letter.
 */
export const ATTACHMENTS_URL = "/letters/attachments";

const strings = lettersStrings.upload;

/** What an answer means for the outbox: an id, a file the writer must change, or try again later. */
export function parseAttachmentResponse(
  status: number,
  text: string,
  retryAfterHeader: string | null = null,
): UploadOutcome {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === "object" && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON: judged by the status alone.
  }
  if (status === 201 || status === 200) {
    if (typeof body.id === "string" && body.id) return { ok: true, id: body.id };
    // A 200 that is not ours (an HTML fallback): the endpoint is not there; try later.
    return { ok: false, retryable: true, message: strings.failed };
  }
  const error = body.error as { message?: unknown } | undefined;
  const message = typeof error?.message === "string" && error.message.trim() ? error.message.trim() : null;
  if (status === 0) return { ok: false, retryable: true, message: strings.network };
  if (status === 429) {
    const seconds = Number(retryAfterHeader);
    return {
      ok: false,
      retryable: true,
      message: message ?? strings.failed,
      retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 60,
    };
  }
  // The file itself: too large, not an image or PDF, broken.
  if (status === 400 || status === 413 || status === 415) {
    return {
      ok: false,
      retryable: false,
      message: message ?? (status === 413 ? strings.tooLarge(LIMITS.attachmentBytes / 1024 / 1024) : strings.failed),
    };
  }
  // Anything else (5xx, a proxy in the way) may pass.
  return { ok: false, retryable: true, message: message ?? strings.failed };
}

export function uploadAttachment(file: OutboxFile): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", ATTACHMENTS_URL);
    request.setRequestHeader("x-graphql-yoga-csrf", "1");
    request.responseType = "text";
    request.onload = () =>
      resolve(parseAttachmentResponse(request.status, request.responseText, request.getResponseHeader("retry-after")));
    request.onerror = () => resolve(parseAttachmentResponse(0, ""));
    request.onabort = () => resolve(parseAttachmentResponse(0, ""));
    const body = new FormData();
    body.append("file", file.blob, file.name);
    request.send(body);
  });
}
