import { createHash } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client.js";

/** The content a revision fixes; its canonical JSON is what contentSha256 hashes. */
export interface RevisionContent {
  title: string;
  summary: string | null;
  body: string;
  coverImageUrl: string | null;
  videoUrl: string | null;
  attachments: Prisma.JsonValue;
  tags: string[];
}

/** SHA-256 (hex) of the canonical JSON: these keys in this order, nothing else. */
export function canonicalRevisionHash(content: RevisionContent): string {
  const canonical = JSON.stringify({
    title: content.title,
    summary: content.summary,
    body: content.body,
    coverImageUrl: content.coverImageUrl,
    videoUrl: content.videoUrl,
    attachments: content.attachments,
    tags: content.tags,
  });
  return createHash("sha256").update(canonical).digest("hex");
}
