// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { MediaImage, mediaSrcset } from "./media-image";

afterEach(cleanup);

const stored = `/media/${"ab".repeat(32)}.webp`;

describe("mediaSrcset", () => {
  it("offers the server's widths of a stored image", () => {
    expect(mediaSrcset(stored)).toBe(`${stored}?w=320 320w, ${stored}?w=640 640w, ${stored}?w=1280 1280w`);
  });

  it("leaves other addresses alone: elsewhere, not an image, already a variant", () => {
    for (const url of [
      "https://example.org/a.webp",
      `/media/${"ab".repeat(32)}.pdf`,
      `${stored}?w=640`,
      "/media/demo/cover.webp",
    ]) {
      expect(mediaSrcset(url), url).toBeUndefined();
    }
  });
});

describe("MediaImage", () => {
  it("is responsive and lazy for a stored image", () => {
    render(() => <MediaImage src={stored} alt="总平面图" width={640} height={480} sizes="100vw" />);
    const image = screen.getByRole("img", { name: "总平面图" });
    expect(image.getAttribute("srcset")).toContain("?w=640 640w");
    expect(image.getAttribute("sizes")).toBe("100vw");
    expect(image.getAttribute("loading")).toBe("lazy");
  });

  it("has no srcset for an image elsewhere, and hides itself when it cannot load", () => {
    render(() => <MediaImage src="https://example.org/a.jpg" alt="效果图" width={640} height={480} sizes="100vw" />);
    const image = screen.getByRole("img", { name: "效果图" });
    expect(image.hasAttribute("srcset")).toBe(false);
    expect(image.hasAttribute("sizes")).toBe(false);
    fireEvent.error(image);
    expect(image.hidden).toBe(true);
  });
});
