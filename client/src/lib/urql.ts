import { Client, fetchExchange } from "@urql/core";
import {
  type CacheExchangeOpts,
  cacheExchange,
  type KeyingConfig,
  offlineExchange,
  type ResolverConfig,
  type UpdateResolver,
} from "@urql/exchange-graphcache";
import { makeDefaultStorage } from "@urql/exchange-graphcache/default-storage";

/**
 * The one urql client. graphcache's offlineExchange keeps the normalised cache in
 * IndexedDB so pages read offline; /graphql POSTs are never cached by the service worker.
 */

// IndexedDB can be missing (some privacy modes); graphcache then runs in memory only.
const storage =
  typeof indexedDB === "undefined" ? undefined : makeDefaultStorage({ idbName: "planport-graphcache-v1", maxAge: 7 });

/**
 * What the entry chunk configures: only what the home page (the first screen) reads. The features'
 * keys, list resolvers and mutation updaters are added by lib/feature-caches.ts, which routes.ts
 * loads together with every other page, before that page's first query or mutation.
 */
const keys: KeyingConfig = {
  // Types without an id are embedded in their parent instead of normalised.
  PageInfo: () => null,
  InputError: () => null,
  QueryLatestContentConnection: () => null,
  QueryLatestContentConnectionEdge: () => null,
};
const queryResolvers: NonNullable<ResolverConfig["Query"]> = {};
const mutationUpdates: Record<string, UpdateResolver> = {};

const cacheOptions: CacheExchangeOpts = {
  keys,
  resolvers: { Query: queryResolvers },
  updates: { Mutation: mutationUpdates },
};

/** One feature's part of the graphcache configuration. */
export interface FeatureCacheConfig {
  keys?: KeyingConfig;
  queryResolvers?: ResolverConfig["Query"];
  mutationUpdates?: Record<string, UpdateResolver>;
}

/**
 * Adds features' configuration to the running cache. graphcache's Store keeps the `keys`,
 * `resolvers` and `updates` objects it was given and looks entries up in them on every read and
 * write, so entries added here apply from the next operation on (lib/urql.test.ts holds
 * graphcache to that).
 */
export function addFeatureCacheConfig(config: FeatureCacheConfig): void {
  Object.assign(keys, config.keys);
  Object.assign(queryResolvers, config.queryResolvers);
  Object.assign(mutationUpdates, config.mutationUpdates);
}

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
