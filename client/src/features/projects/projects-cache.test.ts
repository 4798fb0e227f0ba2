import { Client, fetchExchange, gql } from "@urql/core";
import { cacheExchange } from "@urql/exchange-graphcache";
import { afterEach, describe, expect, it, vi } from "vitest";
import { projectsKeys, projectsQueryResolvers } from "./projects-cache";

// The projects' graphcache configuration inside the real graphcache; the network is canned.

const LookupQuery = gql`
  query Lookup($district: String, $after: String) {
    projects(district: $district, first: 1, after: $after) {
      totalCount
      edges {
        highlightedName
        exactMatch
        node {
          id
          code
          landUseClass {
            code
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      suggestions {
        similar {
          id
          code
        }
      }
    }
  }
`;

const ProjectQuery = gql`
  query Project($code: String!) {
    project(code: $code) {
      id
      code
      center {
        lng
        lat
      }
      progress {
        quarter
        note
      }
      permits {
        id
        number
        changes {
          on
          what
        }
      }
    }
  }
`;

function node(id: string) {
  return {
    __typename: "Project",
    id,
    code: `CODE-${id}`,
    landUseClass: { __typename: "LandUseClass", code: "0701", name: "城镇住宅用地" },
  };
}

function lookupPage(id: string, hasNextPage: boolean) {
  return {
    __typename: "ProjectConnection",
    totalCount: 2,
    edges: [{ __typename: "ProjectEdge", highlightedName: `<mark>${id}</mark>`, exactMatch: false, node: node(id) }],
    pageInfo: { __typename: "PageInfo", hasNextPage, endCursor: id },
    suggestions: { __typename: "ProjectSuggestions", similar: [] },
  };
}

function createTestClient() {
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { operationName, variables } = JSON.parse(String(init?.body)) as {
      operationName: string;
      variables: { after?: string | null };
    };
    const data: Record<string, unknown> = {
      Lookup: { projects: variables.after ? lookupPage("B", false) : lookupPage("A", true) },
      Project: {
        project: {
          __typename: "Project",
          id: "A",
          code: "CODE-A",
          center: { __typename: "LngLat", lng: 108.38, lat: 22.81 },
          progress: [{ __typename: "ProjectProgressNote", quarter: "2026Q1", note: "主体结构施工" }],
          permits: [
            {
              __typename: "Permit",
              id: "PM1",
              number: "建字第450100202600123号",
              changes: [{ __typename: "PermitChange", on: "2026-02-01", what: "变更建设规模" }],
            },
          ],
        },
      },
    };
    return new Response(JSON.stringify({ data: data[operationName] }), {
      headers: { "content-type": "application/json" },
    });
  };
  const cache = cacheExchange({
    keys: { ...projectsKeys, PageInfo: () => null },
    resolvers: { Query: projectsQueryResolvers },
  });
  return new Client({ url: "http://test/graphql", fetch, preferGetMethod: false, exchanges: [cache, fetchExchange] });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("projects cache", () => {
  it("merges a lookup's pages for infinite scroll, keeping the count and the edges' fields", async () => {
    const client = createTestClient();
    await client.query(LookupQuery, { district: "青秀区" }).toPromise();
    await client.query(LookupQuery, { district: "青秀区", after: "A" }).toPromise();
    const cached = await client
      .query(LookupQuery, { district: "青秀区", after: "A" }, { requestPolicy: "cache-only" })
      .toPromise();
    expect(cached.data.projects.totalCount).toBe(2);
    expect(cached.data.projects.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(["A", "B"]);
    expect(cached.data.projects.edges[1].highlightedName).toBe("<mark>B</mark>");
    expect(cached.data.projects.edges[0].node.landUseClass.name).toBe("城镇住宅用地");
    expect(cached.data.projects.pageInfo.hasNextPage).toBe(false);
  });

  it("keeps another filter's results apart", async () => {
    const client = createTestClient();
    await client.query(LookupQuery, { district: "青秀区" }).toPromise();
    const other = await client.query(LookupQuery, { district: "江南区" }, { requestPolicy: "cache-only" }).toPromise();
    expect(other.data).toBeNull();
  });

  it("reads a visited project back from the cache (offline) with no keying warnings", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const client = createTestClient();
    await client.query(ProjectQuery, { code: "CODE-A" }).toPromise();
    await client.query(LookupQuery, { district: "青秀区" }).toPromise();
    const cached = await client.query(ProjectQuery, { code: "CODE-A" }, { requestPolicy: "cache-only" }).toPromise();
    expect(cached.data.project.permits[0].changes[0].what).toBe("变更建设规模");
    expect(cached.data.project.progress[0].quarter).toBe("2026Q1");
    expect(cached.data.project.center.lng).toBe(108.38);
    // graphcache warns (in development) for every object it cannot key: each is a type missing above.
    expect(warn).not.toHaveBeenCalled();
  });
});
