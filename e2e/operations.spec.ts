import { expect, expectNoSeriousA11yViolations, test } from "./support/fixtures";
import { signInAs } from "./support/portal";
import { signOutFromAnywhere } from "./support/workbench";

// 网站值班 on a phone: the maintainer puts the letter handler on duty today and takes them off
// again; on 紧急发布待补批 the maintainer (on duty in the demo) is told they may publish in an
// emergency, and a department head sees who is on duty today.

test.describe.configure({ mode: "serial" });

/** Today as the bureau counts it (the browser runs in Asia/Shanghai). */
const todayHeading = () => {
  const parts = new Intl.DateTimeFormat("zh-CN", {
    timeZone: "Asia/Shanghai",
    month: "numeric",
    day: "numeric",
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part("month")}月${part("day")}日`;
};

test("the maintainer puts the letter handler on duty today, then takes them off", async ({ page, axePage }) => {
  await signInAs(page, "MAINTAINER");
  await page.goto("/staff/duty");
  await expect(page.getByRole("heading", { level: 1, name: "值班表" })).toBeVisible();
  const today = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: /今天/ }) });
  await expect(today.getByRole("heading", { level: 3 })).toContainText(todayHeading());
  await expect(today).toContainText("梁振宇（网站维护）");
  await expect(today).toContainText("覃志刚（分管局领导）");

  await today.getByRole("button", { name: /^安排值班/ }).click();
  const dialog = page.getByRole("dialog", { name: /^安排 .* 值班$/ });
  await dialog.getByLabel("值班人员", { exact: true }).selectOption({ label: "蒙秀兰（承办） · 信访科" });
  await dialog.getByLabel(/^备注/).fill("处理暴雨期间来信");
  await dialog.getByRole("button", { name: "安排值班", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("已安排值班。")).toBeVisible();
  await expect(today).toContainText("蒙秀兰（承办）处理暴雨期间来信");

  await page.getByRole("button", { name: `移除 蒙秀兰（承办） ${todayHeading()} 的值班` }).click();
  await expect(page.getByText("已移除值班安排。")).toBeVisible();
  await expect(today).not.toContainText("蒙秀兰");

  await signInAs(axePage, "MAINTAINER");
  await axePage.goto("/staff/duty");
  await expect(axePage.getByRole("heading", { level: 1, name: "值班表" })).toBeVisible();
  await expect(axePage.getByText("梁振宇（网站维护）").first()).toBeVisible();
  await expectNoSeriousA11yViolations(axePage, "duty-roster");
  await signOutFromAnywhere(page);
});

test("the emergency page says who is on duty today", async ({ page, axePage }) => {
  await signInAs(page, "MAINTAINER");
  await page.goto("/staff/emergency");
  const duty = page.getByRole("region", { name: "今日值班" });
  await expect(duty).toContainText(`您今天（${todayHeading()}）值班`);
  await signOutFromAnywhere(page);

  await signInAs(page, "DEPT_HEAD");
  await page.goto("/staff/emergency");
  await expect(duty).toContainText(`今天（${todayHeading()}）值班的是：`);
  await expect(duty).toContainText("梁振宇（网站维护）");
  await duty.getByRole("link", { name: "查看值班表" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "值班表" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^安排值班/ })).toHaveCount(0);

  await signInAs(axePage, "DEPT_HEAD");
  await axePage.goto("/staff/emergency");
  await expect(axePage.getByRole("region", { name: "今日值班" })).toBeVisible();
  await expectNoSeriousA11yViolations(axePage, "emergency-duty");
});
