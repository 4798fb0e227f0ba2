// Image re-encoding with sharp: every accepted image is stored as WebP, at most MAX_EDGE px on its
// long side, upright, and with no metadata (EXIF with GPS position and camera serials, XMP, IPTC).
// sharp drops metadata unless asked to keep it, and converts embedded colour profiles to sRGB.
import sharp from "sharp";

export const MAX_EDGE = 2560;
/** Widths a page may ask for with `?w=` (srcset). A fixed set, so nobody can fill the disk with sizes. */
export const VARIANT_WIDTHS = [320, 640, 1280] as const;
/** Decompression-bomb guard: a small PNG can declare a huge canvas. 100 MP covers any camera. */
export const MAX_INPUT_PIXELS = 100_000_000;

const WEBP: sharp.WebpOptions = { quality: 80, effort: 4 };

export class ImageTooLargeError extends Error {
  override name = "ImageTooLargeError";
}
export class BrokenImageError extends Error {
  override name = "BrokenImageError";
}

/**
 * sharp runs on libuv's thread pool (4 threads), which file reads and writes share. Two encodes at
 * a time keeps a burst of uploads from stalling the rest of the server; the others wait their turn.
 */
const encodes = semaphore(2);

export interface EncodedImage {
  data: Buffer;
  width: number;
  height: number;
}

/** Re-encodes an uploaded image file. Animated GIF and WebP stay animated. */
export async function encodeUpload(file: string, animated: boolean): Promise<EncodedImage> {
  return encodes(async () => {
    const options: sharp.SharpOptions = { animated, limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" };
    let meta: sharp.Metadata;
    try {
      meta = await sharp(file, options).metadata();
    } catch (error) {
      throw new BrokenImageError("unreadable image", { cause: error });
    }
    if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_INPUT_PIXELS) throw new ImageTooLargeError("too many pixels");
    try {
      const { data, info } = await sharp(file, options)
        .autoOrient()
        .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: "inside", withoutEnlargement: true })
        .webp(WEBP)
        .toBuffer({ resolveWithObject: true });
      // For animations `height` is all frames stacked; a frame is `pageHeight` tall.
      return { data, width: info.width, height: info.pageHeight ?? info.height };
    } catch (error) {
      throw new BrokenImageError("image could not be decoded", { cause: error });
    }
  });
}

/** A narrower copy of a stored (already WebP) image. */
export async function encodeVariant(file: string, width: number): Promise<Buffer> {
  return encodes(() =>
    sharp(file, { animated: true }).resize({ width, withoutEnlargement: true }).webp(WEBP).toBuffer(),
  );
}

function semaphore(slots: number) {
  let free = slots;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}
