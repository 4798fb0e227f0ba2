import type { KeyingConfig } from "@urql/exchange-graphcache";

/**
 * graphcache configuration of the letter statistics, merged into lib/urql.ts: the figures have no
 * id, so they are stored inside Query.letterStatistics(year, month) / moderationCounts(year) and
 * stay readable offline for the periods already opened.
 */
export const letterStatsKeys: KeyingConfig = Object.fromEntries(
  [
    "LetterStatistics",
    "LetterChannelCount",
    "LetterTypeCount",
    "LetterDepartmentCount",
    "LetterMonthCount",
    "LetterOnTimeFigures",
    "LetterHandlingTime",
    "LetterSatisfaction",
    "LetterPublicationCounts",
    "ModerationMonth",
  ].map((type) => [type, () => null]),
);
