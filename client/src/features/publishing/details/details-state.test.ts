import { describe, expect, it } from "vitest";
import {
  contentItemGlobalId,
  contentItemIdOf,
  countedStepDays,
  type DetailsForm,
  detailsFormFromJson,
  detailsToJson,
  emptyDetailsForm,
  emptyFile,
  emptyPermit,
  emptyRef,
  emptyRelatedLaw,
  emptyStep,
  emptyVertex,
  type GuideForm,
  type NumberLabels,
  type ProjectForm,
  parseNumber,
  type TopicForm,
} from "./details-state";

const labels: NumberLabels = {
  measures: {
    landAreaM2: "用地面积",
    totalFloorAreaM2: "总建筑面积",
    floorAreaRatio: "容积率",
    greenRatioPercent: "绿地率",
    buildingDensityPercent: "建筑密度",
    heightLimitM: "建筑限高",
  },
  lng: "经度",
  lat: "纬度",
  copies: "份数",
  days: "环节时限",
  statutoryDays: "法定时限",
  promisedDays: "承诺时限",
  extent: "地图范围",
};

const project = {
  name: "五象新区体育馆",
  code: "2026-450108-89-01-000321",
  applicant: "南宁五象新区建设投资有限公司",
  district: "良庆区",
  address: "良庆区五象大道 188 号",
  location: { type: "Point", coordinates: [108.3669, 22.7719] },
  landAreaM2: 52000,
  floorAreaRatio: 1.2,
  landUseClass: "080501",
  stage: "WORKS_PERMIT",
  keyProject: true,
  images: [
    { name: "效果图", url: "/media/a.webp", size: 81_920, mimeType: "image/webp" },
    { name: "鸟瞰", url: "https://example.org/b.jpg" },
  ],
  documents: [{ name: "总平面图.pdf", url: "/media/site-plan.pdf", size: 1_048_576, mimeType: "application/pdf" }],
  related: ["cm0publicity0001", "wuxiang-news"],
  modelUrl: "/media/model.glb",
  progress: [{ quarter: "2026Q3", stage: "WORKS_PERMIT", note: "主体结构施工" }],
  permits: [
    {
      type: "WORKS_PERMIT",
      number: "建字第450100202600123号",
      issuedOn: "2026-03-01",
      issuingOrgan: "南宁市自然资源局",
      scope: "体育馆及配套",
      status: "CHANGED",
      changes: [{ on: "2026-05-01", what: "调整层高", reason: "设计优化" }],
    },
  ],
};

const saved = (form: DetailsForm, title = "五象新区体育馆") => {
  const outcome = detailsToJson(form, title, labels);
  expect(outcome.problems).toEqual([]);
  return JSON.parse(outcome.json ?? "null");
};

