import { describe, expect, it } from "vitest";
import { contentKindLabel } from "./content-kind";

describe("contentKindLabel", () => {
  it("labels every content kind in Chinese", () => {
    expect(contentKindLabel("NEWS")).toBe("新闻动态");
    expect(contentKindLabel("NOTICE")).toBe("通知公告");
    expect(contentKindLabel("PUBLICITY")).toBe("规划公示");
    expect(contentKindLabel("EXHIBITION")).toBe("展示");
    expect(contentKindLabel("DISCLOSURE")).toBe("政务公开");
    expect(contentKindLabel("TOPIC_PAGE")).toBe("专题");
    expect(contentKindLabel("INTERVIEW")).toBe("访谈");
  });

  it("falls back to the code for an unknown kind", () => {
    expect(contentKindLabel("PODCAST")).toBe("PODCAST");
  });
});
