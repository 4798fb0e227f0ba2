import { type APIRequestContext, expect } from "@playwright/test";

/**
 * POST a GraphQL operation the way the app does. `request` decides whose session it carries:
 * `page.request` shares the browser context's cookies, the `request` fixture has its own.
 */
export async function graphql<TData>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<TData> {
  const response = await request.post("/graphql", {
    // graphql-yoga's CSRF prevention rejects requests without this header.
    headers: { "content-type": "application/json", "x-graphql-yoga-csrf": "1" },
    data: { query, variables },
  });
  expect(response.status(), `POST /graphql: ${await response.text()}`).toBe(200);
  const body = (await response.json()) as { data?: TData; errors?: { message: string }[] };
  expect(body.errors, "GraphQL errors").toBeUndefined();
  if (!body.data) throw new Error("GraphQL response without data");
  return body.data;
}

export interface ContentSummary {
  id: string;
  kind: string;
  title: string;
  publishedAt: string | null;
}

/** The newest published content, as the public API lists it. */
export async function fetchLatestContent(request: APIRequestContext, first = 5): Promise<ContentSummary[]> {
  const data = await graphql<{ latestContent: { edges: { node: ContentSummary }[] } }>(
    request,
    `query LatestContent($first: Int) {
      latestContent(first: $first) { edges { node { id kind title publishedAt } } }
    }`,
    { first },
  );
  return data.latestContent.edges.map((edge) => edge.node);
}

export interface SignedInUser {
  username: string;
  displayName: string;
  roles: string[];
}

/** Who the session in `request` belongs to, or null for a citizen. */
export async function fetchMe(request: APIRequestContext): Promise<SignedInUser | null> {
  const data = await graphql<{ me: SignedInUser | null }>(request, "query Me { me { username displayName roles } }");
  return data.me;
}
