import { expect, type Page } from "@playwright/test";
import { graphql } from "./graphql";
import { staffRequest } from "./publishing";

// A citizen's letters in the portal's words: 互动 → 局长信箱, the receipt with its two codes,
// 查询来信. Fields are found by their accessible names, as a screen reader user would.

export interface CitizenLetter {
  type: "咨询" | "意见" | "建议" | "投诉";
  subject: string;
  body: string;
  name: string;
  phone: string;
}

export interface LetterCodes {
  trackingCode: string;
  accessCode: string;
}

/** The 互动 tab, then 局长信箱. */
export async function openDirectorMailbox(page: Page): Promise<void> {
  await page.goto("/");
  await page.getByRole("link", { name: "互动", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "互动" })).toBeVisible();
  await page.getByRole("link", { name: /^局长信箱/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "局长信箱" })).toBeVisible();
}

export async function writeLetter(page: Page, letter: CitizenLetter): Promise<void> {
  await page.getByRole("radio", { name: new RegExp(`^${letter.type}`) }).check();
  await page.getByRole("textbox", { name: "标题", exact: true }).fill(letter.subject);
  await page.getByRole("textbox", { name: "来信内容", exact: true }).fill(letter.body);
  await page.getByRole("textbox", { name: "姓名", exact: true }).fill(letter.name);
  await page.getByRole("textbox", { name: "联系电话", exact: true }).fill(letter.phone);
}

/** The receipt's two codes, as shown once after the letter is accepted. */
export async function readReceipt(page: Page): Promise<LetterCodes> {
  const receipt = page.getByRole("region", { name: "来信已提交" });
  await expect(receipt).toBeVisible({ timeout: 60_000 });
  const trackingCode = (await receipt.getByTestId("tracking-code").textContent())?.trim() ?? "";
  const accessCode = (await receipt.getByTestId("access-code").textContent())?.trim() ?? "";
  expect(trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(accessCode).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
  return { trackingCode, accessCode };
}

/** 查询来信 with both codes typed as a person might (lower case, spaces); shows the letter. */
export async function trackLetter(page: Page, codes: LetterCodes, subject: string): Promise<void> {
  await page.goto("/letters/track");
  await expect(page.getByRole("heading", { level: 1, name: "查询来信" })).toBeVisible();
  await page.getByRole("textbox", { name: "受理编号" }).fill(codes.trackingCode.toLowerCase().replace(/-/g, " "));
  await page.getByRole("textbox", { name: "查询码" }).fill(codes.accessCode.toLowerCase());
  await page.getByRole("button", { name: "查询", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: subject })).toBeVisible();
}

/** How many letters the bureau holds with this subject, as a handler's inbox search finds them. */
export async function lettersWithSubject(baseURL: string, subject: string): Promise<number> {
  const handler = await staffRequest(baseURL, "HANDLER");
  try {
    const data = await graphql<{ letterInbox: { totalCount: number; edges: { node: { subject: string } }[] } }>(
      handler,
      `query($filter: LetterInboxFilter) {
        letterInbox(filter: $filter, first: 50) { totalCount edges { node { subject } } }
      }`,
      { filter: { search: subject } },
    );
    return data.letterInbox.edges.filter((edge) => edge.node.subject === subject).length;
  } finally {
    await handler.dispose();
  }
}
