import type { JSX } from "solid-js";

/**
 * Widths the server makes of a stored image on request (`/media/<sha256>.webp?w=…`, see
 * server/src/modules/media/media-image.ts VARIANT_WIDTHS). Every uploaded image is stored as WebP.
 */
const VARIANT_WIDTHS = [320, 640, 1280] as const;
const STORED_IMAGE = /^\/media\/[0-9a-f]{64}\.webp$/;

/**
 * The srcset of an image stored in /media, so a phone downloads the width it shows (a 2560 px
 * upload is ~10× the bytes of its 640 px variant); undefined for any other address.
 */
export function mediaSrcset(url: string): string | undefined {
  if (!STORED_IMAGE.test(url)) return undefined;
  return VARIANT_WIDTHS.map((w) => `${url}?w=${w} ${w}w`).join(", ");
}

/** How wide an image in the page column is drawn: the whole screen on a phone, the column above it. */
export const COLUMN_SIZES = "(min-width: 40rem) 40rem, 100vw";

/**
 * A picture of the bureau's (cover, project image): responsive when stored in /media, lazy,
 * with a fixed box (width/height + CSS aspect-ratio) so the text below does not jump when it
 * arrives, and hidden rather than a broken-image box when it cannot load (offline, not cached).
 */
export function MediaImage(props: {
  src: string;
  alt: string;
  width: number;
  height: number;
  /** The `sizes` attribute: how wide the image is drawn. */
  sizes: string;
  class?: string;
  /** "eager" for the picture a page opens with. */
  loading?: "lazy" | "eager";
}): JSX.Element {
  return (
    <img
      class={props.class}
      src={props.src}
      srcset={mediaSrcset(props.src)}
      sizes={mediaSrcset(props.src) ? props.sizes : undefined}
      alt={props.alt}
      width={props.width}
      height={props.height}
      loading={props.loading ?? "lazy"}
      decoding="async"
      onError={(event) => {
        event.currentTarget.hidden = true;
      }}
    />
  );
}
