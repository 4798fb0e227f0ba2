import type { APIRequestContext } from "@playwright/test";
import { expect, expectNoSeriousA11yViolations, test } from "./support/fixtures";
import { graphql } from "./support/graphql";
import {
  countProjectsInDistrict,
  fetchProjectByName,
  filterByDistrict,
  lookUp,
  lookupStatus,
  openQueryTab,
  resultCards,
} from "./support/projects";

// A citizen on a phone looks planning projects up on the 查询 tab: by a permit number (or its
// digits alone), by the pinyin initials of a name, by district; reads a project (permit timeline,
// location, related publicity); gets suggestions instead of a blank page, and a clear error for a
// wrong filter.
// Names come from the seed's project catalog (server/src/seed/projects/catalog.ts); numbers and
// codes are read from the public API, since the seed derives them.

/** Has a related 规划公示 item in the seed (publicity-langdong-school). */
const SCHOOL = "凤岭北片区九年一贯制学校";
/** Its permits' digits are its own in the seed: typed alone, they open it. */
const HOSPITAL = "良庆区人民医院新院区";
/** 五象|新区|体育|公园: its initials run wxxqtygy. */
const SPORTS_PARK = "五象新区体育公园";
const SPORTS_PARK_INITIALS = "wxxqtygy";

test("a citizen finds a project by its permit number and reads its permits, location and publicity", async ({
  axePage: page,
  request,
}) => {
  const school = await fetchProjectByName(request, SCHOOL);
  const permit = school.permits.at(-1);
  const publicity = school.related.find((item) => item.kind === "PUBLICITY");
  if (!permit || !publicity) throw new Error(`${SCHOOL} should have permits and related publicity in the seed`);

  await openQueryTab(page);
  await expect(page.getByRole("searchbox", { name: "查询项目" })).toHaveAttribute("placeholder", /许可证号/);
  await expect(page.getByRole("link", { name: /^办事指南/ })).toHaveAttribute("href", "/query/guides");
  await expect(page.getByRole("link", { name: /^热点区域与专题/ })).toHaveAttribute("href", "/query/topics");
  await expect(page.getByRole("region", { name: "近期重点项目" }).getByRole("article").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, "query hub");

  // The exact permit number goes straight to its project.
  await lookUp(page, permit.number);
  await expect(page).toHaveURL(`/query/projects/${encodeURIComponent(school.code)}`);
  await expect(page.getByRole("heading", { level: 1, name: SCHOOL })).toBeVisible();

  // The permit timeline: every permit, oldest first, each with its number and status in words.
  const timeline = page.getByRole("region", { name: "规划许可" }).getByRole("list").first();
  const entries = timeline.locator(":scope > li");
  await expect(entries).toHaveCount(school.permits.length);
  const oldestFirst = [...school.permits].sort((a, b) => a.issuedOn.localeCompare(b.issuedOn));
  await expect(entries.first()).toContainText(oldestFirst[0]?.number ?? "");
  await expect(entries.last()).toContainText(oldestFirst.at(-1)?.number ?? "");
  await expect(timeline.getByText(/^(有效|变更|注销)$/).first()).toBeVisible();

  // Where it is, in words.
  await expect(page.getByText(school.address, { exact: true })).toBeVisible();
  await expect(page.getByText(/^东经 \d+\.\d{4}°，北纬 \d+\.\d{4}°$/)).toBeVisible();
  await expect(page.getByRole("region", { name: "项目进度" }).locator('[aria-current="step"]')).toHaveCount(1);
  await expect(page.getByRole("region", { name: "主要规划指标" }).getByRole("table")).toContainText("容积率");

  // Related publicity opens the item on 资讯.
  const publicityLink = page.getByRole("region", { name: "相关公示" }).getByRole("link", { name: publicity.title });
  await expect(publicityLink).toHaveAttribute("href", /^\/news\/item\//);
  await expectNoSeriousA11yViolations(page, "project page");

  await publicityLink.click();
  await expect(page.getByRole("heading", { level: 1, name: publicity.title })).toBeVisible();

  // Back returns to the project, and Back again to 查询: the lookup that redirected left no stop.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: SCHOOL })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL("/query");
});

/** The projects that a lookup of these digits flags as exact, as the public API answers it. */
async function exactProjectsOf(request: APIRequestContext, digits: string): Promise<string[]> {
  const data = await graphql<{ projects: { edges: { exactMatch: boolean; node: { code: string } }[] } }>(
    request,
    "query Digits($q: String) { projects(query: $q, first: 5) { edges { exactMatch node { code } } } }",
    { q: digits },
  );
  return data.projects.edges.filter((edge) => edge.exactMatch).map((edge) => edge.node.code);
}

/** 建字第450100202500322号 → "4501 0020 2500 322": as read off a paper permit, without its words. */
const digitsInGroups = (number: string) => number.replace(/\D/g, "").replace(/(\d{4})(?=\d)/g, "$1 ");

test("a citizen types only the digits of a permit number and lands on its project, or chooses when two share them", async ({
  page,
  request,
}) => {
  // The seed numbers each permit type from the same serials (地字 and 建字 第…00101号 alike), as
  // bureaus do: the hospital has digits of its own, the school's are shared with other permits.
  const hospital = await fetchProjectByName(request, HOSPITAL);
  const own = [];
  for (const permit of hospital.permits) {
    const exact = await exactProjectsOf(request, permit.number.replace(/\D/g, ""));
    if (exact.length === 1 && exact[0] === hospital.code) own.push(permit.number);
  }
  const school = await fetchProjectByName(request, SCHOOL);
  const shared = [];
  for (const permit of school.permits) {
    if ((await exactProjectsOf(request, permit.number.replace(/\D/g, ""))).length > 1) shared.push(permit.number);
  }
  if (!own[0] || !shared[0]) throw new Error("the seed should number permits with own and with shared digits");

  await openQueryTab(page);
  await lookUp(page, digitsInGroups(own[0]));
  await expect(page).toHaveURL(`/query/projects/${encodeURIComponent(hospital.code)}`);
  await expect(page.getByRole("heading", { level: 1, name: HOSPITAL })).toBeVisible();

  // Digits that two projects' permits share open neither: both are listed first, the person picks.
  await openQueryTab(page);
  await lookUp(page, digitsInGroups(shared[0]));
  await expect(resultCards(page).filter({ hasText: SCHOOL })).toBeVisible();
  await expect(page).toHaveURL(/\/query\/projects\?q=/);
  await resultCards(page).filter({ hasText: SCHOOL }).getByRole("link", { name: SCHOOL }).click();
  await expect(page.getByRole("heading", { level: 1, name: SCHOOL })).toBeVisible();
});

test("a citizen finds a project by the pinyin initials of its name and opens it", async ({ axePage: page }) => {
  await openQueryTab(page);
  await lookUp(page, SPORTS_PARK_INITIALS);
  await expect(page).toHaveURL(`/query/projects?q=${SPORTS_PARK_INITIALS}`);
  const card = resultCards(page).filter({ hasText: SPORTS_PARK });
  await expect(card).toBeVisible();
  await expect(card).toContainText("良庆区");
  await expect(card).toContainText("重点项目");
  await expect(lookupStatus(page)).toContainText(`与“${SPORTS_PARK_INITIALS}”相关的项目`);
  await expectNoSeriousA11yViolations(page, "lookup results");

  await card.getByRole("link", { name: SPORTS_PARK }).click();
  await expect(page.getByRole("heading", { level: 1, name: SPORTS_PARK })).toBeVisible();
});

test("a citizen narrows the projects to one district; the filter is in the URL and Back undoes it", async ({
  page,
  request,
}) => {
  const district = "良庆区";
  const expected = await countProjectsInDistrict(request, district);
  expect(expected, `the seed has projects in ${district}`).toBeGreaterThan(0);

  await page.goto("/query/projects");
  await expect(lookupStatus(page)).toContainText(/共 [\d,]+ 个项目/);
  // Twenty at a time; scrolling to the end (where 加载更多 waits for keyboards) appends the next page.
  await expect(resultCards(page)).toHaveCount(20);
  await page.getByRole("button", { name: "加载更多" }).scrollIntoViewIfNeeded();
  await expect.poll(() => resultCards(page).count()).toBeGreaterThan(20);

  await filterByDistrict(page, district);

  await expect(page).toHaveURL(`/query/projects?district=${encodeURIComponent(district)}`);
  await expect(lookupStatus(page)).toHaveText(`找到 ${expected} 个符合条件的项目`);
  const cards = resultCards(page);
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) await expect(card).toContainText(district);
  await expect(page.getByRole("list", { name: "当前筛选条件" }).getByRole("button")).toHaveAccessibleName(
    `移除筛选条件：${district}`,
  );

  // The link is shareable: a fresh load shows the same lookup.
  await page.reload();
  await expect(lookupStatus(page)).toHaveText(`找到 ${expected} 个符合条件的项目`);

  await page.goBack();
  await expect(page).toHaveURL("/query/projects");
  await expect(lookupStatus(page)).toContainText(/共 [\d,]+ 个项目/);
});

