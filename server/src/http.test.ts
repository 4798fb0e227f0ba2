import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../test/helpers.js";
import { createHttpServer } from "./http.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
let base = "";
let healthy = true;
let close: () => void;
const dist = fs.mkdtempSync(path.join(os.tmpdir(), "planport-dist-"));

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  fs.mkdirSync(path.join(dist, "assets"));
  fs.writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>规划信息港</title>");
  fs.writeFileSync(path.join(dist, "assets/index-AbC123.js"), "export {}");
  fs.writeFileSync(path.join(dist, "sw.js"), "self.skipWaiting()");
  fs.writeFileSync(path.join(dist, "assets/gone-Xy9.js"), "export {}");
  const db = { ...t.db, ping: async () => healthy };
  const server = createHttpServer({ app: t.app, db, clientDist: dist, log: t.services.log });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(async () => {
  close();
  fs.rmSync(dist, { recursive: true, force: true });
  await t.close();
});

describe("HTTP server", () => {
  it("caches fingerprinted assets for ever and revalidates everything else", async () => {
    const asset = await fetch(`${base}/assets/index-AbC123.js`);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    for (const p of ["/", "/index.html", "/me", "/sw.js"]) {
      const response = await fetch(`${base}${p}`);
      expect(response.status, p).toBe(200);
      expect(response.headers.get("cache-control"), p).toBe("no-cache");
    }
  });

  it("stays up when a file disappears from the build while it runs (a rebuild)", async () => {
    fs.rmSync(path.join(dist, "assets/gone-Xy9.js"));
    // The file was listed at start, so the answer has begun: the connection is cut, never a crash.
    const gone = await fetch(`${base}/assets/gone-Xy9.js`)
      .then((r) => r.text())
      .then(
        () => "body",
        () => "cut",
      );
    expect(gone).toBe("cut");
    expect((await fetch(`${base}/assets/index-AbC123.js`)).status).toBe(200);
  });

  it("falls back to index.html for app routes, and sends security headers", async () => {
    const response = await fetch(`${base}/topics/wuxiang`);
    expect(await response.text()).toContain("规划信息港");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("answers /healthz with 200 when the database answers and 503 when it does not", async () => {
    healthy = true;
    const ok = await fetch(`${base}/healthz`);
    expect([ok.status, await ok.json()]).toEqual([200, { status: "ok", database: t.db.kind }]);
    healthy = false;
    const down = await fetch(`${base}/healthz`);
    expect(down.status).toBe(503);
    healthy = true;
  });

  it("serves GraphQL on /graphql", async () => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });
});
