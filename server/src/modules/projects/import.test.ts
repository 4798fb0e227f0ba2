// Bulk import from the approval system's export: all or nothing, every problem by sheet row,
// CSV and xlsx, new projects as drafts and known ones as new revisions with a change note.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../../test/helpers.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
type Agent = Awaited<ReturnType<ReturnType<typeof t.agent>["loginAs"]>>;
let editor: Agent;

beforeAll(async () => {
  t = await createTestApp();
  editor = await t.agent().loginAs("EDITOR");
});
afterAll(() => t.close());

const HEADER = [
  "项目代码",
  "项目名称",
  "建设单位",
  "所在城区",
  "项目地址",
  "经度",
  "纬度",
  "用地面积（㎡）",
  "容积率",
  "绿地率(%)",
  "用地性质",
  "项目阶段",
  "重点项目",
  "许可证类型",
  "许可证号",
  "发证日期",
  "发证机关",
  "许可内容",
  "许可证状态",
  "变更日期",
  "变更内容",
  "变更原因",
];

/** 25 projects of 2 permits each: 50 rows, as the approval system exports them. */
function rows(): string[][] {
  const out: string[][] = [];
  for (let i = 1; i <= 25; i++) {
    const code = `2026-450103-70-02-7${String(i).padStart(5, "0")}`;
    const project = [
      code,
      `青秀区导入测试住宅项目${i}号地块`,
      "南宁导入置业有限公司",
      "青秀区",
      `青秀区凤岭北路${i}号`,
      String(108.39 + i / 1000),
      String(22.84 + i / 1000),
      "12,000",
      "2.8",
      "35%",
      i % 2 ? "0701" : "二类城镇住宅用地",
      "工程规划许可",
      i === 1 ? "是" : "否",
    ];
    const serial = (n: number) => String(80_000 + i * 2 + n).padStart(5, "0");
    out.push([
      ...project,
      "建设用地规划许可证",
      `地字第4501002026${serial(0)}号`,
      "2026/1/5",
      "南宁市规划管理局",
      "用地面积12000平方米",
      "有效",
      "",
      "",
      "",
    ]);
    out.push([
      ...project,
      "建设工程规划许可证",
      `建字第4501002026${serial(1)}号`,
      "2026年2月3日",
      "南宁市规划管理局",
      "总建筑面积33600平方米",
      i === 2 ? "变更" : "有效",
      i === 2 ? "2026-02-20" : "",
      i === 2 ? "建筑立面材料调整" : "",
      i === 2 ? "落实城市设计导则" : "",
    ]);
  }
  return out;
}

const csv = (table: string[][]) =>
  [HEADER, ...table]
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(","))
    .join("\r\n");

type ImportPayload = {
  imported: number;
  created: Array<{ id: string; kind: string; status: string; title: string }>;
  updated: Array<{ id: string }>;
  errors: Array<{ row: number; field: string | null; message: string }>;
};

