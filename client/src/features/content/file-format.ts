/** How attachments are described to citizens: a readable type and a zh-CN formatted size. */

const UNITS = ["B", "KB", "MB", "GB"] as const;
const numberFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 1 });

/** "512 B", "1.5 KB", "12.3 MB" (binary multiples, as file managers show them); "" if unknown. */
export function formatFileSize(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return "";
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // Whole bytes never show a fraction; larger units round to one decimal place.
  const shown = unit === 0 ? Math.round(value) : value;
  return `${numberFormat.format(shown)} ${UNITS[unit]}`;
}

const TYPE_BY_MIME: ReadonlyArray<[RegExp, string]> = [
  [/^application\/pdf$/, "PDF"],
  [/^application\/(msword|vnd\.openxmlformats-officedocument\.wordprocessingml|vnd\.ms-word)/, "Word 文档"],
  [/^application\/(vnd\.ms-excel|vnd\.openxmlformats-officedocument\.spreadsheetml)/, "Excel 表格"],
  [/^application\/(vnd\.ms-powerpoint|vnd\.openxmlformats-officedocument\.presentationml)/, "PPT 演示文稿"],
  [/^application\/(zip|x-zip-compressed|x-rar-compressed|vnd\.rar|x-7z-compressed|gzip)$/, "压缩包"],
  [/^image\//, "图片"],
  [/^video\//, "视频"],
  [/^audio\//, "音频"],
  [/^text\/(plain|csv)$/, "文本"],
];

const TYPE_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: "PDF",
  doc: "Word 文档",
  docx: "Word 文档",
  wps: "WPS 文档",
  xls: "Excel 表格",
  xlsx: "Excel 表格",
  et: "WPS 表格",
  ppt: "PPT 演示文稿",
  pptx: "PPT 演示文稿",
  zip: "压缩包",
  rar: "压缩包",
  "7z": "压缩包",
  jpg: "图片",
  jpeg: "图片",
  png: "图片",
  webp: "图片",
  txt: "文本",
  csv: "文本",
};

/** "PDF", "Word 文档", … from the MIME type, else the file name's extension; "文件" if neither helps. */
export function fileTypeLabel(mimeType: string | null | undefined, name: string): string {
  const mime = mimeType?.toLowerCase().trim() ?? "";
  for (const [pattern, label] of TYPE_BY_MIME) {
    if (pattern.test(mime)) return label;
  }
  const extension = /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toLowerCase();
  if (extension) return TYPE_BY_EXTENSION[extension] ?? extension.toUpperCase();
  return "文件";
}
