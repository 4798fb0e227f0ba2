import { relayPagination } from "@urql/exchange-graphcache/extras";
import { accountsMutationUpdates } from "../features/accounts/accounts-cache";
import { calendarKeys, calendarMutationUpdates } from "../features/calendar/calendar-cache";
import { contentKeys, contentMutationUpdates, contentQueryResolvers } from "../features/content/content-cache";
import { guidesKeys, guidesQueryResolvers } from "../features/guides/guides-cache";
import {
  letterModerationKeys,
  letterModerationMutationUpdates,
  letterModerationQueryResolvers,
} from "../features/letters/moderation/moderation-cache";
import {
  lettersStaffKeys,
  lettersStaffMutationUpdates,
  lettersStaffQueryResolvers,
} from "../features/letters/staff/letters-staff-cache";
import { letterStatsKeys } from "../features/letters/stats/stats-cache";
import { operationsKeys, operationsMutationUpdates } from "../features/operations/operations-cache";
import { projectsKeys, projectsQueryResolvers } from "../features/projects/projects-cache";
import {
  publishingKeys,
  publishingMutationUpdates,
  publishingQueryResolvers,
} from "../features/publishing/publishing-cache";
import { topicsKeys } from "../features/topics/topics-cache";
import { addFeatureCacheConfig, type FeatureCacheConfig } from "./urql";

/**
 * Every feature's graphcache configuration, in a chunk of its own: routes.ts loads it with every
 * page but the home page, so the first screen downloads neither it nor graphcache's extras, and
 * any other page's first query or mutation runs with the whole configuration.
 */
export const featureCacheConfigs: Record<string, FeatureCacheConfig> = {
  accounts: {
    // Types without an id are embedded in their parent instead of normalised.
    keys: {
      QueryAuditEntriesConnection: () => null,
      QueryAuditEntriesConnectionEdge: () => null,
      QueryUsersConnection: () => null,
      QueryUsersConnectionEdge: () => null,
      LoginPayload: () => null,
      ChangePasswordPayload: () => null,
      SetUserDisabledPayload: () => null,
    },
    // "加载更多" on the audit log: pages for the same filter merge into one list.
    queryResolvers: { auditEntries: relayPagination() },
    mutationUpdates: accountsMutationUpdates,
  },
  content: { keys: contentKeys, queryResolvers: contentQueryResolvers, mutationUpdates: contentMutationUpdates },
  publishing: {
    keys: publishingKeys,
    queryResolvers: publishingQueryResolvers,
    mutationUpdates: publishingMutationUpdates,
  },
  operations: { keys: operationsKeys, mutationUpdates: operationsMutationUpdates },
  lettersStaff: {
    keys: lettersStaffKeys,
    queryResolvers: lettersStaffQueryResolvers,
    mutationUpdates: lettersStaffMutationUpdates,
  },
  // The privacy notice's retention period: one value, embedded in Query.
  letters: { keys: { LetterPolicy: () => null } },
  letterStats: { keys: letterStatsKeys },
  letterModeration: {
    keys: letterModerationKeys,
    queryResolvers: letterModerationQueryResolvers,
    mutationUpdates: letterModerationMutationUpdates,
  },
  calendar: { keys: calendarKeys, mutationUpdates: calendarMutationUpdates },
  projects: { keys: projectsKeys, queryResolvers: projectsQueryResolvers },
  guides: { keys: guidesKeys, queryResolvers: guidesQueryResolvers },
  topics: { keys: topicsKeys },
};

let registered = false;

/** Adds every feature's configuration to the app's cache (lib/urql.ts); later calls do nothing. */
export function registerFeatureCaches(): void {
  if (registered) return;
  registered = true;
  for (const config of Object.values(featureCacheConfigs)) addFeatureCacheConfig(config);
}
