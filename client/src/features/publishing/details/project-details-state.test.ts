import { describe, expect, it } from "vitest";
import { emptyRef } from "./details-json";
import { type DetailsForm, detailsFormFromJson, detailsToJson, emptyDetailsForm } from "./details-state";
import { TEST_NUMBER_LABELS as labels } from "./details-test-labels";
import { emptyFile, emptyPermit, emptyVertex, type ProjectForm, relatedGlobalId } from "./project-details-state";

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
    // Related items go back as global ids (the server stores them as database ids, or slugs).
    expect(saved(form)).toEqual({ ...project, related: project.related.map(relatedGlobalId) });
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
    const news = btoa("ContentItem:cm0news0001");
    form.related = [{ ref: news, title: "南湖水城新闻" }, emptyRef()];
    form.modelUrl = " /media/stadium.glb ";
    const outcome = detailsToJson(form, "体育馆", labels);
    expect(JSON.parse(outcome.json ?? "null")).toMatchObject({
      images: [
        { name: "效果图", url: "/media/a.webp", size: 2048, mimeType: "image/webp" },
        { name: "现状照片", url: "https://example.org/c.jpg" },
      ],
      documents: [{ name: "批复.pdf", url: "/media/d.pdf", size: 10, mimeType: "application/pdf" }],
      related: [news],
      modelUrl: "/media/stadium.glb",
    });
    // The compact form keeps the picked title on screen; a reload looks it up again.
    const compact = outcome.form as ProjectForm;
    expect(compact.related).toEqual([{ ref: news, title: "南湖水城新闻" }]);
    expect(compact.images).toHaveLength(2);
    const reloaded = detailsFormFromJson("PROJECT", outcome.json) as ProjectForm;
    expect(reloaded.related).toEqual([{ ref: news, title: "" }]);
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

  it("holds related items by global id, as the search gives them, whatever the server stored", () => {
    const form = detailsFormFromJson("PROJECT", JSON.stringify(project)) as ProjectForm;
    // A database id and a slug: the server decodes either back to what it stored.
    expect(form.related).toEqual([
      { ref: btoa("ContentItem:cm0publicity0001"), title: "" },
      { ref: btoa("ContentItem:wuxiang-news"), title: "" },
    ]);
    const globalId = btoa("ContentItem:cm0news0001");
    expect(relatedGlobalId(globalId)).toBe(globalId);
    expect(relatedGlobalId("")).toBe("");
    const decoded = (id: string) => new TextDecoder().decode(Uint8Array.from(atob(id), (c) => c.charCodeAt(0)));
    expect(decoded(relatedGlobalId("五象-news"))).toBe("ContentItem:五象-news");
  });
});
