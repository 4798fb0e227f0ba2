import { expect, type Page } from "@playwright/test";
import { type DemoAccount, demoAccountFor, type Role } from "./demo-accounts";
import { fetchMe, type SignedInUser } from "./graphql";

// Journeys speak the portal's words: the bottom tab bar (首页, 我的), the sign-in form on 我的.

export function tabBarLink(page: Page, name: "首页" | "我的") {
  return page.getByRole("link", { name, exact: true });
}

/** A citizen opens the portal on their phone and sees the app shell. */
export async function openHome(page: Page): Promise<void> {
  await page.goto("/");
  await expect(tabBarLink(page, "首页")).toBeVisible();
  await expect(tabBarLink(page, "我的")).toBeVisible();
}

/** Opens 我的 through the tab bar, as a user would. */
export async function openMine(page: Page): Promise<void> {
  await openHome(page);
  await tabBarLink(page, "我的").click();
}

export function signInButton(page: Page) {
  return page.getByRole("button", { name: "登录", exact: true });
}

export function signOutButton(page: Page) {
  return page.getByRole("button", { name: "退出登录", exact: true });
}

/** Fills the 我的 sign-in form and presses 登录; the caller checks the outcome. */
export async function submitSignInForm(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel("用户名", { exact: true }).fill(username);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await signInButton(page).click();
}

export interface SignedIn {
  account: DemoAccount;
  /** The session's user according to the server (`me` with the page's cookies). */
  user: SignedInUser;
}

/** Signs in through the UI with the seeded demo account for `role`. */
export async function signInAs(page: Page, role: Role): Promise<SignedIn> {
  const account = await demoAccountFor(role);
  await openMine(page);
  await submitSignInForm(page, account.username, account.password);
  await expect(signOutButton(page)).toBeVisible();
  const user = await fetchMe(page.request);
  if (!user) throw new Error(`signed in as ${account.username} in the UI, but the session cookie carries no user`);
  return { account, user };
}

/** Presses 退出登录 and waits for the sign-in form to come back. */
export async function signOut(page: Page): Promise<void> {
  await signOutButton(page).click();
  await expect(signInButton(page)).toBeVisible();
  await expect(page.getByLabel("用户名", { exact: true })).toBeVisible();
}
