import { publishingStrings } from "./strings";

/**
 * Uploads to the server's media endpoint: POST /media, multipart field "file", same-origin
 * cookies and the CSRF header graphql-yoga also expects. 201 answers
 * { id, url, mimeType, size, width, height, name }; failures answer JSON with a Chinese message.
 * XMLHttpRequest rather than fetch: only it reports upload progress, which matters on phones.
 */
export interface UploadedMedia {
  id: string;
  url: string;
  mimeType: string;
  size: number;
  width: number | null;
  height: number | null;
  name: string;
}

export type UploadResult = { ok: true; media: UploadedMedia } | { ok: false; message: string };

const strings = publishingStrings.upload;

function messageOf(body: unknown): string | null {
  if (typeof body !== "object" || body === null) return null;
  const record = body as Record<string, unknown>;
  for (const value of [record.message, record.error]) {
    if (typeof value === "string" && value.trim()) return value.trim();
    if (typeof value === "object" && value !== null) {
      const nested = (value as Record<string, unknown>).message;
      if (typeof nested === "string" && nested.trim()) return nested.trim();
    }
  }
  return null;
}

const numberOrNull = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : null);

/** What an answer of the media endpoint means for the user. Pure, so every case is tested. */
export function parseUploadResponse(status: number, contentType: string | null, text: string): UploadResult {
  let body: unknown = null;
  if (contentType?.includes("json")) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (status === 201 || status === 200) {
    const record = (body ?? {}) as Record<string, unknown>;
    if (typeof record.url === "string" && record.url) {
      return {
        ok: true,
        media: {
          id: String(record.id ?? ""),
          url: record.url,
          mimeType: typeof record.mimeType === "string" ? record.mimeType : "",
          size: numberOrNull(record.size) ?? 0,
          width: numberOrNull(record.width),
          height: numberOrNull(record.height),
          name: typeof record.name === "string" ? record.name : "",
        },
      };
    }
    // A 200 that is not the JSON we expect: the SPA fallback, i.e. no media endpoint here yet.
    return { ok: false, message: strings.unavailable };
  }
  const message = messageOf(body);
  if (status === 401) return { ok: false, message: message ?? strings.unauthenticated };
  if (status === 413) return { ok: false, message: message ?? strings.tooLarge };
  if (status === 404 || status === 405 || status === 501 || status === 502 || status === 503) {
    return { ok: false, message: message ?? strings.unavailable };
  }
  if (status === 0) return { ok: false, message: strings.network };
  return { ok: false, message: message ?? strings.failed };
}

export function uploadMedia(
  file: File,
  options: { onProgress?: (percent: number) => void; signal?: AbortSignal } = {},
): Promise<UploadResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/media");
    request.withCredentials = true;
    request.setRequestHeader("x-graphql-yoga-csrf", "1");
    request.responseType = "text";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () =>
      resolve(parseUploadResponse(request.status, request.getResponseHeader("content-type"), request.responseText));
    request.onerror = () => resolve({ ok: false, message: strings.network });
    request.onabort = () => resolve({ ok: false, message: strings.failed });
    options.signal?.addEventListener("abort", () => request.abort(), { once: true });
    const body = new FormData();
    body.append("file", file, file.name);
    request.send(body);
  });
}

const IMAGE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"];
export const IMAGE_ACCEPT = IMAGE_TYPES.join(",");

export function isSupportedImage(file: Pick<File, "type">): boolean {
  return IMAGE_TYPES.includes(file.type);
}
