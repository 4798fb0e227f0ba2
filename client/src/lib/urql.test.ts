import { gql } from "@urql/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The app's own client (lib/urql.ts) with the features' configuration added after it was created,
// as routes.ts does when the first page other than the home page loads. The network is canned.

const SearchQuery = gql`
  query Search($query: String!, $after: String) {
    search(query: $query, first: 1, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          title
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const MeQuery = gql`
  query Me {
    me {
      id
      displayName
    }
  }
`;

const LogoutMutation = gql`
  mutation Logout {
    logout
  }
`;

function searchPage(id: string, hasNextPage: boolean) {
  return {
    __typename: "SearchConnection",
    totalCount: 2,
    edges: [{ __typename: "SearchEdge", cursor: id, node: { __typename: "ContentItem", id, title: `标题${id}` } }],
    pageInfo: { __typename: "PageInfo", hasNextPage, endCursor: id },
  };
}

const operations: string[] = [];

beforeEach(() => {
  vi.resetModules();
  operations.length = 0;
  vi.stubGlobal("fetch", async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { operationName, variables } = JSON.parse(String(init?.body)) as {
      operationName: string;
      variables?: { after?: string | null };
    };
    operations.push(operationName);
    const data: Record<string, unknown> = {
      Search: { search: variables?.after ? searchPage("B", false) : searchPage("A", true) },
      Me: { me: { __typename: "User", id: "U1", displayName: "张建华" } },
      Logout: { logout: true },
    };
    return new Response(JSON.stringify({ data: data[operationName] }), {
      headers: { "content-type": "application/json" },
    });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function searchBothPages(client: typeof import("./urql")["client"]) {
  await client.query(SearchQuery, { query: "规划" }).toPromise();
  await client.query(SearchQuery, { query: "规划", after: "A" }).toPromise();
  const cached = await client
    .query(SearchQuery, { query: "规划", after: "A" }, { requestPolicy: "cache-only" })
    .toPromise();
  return cached.data.search.edges.map((edge: { node: { id: string } }) => edge.node.id);
}

describe("the app's graphcache", () => {
  it("starts with the home page's configuration only: list pages are not merged yet", async () => {
    const { client } = await import("./urql");
    expect(await searchBothPages(client)).toEqual(["B"]);
  });

  it("applies list resolvers registered after the client was created", async () => {
    const { client } = await import("./urql");
    const { registerFeatureCaches } = await import("./feature-caches");
    registerFeatureCaches();
    expect(await searchBothPages(client)).toEqual(["A", "B"]);
  });

  it("runs mutation updaters registered after the client was created", async () => {
    const { client } = await import("./urql");
    const { registerFeatureCaches } = await import("./feature-caches");
    await client.query(MeQuery, {}).toPromise();
    registerFeatureCaches();
    await client.mutation(LogoutMutation, {}).toPromise();
    // The logout updater (accounts) forgot every root field: Me goes to the network again.
    const me = await client.query(MeQuery, {}, { requestPolicy: "cache-first" }).toPromise();
    expect(me.data.me.displayName).toBe("张建华");
    expect(operations).toEqual(["Me", "Logout", "Me"]);
  });
});

describe("the features' cache configurations", () => {
  it("never configure the same name twice (the later one would silently win)", async () => {
    const { featureCacheConfigs } = await import("./feature-caches");
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [feature, config] of Object.entries(featureCacheConfigs)) {
      const names = [
        ...Object.keys(config.keys ?? {}).map((name) => `keys.${name}`),
        ...Object.keys(config.queryResolvers ?? {}).map((name) => `Query.${name}`),
        ...Object.keys(config.mutationUpdates ?? {}).map((name) => `Mutation.${name}`),
      ];
      for (const name of names) {
        const other = seen.get(name);
        if (other) clashes.push(`${name}: ${other} and ${feature}`);
        seen.set(name, feature);
      }
    }
    expect(clashes).toEqual([]);
  });
});
