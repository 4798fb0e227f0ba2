import path from "node:path";
import { expect, expectNoSeriousA11yViolations, test } from "./support/fixtures";
import { fetchLatestContent } from "./support/graphql";
import { openHome, tabBarLink } from "./support/portal";

// A citizen on a phone: reads the latest news, can install the portal, and still has the
// app when the network drops.

const SCREENSHOT = path.join(import.meta.dirname, "screenshots", "home-390.png");

interface WebAppManifest {
  name?: string;
  lang?: string;
  display?: string;
  icons?: { src: string; sizes?: string; type?: string; purpose?: string }[];
}

test("a citizen opens the portal and sees the latest news", async ({ page }) => {
  const latest = await fetchLatestContent(page.request);
  const newest = latest[0];
  if (!newest) throw new Error("latestContent is empty: the seed published no content");

  await openHome(page);

  await expect(page.getByText(newest.title).first()).toBeVisible();
  expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
  // The README shows this picture of the phone home page.
  await page.screenshot({ path: SCREENSHOT, animations: "disabled" });
});

test("the portal can be installed from its web app manifest", async ({ page }) => {
  await openHome(page);

  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href, "index.html links a manifest").toBeTruthy();
  const manifestUrl = new URL(href ?? "", page.url()).toString();
  const response = await page.request.get(manifestUrl);
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as WebAppManifest;

  expect(manifest.name).toBe("规划信息港");
  expect(manifest.lang).toBe("zh-CN");
  expect(manifest.display).toBe("standalone");
  const icons = manifest.icons ?? [];
  const sizes = icons.flatMap((icon) => (icon.sizes ?? "").split(/\s+/));
  expect(sizes).toContain("192x192");
  expect(sizes).toContain("512x512");
  expect(icons.some((icon) => (icon.purpose ?? "").split(/\s+/).includes("maskable"))).toBe(true);

  for (const icon of icons) {
    const iconResponse = await page.request.get(new URL(icon.src, manifestUrl).toString());
    expect(iconResponse.status(), `icon ${icon.src}`).toBe(200);
    expect(iconResponse.headers()["content-type"], `icon ${icon.src}`).toMatch(/^image\//);
  }
});

test("the app shell keeps working offline once the service worker controls the page", async ({ page, context }) => {
  await openHome(page);

  // registerType "prompt" does not claim open pages: the worker controls the next load.
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.evaluate(() => navigator.serviceWorker.controller !== null);
      },
      { message: "a service worker controls the page", timeout: 30_000, intervals: [500, 1_000, 2_000] },
    )
    .toBe(true);

  await context.setOffline(true);
  await page.reload();

  await expect(tabBarLink(page, "首页")).toBeVisible();
  await expect(tabBarLink(page, "我的")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "网络已断开" })).toBeVisible();
});

test("the home page has no serious accessibility violations", async ({ axePage }) => {
  const latest = await fetchLatestContent(axePage.request, 1);
  await openHome(axePage);
  // Scan the page with its content, not a loading state.
  if (latest[0]) await expect(axePage.getByText(latest[0].title).first()).toBeVisible();

  await expectNoSeriousA11yViolations(axePage, "home");
});
