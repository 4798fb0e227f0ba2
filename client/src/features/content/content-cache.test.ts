import { Client, fetchExchange, gql } from "@urql/core";
import { cacheExchange } from "@urql/exchange-graphcache";
import { describe, expect, it } from "vitest";
import { contentKeys, contentMutationUpdates, contentQueryResolvers } from "./content-cache";

// The content domain's graphcache configuration inside the real graphcache; the network is canned.

const SearchQuery = gql`
  query Search($query: String!, $after: String) {
    search(query: $query, first: 1, after: $after) {
      totalCount
      edges {
        cursor
        snippet
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

const ItemQuery = gql`
  query Item($slug: String) {
    contentItem(slug: $slug) {
      id
      title
      publicity {
        isOpen
        commentCount
      }
    }
  }
`;

// As PublicityPanel_CommentCount asks for it after a comment was sent through the letters' client.
const CountQuery = gql`
  query Count($id: ID!) {
    node(id: $id) {
      id
      ... on ContentItem {
        publicity {
          isOpen
          commentCount
        }
      }
    }
  }
`;

function searchPage(id: string, hasNextPage: boolean) {
  return {
    __typename: "SearchConnection",
    totalCount: 2,
    edges: [
      {
        __typename: "SearchEdge",
        cursor: id,
        snippet: `<mark>${id}</mark>`,
        node: { __typename: "ContentItem", id, title: `标题${id}` },
      },
    ],
    pageInfo: { __typename: "PageInfo", hasNextPage, endCursor: id },
  };
}

function createTestClient() {
  let commentCount = 0;
  const operations: string[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { operationName, variables } = JSON.parse(String(init?.body)) as {
      operationName: string;
      variables: { after?: string | null };
    };
    operations.push(operationName);
    const data: Record<string, unknown> = {
      Search: { search: variables.after ? searchPage("B", false) : searchPage("A", true) },
      Item: {
        contentItem: {
          __typename: "ContentItem",
          id: "P1",
          title: "五象新区规划公示",
          publicity: { __typename: "Publicity", isOpen: true, commentCount },
        },
      },
      Count: {
        node: {
          __typename: "ContentItem",
          id: "P1",
          publicity: { __typename: "Publicity", isOpen: true, commentCount },
        },
      },
    };
    return new Response(JSON.stringify({ data: data[operationName] }), {
      headers: { "content-type": "application/json" },
    });
  };
  const cache = cacheExchange({
    keys: { ...contentKeys, PageInfo: () => null },
    resolvers: { Query: contentQueryResolvers },
    updates: { Mutation: contentMutationUpdates },
  });
  const client = new Client({
    url: "http://test/graphql",
    fetch,
    preferGetMethod: false,
    exchanges: [cache, fetchExchange],
  });
  return { client, operations, commented: () => commentCount++ };
}

describe("content cache", () => {
  it("merges search pages for infinite scroll and keeps the total count", async () => {
    const { client } = createTestClient();
    await client.query(SearchQuery, { query: "规划" }).toPromise();
    await client.query(SearchQuery, { query: "规划", after: "A" }).toPromise();
    const cached = await client
      .query(SearchQuery, { query: "规划", after: "A" }, { requestPolicy: "cache-only" })
      .toPromise();
    expect(cached.data.search.totalCount).toBe(2);
    expect(cached.data.search.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(["A", "B"]);
    expect(cached.data.search.edges[1].snippet).toBe("<mark>B</mark>");
    expect(cached.data.search.pageInfo.hasNextPage).toBe(false);
  });

  it("keeps another query's results apart", async () => {
    const { client } = createTestClient();
    await client.query(SearchQuery, { query: "规划" }).toPromise();
    const other = await client.query(SearchQuery, { query: "水城" }, { requestPolicy: "cache-only" }).toPromise();
    expect(other.data).toBeNull();
  });

  it("shows the new count on the item page once a sent comment's count was fetched again", async () => {
    const { client, operations, commented } = createTestClient();
    const first = await client.query(ItemQuery, { slug: "p1" }).toPromise();
    expect(first.data.contentItem.publicity.commentCount).toBe(0);
    // The comment went to the server through another client: this cache knows nothing of it.
    commented();
    await client.query(CountQuery, { id: "P1" }, { requestPolicy: "network-only" }).toPromise();
    const cached = await client.query(ItemQuery, { slug: "p1" }, { requestPolicy: "cache-only" }).toPromise();
    expect(cached.data.contentItem).toMatchObject({ title: "五象新区规划公示", publicity: { commentCount: 1 } });
    expect(operations).toEqual(["Item", "Count"]);
  });
});
