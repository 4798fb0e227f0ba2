import { describe, expect, it } from "vitest";
import { isProjectStage, stageLabel, stageSteps } from "./stages";

describe("stageSteps", () => {
  it("marks the stages before the current one done and the later ones upcoming", () => {
    expect(stageSteps("POST_APPROVAL_PUBLICITY").map((step) => `${step.label}:${step.state}`)).toEqual([
      "选址:done",
      "用地规划许可:done",
      "工程规划许可:done",
      "批后公示:current",
      "规划核实:upcoming",
      "竣工:upcoming",
    ]);
  });

  it("has every stage done but the last at 竣工, and nothing done for an unknown stage", () => {
    expect(stageSteps("COMPLETED").filter((step) => step.state === "done")).toHaveLength(5);
    expect(stageSteps("UNKNOWN").every((step) => step.state === "upcoming")).toBe(true);
  });
});

describe("stage labels", () => {
  it("names known stages and passes unknown ones through", () => {
    expect(isProjectStage("SITE_SELECTION")).toBe(true);
    expect(isProjectStage("site_selection")).toBe(false);
    expect(stageLabel("VERIFICATION")).toBe("规划核实");
    expect(stageLabel("LATER")).toBe("LATER");
  });
});
