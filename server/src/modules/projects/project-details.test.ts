import { encodeGlobalID } from "@pothos/plugin-relay";
import { describe, expect, it } from "vitest";
import { detailsExternalLinks, missingForReview, parseDetails } from "../content/item-details.js";
import { projectSearchText } from "./project-details.js";

const permit = {
  type: "WORKS_PERMIT",
  number: "建字第 450100202600123 号",
  issuedOn: "2026-01-05",
  issuingOrgan: "南宁市规划管理局",
};

describe("project details", () => {
  it("normalises codes and permit numbers and fills defaults", () => {
    const parsed = parseDetails("PROJECT", { code: "２０２６-450103-70-01-000123", permits: [permit] });
    expect(parsed).toMatchObject({
      ok: true,
      details: {
        code: "2026-450103-70-01-000123",
        keyProject: false,
        permits: [{ number: "建字第450100202600123号", status: "VALID", changes: [], scope: "" }],
      },
    });
  });

  it("explains each mistake in Chinese with the path of the field", () => {
    const cases: Array<[unknown, string, string]> = [
      [{ district: "朝阳区" }, "details.district", "没有名为“朝阳区”的城区或县（市）"],
      [{ landUseClass: "0799" }, "details.landUseClass", "用地性质应为国土空间用地用海分类的代码"],
      [{ greenRatioPercent: 120 }, "details.greenRatioPercent", "绿地率不能超过 100%"],
      [{ landAreaM2: "一万" }, "details.landAreaM2", "用地面积须为数字（平方米）"],
      [{ location: { type: "Point", coordinates: [22.8, 108.3] } }, "details.location.coordinates", "经纬度是否填反"],
      [
        { progress: [{ quarter: "2026-3", stage: "WORKS_PERMIT", note: "施工" }] },
        "details.progress.0.quarter",
        "2026Q3",
      ],
      [{ permits: [{ ...permit, status: "REVOKED" }] }, "details.permits.0.changes", "须填写变更记录"],
      [
        { permits: [{ ...permit, status: "CHANGED", changes: [{ on: "2025-12-01", what: "调整", reason: "原因" }] }] },
        "details.permits.0.changes",
        "变更日期不能早于发证日期",
      ],
      [{ permits: [permit, permit] }, "details.permits.1.number", "许可证号 建字第450100202600123号 重复"],
      [{ colour: "red" }, "details", "不认识的字段：colour"],
    ];
    for (const [details, field, message] of cases) {
      const parsed = parseDetails("PROJECT", details);
      expect(parsed.ok, JSON.stringify(details)).toBe(false);
      if (!parsed.ok) {
        expect(parsed.field).toBe(field);
        expect(parsed.message).toContain(message);
      }
    }
  });

  it("stores a related item's global id as its database id, and slugs and ids as they are", () => {
    const related = [encodeGlobalID("ContentItem", "cm0news0001"), " cm0publicity0001 ", "wuxiang-news"];
    expect(parseDetails("PROJECT", { related })).toMatchObject({
      ok: true,
      details: { related: ["cm0news0001", "cm0publicity0001", "wuxiang-news"] },
    });
  });

  it("refuses the same related item twice, even named once by global id and once by database id", () => {
    const parsed = parseDetails("PROJECT", {
      related: ["cm0news0001", "cm0news0002", encodeGlobalID("ContentItem", "cm0news0001")],
    });
    expect(parsed).toMatchObject({
      ok: false,
      field: "details.related.2",
      message: "这条相关信息已选过，请勿重复选择",
    });
  });

  it("refuses a global id that names no content item, in Chinese at its row", () => {
    for (const bad of [encodeGlobalID("User", "cm0news0001"), encodeGlobalID("Project", "p1")]) {
      const parsed = parseDetails("PROJECT", { related: ["cm0news0002", bad] });
      expect(parsed).toMatchObject({
        ok: false,
        field: "details.related.1",
        message: expect.stringContaining("相关信息的编号无效，请从信息列表中选择"),
      });
    }
  });

  it("names what review needs, and searches code, applicant, address and permit numbers", () => {
    expect(missingForReview("PROJECT", { name: "某项目", permits: [permit] })).toBe(
      "还缺少以下要素，补齐后才能送审：项目代码、建设单位、所在城区、项目地址、项目阶段、用地性质、项目位置",
    );
    const parsed = parseDetails("PROJECT", {
      code: "2026-1",
      applicant: "某公司",
      address: "良庆区某路",
      permits: [permit],
    });
    if (!parsed.ok) throw new Error(parsed.message);
    const text = projectSearchText(parsed.details as Parameters<typeof projectSearchText>[0]);
    expect(text.split("\n")).toEqual(["2026-1", "某公司", "良庆区某路", "建字第450100202600123号"]);
  });
});

describe("project links (网站链接审批)", () => {
  it("lists external images, documents and the 3D model with their fields, not the files stored here", () => {
    const links = detailsExternalLinks("PROJECT", {
      images: [
        { name: "总平面图", url: "/media/aaa.webp" },
        { name: "鸟瞰图", url: "https://design.example.com/aerial.jpg" },
      ],
      documents: [{ name: "批后公布牌", url: "https://pan.example.net/s/board.pdf" }],
      modelUrl: "https://models.example.com/tower.glb",
    });
    expect(links).toEqual([
      { url: "https://design.example.com/aerial.jpg", field: "details.images.1.url", label: "图片“鸟瞰图”" },
      { url: "https://pan.example.net/s/board.pdf", field: "details.documents.0.url", label: "文件“批后公布牌”" },
      { url: "https://models.example.com/tower.glb", field: "details.modelUrl", label: "三维模型" },
    ]);
    expect(detailsExternalLinks("PROJECT", { modelUrl: "/media/bbb.glb" })).toEqual([]);
  });
});
