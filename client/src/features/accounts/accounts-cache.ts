import type { Cache, Data, DataFields, UpdateResolver } from "@urql/exchange-graphcache";

/** Drops every root field, so the next read of any query goes to the network. */
function forgetRootFields(cache: Cache): void {
  for (const field of cache.inspectFields("Query")) {
    cache.invalidate("Query", field.fieldName, field.arguments ?? undefined);
  }
}

function signedInUser(result: DataFields): Data | null {
  const payload = result.login as { user?: Data | null } | null | undefined;
  return payload?.user ?? null;
}

/** graphcache updaters for the accounts domain, merged into lib/urql.ts. */
export const accountsMutationUpdates: Record<string, UpdateResolver> = {
  // A new identity may see different data: forget what the previous one (or a citizen)
  // loaded, then point Query.me at the new user. The page also refetches `me` network-only.
  login(result, _args, cache) {
    const user = signedInUser(result);
    if (!user) return;
    forgetRootFields(cache);
    cache.link("Query", "me", user);
  },
  // Staff data must not outlive the session in memory. Unreferenced entities are then
  // garbage-collected; IndexedDB is wiped separately by clearPersistedCache().
  // `false` means the session had already ended on the server: nobody is signed in either way.
  logout(result, _args, cache) {
    if (typeof result.logout !== "boolean") return;
    const me = cache.resolve("Query", "me");
    if (typeof me === "string") cache.invalidate(me);
    forgetRootFields(cache);
  },
};
