#!/usr/bin/env node
// Make sure Debian's Chromium (and a Chinese font for it) is present for the Playwright journeys.
// Playwright's own browser download is impossible here (npm + Debian mirrors only), so the e2e
// suite drives the distribution package at /usr/bin/chromium (or CHROMIUM_PATH).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// Noto Sans CJK is in the client's font stack (DESIGN.md §4); without any CJK font the pages and
// the README screenshot render Chinese as empty boxes.
const CJK_FONT_PACKAGE = "fonts-noto-cjk";

const hasChromium = existsSync(chromiumPath);
const hasCjkFont = hasChineseFont();

if (hasChromium && hasCjkFont) {
  console.log(`ensure-chromium: found ${chromiumPath} and a Chinese font`);
  process.exit(0);
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasAptGet = commandExists("apt-get");

if (!isRoot || !hasAptGet) {
  if (!hasChromium) {
    console.error(
      `ensure-chromium: ${chromiumPath} is missing.\n` +
        "Install Debian's Chromium (Playwright must never download a browser):\n" +
        `  sudo apt-get install -y chromium ${hasCjkFont ? "" : CJK_FONT_PACKAGE}\n` +
        "or point CHROMIUM_PATH at an existing Chromium binary.",
    );
    process.exit(1);
  }
  console.warn(
    "ensure-chromium: no Chinese font found; pages will render Chinese as boxes.\n" +
      `  sudo apt-get install -y ${CJK_FONT_PACKAGE}`,
  );
  process.exit(0);
}

const packages = [...(hasChromium ? [] : ["chromium"]), ...(hasCjkFont ? [] : [CJK_FONT_PACKAGE])];
aptGet(["update"]);
aptGet(["install", "-y", ...packages]);

if (!existsSync(chromiumPath)) {
  console.error(`ensure-chromium: installed the chromium package but ${chromiumPath} is still missing`);
  process.exit(1);
}
console.log(`ensure-chromium: installed ${packages.join(", ")}`);

/** @param {string[]} args */
function aptGet(args) {
  console.log(`ensure-chromium: apt-get ${args.join(" ")}`);
  const result = spawnSync("apt-get", args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.status !== 0) {
    console.error(`ensure-chromium: apt-get ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

/** @param {string} name */
function commandExists(name) {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

function hasChineseFont() {
  if (!commandExists("fc-list")) return false;
  const result = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  return result.status === 0 && result.stdout.trim() !== "";
}
