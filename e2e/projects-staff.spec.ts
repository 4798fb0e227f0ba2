import { expect, expectNoSeriousA11yViolations, test } from "./support/fixtures";
import { fetchLatestContent, graphql } from "./support/graphql";
import { solidPng } from "./support/images";
import { signInAs } from "./support/portal";
import { openWorkbench } from "./support/workbench";

// Staff keep projects through the publishing workflow: the editor fills in 项目信息 with a permit
// in the draft form on a phone, saves, and the draft comes back with the same values. Then the
// import page refuses a file with a bad row, naming the row. A project's 用地范围, images,
// documents and related items, and a guide's related laws, are all kept from the phone too.

test.describe.configure({ mode: "serial" });

// A code and permit number no seeded project has.
const suffix = String(Math.floor(Math.random() * 900_000) + 100_000);
const code = `2026-450103-70-01-${suffix}`;
const permitNumber = `建字第4501002026${suffix}号`;
const title = `青秀区凤岭北片区安置房项目 ${suffix}`;

test("the editor creates a project with a permit, and the saved draft reloads with the same values", async ({
  page,
  axePage,
}) => {
  await signInAs(page, "EDITOR");
  await openWorkbench(page);
  await page.getByRole("link", { name: "新建稿件", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "新建稿件" })).toBeVisible();

  await page.getByLabel("信息类别", { exact: true }).selectOption("PROJECT");
  await page.getByLabel("标题", { exact: true }).fill(title);
  const body = page.getByRole("textbox", { name: "正文", exact: true });
  await body.click();
  await page.keyboard.type("项目概况：安置住房及配套设施。");

  const details = page.getByRole("group", { name: "专项信息" });
  await details.getByLabel("项目代码", { exact: true }).fill(code);
  await details.getByLabel("建设单位", { exact: true }).fill("南宁市青秀区城市建设投资有限公司");
  await details.getByLabel("所在城区", { exact: true }).selectOption("青秀区");
  await details.getByLabel("项目地址", { exact: true }).fill("青秀区凤岭北路 66 号");
  await details.getByLabel("项目阶段", { exact: true }).selectOption("WORKS_PERMIT");
  await details.getByLabel("用地性质", { exact: true }).selectOption("0701");
  await details.getByLabel("经度", { exact: true }).fill("108.4012");
  await details.getByLabel("纬度", { exact: true }).fill("22.8456");
  await details.getByLabel("用地面积（平方米）", { exact: true }).fill("12,500");
  // Hot areas are the published 热点区域 pages, offered by name.
  await details.getByLabel("热点区域", { exact: true }).selectOption({ label: "邕江两岸（yongjiang-banks）" });

  await details.getByRole("button", { name: "添加许可证", exact: true }).click();
  const permit = details.getByRole("group", { name: "许可证 1", exact: true });
  await permit.getByLabel("许可证类型", { exact: true }).selectOption("WORKS_PERMIT");
  await permit.getByLabel("许可证号", { exact: true }).fill(permitNumber);
  await permit.getByLabel("发证日期", { exact: true }).fill("2026-03-01");
  await permit.getByLabel("发证机关", { exact: true }).fill("南宁市自然资源局");
  await permit.getByLabel("许可内容", { exact: true }).fill("安置住房 6 栋及地下车库");
  await expect(permit.getByRole("button", { name: "删除第 1 条许可证", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "保存草稿", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/items\/[^/]+\/edit$/);
  await expect(page.getByText("稿件已创建。")).toBeVisible();
  const editUrl = page.url();

  // What comes back is the server's revision, not the form's memory: a fresh load of the page.
  await page.goto(editUrl);
  const reloaded = page.getByRole("group", { name: "专项信息" });
  await expect(reloaded.getByLabel("项目代码", { exact: true })).toHaveValue(code);
  await expect(reloaded.getByLabel("建设单位", { exact: true })).toHaveValue("南宁市青秀区城市建设投资有限公司");
  await expect(reloaded.getByLabel("所在城区", { exact: true })).toHaveValue("青秀区");
  await expect(reloaded.getByLabel("项目阶段", { exact: true })).toHaveValue("WORKS_PERMIT");
  await expect(reloaded.getByLabel("用地性质", { exact: true })).toHaveValue("0701");
  await expect(reloaded.getByLabel("经度", { exact: true })).toHaveValue("108.4012");
  await expect(reloaded.getByLabel("纬度", { exact: true })).toHaveValue("22.8456");
  await expect(reloaded.getByLabel("用地面积（平方米）", { exact: true })).toHaveValue("12500");
  await expect(reloaded.getByLabel("热点区域", { exact: true })).toHaveValue("yongjiang-banks");
  const saved = reloaded.getByRole("group", { name: "许可证 1", exact: true });
  await expect(saved.getByLabel("许可证类型", { exact: true })).toHaveValue("WORKS_PERMIT");
  await expect(saved.getByLabel("许可证号", { exact: true })).toHaveValue(permitNumber);
  await expect(saved.getByLabel("发证日期", { exact: true })).toHaveValue("2026-03-01");
  await expect(saved.getByLabel("发证机关", { exact: true })).toHaveValue("南宁市自然资源局");
  await expect(saved.getByLabel("许可内容", { exact: true })).toHaveValue("安置住房 6 栋及地下车库");
  await expect(saved.getByLabel("许可证状态", { exact: true })).toHaveValue("VALID");
  await expect(reloaded.getByRole("group", { name: "许可证 2", exact: true })).toHaveCount(0);

  // A typo in a number is named beside its field, and nothing is sent.
  await reloaded.getByLabel("容积率", { exact: true }).fill("2.5倍");
  await page.getByRole("button", { name: "保存草稿", exact: true }).click();
  await expect(reloaded.getByText("容积率须为数字").first()).toBeVisible();

  await signInAs(axePage, "EDITOR");
  await axePage.goto(editUrl);
  await expect(axePage.getByRole("group", { name: "许可证 1", exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(axePage, "editor page with project details");
});

/** A binary glTF with an empty scene: its header and JSON chunk (4-byte aligned). */
function tinyGlb(): Buffer {
  const json = Buffer.from(JSON.stringify({ asset: { version: "2.0" } }).padEnd(28, " "), "utf8");
  const header = Buffer.alloc(20);
  header.write("glTF", 0, "ascii");
  header.writeUInt32LE(2, 4);
  header.writeUInt32LE(20 + json.length, 8);
  header.writeUInt32LE(json.length, 12);
  header.write("JSON", 16, "ascii");
  return Buffer.concat([header, json]);
}

/** The smallest file the media endpoint recognises as a PDF (it decides by the bytes). */
const tinyPdf = () =>
  Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    "latin1",
  );

test("the editor keeps a project's 用地范围, images, documents and related items, and a guide's related laws", async ({
  page,
  axePage,
}) => {
  const published = (await fetchLatestContent(page.request, 20)).find((c) => ["PUBLICITY", "NEWS"].includes(c.kind));
  if (!published) throw new Error("the seed publishes publicity and news");

  // The narrowest phone the portal supports: rows nest four fieldsets deep here.
  await page.setViewportSize({ width: 360, height: 780 });
  await signInAs(page, "EDITOR");
  await page.goto("/staff/items/new");
  await page.getByLabel("信息类别", { exact: true }).selectOption("PROJECT");
  await page.getByLabel("标题", { exact: true }).fill(`五象新区规划展示馆 ${suffix}`);
  const details = page.getByRole("group", { name: "专项信息" });

  // 用地范围: three corners typed as rows; the ring is closed on saving.
  await details.getByRole("radio", { name: "用地范围（多边形）" }).check();
  const corners = [
    ["108.3601", "22.7702"],
    ["108.3655", "22.7702"],
    ["108.3655", "22.7741"],
  ];
  for (const [i, [lng, lat]] of corners.entries()) {
    const vertex = details.getByRole("group", { name: `顶点 ${i + 1}`, exact: true });
    await vertex.getByLabel("经度", { exact: true }).fill(lng as string);
    await vertex.getByLabel("纬度", { exact: true }).fill(lat as string);
  }
  await details.getByRole("button", { name: "添加顶点", exact: true }).click();
  // Focus moves into the new row, so the editor types on.
  const fourth = details.getByRole("group", { name: "顶点 4", exact: true });
  await expect(fourth.getByLabel("经度", { exact: true })).toBeFocused();
  await page.keyboard.type("108.3601");
  await fourth.getByLabel("纬度", { exact: true }).fill("22.7741");

  // Images and documents go through the editor's media upload.
  const images = details.getByRole("group", { name: "项目图片", exact: true });
  await images
    .getByLabel("上传图片", { exact: true })
    .setInputFiles({ name: "效果图.png", mimeType: "image/png", buffer: solidPng(16) });
  const image = images.getByRole("group", { name: "图片 1", exact: true });
  await expect(image.getByLabel("图片说明", { exact: true })).toHaveValue("效果图");
  await expect(image.getByLabel("文件地址", { exact: true })).toHaveValue(/^\/media\//);
  const documents = details.getByRole("group", { name: "项目文件", exact: true });
  await documents
    .getByLabel("上传文件", { exact: true })
    .setInputFiles({ name: "规划总平面图.pdf", mimeType: "application/pdf", buffer: tinyPdf() });
  const pdf = documents.getByRole("group", { name: "文件 1", exact: true });
  await expect(pdf.getByLabel("文件名称", { exact: true })).toHaveValue("规划总平面图.pdf");

  // The 3D model: a .glb through the same upload fills in its address.
  await details
    .getByLabel("上传模型（.glb）", { exact: true })
    .setInputFiles({ name: "展示馆.glb", mimeType: "model/gltf-binary", buffer: tinyGlb() });
  await expect(details.getByLabel("三维模型地址", { exact: true })).toHaveValue(/^\/media\//);

  // A related item is picked among published content by searching its title.
  const related = details.getByRole("group", { name: "相关信息（公示、新闻）", exact: true });
  await related.getByLabel("搜索要添加的相关信息", { exact: true }).fill(published.title);
  await related.getByRole("button", { name: "搜索", exact: true }).click();
  await related
    .getByRole("button", { name: `添加“${published.title}”`, exact: true })
    .first()
    .click();
  await expect(related.getByRole("group", { name: "相关信息 1", exact: true })).toContainText(published.title);

  await page.getByRole("button", { name: "保存草稿", exact: true }).click();
  await expect(page.getByText("稿件已创建。")).toBeVisible();
  const editUrl = page.url();

  await page.goto(editUrl);
  const reloaded = page.getByRole("group", { name: "专项信息" });
  await expect(reloaded.getByRole("radio", { name: "用地范围（多边形）" })).toBeChecked();
  for (const [i, [lng, lat]] of [...corners, ["108.3601", "22.7741"]].entries()) {
    const vertex = reloaded.getByRole("group", { name: `顶点 ${i + 1}`, exact: true });
    await expect(vertex.getByLabel("经度", { exact: true })).toHaveValue(lng as string);
    await expect(vertex.getByLabel("纬度", { exact: true })).toHaveValue(lat as string);
  }
  // The closing vertex the server stores is not shown as a fifth corner.
  await expect(reloaded.getByRole("group", { name: "顶点 5", exact: true })).toHaveCount(0);
  const savedImage = reloaded.getByRole("group", { name: "图片 1", exact: true });
  await expect(savedImage.getByLabel("图片说明", { exact: true })).toHaveValue("效果图");
  const imageUrl = await savedImage.getByLabel("文件地址", { exact: true }).inputValue();
  expect((await page.request.get(imageUrl)).status()).toBe(200);
  const savedDocument = reloaded.getByRole("group", { name: "文件 1", exact: true });
  await expect(savedDocument.getByLabel("文件名称", { exact: true })).toHaveValue("规划总平面图.pdf");
  await expect(savedDocument.getByText("类型：PDF")).toBeVisible();
  await expect(reloaded.getByLabel("三维模型地址", { exact: true })).toHaveValue(/^\/media\//);
  // The saved reference is an id: the title is looked up again.
  await expect(reloaded.getByRole("group", { name: "相关信息 1", exact: true })).toContainText(published.title);
  // Nothing of the form is wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Removing a row names it, and focus goes to the row that took its place.
  await reloaded.getByRole("button", { name: "删除第 2 条顶点", exact: true }).click();
  await expect(
    reloaded.getByRole("group", { name: "顶点 2", exact: true }).getByLabel("经度", { exact: true }),
  ).toBeFocused();
  await expect(reloaded.getByText("已删除第 2 条顶点")).toBeAttached();

  // A vertex outside China is named by the server at its row.
  await reloaded
    .getByRole("group", { name: "顶点 3", exact: true })
    .getByLabel("纬度", { exact: true })
    .fill("-22.7741");
  await page.getByRole("button", { name: "保存草稿", exact: true }).click();
  await expect(
    reloaded.getByRole("group", { name: "顶点 3", exact: true }).getByText(/坐标不在中国境内/),
  ).toBeVisible();

  await signInAs(axePage, "EDITOR");
  await axePage.goto(editUrl);
  await expect(axePage.getByRole("group", { name: "顶点 4", exact: true })).toBeVisible();
  await expect(axePage.getByRole("group", { name: "相关信息 1", exact: true })).toContainText(published.title);
  await expectNoSeriousA11yViolations(axePage, "editor page with a project's polygon, files and related items");

  // A guide's related laws: a name and a link, kept on reload.
  await page.goto("/staff/items/new");
  await page.getByLabel("信息类别", { exact: true }).selectOption("GUIDE");
  await page.getByLabel("标题", { exact: true }).fill(`规划条件核实办事指南 ${suffix}`);
  const guide = page.getByRole("group", { name: "专项信息" });
  await guide.getByRole("button", { name: "添加相关法规", exact: true }).click();
  const law = guide.getByRole("group", { name: "相关法规 1", exact: true });
  await expect(law.getByLabel("法规名称", { exact: true })).toBeFocused();
  await law.getByLabel("法规名称", { exact: true }).fill("中华人民共和国城乡规划法");
  await law.getByLabel("法规链接（可留空）", { exact: true }).fill("https://flk.npc.gov.cn/");
  await page.getByRole("button", { name: "保存草稿", exact: true }).click();
  await expect(page.getByText("稿件已创建。")).toBeVisible();
  await page.goto(page.url());
  const savedLaw = page
    .getByRole("group", { name: "专项信息" })
    .getByRole("group", { name: "相关法规 1", exact: true });
  await expect(savedLaw.getByLabel("法规名称", { exact: true })).toHaveValue("中华人民共和国城乡规划法");
  await expect(savedLaw.getByLabel("法规链接（可留空）", { exact: true })).toHaveValue("https://flk.npc.gov.cn/");
});

test("a topic page's map layers, related items and guides are chosen on the phone and kept", async ({ page }) => {
  const [item] = (await fetchLatestContent(page.request, 20)).filter((c) => c.kind === "NEWS");
  const { guides } = await graphql<{ guides: { edges: { node: { title: string; slug: string } }[] } }>(
    page.request,
    "query { guides(first: 1) { edges { node { title slug } } } }",
  );
  const guide = guides.edges[0]?.node;
  if (!item || !guide) throw new Error("the seed publishes news and guides");

  await signInAs(page, "EDITOR");
  await page.goto("/staff/items/new");
  await page.getByLabel("信息类别", { exact: true }).selectOption("TOPIC_PAGE");
  await page.getByLabel("标题", { exact: true }).fill(`邕江滨水专题 ${suffix}`);
  const details = page.getByRole("group", { name: "专项信息" });
  await details.getByLabel("专题类型", { exact: true }).selectOption("TOPIC");
  await details.getByRole("button", { name: "添加图层编号", exact: true }).click();
  await expect(details.getByRole("group", { name: "图层编号 1", exact: true }).getByLabel("图层编号")).toBeFocused();
  await page.keyboard.type("water-system");

  const items = details.getByRole("group", { name: "相关信息", exact: true });
  await items.getByLabel("搜索要添加的相关信息", { exact: true }).fill(item.title);
  await items.getByLabel("搜索要添加的相关信息", { exact: true }).press("Enter");
  await items
    .getByRole("button", { name: `添加“${item.title}”`, exact: true })
    .first()
    .click();
  const guidesGroup = details.getByRole("group", { name: "相关办事指南", exact: true });
  await guidesGroup.getByLabel("搜索要添加的办事指南", { exact: true }).fill(guide.title);
  await guidesGroup.getByRole("button", { name: "搜索", exact: true }).click();
  await guidesGroup
    .getByRole("button", { name: `添加“${guide.title}”`, exact: true })
    .first()
    .click();

  await page.getByRole("button", { name: "保存草稿", exact: true }).click();
  await expect(page.getByText("稿件已创建。")).toBeVisible();
  await page.goto(page.url());
  const reloaded = page.getByRole("group", { name: "专项信息" });
  await expect(
    reloaded.getByRole("group", { name: "图层编号 1", exact: true }).getByLabel("图层编号", { exact: true }),
  ).toHaveValue("water-system");
  await expect(reloaded.getByRole("group", { name: "相关信息 1", exact: true })).toContainText(item.title);
  const savedGuide = reloaded.getByRole("group", { name: "办事指南 1", exact: true });
  await expect(savedGuide).toContainText(guide.title);
  await expect(savedGuide).toContainText(`编号：${guide.slug}`);
});

test("the import page lists the rows it refused", async ({ page }) => {
  await signInAs(page, "EDITOR");
  await openWorkbench(page);
  await page.getByRole("link", { name: "导入项目", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "导入项目" })).toBeVisible();
  const csv = ["项目代码,项目名称,建设单位,所在城区", "2026-450103-70-01-999999,测试项目,测试单位,不存在区"].join("\n");
  await page
    .getByLabel("选择文件（CSV 或 Excel .xlsx）", { exact: true })
    .setInputFiles({ name: "projects.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  const refusal = page.getByRole("region", { name: /未导入/ });
  await expect(refusal).toBeVisible();
  await expect(refusal.getByRole("rowheader", { name: "第 2 行" }).first()).toBeVisible();

  // Corrected, the file imports: the new draft is linked to its staff page.
  const fixed = [
    "项目代码,项目名称,建设单位,所在城区,项目地址,经度,纬度,用地性质,项目阶段,许可证类型,许可证号,发证日期,发证机关",
    `2026-450103-70-03-${suffix},导入测试项目${suffix},南宁导入置业有限公司,青秀区,青秀区凤岭北路 8 号,108.391,22.841,0701,工程规划许可,建设工程规划许可证,建字第4501002027${suffix}号,2026-02-03,南宁市自然资源局`,
  ].join("\n");
  await page
    .getByLabel("选择文件（CSV 或 Excel .xlsx）", { exact: true })
    .setInputFiles({ name: "projects.csv", mimeType: "text/csv", buffer: Buffer.from(fixed, "utf8") });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByText("已导入 1 个项目")).toBeVisible();
  await page.getByRole("link", { name: `导入测试项目${suffix}`, exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/items\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: `导入测试项目${suffix}` })).toBeVisible();
});

test("a guide's steps add up against the promised time, and submission names what is missing", async ({
  page,
  axePage,
}) => {
  await signInAs(page, "EDITOR");
  await page.goto("/staff/items/new");
  await page.getByLabel("信息类别", { exact: true }).selectOption("GUIDE");
  await page.getByLabel("标题", { exact: true }).fill(`临时建设工程规划许可办事指南 ${suffix}`);
  const details = page.getByRole("group", { name: "专项信息" });
  await details.getByLabel("事项名称", { exact: true }).fill("临时建设工程规划许可");
  await details.getByLabel("承诺时限（工作日）", { exact: true }).fill("5");
  for (const [n, name, days] of [
    [1, "受理", "1"],
    [2, "审查", "3"],
  ] as const) {
    await details.getByRole("button", { name: "添加环节", exact: true }).click();
    const step = details.getByRole("group", { name: `环节 ${n}`, exact: true });
    await step.getByLabel("环节名称", { exact: true }).fill(name);
    await step.getByLabel("环节时限（工作日）", { exact: true }).fill(days);
  }
  await expect(details.getByText("各环节合计 4 个工作日，承诺时限 5 个工作日")).toBeVisible();
  await details
    .getByRole("group", { name: "环节 2", exact: true })
    .getByLabel("环节时限（工作日）", { exact: true })
    .fill("4");
  await expect(details.getByText("各环节合计 5 个工作日，承诺时限 5 个工作日")).toBeVisible();

  await page.getByRole("button", { name: "保存草稿", exact: true }).click();
  await expect(page.getByText("稿件已创建。")).toBeVisible();
  const editUrl = page.url();
  await page.getByRole("button", { name: "提交审核", exact: true }).click();
  const problems = page.getByRole("group", { name: "专项信息" }).getByRole("alert");
  await expect(problems).toContainText("还缺少以下要素");
  await expect(problems).toContainText("设定依据");
  await expect(page).toHaveURL(editUrl);

  await signInAs(axePage, "EDITOR");
  await axePage.goto(editUrl);
  await expect(axePage.getByRole("group", { name: "环节 2", exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(axePage, "editor page with guide details");
});