test("a lookup that finds nothing offers similar names and recent key projects", async ({ axePage: page }) => {
  // 东盟商务区 matches a seeded name, 火星 matches nothing: all words must match, so nothing is found.
  await page.goto(`/query/projects?q=${encodeURIComponent("东盟商务区火星大厦")}`);
  await expect(page.getByText("没有找到与“东盟商务区火星大厦”相关的项目。")).toBeVisible();
  const similar = page.getByRole("region", { name: "您是不是要找：" });
  await expect(similar.getByRole("article").filter({ hasText: "东盟商务区总部大厦" })).toBeVisible();
  const keyProjects = page.getByRole("region", { name: "近期重点项目" });
  await expect(keyProjects.getByRole("article").first()).toContainText("重点项目");
  await expectNoSeriousA11yViolations(page, "empty lookup with suggestions");
});

test("a wrong filter in a shared link gets a clear error and a way out", async ({ page }) => {
  await page.goto(`/query/projects?district=${encodeURIComponent("火星区")}`);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("没有名为“火星区”的城区或县（市）");
  await expect(alert).toContainText("青秀区");
  await alert.getByRole("button", { name: "清除“区县”条件" }).click();
  await expect(page).toHaveURL("/query/projects");
  await expect(resultCards(page).first()).toBeVisible();

  await page.goto("/query/projects?stage=BUILDING");
  await expect(page.getByRole("alert")).toContainText("没有“BUILDING”这个项目阶段");

  await page.goto("/query/projects?key=yes");
  await expect(page.getByRole("alert")).toContainText("“只看重点项目”的值“yes”无效");
});

