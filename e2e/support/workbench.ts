import { expect, type Page } from "@playwright/test";
import { signOut, tabBarLink } from "./portal";

// The staff side of publishing in the portal's words: 工作台 (reached from 我的), the review page's
// sign-off panels (each a region named by its heading), and signing out from anywhere.

/** From 我的 (signed in), opens 信息发布工作台. */
export async function openWorkbench(page: Page): Promise<void> {
  await page.getByRole("link", { name: "信息发布工作台", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "信息发布工作台" })).toBeVisible();
}

/** A card on the review page (信息发布审核, 保密审查, 科室负责领导审批, 发布 …), by its heading. */
export function reviewPanel(page: Page, name: string) {
  return page.getByRole("region", { name, exact: true });
}

/** Goes to 我的 through the tab bar and presses 退出登录. */
export async function signOutFromAnywhere(page: Page): Promise<void> {
  await tabBarLink(page, "我的").click();
  await signOut(page);
}
