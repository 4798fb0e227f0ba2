import { Client, fetchExchange } from "@urql/core";
import { type CacheExchangeOpts, cacheExchange, offlineExchange } from "@urql/exchange-graphcache";
import { makeDefaultStorage } from "@urql/exchange-graphcache/default-storage";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { accountsMutationUpdates } from "../features/accounts/accounts-cache";
import { calendarKeys, calendarMutationUpdates } from "../features/calendar/calendar-cache";
import { contentKeys, contentMutationUpdates, contentQueryResolvers } from "../features/content/content-cache";
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
import {
  publishingKeys,
  publishingMutationUpdates,
  publishingQueryResolvers,
} from "../features/publishing/publishing-cache";

/**
 * The one urql client. graphcache's offlineExchange keeps the normalised cache in
 * IndexedDB so pages read offline; /graphql POSTs are never cached by the service worker.
 */

// IndexedDB can be missing (some privacy modes); graphcache then runs in memory only.
const storage =
  typeof indexedDB === "undefined" ? undefined : makeDefaultStorage({ idbName: "planport-graphcache-v1", maxAge: 7 });

const cacheOptions: CacheExchangeOpts = {
  // Types without an id are embedded in their parent instead of normalised.
  keys: {
    PageInfo: () => null,
    QueryLatestContentConnection: () => null,
    QueryLatestContentConnectionEdge: () => null,
    QueryAuditEntriesConnection: () => null,
    QueryAuditEntriesConnectionEdge: () => null,
    QueryUsersConnection: () => null,
    QueryUsersConnectionEdge: () => null,
    LoginPayload: () => null,
    ChangePasswordPayload: () => null,
    SetUserDisabledPayload: () => null,
    InputError: () => null,
    ...contentKeys,
    ...publishingKeys,
    ...operationsKeys,
    ...lettersStaffKeys,
    ...letterStatsKeys,
    ...letterModerationKeys,
    ...calendarKeys,
  },
  resolvers: {
    Query: {
      // "加载更多" on the audit log: pages for the same filter merge into one list.
      auditEntries: relayPagination(),
      ...contentQueryResolvers,
      ...publishingQueryResolvers,
      ...lettersStaffQueryResolvers,
      ...letterModerationQueryResolvers,
    },
  },
  updates: {
    Mutation: {
      ...accountsMutationUpdates,
      ...contentMutationUpdates,
      ...publishingMutationUpdates,
      ...operationsMutationUpdates,
      ...lettersStaffMutationUpdates,
      ...letterModerationMutationUpdates,
      ...calendarMutationUpdates,
    },
  },
};

const cache = storage ? offlineExchange({ ...cacheOptions, storage }) : cacheExchange(cacheOptions);

export const client = new Client({
  url: "/graphql",
  exchanges: [cache, fetchExchange],
  // Always POST application/json: the server's CSRF prevention and cookie session expect it.
  preferGetMethod: false,
  fetchOptions: () => ({
    credentials: "same-origin",
    headers: { "x-graphql-yoga-csrf": "1" },
  }),
});

/**
 * Forgets everything graphcache saved to IndexedDB. Called after sign-out so no staff data
 * stays on a shared phone; the logout updater already dropped it from memory.
 */
export async function clearPersistedCache(): Promise<void> {
  await storage?.clear();
}