async function importFile(format: "CSV" | "XLSX", content: string) {
  const result = await editor.gql<{ importProjects: ImportPayload }>(
    `mutation($format: ProjectImportFormat!, $content: String!) {
      importProjects(format: $format, content: $content) {
        imported created { id kind status title } updated { id } errors { row field message }
      }
    }`,
    { format, content },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.importProjects;
}

const projectItems = () => t.prisma.contentItem.count({ where: { kind: "PROJECT", title: { contains: "导入测试" } } });

describe("importing projects", () => {
  it("imports nothing from a file with invalid rows and names each row with the reason", async () => {
    const table = rows();
    // Row numbers as the sheet shows them: the header is row 1, data starts at row 2.
    (table[4] as string[])[15] = "2026-02-30"; // sheet row 6: no such day
    (table[9] as string[])[3] = "兴宁区"; // sheet row 11: its project is in 青秀区 on row 10
    (table[20] as string[])[14] = ""; // sheet row 22: permit data without its number
    const result = await importFile("CSV", csv(table));
    expect(result.imported).toBe(0);
    expect(result.errors.map((e) => e.row)).toEqual([6, 11, 22]);
    expect(result.errors[0]).toEqual({ row: 6, field: "issuedOn", message: "发证日期不是有效的日期" });
    expect(result.errors[1]).toEqual({
      row: 11,
      field: "district",
      message: "所在城区与第 10 行（同一项目代码 2026-450103-70-02-700005）不一致：“兴宁区”≠“青秀区”",
    });
    expect(result.errors[2]).toMatchObject({
      row: 22,
      field: "permitNumber",
      message: "许可证号：填写了许可证信息，但缺少许可证号",
    });
    expect(await projectItems()).toBe(0);
  });

  it("imports the corrected file: every project as a draft with its permits", async () => {
    const result = await importFile("CSV", csv(rows()));
    expect(result.errors).toEqual([]);
    expect(result.imported).toBe(25);
    expect(result.created.every((item) => item.kind === "PROJECT" && item.status === "DRAFT")).toBe(true);
    const item = await t.prisma.contentItem.findFirstOrThrow({
      where: { title: "青秀区导入测试住宅项目2号地块" },
      include: { draftRevision: true },
    });
    const details = item.draftRevision?.details as {
      landUseClass: string;
      landAreaM2: number;
      greenRatioPercent: number;
      permits: Array<{ number: string; issuedOn: string; status: string; changes: unknown[] }>;
    };
    expect(details.landUseClass).toBe("070102");
    expect(details.landAreaM2).toBe(12_000);
    expect(details.greenRatioPercent).toBe(35);
    expect(details.permits[1]).toMatchObject({
      issuedOn: "2026-02-03",
      status: "CHANGED",
      changes: [{ on: "2026-02-20", what: "建筑立面材料调整", reason: "落实城市设计导则" }],
    });
    // Drafts: not in the public lookup until reviewed and published.
    const found = await t.request<{ projects: { totalCount: number } }>(
      `{ projects(query: "导入测试") { totalCount } }`,
    );
    expect(found.data?.projects.totalCount).toBe(0);
  });

  it("reads xlsx too, and a known project code gets a new revision with a change note", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("项目");
    sheet.addRow(HEADER);
    const [first, second] = rows();
    sheet.addRow(first);
    sheet.addRow(second);
    const third = [...(second as string[])];
    third[13] = "规划核实合格证";
    third[14] = "核字第450100202699999号";
    third[18] = "有效";
    third[19] = "";
    third[20] = "";
    third[21] = "";
    const row = sheet.addRow(third);
    // A real date cell, as Excel stores dates.
    row.getCell(16).value = new Date(Date.UTC(2026, 1, 25));
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    const result = await importFile("XLSX", content);
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ imported: 1, created: [] });
    const revision = await t.prisma.contentRevision.findFirstOrThrow({
      where: { item: { title: "青秀区导入测试住宅项目1号地块" } },
      orderBy: { number: "desc" },
    });
    expect(revision.number).toBe(2);
    expect(revision.changeNote).toBe("根据审批系统数据更新：新增规划核实合格证 核字第450100202699999号");
    expect((revision.details as { permits: Array<{ issuedOn: string }> }).permits[2]?.issuedOn).toBe("2026-02-25");
  });

  it("refuses a permit number another project holds, naming it, and unknown columns", async () => {
    const held = await t.prisma.permit.findFirstOrThrow({ include: { project: true } });
    const table = [rows()[0] as string[]];
    (table[0] as string[])[0] = "2026-450103-70-02-799999";
    (table[0] as string[])[14] = held.number;
    const result = await importFile("CSV", csv(table));
    expect(result.errors).toEqual([
      {
        row: 2,
        field: "permitNumber",
        message: expect.stringContaining(`已登记在项目“${held.project.name}”`),
      },
    ]);
    const unknown = await importFile("CSV", "项目代码,颜色\n2026-1,红\n");
    expect(unknown.errors[0]?.message).toContain("不认识的列：颜色");
  });

  it("takes 热点区域 only as a published hot-area page, naming the valid ones on the row at fault", async () => {
    // Two new projects (codes, names and permit numbers of their own), with a 热点区域 column.
    const renamed = (cell: string) =>
      cell
        .replace("-70-02-7", "-70-02-6")
        .replace("导入测试", "导入热点测试")
        .replace(/第4501002026(\d)/, "第4501002025$1");
    const table = rows()
      .slice(0, 4)
      .map((r) => [...r.map(renamed), ""]);
    (table[0] as string[])[22] = "wuxiang-core";
    (table[2] as string[])[22] = "wuxiang"; // sheet row 4: 五象新区 is a topic page, not a hot area
    const file = (t: string[][]) => csv(t).replace(HEADER.join(","), [...HEADER, "热点区域"].join(","));
    const refused = await importFile("CSV", file(table));
    expect(refused.errors).toEqual([
      {
        row: 4,
        field: "hotArea",
        message:
          "热点区域“wuxiang”不是已发布的热点区域页面，可填：wuxiang-core（五象新区核心区）、yongjiang-banks（邕江两岸）",
      },
    ]);
    (table[2] as string[])[22] = "yongjiang-banks";
    const result = await importFile("CSV", file(table));
    expect(result.errors).toEqual([]);
    expect(result.imported).toBe(2);
    const revisions = await t.prisma.contentRevision.findMany({
      where: { item: { title: { in: ["青秀区导入热点测试住宅项目1号地块", "青秀区导入热点测试住宅项目2号地块"] } } },
      orderBy: { number: "desc" },
      include: { item: { select: { title: true } } },
    });
    const hotArea = (title: string) =>
      (revisions.find((r) => r.item.title === title)?.details as { hotArea?: string } | null)?.hotArea;
    expect(hotArea("青秀区导入热点测试住宅项目1号地块")).toBe("wuxiang-core");
    expect(hotArea("青秀区导入热点测试住宅项目2号地块")).toBe("yongjiang-banks");
  });
});
