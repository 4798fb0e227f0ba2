// Staff import of projects from the approval system's export (CSV or .xlsx): all or nothing,
// every problem listed by row. The imported projects are drafts that go through review as usual.
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import type { ContentItem } from "../../generated/prisma/client.js";
import { ContentItemRef } from "../content/content.schema.js";
import type { StaffActor } from "../publishing/publishing.service.js";
import { type ImportResult, type ImportRowError, importProjects } from "./import.service.js";
import { importContent } from "./projects.validation.js";

const ProjectImportFormatEnum = builder.enumType("ProjectImportFormat", {
  values: ["CSV", "XLSX"] as const,
  description: "CSV: the file's text (UTF-8). XLSX: the file's bytes, base64-encoded (first sheet).",
});

const ProjectImportErrorRef = builder.objectRef<ImportRowError>("ProjectImportError").implement({
  description: "A problem with one row of an import (row 0: the whole file).",
  fields: (t) => ({
    row: t.exposeInt("row", {
      description: "The row as the spreadsheet numbers it (the header is row 1); 0 for the file.",
    }),
    field: t.exposeString("field", { nullable: true, description: "The column key at fault (code, permitNumber…)." }),
    message: t.exposeString("message"),
  }),
});

type PayloadShape = { created: ContentItem[]; updated: ContentItem[]; errors: ImportRowError[] };

const toPayload = (r: ImportResult): PayloadShape =>
  r.ok ? { created: r.created, updated: r.updated, errors: [] } : { created: [], updated: [], errors: r.errors };

const ProjectImportPayload = builder.objectRef<PayloadShape>("ProjectImportPayload").implement({
  description: "Either every project imported (as drafts to review) or none, with every problem listed by row.",
  fields: (t) => ({
    imported: t.int({ resolve: (p) => p.created.length + p.updated.length }),
    created: t.field({ type: [ContentItemRef], description: "New draft items.", resolve: (p) => p.created }),
    updated: t.field({
      type: [ContentItemRef],
      description: "Projects that already existed (same code): a new draft revision with a change note.",
      resolve: (p) => p.updated,
    }),
    errors: t.field({ type: [ProjectImportErrorRef], resolve: (p) => p.errors }),
  }),
});

function actorOf(ctx: Context): StaffActor {
  const v = ctx.viewer;
  if (!v) throw new Error("import reached without a viewer");
  return { id: v.userId, name: v.displayName, roles: v.roles };
}

builder.mutationFields((t) => ({
  importProjects: t.field({
    type: ProjectImportPayload,
    description:
      "Imports projects and permits exported by the approval system (one row per permit; columns: 项目代码, 项目名称, 建设单位, 所在城区, 项目地址, 经度, 纬度 or 用地范围, 用地性质, 项目阶段, 许可证类型, 许可证号, 发证日期, 发证机关, 许可内容, 许可证状态 …). Each project becomes a draft (or a new revision of the project with the same code). All or nothing.",
    authScopes: { roles: ["EDITOR"] },
    args: {
      format: t.arg({ type: ProjectImportFormatEnum, required: true }),
      content: t.arg.string({ required: true, validate: { schema: importContent } }),
    },
    resolve: async (_r, args, ctx) =>
      toPayload(await importProjects(ctx, actorOf(ctx), { format: args.format, content: args.content })),
  }),
}));
