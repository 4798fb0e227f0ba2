/** Where the citizen letter pages live (互动 tab). */
export const LETTERS_PATH = "/letters";
export const WRITE_LETTER_PATH = "/letters/write";
export const DISCLOSURE_REQUEST_PATH = "/letters/disclosure-request";
export const TRACK_LETTER_PATH = "/letters/track";
export const PUBLISHED_LETTERS_PATH = "/letters/published";

/** The tracking page, prefilled with a tracking code (never the access code: URLs end up in history). */
export function trackLetterHref(trackingCode?: string | null): string {
  return trackingCode ? `${TRACK_LETTER_PATH}?code=${encodeURIComponent(trackingCode)}` : TRACK_LETTER_PATH;
}
