import { Client, fetchExchange, gql } from "@urql/core";
import { cacheExchange } from "@urql/exchange-graphcache";
import { describe, expect, it } from "vitest";
import { accountsMutationUpdates } from "./accounts-cache";

// Runs the real updaters inside graphcache, with the network replaced by canned responses.

const MeQuery = gql`
  query Me {
    me {
      id
      displayName
    }
  }
`;

const LatestQuery = gql`
  query Latest {
    latestContent(first: 1) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`;

const LoginMutation = gql`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        id
        displayName
      }
      error {
        message
      }
    }
  }
`;

const LogoutMutation = gql`
  mutation Logout {
    logout
  }
`;

const staff = { __typename: "User", id: "U1", displayName: "张建华" };
const staffFields = { id: "U1", displayName: "张建华" };

function createTestClient(responses: Record<string, unknown>) {
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { operationName } = JSON.parse(String(init?.body)) as { operationName: string };
    return new Response(JSON.stringify({ data: responses[operationName] }), {
      headers: { "content-type": "application/json" },
    });
  };
  const cache = cacheExchange({
    keys: { QueryLatestContentConnection: () => null, Edge: () => null, LoginPayload: () => null },
    updates: { Mutation: accountsMutationUpdates },
  });
  return new Client({ url: "http://test/graphql", fetch, preferGetMethod: false, exchanges: [cache, fetchExchange] });
}

const latest = {
  __typename: "QueryLatestContentConnection",
  edges: [{ __typename: "Edge", node: { __typename: "ContentItem", id: "C1", title: "公示" } }],
};

describe("accounts cache updaters", () => {
  it("logout drops the signed-in user and every other root field from the cache", async () => {
    const client = createTestClient({ Me: { me: staff }, Latest: { latestContent: latest }, Logout: { logout: true } });
    await client.query(MeQuery, {}).toPromise();
    await client.query(LatestQuery, {}).toPromise();
    expect((await client.query(MeQuery, {}, { requestPolicy: "cache-only" }).toPromise()).data?.me).toMatchObject(
      staffFields,
    );

    await client.mutation(LogoutMutation, {}).toPromise();

    expect((await client.query(MeQuery, {}, { requestPolicy: "cache-only" }).toPromise()).data).toBeNull();
    expect((await client.query(LatestQuery, {}, { requestPolicy: "cache-only" }).toPromise()).data).toBeNull();
  });

  it("logout answered false (session already gone) still forgets the user", async () => {
    const client = createTestClient({ Me: { me: staff }, Logout: { logout: false } });
    await client.query(MeQuery, {}).toPromise();
    await client.mutation(LogoutMutation, {}).toPromise();
    expect((await client.query(MeQuery, {}, { requestPolicy: "cache-only" }).toPromise()).data).toBeNull();
  });

  it("a logout that failed keeps the cache", async () => {
    const client = createTestClient({ Me: { me: staff }, Logout: null });
    await client.query(MeQuery, {}).toPromise();
    await client.mutation(LogoutMutation, {}).toPromise();
    expect((await client.query(MeQuery, {}, { requestPolicy: "cache-only" }).toPromise()).data?.me).toMatchObject(
      staffFields,
    );
  });

  it("login points Query.me at the signed-in user", async () => {
    const client = createTestClient({
      Me: { me: null },
      Login: { login: { __typename: "LoginPayload", user: staff, error: null } },
    });
    await client.query(MeQuery, {}).toPromise();
    await client.mutation(LoginMutation, { input: { username: "a", password: "b" } }).toPromise();
    expect((await client.query(MeQuery, {}, { requestPolicy: "cache-only" }).toPromise()).data?.me).toMatchObject(
      staffFields,
    );
  });

  it("a rejected login leaves Query.me as it was", async () => {
    const client = createTestClient({
      Me: { me: null },
      Login: {
        login: { __typename: "LoginPayload", user: null, error: { __typename: "InputError", message: "密码错误" } },
      },
    });
    await client.query(MeQuery, {}).toPromise();
    await client.mutation(LoginMutation, { input: { username: "a", password: "b" } }).toPromise();
    expect((await client.query(MeQuery, {}, { requestPolicy: "cache-only" }).toPromise()).data).toEqual({ me: null });
  });
});
