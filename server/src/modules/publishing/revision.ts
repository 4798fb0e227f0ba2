// The canonical form of a revision's content and its SHA-256. The security check compares live
// pages with ContentRevision.contentSha256, so every writer (seed, publishing) must hash the same way.
import { createHash } from "node:crypto";

export interface RevisionContent {
  title: string;
  summary?: string | null;
  body: string;
  coverImageUrl?: string | null;
  videoUrl?: string | null;
  /** [{ name, url, size, mimeType }] as stored in the Json column. */
  attachments?: unknown;
  tags?: readonly string[];
  /** Kind-specific structured content (item-details.ts); absent for kinds without details. */
  details?: unknown;
}

/** Attachment keys in this order first, then any others alphabetically. */
const ATTACHMENT_KEYS = ["name", "url", "size", "mimeType"];

/**
 * JSON of {title, summary, body, coverImageUrl, videoUrl, attachments, tags}, keys in that order,
 * absent values as null (attachments and tags as []). Objects inside attachments get a fixed key
 * order too, because PostgreSQL's jsonb does not keep the order they were written in. Details,
 * when present, follow with their keys sorted (absent details leave older hashes unchanged).
 */
export function canonicalRevisionJson(content: RevisionContent): string {
  return JSON.stringify({
    title: content.title,
    summary: content.summary ?? null,
    body: content.body,
    coverImageUrl: content.coverImageUrl ?? null,
    videoUrl: content.videoUrl ?? null,
    attachments: canonicalValue(content.attachments ?? [], ATTACHMENT_KEYS),
    tags: [...(content.tags ?? [])],
    ...(content.details === null || content.details === undefined ? {} : { details: canonicalValue(content.details) }),
  });
}

/** Hex SHA-256 of canonicalRevisionJson(content). */
export function canonicalRevisionHash(content: RevisionContent): string {
  return createHash("sha256").update(canonicalRevisionJson(content), "utf8").digest("hex");
}

function canonicalValue(value: unknown, firstKeys: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v) => canonicalValue(v, firstKeys));
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const ordered = [...firstKeys.filter((k) => keys.includes(k)), ...keys.filter((k) => !firstKeys.includes(k)).sort()];
  return Object.fromEntries(ordered.map((k) => [k, canonicalValue(record[k])]));
}
