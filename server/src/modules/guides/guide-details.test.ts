import { describe, expect, it } from "vitest";
import { detailsExternalLinks, missingForReview, parseDetails } from "../content/item-details.js";
import { guideDetailsShape, guideMissingForReview, guideSearchText } from "./guide-details.js";
import { slugFromName } from "./item-slug.js";
import { completeGuide } from "./test-fixtures.js";

const parse = (details: unknown) => parseDetails("GUIDE", details);

describe("guide details on save", () => {
  it("accepts a complete guide and fills in the defaults", () => {
    const result = parse(completeGuide());
    expect(result.ok).toBe(true);
    const details = guideDetailsShape.parse(completeGuide());
    expect(details.materials[0]).toMatchObject({ form: "ORIGINAL", copies: 1, required: true, note: "" });
    expect(details.steps[0]).toMatchObject({ excludedFromLimit: false, description: "", outcome: "" });
  });

  it("accepts a draft that is still incomplete", () => {
    expect(parse({ itemName: "临时建设工程规划许可" })).toEqual({ ok: true, details: expect.anything() });
    expect(parse({})).toMatchObject({ ok: true });
  });

  it("refuses a promised time longer than the statutory one, at the field", () => {
    expect(parse({ ...completeGuide(), promisedDays: 25 })).toEqual({
      ok: false,
      message: "承诺时限（25 个工作日）不能超过法定时限（20 个工作日）",
      field: "details.promisedDays",
    });
  });

  it.each([
    [
      { materials: [{ name: "申请表", form: "SCAN" }] },
      "details.materials.0.form",
      "材料形式应为原件、复印件或原件及复印件",
    ],
    [{ materials: [{ form: "COPY" }] }, "details.materials.0.name", "请填写材料名称"],
    [{ materials: [{ name: "申请表" }, { name: "申请表" }] }, "details.materials.1.name", "申请材料“申请表”重复"],
    [{ materials: [{ name: "申请表", templateUrl: "javascript:alert(1)" }] }, "details.materials.0.templateUrl", null],
    [{ steps: [{ name: "审查", days: 1.5 }] }, "details.steps.0.days", "环节时限应为整数个工作日"],
    [{ steps: [{ name: "审查", days: -1 }] }, "details.steps.0.days", "环节时限不能为负数"],
    [{ statutoryDays: 0 }, "details.statutoryDays", "法定时限至少 1 个工作日"],
    [{ phone: "请致电窗口" }, "details.phone", "咨询电话格式不正确，例如 0771-0000000"],
    [{ onlineUrl: "zwfw.gxzf.gov.cn" }, "details.onlineUrl", "网上办理地址应以 http:// 或 https:// 开头"],
    [{ slug: "建设工程" }, "details.slug", null],
    [{ conditions: "有土地" }, "details.conditions", "申请条件应为列表"],
  ])("refuses %j at %s", (patch, field, message) => {
    const result = parse({ ...completeGuide(), ...patch });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.field).toBe(field);
    if (message) expect(result.message).toBe(message);
    expect(result.message).toMatch(/\p{Script=Han}/u);
  });
});

describe("guide completeness for review", () => {
  it("finds nothing missing in a complete guide whose counted steps add up to the promised time", () => {
    expect(guideMissingForReview(guideDetailsShape.parse(completeGuide()))).toEqual([]);
    expect(missingForReview("GUIDE", completeGuide())).toBeNull();
  });

  it("names every key element of the inspection rules when the details are absent", () => {
    expect(missingForReview("GUIDE", null)).toBe(
      "还缺少以下要素，补齐后才能送审：事项名称、设定依据、申请条件、申请材料、办理流程、办理时限（法定时限和承诺时限）、办理地点、咨询电话",
    );
  });

  it.each([
    ["itemName", "", "事项名称"],
    ["legalBasis", [], "设定依据"],
    ["conditions", [], "申请条件"],
    ["materials", [], "申请材料"],
    ["steps", [], "办理流程"],
    ["statutoryDays", null, "办理时限（法定时限和承诺时限）"],
    ["promisedDays", null, "办理时限（法定时限和承诺时限）"],
    ["officeAddress", "", "办理地点"],
    ["phone", "", "咨询电话"],
  ])("names %s when it is missing, and only it", (key, value, name) => {
    const details = guideDetailsShape.parse({ ...completeGuide(), [key]: value });
    expect(guideMissingForReview(details)).toEqual([name]);
  });

  it("requires the counted steps to add up to the promised time (excluded steps apart)", () => {
    const details = guideDetailsShape.parse({ ...completeGuide(), promisedDays: 12 });
    expect(guideMissingForReview(details)).toEqual([
      "与承诺时限相符的各环节时限（现合计 10 个工作日，承诺时限 12 个工作日）",
    ]);
  });
});

describe("guide search text and slugs", () => {
  it("adds the name, category, organ, laws and materials to the search index", () => {
    const text = guideSearchText(guideDetailsShape.parse(completeGuide()));
    for (const part of [
      "建设工程规划许可证核发",
      "建设工程",
      "南宁市规划管理局",
      "中华人民共和国城乡规划法",
      "身份证明",
    ]) {
      expect(text).toContain(part);
    }
  });

  it("makes a slug from the pinyin of a name, cut at a syllable", () => {
    expect(slugFromName("乡村建设规划许可证核发")).toBe("xiang-cun-jian-she-gui-hua-xu-ke-zheng-he-fa");
    expect(slugFromName("临时建设（A区）")).toBe("lin-shi-jian-she-a-qu");
    const long = slugFromName("建设项目用地预审与选址意见书核发及建设用地规划许可证核发");
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(slugFromName("！！")).toBe("item");
  });
});

describe("guide links (网站链接审批)", () => {
  it("lists the external addresses of the details with their fields; files on this site need no approval", () => {
    const guide = completeGuide();
    const details = {
      ...guide,
      materials: [{ ...guide.materials[0], sampleUrl: "https://pan.example.net/s/1" }],
      relatedLaws: [{ name: "中华人民共和国行政许可法", url: "https://www.gov.cn/flfg/xzxkf.htm" }, { name: "无链接" }],
    };
    expect(detailsExternalLinks("GUIDE", details)).toEqual([
      { url: "https://zwfw.gxzf.gov.cn/", field: "details.onlineUrl", label: "网上办理地址" },
      {
        url: "https://pan.example.net/s/1",
        field: "details.materials.0.sampleUrl",
        label: "申请材料“建设工程规划许可证申请表”的填写样例",
      },
      {
        url: "https://www.gov.cn/flfg/xzxkf.htm",
        field: "details.relatedLaws.0.url",
        label: "相关法规“中华人民共和国行政许可法”的链接",
      },
    ]);
    expect(detailsExternalLinks("GUIDE", { ...guide, onlineUrl: null })).toEqual([]);
    expect(detailsExternalLinks("GUIDE", null)).toEqual([]);
  });
});
