import { Client, fetchExchange, gql } from "@urql/core";
import { cacheExchange } from "@urql/exchange-graphcache";
import { afterEach, describe, expect, it, vi } from "vitest";
import { topicsKeys } from "../topics/topics-cache";
import { guidesKeys, guidesQueryResolvers } from "./guides-cache";

// The guides' and topics' graphcache configuration inside the real graphcache; the network is canned.

const GuideQuery = gql`
  query Guide($slug: String!) {
    guide(slug: $slug) {
      id
      slug
      revision
      materials {
        id
        name
        form
        copies
      }
      steps {
        name
        days
      }
      legalBasis {
        law
      }
      fees {
        name
      }
      faq {
        question
      }
      relatedLaws {
        name
      }
    }
  }
`;

const GuidesQuery = gql`
  query Guides($after: String) {
    guideCategories {
      name
      count
    }
    guides(first: 1, after: $after) {
      totalCount
      edges {
        highlightedTitle
        node {
          id
          slug
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const TopicQuery = gql`
  query Topic($slug: String!) {
    topic(slug: $slug) {
      id
      slug
      extent {
        west
        south
        east
        north
      }
    }
  }
`;

/** Two guides each with a material named 申请表 (the same id: a hash of the name), in different forms. */
function guide(slug: string, form: string, copies: number) {
  return {
    __typename: "Guide",
    id: `G-${slug}`,
    slug,
    revision: `R-${slug}`,
    materials: [{ __typename: "GuideMaterial", id: "same-name-hash", name: "申请表", form, copies }],
    steps: [{ __typename: "GuideStep", name: "受理", days: 1 }],
    legalBasis: [{ __typename: "GuideLegalBasis", law: "中华人民共和国城乡规划法" }],
    fees: [],
    faq: [{ __typename: "GuideFaq", question: "需要多久？" }],
    relatedLaws: [{ __typename: "GuideRelatedLaw", name: "中华人民共和国行政许可法" }],
  };
}

function guidesPage(id: string, hasNextPage: boolean) {
  return {
    __typename: "GuideConnection",
    totalCount: 2,
    edges: [{ __typename: "GuideEdge", highlightedTitle: null, node: { __typename: "Guide", id, slug: id } }],
    pageInfo: { __typename: "PageInfo", hasNextPage, endCursor: id },
  };
}

function createTestClient() {
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { operationName, variables } = JSON.parse(String(init?.body)) as {
      operationName: string;
      variables: { slug?: string; after?: string | null };
    };
    const data: Record<string, unknown> = {
      Guide: { guide: variables.slug === "xuanzhi" ? guide("xuanzhi", "ORIGINAL", 1) : guide("gongcheng", "COPY", 3) },
      Guides: {
        guideCategories: [{ __typename: "GuideCategory", name: "规划许可", count: 2 }],
        guides: variables.after ? guidesPage("B", false) : guidesPage("A", true),
      },
      Topic: {
        topic: {
          __typename: "Topic",
          id: "T1",
          slug: "shuicheng",
          extent: { __typename: "MapExtent", west: 108.2, south: 22.7, east: 108.5, north: 22.9 },
        },
      },
    };
    return new Response(JSON.stringify({ data: data[operationName] }), {
      headers: { "content-type": "application/json" },
    });
  };
  return new Client({
    url: "http://test/graphql",
    preferGetMethod: false,
    exchanges: [
      cacheExchange({
        keys: { ...guidesKeys, ...topicsKeys, PageInfo: () => null },
        resolvers: { Query: guidesQueryResolvers },
      }),
      fetchExchange,
    ],
    fetch,
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("guides cache", () => {
  it("keeps each guide's materials apart even when two share a material's name and id", async () => {
    const client = createTestClient();
    await client.query(GuideQuery, { slug: "xuanzhi" }).toPromise();
    await client.query(GuideQuery, { slug: "gongcheng" }).toPromise();
    const first = await client.query(GuideQuery, { slug: "xuanzhi" }, { requestPolicy: "cache-only" }).toPromise();
    expect(first.data.guide.materials[0]).toMatchObject({ form: "ORIGINAL", copies: 1 });
    const second = await client.query(GuideQuery, { slug: "gongcheng" }, { requestPolicy: "cache-only" }).toPromise();
    expect(second.data.guide.materials[0]).toMatchObject({ form: "COPY", copies: 3 });
  });

  it("reads a visited guide and topic back whole from the cache (offline) with no keying warnings", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const client = createTestClient();
    await client.query(GuideQuery, { slug: "xuanzhi" }).toPromise();
    await client.query(TopicQuery, { slug: "shuicheng" }).toPromise();
    await client.query(GuidesQuery, {}).toPromise();
    const guideResult = await client
      .query(GuideQuery, { slug: "xuanzhi" }, { requestPolicy: "cache-only" })
      .toPromise();
    expect(guideResult.data.guide.steps[0].name).toBe("受理");
    expect(guideResult.data.guide.faq[0].question).toBe("需要多久？");
    const topic = await client.query(TopicQuery, { slug: "shuicheng" }, { requestPolicy: "cache-only" }).toPromise();
    expect(topic.data.topic.extent.west).toBe(108.2);
    // graphcache warns (in development) for every object it cannot key: each is a type missing above.
    expect(warn).not.toHaveBeenCalled();
  });

  it("merges the pages of the guide list for 加载更多", async () => {
    const client = createTestClient();
    await client.query(GuidesQuery, {}).toPromise();
    await client.query(GuidesQuery, { after: "A" }).toPromise();
    const cached = await client.query(GuidesQuery, { after: "A" }, { requestPolicy: "cache-only" }).toPromise();
    expect(cached.data.guides.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(["A", "B"]);
    expect(cached.data.guides.pageInfo.hasNextPage).toBe(false);
  });
});
