// Transport-level rules: CSRF, body limits, refused content types, error masking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../test/helpers.js";
import { MAX_BODY_BYTES } from "./request-guards.js";
import { createApp } from "./yoga.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
});
afterAll(() => t.close());

const post = (body: BodyInit, headers: Record<string, string>) =>
  t.app.fetch("http://planport.test/graphql", { method: "POST", body, headers });
const gql = async (query: string) =>
  (await (await post(JSON.stringify({ query }), { "content-type": "application/json" })).json()) as {
    errors?: Array<{ message: string }>;
  };

describe("request guards", () => {
  it.each([
    ["application/x-www-form-urlencoded", "query=%7B__typename%7D"],
    ["text/plain", '{"query":"{ __typename }"}'],
    ["multipart/form-data; boundary=x", '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--'],
  ])("refuses %s bodies (a cross-site form could send them)", async (type, body) => {
    const response = await post(body, { "content-type": type });
    expect(response.status).toBe(415);
  });

  it("refuses bodies over 1 MB before parsing them", async () => {
    const query = `{ __typename } # ${"x".repeat(MAX_BODY_BYTES)}`;
    const body = JSON.stringify({ query });
    const response = await post(body, { "content-type": "application/json", "content-length": String(body.length) });
    expect(response.status).toBe(413);
  });

  it("requires the CSRF header on GET", async () => {
    const url = "http://planport.test/graphql?query=%7B__typename%7D";
    expect((await t.app.fetch(url)).status).toBe(403);
    expect((await t.app.fetch(url, { headers: { "x-graphql-yoga-csrf": "1" } })).status).toBe(200);
  });

  it("accepts JSON POSTs", async () => {
    const response = await post(JSON.stringify({ query: "{ __typename }" }), { "content-type": "application/json" });
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });
});

describe("query limits", () => {
  it("refuses alias floods and token floods", async () => {
    // Limits are not exposed: the client learns only that the document was refused.
    const refused = "Syntax Error: Query validation error.";
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(" ");
    expect((await gql(`{ ${aliases} }`)).errors?.[0]?.message).toBe(refused);
    const fifteen = Array.from({ length: 15 }, (_, i) => `a${i}: me { id }`).join(" ");
    expect((await gql(`{ ${fifteen} }`)).errors).toBeUndefined();
    const tokens = `{ ${"__typename ".repeat(3100)} }`;
    expect((await gql(tokens)).errors?.[0]?.message).toBe(refused);
  });

  it("counts depth in fields, not in fragments, and still refuses deep field nesting", async () => {
    const refused = "Syntax Error: Query validation error.";
    // Three fields deep through four nested fragments (the app's payload → item → form documents
    // look like this): refused when fragments counted as levels, accepted now.
    const user = Array.from(
      { length: 4 },
      (_, i) => `fragment U${i} on User { ${i === 3 ? "department { name }" : `...U${i + 1}`} }`,
    ).join(" ");
    expect((await gql(`{ me { ...U0 } } ${user}`)).errors?.[0]?.message).not.toBe(refused);
    const deep = `{ ${'node(id: "x") { ... on Node { '.repeat(11)} id ${"} } ".repeat(11)} }`;
    expect((await gql(deep)).errors?.[0]?.message).toBe(refused);
  });

  it("does not suggest field names to a prober", async () => {
    const typo = await gql("{ latestContnt { edges { cursor } } }");
    expect(typo.errors?.[0]?.message).toBeTruthy();
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe("error masking", () => {
  it("never sends internals of an unexpected failure to the client", async () => {
    const broken = new Proxy(t.prisma, {
      get: (target, prop) =>
        prop === "contentItem"
          ? {
              findMany: () => {
                throw new Error("connection to 10.0.0.5:5432 refused at db.internal");
              },
            }
          : Reflect.get(target, prop),
    });
    const app = createApp({ ...t.services, prisma: broken });
    const response = await app.fetch("http://planport.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ latestContent(first: 1) { edges { node { id } } } }" }),
    });
    const text = await response.text();
    expect(text).toContain("Unexpected error.");
    expect(text).toContain("INTERNAL_SERVER_ERROR");
    expect(text).not.toMatch(/10\.0\.0\.5|db\.internal|stack|at \//);
  });
});
