// Makes the covers and attachments that demo items name, and stores them through the media module
// exactly as an editor's upload is stored (type check, WebP re-encoding of images, content-addressed
// file, one MediaAsset row per distinct file). Only the items being written ask for media, so a
// restart with nothing to seed makes none. The same picture or document gives the same bytes, so
// seeding again finds the asset it stored before: same row, same /media/<sha256>.<ext> URL.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import sharp from "sharp";
import type { MediaAsset } from "../../generated/prisma/client.js";
import { type MediaDeps, publicAsset, storeUpload } from "../../modules/media/media.service.js";
import { type Content, type DemoCover, ISSUING_ORGAN, type ItemSpec, visibleText } from "../content/spec.js";
import { COVER_THEMES, coverSvg } from "./covers.js";
import { type DemoDocument, demoDocumentPdf } from "./documents.js";

/** An attachment as content items store it, keys in this order (see content.service.ts attachmentsOf). */
export interface StoredAttachment {
  name: string;
  url: string;
  size: number;
  mimeType: string;
}

/** The stored media of the items being seeded, by what their specs call them. */
export interface DemoMedia {
  coverUrl(cover: DemoCover): string;
  attachment(file: string): StoredAttachment;
}

/**
 * Covers and documents are made side by side: covers mostly on sharp's threads (the media module
 * encodes two at a time; a third cover is drawn meanwhile), documents on this thread and in the
 * database. A fresh seed's ~30 covers are what its media cost: about 1.5–2.5 s on two cores.
 */
const COVERS_AT_ONCE = 3;
const DOCUMENTS_AT_ONCE = 2;

export async function storeDemoMedia(
  deps: MediaDeps,
  specs: readonly ItemSpec[],
  uploadedById: string | null,
): Promise<DemoMedia> {
  const { covers, documents } = demoMediaOf(specs);
  const store = (data: Uint8Array, filename: string) => storeFile(deps, data, filename, uploadedById);
  const coverAssets = new Map<string, MediaAsset>();
  const documentAssets = new Map<string, MediaAsset>();
  await Promise.all([
    inParallel(COVERS_AT_ONCE, [...covers], async ([key, cover]) => {
      coverAssets.set(key, await store(await coverPng(cover), `${coverName(cover)}.png`));
    }),
    inParallel(DOCUMENTS_AT_ONCE, [...documents], async ([file, document]) => {
      documentAssets.set(file, await store(await demoDocumentPdf(document), document.name));
    }),
  ]);
  const stored = (assets: Map<string, MediaAsset>, key: string) => {
    const asset = assets.get(key);
    if (!asset) throw new Error(`Demo media ${key} was not stored`);
    return publicAsset(asset);
  };
  return {
    coverUrl: (cover) => stored(coverAssets, coverKey(cover)).url,
    attachment: (file) => {
      const { url, size, mimeType } = stored(documentAssets, file);
      // The item's name for it, even if the same bytes were first stored under another name.
      return { name: documents.get(file)?.name ?? file, url, size, mimeType };
    },
  };
}

const coverKey = (cover: DemoCover) => `cover:${cover.theme}:${cover.variant}`;
const coverName = (cover: DemoCover) => `封面-${COVER_THEMES[cover.theme].label}-${cover.variant + 1}`;

/**
 * The covers and documents the specs name, each once. A document's text is the summary and body
 * of the revision that carries it: the item's own content, or an earlier or draft revision's.
 */
export function demoMediaOf(specs: readonly ItemSpec[]) {
  const covers = new Map<string, DemoCover>();
  const documents = new Map<string, DemoDocument>();
  for (const spec of specs) {
    const revisions: Content[] = [
      spec,
      ...(spec.earlierRevisions ?? []).map((e) => ({ ...spec, ...e })),
      ...(spec.openDraft ? [{ ...spec, ...spec.openDraft.content }] : []),
    ];
    for (const content of revisions) {
      if (content.cover) covers.set(coverKey(content.cover), content.cover);
      for (const attachment of content.attachments ?? []) {
        if (documents.has(attachment.file)) continue;
        documents.set(attachment.file, {
          name: attachment.name,
          organ: ISSUING_ORGAN,
          itemTitle: content.title,
          paragraphs: [content.summary, ...bodyParagraphs(content.body)].filter(Boolean),
        });
      }
    }
  }
  return { covers, documents };
}

const bodyParagraphs = (html: string) => html.split("</p>").map((p) => visibleText(p).trim());

/** A 1280 × 720 PNG (lossless and quickly compressed: the media module re-encodes it as WebP). */
function coverPng(cover: DemoCover): Promise<Buffer> {
  return sharp(Buffer.from(coverSvg(cover)))
    .removeAlpha()
    .png({ compressionLevel: 1 })
    .toBuffer();
}

/** Hands the bytes to the media module the way an upload arrives: as a temp file with its hash. */
export async function storeFile(
  deps: MediaDeps,
  data: Uint8Array,
  filename: string,
  uploadedById: string | null,
): Promise<MediaAsset> {
  const path = deps.store.tempPath();
  try {
    await fs.writeFile(path, data);
    const sha256 = createHash("sha256").update(data).digest("hex");
    // No instance-wide cap: the seed's own files are small, and the per-kind limits still apply.
    const { asset } = await storeUpload(
      deps,
      { path, size: data.length, sha256, filename },
      { maxBytes: Number.POSITIVE_INFINITY, uploadedById },
    );
    return asset;
  } finally {
    // Documents are moved into place; an image's temp file is left behind by its re-encoding.
    await fs.rm(path, { force: true });
  }
}

async function inParallel<T>(limit: number, items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
