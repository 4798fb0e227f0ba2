// 政府信息公开目录: the catalog codes the bureau reports to the city disclosure office (市公开办).
// Two-digit codes are the top level (t01 …), four-digit codes their children (t0101 …).
import type { PrismaClient } from "../db/index.js";
import { seedId } from "./ids.js";

export const ORGAN_CODE = "000014349";

export const disclosureCatalog: ReadonlyArray<{
  code: string;
  name: string;
  children?: ReadonlyArray<[string, string]>;
}> = [
  {
    code: "t01",
    name: "机构概况",
    children: [
      ["t0101", "机构职能"],
      ["t0102", "领导信息"],
      ["t0103", "内设机构"],
    ],
  },
  {
    code: "t02",
    name: "政策法规",
    children: [
      ["t0201", "法律法规"],
      ["t0202", "规范性文件"],
      ["t0203", "政策解读"],
    ],
  },
  {
    code: "t03",
    name: "规划计划",
    children: [
      ["t0301", "发展规划"],
      ["t0302", "年度计划与总结"],
    ],
  },
  {
    code: "t04",
    name: "规划信息",
    children: [
      ["t0401", "总体规划"],
      ["t0402", "控制性详细规划"],
      ["t0403", "专项规划"],
      ["t0404", "村庄规划"],
    ],
  },
  { code: "t05", name: "工作动态" },
  {
    code: "t06",
    name: "项目信息",
    children: [
      ["t0601", "批前公示"],
      ["t0602", "批后公布"],
    ],
  },
  {
    code: "t07",
    name: "行政职权",
    children: [
      ["t0701", "权力清单"],
      ["t0702", "责任清单"],
    ],
  },
  {
    code: "t08",
    name: "财政信息",
    children: [
      ["t0801", "部门预算"],
      ["t0802", "部门决算"],
    ],
  },
  {
    code: "t09",
    name: "人事信息",
    children: [
      ["t0901", "人事任免"],
      ["t0902", "招考录用"],
    ],
  },
  {
    code: "t10",
    name: "应急管理与监察",
    children: [
      ["t1001", "应急预案"],
      ["t1002", "监督检查"],
    ],
  },
  {
    code: "t11",
    name: "建议提案办理",
    children: [
      ["t1101", "人大代表建议"],
      ["t1102", "政协委员提案"],
    ],
  },
  { code: "t12", name: "政府信息公开年度报告" },
];

/** Creates the catalog nodes that are missing; returns every node's id by code. */
export async function seedDisclosureCatalog(prisma: PrismaClient): Promise<Map<string, string>> {
  const existing = await prisma.disclosureCatalog.findMany({ select: { id: true, code: true } });
  const ids = new Map(existing.map((c) => [c.code, c.id]));
  const missing = <T extends { code: string }>(rows: T[]) => rows.filter((row) => !ids.has(row.code));

  const roots = missing(
    disclosureCatalog.map((c, i) => ({
      id: seedId("catalog", c.code),
      code: c.code,
      name: c.name,
      sortOrder: (i + 1) * 10,
    })),
  );
  if (roots.length) await prisma.disclosureCatalog.createMany({ data: roots });
  for (const root of roots) ids.set(root.code, root.id);

  const children = missing(
    disclosureCatalog.flatMap((c) =>
      (c.children ?? []).map(([code, name], i) => ({
        id: seedId("catalog", code),
        code,
        name,
        parentId: ids.get(c.code) as string,
        sortOrder: (i + 1) * 10,
      })),
    ),
  );
  if (children.length) await prisma.disclosureCatalog.createMany({ data: children });
  for (const child of children) ids.set(child.code, child.id);
  return ids;
}
