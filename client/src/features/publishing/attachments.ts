/** An attachment as the API takes it (AttachmentInput) and as revisions store it (attachmentsJson). */
export interface AttachmentValue {
  name: string;
  url: string;
  size: number;
  mimeType: string;
}

/** Reads a revision's attachmentsJson; anything malformed is skipped rather than shown broken. */
export function parseAttachments(json: string | null | undefined): AttachmentValue[] {
  if (!json) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry) => {
    if (typeof entry !== "object" || entry === null) return [];
    const e = entry as Record<string, unknown>;
    if (typeof e.name !== "string" || typeof e.url !== "string") return [];
    return [
      {
        name: e.name,
        url: e.url,
        size: typeof e.size === "number" ? e.size : 0,
        mimeType: typeof e.mimeType === "string" ? e.mimeType : "",
      },
    ];
  });
}

/** "PDF", "DOCX" … from the file name, for the list shown to staff and citizens. */
export function fileTypeLabel(attachment: Pick<AttachmentValue, "name" | "mimeType">): string {
  const extension = /\.([a-z0-9]{1,6})$/i.exec(attachment.name)?.[1];
  if (extension) return extension.toUpperCase();
  return attachment.mimeType.split("/").pop()?.toUpperCase() ?? "";
}

/** "1.2 MB", "350 KB", "800 B". */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
