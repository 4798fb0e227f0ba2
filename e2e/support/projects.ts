import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { graphql } from "./graphql";

// The 查询 tab in the portal's words: open 查询, look up projects (one search box, the filter
// sheet), open a project. Controls are found by their accessible names, as a screen reader user would.

export interface SeededProject {
  code: string;
  name: string;
  district: string;
  address: string;
  permits: { number: string; type: string; issuedOn: string }[];
  related: { kind: string; title: string }[];
}

/** A seeded project as the public API gives it, found by its exact name. */
export async function fetchProjectByName(request: APIRequestContext, name: string): Promise<SeededProject> {
  const data = await graphql<{ projects: { edges: { node: SeededProject }[] } }>(
    request,
    `query ProjectByName($query: String!) {
      projects(query: $query, first: 5) {
        edges { node { code name district address permits { number type issuedOn } related { kind title } } }
      }
    }`,
    { query: name },
  );
  const project = data.projects.edges.map((edge) => edge.node).find((node) => node.name === name);
  if (!project) throw new Error(`the seed has no published project named ${name}`);
  return project;
}

/** How many published projects the API finds in a district. */
export async function countProjectsInDistrict(request: APIRequestContext, district: string): Promise<number> {
  const data = await graphql<{ projects: { totalCount: number } }>(
    request,
    "query InDistrict($district: String) { projects(district: $district, first: 1) { totalCount } }",
    { district },
  );
  return data.projects.totalCount;
}

export function queryTab(page: Page) {
  return page.getByRole("link", { name: "查询", exact: true });
}

/** From the home page through the tab bar to 查询, as a citizen would. */
export async function openQueryTab(page: Page): Promise<void> {
  await page.goto("/");
  await queryTab(page).click();
  await expect(page.getByRole("heading", { level: 1, name: "查询" })).toBeVisible();
}

/** Types into the one search box and presses 查询. */
export async function lookUp(page: Page, words: string): Promise<void> {
  await page.getByRole("searchbox", { name: "查询项目" }).fill(words);
  await page.getByRole("button", { name: "查询", exact: true }).click();
}

/** The count the lookup announces ("找到 8 个符合条件的项目"); not the app's own toasts. */
export function lookupStatus(page: Page) {
  return page.getByRole("status").filter({ hasText: "项目" });
}

/** The result cards of a lookup. */
export function resultCards(page: Page) {
  return page.getByRole("list", { name: "查询结果" }).getByRole("article");
}

/** Opens the filter sheet, picks a district and applies it. */
export async function filterByDistrict(page: Page, district: string): Promise<void> {
  await page.getByRole("button", { name: /^筛选/ }).click();
  const sheet = page.getByRole("dialog", { name: "筛选项目" });
  await expect(sheet).toBeVisible();
  await sheet.getByRole("combobox", { name: "区县" }).selectOption(district);
  await sheet.getByRole("button", { name: "查看结果" }).click();
  await expect(sheet).toBeHidden();
}