test("key projects list their stage and latest quarterly progress", async ({ page }) => {
  await openQueryTab(page);
  await page.getByRole("link", { name: /^重点项目/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "重点项目" })).toBeVisible();
  const cards = page.getByRole("list", { name: "重点项目列表" }).getByRole("article");
  await expect(cards.first()).toBeVisible();
  await expect(cards.first()).toContainText(/最新进展（\d{4}年第[一二三四]季度/);
  await expect(lookupStatus(page)).toContainText(/共 \d+ 个重点项目/);
});

test("a project opened once reads offline from the phone's cache", async ({ page, context, request }) => {
  const school = await fetchProjectByName(request, SCHOOL);
  await page.goto(`/query/projects/${encodeURIComponent(school.code)}`);
  await expect(page.getByRole("heading", { level: 1, name: SCHOOL })).toBeVisible();

  // registerType "prompt" does not claim open pages: the worker controls the next load.
  await expect
    .poll(
      async () => {
        await page.reload();
        await expect(page.getByRole("heading", { level: 1, name: SCHOOL })).toBeVisible();
        return page.evaluate(() => navigator.serviceWorker.controller !== null);
      },
      { message: "a service worker controls the page", timeout: 30_000, intervals: [500, 1_000, 2_000] },
    )
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: SCHOOL })).toBeVisible();
  await expect(page.getByText("离线，显示的是缓存内容")).toBeVisible();
  await expect(page.getByRole("region", { name: "规划许可" })).toContainText(school.permits[0]?.number ?? "");
});

test("a key project shows its site plan at the width the phone needs, and its permit documents download", async ({
  page,
  request,
}) => {
  const museum = await fetchProjectByName(request, "五象新区规划展示馆");
  await page.goto(`/query/projects/${encodeURIComponent(museum.code)}`);
  await expect(page.getByRole("heading", { level: 1, name: "五象新区规划展示馆" })).toBeVisible();

  const images = page.getByRole("region", { name: "项目图片" });
  const plan = images.getByRole("img", { name: /总平面图/ });
  await plan.scrollIntoViewIfNeeded();
  // The server's 640 or 1280 px variant of the stored WebP, never the original.
  await expect.poll(() => plan.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.webp\?w=(640|1280)$/);
  await expect
    .poll(() => plan.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);

  const documents = page.getByRole("region", { name: "相关文件" }).getByRole("link");
  await expect(documents.first()).toBeVisible();
  const href = await documents.first().getAttribute("href");
  const response = await request.get(href ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
});
