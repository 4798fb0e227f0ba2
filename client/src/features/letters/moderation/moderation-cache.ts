import type { KeyingConfig, ResolverConfig, UpdateResolver } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { invalidateRootFields } from "../../publishing/publishing-cache";

/** graphcache configuration of publishing letters (来信选登) and moderation, merged into lib/urql.ts. */

/** Payloads, redaction proposals and list connections have no id: stored inside their parent. */
export const letterModerationKeys: KeyingConfig = Object.fromEntries(
  [
    "LetterRedaction",
    "FieldRedaction",
    "RedactionFinding",
    "PublishLetterPayload",
    "ModerationPayload",
    "QueryPublishedLettersConnection",
    "QueryPublishedLettersConnectionEdge",
  ].map((type) => [type, () => null]),
);

// "加载更多" on the published letters: pages for the same filter merge into one list.
export const letterModerationQueryResolvers: ResolverConfig["Query"] = {
  publishedLetters: relayPagination(),
};

/** What the public sees of letters: the published list, and the counts on the statistics page. */
const PUBLIC_LETTER_FIGURES = ["publishedLetters", "letterStatistics"];

/**
 * Hiding and restoring move a letter (or a comment on planning publicity) between what the public
 * sees and the hidden list (letterInbox filtered on publication), and change a publicity's comment
 * counts on its staff page. The payload carries no letter, so those lists refetch.
 */
const LETTER_LISTS = [...PUBLIC_LETTER_FIGURES, "letterInbox", "publicityComments"];

const succeeded = (payload: unknown) => {
  const p = payload as { error?: unknown } | null | undefined;
  return p !== null && p !== undefined && !p.error;
};

export const letterModerationMutationUpdates: Record<string, UpdateResolver> = {
  // A letter published (or its texts edited) joins the published list and the 已公开 count.
  publishLetter: (result, _args, cache) => {
    if ((result.publishLetter as { letter?: unknown } | null)?.letter)
      invalidateRootFields(cache, PUBLIC_LETTER_FIGURES);
  },
  // A hidden letter or comment leaves what the public sees for the hidden list; the month's hidden count goes up.
  hideLetter: (result, _args, cache) => {
    if (succeeded(result.hideLetter)) invalidateRootFields(cache, [...LETTER_LISTS, "moderationCounts"]);
  },
  // A restored one goes back (the hidden count keeps the fact that it was hidden).
  restoreLetter: (result, _args, cache) => {
    if (succeeded(result.restoreLetter)) invalidateRootFields(cache, LETTER_LISTS);
  },
};