describe("project details", () => {
  it("round-trips every field the form edits and keeps the others untouched", () => {
    const form = detailsFormFromJson("PROJECT", JSON.stringify(project));
    expect(form).toMatchObject({ code: project.code, lng: "108.3669", lat: "22.7719", landAreaM2: "52000" });
    expect(saved(form)).toEqual(project);
  });

  it("names the project after the title and leaves blank fields out", () => {
    const form = emptyDetailsForm("PROJECT") as ProjectForm;
    form.code = " 2026-450108-89-01-000321 ";
    expect(saved(form, " 体育馆 ")).toEqual({
      name: "体育馆",
      code: "2026-450108-89-01-000321",
      keyProject: false,
      images: [],
      documents: [],
      related: [],
      permits: [],
      progress: [],
    });
  });

  it("saves uploaded and typed files, related items and the model, dropping blank rows", () => {
    const form = emptyDetailsForm("PROJECT") as ProjectForm;
    form.images = [
      emptyFile(),
      { name: " 效果图 ", url: " /media/a.webp ", size: 2048, mimeType: "image/webp" },
      { name: "现状照片", url: "https://example.org/c.jpg", size: null, mimeType: "" },
    ];
    form.documents = [{ name: "批复.pdf", url: "/media/d.pdf", size: 10, mimeType: "application/pdf" }, emptyFile()];
    form.related = [{ ref: "cm0news0001", title: "南湖水城新闻" }, emptyRef()];
    form.modelUrl = " /media/stadium.glb ";
    const outcome = detailsToJson(form, "体育馆", labels);
    expect(JSON.parse(outcome.json ?? "null")).toMatchObject({
      images: [
        { name: "效果图", url: "/media/a.webp", size: 2048, mimeType: "image/webp" },
        { name: "现状照片", url: "https://example.org/c.jpg" },
      ],
      documents: [{ name: "批复.pdf", url: "/media/d.pdf", size: 10, mimeType: "application/pdf" }],
      related: ["cm0news0001"],
      modelUrl: "/media/stadium.glb",
    });
    // The compact form keeps the picked title on screen; a reload looks it up again.
    const compact = outcome.form as ProjectForm;
    expect(compact.related).toEqual([{ ref: "cm0news0001", title: "南湖水城新闻" }]);
    expect(compact.images).toHaveLength(2);
    const reloaded = detailsFormFromJson("PROJECT", outcome.json) as ProjectForm;
    expect(reloaded.related).toEqual([{ ref: "cm0news0001", title: "" }]);
    expect(reloaded.images[1]).toEqual({
      name: "现状照片",
      url: "https://example.org/c.jpg",
      size: null,
      mimeType: "",
    });
  });

  it("drops permit, change and progress rows left blank, and the form keeps the compact rows", () => {
    const form = emptyDetailsForm("PROJECT") as ProjectForm;
    const permit = { ...emptyPermit(), number: "建字第1号", changes: [{ on: "", what: "", reason: "" }] };
    form.permits = [emptyPermit(), permit, emptyPermit()];
    form.progress = [{ quarter: " ", stage: "", note: "" }];
    const outcome = detailsToJson(form, "体育馆", labels);
    const details = JSON.parse(outcome.json ?? "null");
    expect(details.permits).toHaveLength(1);
    expect(details.permits[0]).toMatchObject({ number: "建字第1号", status: "VALID", changes: [] });
    expect(details.progress).toEqual([]);
    expect((outcome.form as ProjectForm).permits).toHaveLength(1);
  });

  it("parses numbers as staff type them", () => {
    const form = emptyDetailsForm("PROJECT") as ProjectForm;
    form.totalFloorAreaM2 = "１２,５００.５";
    form.heightLimitM = " 80 ";
    expect(saved(form)).toMatchObject({ totalFloorAreaM2: 12500.5, heightLimitM: 80 });
  });

  it("flags numbers that are not numbers, and a point with one coordinate, under the server's paths", () => {
    const form = emptyDetailsForm("PROJECT") as ProjectForm;
    form.floorAreaRatio = "1.2倍";
    form.lng = "108.3";
    const outcome = detailsToJson(form, "体育馆", labels);
    expect(outcome.json).toBeNull();
    expect(outcome.problems).toEqual([
      { field: "details.floorAreaRatio", message: "容积率须为数字" },
      { field: "details.location", message: "项目位置须同时填写经度和纬度" },
    ]);
  });

  it("edits a polygon as its vertices, closing the ring when saving", () => {
    const polygon = {
      type: "Polygon",
      coordinates: [
        [
          [108.1, 22.1],
          [108.2, 22.1],
          [108.2, 22.2],
          [108.1, 22.1],
        ],
      ],
    };
    const form = detailsFormFromJson("PROJECT", JSON.stringify({ location: polygon })) as ProjectForm;
    expect(form.locationType).toBe("Polygon");
    expect(form.vertices).toEqual([
      { lng: "108.1", lat: "22.1" },
      { lng: "108.2", lat: "22.1" },
      { lng: "108.2", lat: "22.2" },
    ]);
    expect(saved(form).location).toEqual(polygon);

    form.vertices.push({ lng: "108.1", lat: "２２.２" }, emptyVertex());
    expect(saved(form).location.coordinates[0]).toEqual([
      [108.1, 22.1],
      [108.2, 22.1],
      [108.2, 22.2],
      [108.1, 22.2],
      [108.1, 22.1],
    ]);
    // A closing vertex typed by the editor is not doubled.
    form.vertices = [...form.vertices.slice(0, 4), { lng: "108.1", lat: "22.1" }];
    expect(saved(form).location.coordinates[0]).toHaveLength(5);
  });

  it("keeps a polygon's holes, and saves only the kind of location chosen", () => {
    const outer = [
      [108.1, 22.1],
      [108.3, 22.1],
      [108.3, 22.3],
      [108.1, 22.1],
    ];
    const hole = [
      [108.2, 22.15],
      [108.25, 22.15],
      [108.25, 22.2],
      [108.2, 22.15],
    ];
    const json = JSON.stringify({ location: { type: "Polygon", coordinates: [outer, hole] } });
    const form = detailsFormFromJson("PROJECT", json) as ProjectForm;
    expect(form.holes).toEqual([hole]);
    expect(saved(form).location.coordinates).toEqual([outer, hole]);
    form.locationType = "Point";
    form.lng = "108.15";
    form.lat = "22.15";
    expect(saved(form).location).toEqual({ type: "Point", coordinates: [108.15, 22.15] });
    // Back to the polygon: the vertices were kept meanwhile.
    form.locationType = "Polygon";
    expect(saved(form).location.type).toBe("Polygon");
    // Neither filled in: no location (a draft may lack it).
    form.vertices = [emptyVertex(), emptyVertex(), emptyVertex()];
    expect(saved(form).location).toBeUndefined();
  });

  it("names a polygon's problems at the vertex the server would name", () => {
    const form = emptyDetailsForm("PROJECT") as ProjectForm;
    form.locationType = "Polygon";
    form.vertices = [
      { lng: "108.1", lat: "22.1" },
      { lng: "", lat: "" },
      { lng: "108.2", lat: "" },
      { lng: "东经108", lat: "22.2" },
    ];
    expect(detailsToJson(form, "x", labels).problems).toEqual([
      { field: "details.location.coordinates.0.2", message: "用地范围第 3 个顶点须同时填写经度和纬度" },
      { field: "details.location.coordinates.0.3", message: "经度须为数字" },
    ]);
    form.vertices = [
      { lng: "108.1", lat: "22.1" },
      { lng: "108.2", lat: "22.1" },
    ];
    expect(detailsToJson(form, "x", labels).problems).toEqual([
      { field: "details.location.coordinates.0", message: "用地范围至少需要 3 个不同的顶点" },
    ]);
  });

  it("reads a project's reference to a content item from its global id", () => {
    const globalId = contentItemGlobalId("cm0news0001");
    expect(globalId).toBe(btoa("ContentItem:cm0news0001"));
    expect(contentItemIdOf(globalId)).toBe("cm0news0001");
    expect(contentItemIdOf(btoa("User:cm0news0001"))).toBeNull();
    expect(contentItemIdOf("not base64!")).toBeNull();
  });

  it("starts empty from null or unreadable JSON", () => {
    expect(detailsFormFromJson("PROJECT", null)).toEqual(emptyDetailsForm("PROJECT"));
    expect(detailsFormFromJson("PROJECT", "{oops")).toEqual(emptyDetailsForm("PROJECT"));
  });
});

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

