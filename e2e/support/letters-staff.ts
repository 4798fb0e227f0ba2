import { expect, type Page } from "@playwright/test";
import { readDemoAccounts } from "./demo-accounts";
import { fetchMe } from "./graphql";
import { openMine, signOut, signOutButton, submitSignInForm, tabBarLink } from "./portal";

// The staff side of letters in the portal's words: 信件办理 (reached from 我的), a letter's 办理 steps
// (each a button opening a dialog named after the step), and who signs in to take them.

/**
 * Signs in through the UI as one seeded account by username. Letters need particular people, not
 * just roles: only the head of the letter's own department may approve its reply.
 */
export async function signInAsUser(page: Page, username: string): Promise<void> {
  const account = (await readDemoAccounts()).find((a) => a.username === username);
  if (!account) throw new Error(`demo-accounts.txt has no account "${username}" (is the letters seed in?)`);
  await openMine(page);
  await submitSignInForm(page, account.username, account.password);
  await expect(signOutButton(page)).toBeVisible();
  const me = await fetchMe(page.request);
  expect(me?.username).toBe(username);
}

/** From 我的 (signed in), opens 信件办理. */
export async function openLetterInbox(page: Page): Promise<void> {
  await page.getByRole("link", { name: "信件办理", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "信件办理" })).toBeVisible();
}

/** Opens a letter from the inbox by its subject, looking it up by its tracking code. */
export async function openLetterFromInbox(page: Page, trackingCode: string, subject: string): Promise<void> {
  const search = page.getByLabel("受理编号、外部编号或标题", { exact: true });
  // The filters panel is closed unless the URL already filters.
  if (!(await search.isVisible())) await page.getByText("筛选", { exact: true }).click();
  await search.fill(trackingCode);
  await search.press("Enter");
  await expect(page).toHaveURL(/[?&]q=/);
  await page.getByRole("link", { name: subject, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
}

/** The 办理 section of the letter page. */
export function letterActions(page: Page) {
  return page.getByRole("region", { name: "办理", exact: true });
}

/** Presses a step's button (登记, 分办, 告知已收到 …) and returns its dialog. */
export async function openStep(page: Page, step: string, dialogName = step) {
  await letterActions(page).getByRole("button", { name: step, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: dialogName });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** A row of the letter's 基本信息 (状态, 承办人 …). */
export function letterDetail(page: Page, label: string) {
  const term = page.locator("dt").filter({ hasText: new RegExp(`^${label}$`) });
  return page.locator(".details__row", { has: term }).first().locator("dd");
}

/** The 办理记录 timeline of the letter page. */
export function letterTimeline(page: Page) {
  return page.getByRole("region", { name: "办理记录", exact: true }).getByRole("listitem");
}

/** The timeline's events of one kind (分办, 已告知, 发送答复 …), by their label. */
export function timelineEvents(page: Page, label: string) {
  return letterTimeline(page).filter({ has: page.locator("strong").filter({ hasText: new RegExp(`^${label}$`) }) });
}

/** Goes to 我的 through the tab bar and presses 退出登录. */
export async function signOutOfLetters(page: Page): Promise<void> {
  await tabBarLink(page, "我的").click();
  await signOut(page);
}
