import { describe, expect, it } from "vitest";
import { type DetailsForm, detailsFormFromJson, detailsToJson } from "./details-state";
import { TEST_NUMBER_LABELS as labels } from "./details-test-labels";
import { countedStepDays, emptyRelatedLaw, emptyStep, type GuideForm } from "./guide-details-state";

const guide = {
  slug: "land-use-permit",
  itemName: "建设用地规划许可证核发",
  category: "行政许可",
  implementingOrgan: "南宁市自然资源局",
  legalBasis: [
    { law: "中华人民共和国城乡规划法", article: "第三十七条" },
    { law: "自然资规〔2019〕2号", article: null },
  ],
  conditions: ["已取得用地批准文件"],
  materials: [
    {
      name: "申请表",
      form: "ORIGINAL",
      copies: 2,
      required: true,
      note: "",
      templateUrl: "/media/form.docx",
      sampleUrl: null,
    },
  ],
  steps: [
    { name: "受理", actor: "窗口", description: "", days: 1, outcome: "", excludedFromLimit: false },
    { name: "公示", actor: "", description: "", days: 7, outcome: "", excludedFromLimit: true },
    { name: "审查", actor: "用地规划科", description: "", days: 4, outcome: "许可证", excludedFromLimit: false },
  ],
  statutoryDays: 20,
  promisedDays: 5,
  fees: [],
  officeAddress: "市民中心 2 楼",
  officeHours: "工作日 9:00–17:00",
  phone: "0771-0000000",
  onlineUrl: null,
  faq: [{ question: "要多久？", answer: "5 个工作日" }],
  relatedLaws: [
    { name: "城乡规划法", url: null },
    { name: "中华人民共和国行政许可法", url: "https://flk.npc.gov.cn/detail.html?id=1" },
  ],
};

/** The details saved for the form (a guide or topic page is not named after the item's title). */
const saved = (form: DetailsForm) => {
  const outcome = detailsToJson(form, "", labels);
  expect(outcome.problems).toEqual([]);
  return JSON.parse(outcome.json ?? "null");
};

describe("guide details", () => {
  it("round-trips and keeps slug and related laws", () => {
    const form = detailsFormFromJson("GUIDE", JSON.stringify(guide)) as GuideForm;
    expect(form.conditions).toEqual([{ text: "已取得用地批准文件" }]);
    expect(form.slug).toBe("land-use-permit");
    expect(form.relatedLaws[0]).toEqual({ name: "城乡规划法", url: "" });
    expect(form.rest).toEqual({});
    expect(saved(form)).toEqual(guide);
  });

  it("leaves a blank slug out and drops blank related-law rows", () => {
    const form = detailsFormFromJson("GUIDE", JSON.stringify(guide)) as GuideForm;
    form.slug = " ";
    form.relatedLaws.push(emptyRelatedLaw());
    form.relatedLaws[0] = { name: " 土地管理法 ", url: " " };
    const details = saved(form);
    expect(details).not.toHaveProperty("slug");
    expect(details.relatedLaws).toEqual([
      { name: "土地管理法", url: null },
      { name: "中华人民共和国行政许可法", url: "https://flk.npc.gov.cn/detail.html?id=1" },
    ]);
  });

  it("sums the counted days of the steps", () => {
    const form = detailsFormFromJson("GUIDE", JSON.stringify(guide)) as GuideForm;
    expect(countedStepDays(form.steps)).toBe(5);
    form.steps.push({ ...emptyStep(), name: "x", days: "abc" });
    expect(countedStepDays(form.steps)).toBe(5);
  });

  it("wants whole numbers of days and copies", () => {
    const form = detailsFormFromJson("GUIDE", JSON.stringify(guide)) as GuideForm;
    const [step] = form.steps;
    const [material] = form.materials;
    if (!step || !material) throw new Error("fixture");
    step.days = "1.5";
    material.copies = "两";
    form.promisedDays = "";
    form.steps.unshift(emptyStep());
    const outcome = detailsToJson(form, "x", labels);
    // Paths name the rows on screen, blank ones included, and the form keeps them meanwhile.
    expect(outcome.problems.map((p) => p.field)).toEqual(["details.materials.0.copies", "details.steps.1.days"]);
    expect((outcome.form as GuideForm).steps).toHaveLength(4);
    form.steps.shift();
    form.steps[0] = { ...step, days: "1" };
    form.materials[0] = { ...material, copies: "2" };
    expect(saved(form).promisedDays).toBeNull();
  });
});