describe("topic details", () => {
  const topic = {
    slug: "wuxiang",
    type: "HOT_AREA",
    extent: [108.2, 22.6, 108.5, 22.9],
    layers: ["water-system", "rail-transit"],
    relatedProjectCodes: ["2026-450108-89-01-000321"],
    relatedItemIds: [contentItemGlobalId("cm0news0001")],
    relatedGuideSlugs: ["land-use-permit"],
  };

  it("round-trips every field", () => {
    const form = detailsFormFromJson("TOPIC_PAGE", JSON.stringify(topic)) as TopicForm;
    expect(form.layers).toEqual([{ id: "water-system" }, { id: "rail-transit" }]);
    expect(form.relatedItems).toEqual([{ ref: contentItemGlobalId("cm0news0001"), title: "" }]);
    expect(form.relatedGuides).toEqual([{ ref: "land-use-permit", title: "" }]);
    expect(form.rest).toEqual({});
    expect(saved(form)).toEqual(topic);
  });

  it("drops blank layer rows", () => {
    const form = detailsFormFromJson("TOPIC_PAGE", JSON.stringify(topic)) as TopicForm;
    form.layers = [{ id: " " }, { id: " metro " }];
    expect(saved(form).layers).toEqual(["metro"]);
  });

  it("wants all four sides or none, each a number", () => {
    const form = emptyDetailsForm("TOPIC_PAGE") as TopicForm;
    form.relatedProjectCodes = [{ code: "" }];
    // Nothing filled in: the page stays a plain page without details.
    expect(detailsToJson(form, "x", labels)).toMatchObject({ json: "", problems: [] });
    form.type = "TOPIC";
    expect(saved(form)).toEqual({
      type: "TOPIC",
      extent: null,
      layers: [],
      relatedProjectCodes: [],
      relatedItemIds: [],
      relatedGuideSlugs: [],
    });
    form.west = "108.2";
    expect(detailsToJson(form, "x", labels).problems).toEqual([
      { field: "details.extent", message: "地图范围须填齐西、南、东、北四个数值，或全部留空" },
    ]);
    form.south = "北纬22";
    expect(detailsToJson(form, "x", labels).problems).toEqual([
      { field: "details.extent", message: "地图范围须为数字" },
    ]);
  });
});

describe("parseNumber", () => {
  it("reads blank as absent and junk as NaN", () => {
    expect(parseNumber("  ")).toBeUndefined();
    expect(parseNumber("1e3")).toBe(1000);
    expect(parseNumber("-3.5")).toBe(-3.5);
    expect(parseNumber("12a")).toBeNaN();
    expect(parseNumber("1.2.3")).toBeNaN();
  });
});
