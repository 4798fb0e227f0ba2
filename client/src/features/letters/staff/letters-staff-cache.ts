import type { Cache, KeyingConfig, ResolverConfig, UpdateResolver } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";

/**
 * graphcache configuration of the staff letter screens, merged into lib/urql.ts. It ships in the
 * entry chunk, so it is kept to a few lines.
 */

/** Types without an id of their own: stored inside their parent. */
export const lettersStaffKeys: KeyingConfig = Object.fromEntries(
  [
    "LetterWriter",
    "LetterPayload",
    "ExternalLetterPayload",
    "LetterImportPayload",
    "LetterImportError",
    "LetterInboxCounts",
    "LetterStatusCount",
    "OldestOpenLetter",
    "ReplyTemplate",
    "QueryLetterInboxConnection",
    "QueryLetterInboxConnectionEdge",
    "QueryMyRemindersConnection",
    "QueryMyRemindersConnectionEdge",
  ].map((type) => [type, () => null]),
);

// Infinite load on the inbox and the 催办 list: pages for the same filter merge into one list.
export const lettersStaffQueryResolvers: ResolverConfig["Query"] = {
  letterInbox: relayPagination(),
  myReminders: relayPagination(),
};

/** What a step on a letter can change besides the letter itself (which the payload updates). */
const LETTER_LISTS = ["letterInbox", "letterInboxCounts", "overdueLetterCount", "oldestOpenLetter"];

function invalidate(cache: Cache, names: readonly string[]): void {
  for (const field of cache.inspectFields("Query")) {
    if (names.includes(field.fieldName)) cache.invalidate("Query", field.fieldName, field.arguments ?? undefined);
  }
}

const STEPS = [
  "registerLetter",
  "assignLetter",
  "reassignLetter",
  "acknowledgeLetter",
  "pauseLetter",
  "resumeLetter",
  "extendLetterDeadline",
  "draftLetterReply",
  "submitLetterReply",
  "approveLetterReply",
  "returnLetterReply",
  "sendLetterReply",
  "closeLetter",
  "registerExternalLetter",
];

export const lettersStaffMutationUpdates: Record<string, UpdateResolver> = {
  // A step moves the letter between the inbox's filters and counts (and may end its lateness).
  ...Object.fromEntries(
    STEPS.map((step): [string, UpdateResolver] => [
      step,
      (result, _args, cache) => {
        if ((result[step] as { letter?: unknown } | null)?.letter) invalidate(cache, LETTER_LISTS);
      },
    ]),
  ),
  // Imported letters join the inbox (a refused import stored nothing).
  importLetters: (result, _args, cache) => {
    if ((result.importLetters as { imported?: number } | null)?.imported) invalidate(cache, LETTER_LISTS);
  },
  // The reminder itself updates from the payload; the badge counts again.
  markReminderRead: (_result, _args, cache) => invalidate(cache, ["unreadReminderCount"]),
  markAllRemindersRead: (_result, _args, cache) => invalidate(cache, ["unreadReminderCount", "myReminders"]),
};
