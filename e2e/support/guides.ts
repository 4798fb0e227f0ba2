import { expect, type Page } from "@playwright/test";

// 办事指南 and 专题 in the portal's words: a citizen opens the guide list, a guide, ticks what they
// have gathered; the phone's service worker has to control the page before it can work offline.

/** Opens 办事指南 and then the guide with this name from the list, as a citizen would. */
export async function openGuide(page: Page, name: string): Promise<void> {
  await page.goto("/query/guides");
  await expect(page.getByRole("heading", { level: 1, name: "办事指南" })).toBeVisible();
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** A material on the guide's checklist, by its name. */
export function material(page: Page, name: string) {
  return page.getByRole("checkbox", { name, exact: true });
}

/** Ticks a material the citizen has ready and waits for the box to show it. */
export async function tickMaterial(page: Page, name: string): Promise<void> {
  const box = material(page, name);
  // Enabled once the phone's earlier ticks are read.
  await expect(box).toBeEnabled();
  await box.check();
  await expect(box).toBeChecked();
}

/**
 * Reloads until the service worker controls the page: registerType "prompt" does not claim pages
 * already open, so the worker controls the next load (as in home.spec.ts).
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.evaluate(() => navigator.serviceWorker.controller !== null);
      },
      { message: "a service worker controls the page", timeout: 30_000, intervals: [500, 1_000, 2_000] },
    )
    .toBe(true);
}
