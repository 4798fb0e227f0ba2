import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allCovers, COVER_THEMES, coverSvg } from "./covers.js";

describe("demo cover images", () => {
  it("draw each theme's variants differently, and the same picture every time", () => {
    const covers = allCovers();
    expect(covers).toHaveLength(Object.values(COVER_THEMES).reduce((n, t) => n + t.variants, 0));
    const svgs = covers.map(coverSvg);
    expect(new Set(svgs).size).toBe(covers.length);
    expect(covers.map(coverSvg)).toEqual(svgs);
    for (const [i, cover] of covers.entries()) expect(svgs[i]).toContain(`>${COVER_THEMES[cover.theme].label}</text>`);
  });

  it("render at 1280 × 720 even where no font at all is installed", () => {
    // A fontconfig with no font directories: the caption has no glyphs, but the picture renders.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "planport-no-fonts-"));
    try {
      const config = path.join(dir, "fonts.conf");
      fs.writeFileSync(config, `<?xml version="1.0"?><fontconfig><cachedir>${dir}</cachedir></fontconfig>`);
      const script =
        "import sharp from 'sharp'; import fs from 'node:fs';" +
        "const info = await sharp(fs.readFileSync(0)).png().toBuffer({ resolveWithObject: true });" +
        "process.stdout.write(JSON.stringify({ width: info.info.width, height: info.info.height }));";
      const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
        input: coverSvg({ theme: "wuxiang", variant: 0 }),
        env: { ...process.env, FONTCONFIG_FILE: config },
      });
      expect(JSON.parse(out.toString())).toEqual({ width: 1280, height: 720 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
