import { describe, expect, it } from "vitest";
import { type DetailsForm, detailsFormFromJson, detailsToJson, emptyDetailsForm } from "./details-state";
import { TEST_NUMBER_LABELS as labels } from "./details-test-labels";
import type { TopicForm } from "./topic-details-state";

/** The details saved for the form (a guide or topic page is not named after the item's title). */
const saved = (form: DetailsForm) => {
  const outcome = detailsToJson(form, "", labels);
  expect(outcome.problems).toEqual([]);
  return JSON.parse(outcome.json ?? "null");
};

describe("topic details", () => {
  const topic = {
    slug: "wuxiang",
    type: "HOT_AREA",
    extent: [108.2, 22.6, 108.5, 22.9],
    layers: ["water-system", "rail-transit"],
    relatedProjectCodes: ["2026-450108-89-01-000321"],
    relatedItemIds: [btoa("ContentItem:cm0news0001")],
    relatedGuideSlugs: ["land-use-permit"],
  };

  it("round-trips every field", () => {
    const form = detailsFormFromJson("TOPIC_PAGE", JSON.stringify(topic)) as TopicForm;
    expect(form.layers).toEqual([{ id: "water-system" }, { id: "rail-transit" }]);
    expect(form.relatedItems).toEqual([{ ref: btoa("ContentItem:cm0news0001"), title: "" }]);
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
