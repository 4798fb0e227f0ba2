// Fails when the built client outgrows client/bundle-budget.json. `pnpm test` runs it after the e2e
// step, whose server start (`pnpm start`) has just built client/dist, so it never builds by itself.
// By hand: `pnpm build && pnpm size` from the repository root, or pass another build directory.
// After a change that deliberately moves the figures, `pnpm size --record` writes the measured
// values and new budgets (measured + 10%) into the budget file; commit it with the reason.
//
// Three figures, all in bytes of the files in the build:
// - the entry chunk: the script index.html starts;
// - the initial JavaScript: the entry and every chunk it imports statically (the vendor chunk, …),
//   i.e. what downloads before the first page can render, whatever the chunking;
// - the precache: every file the service worker downloads at install (its precache manifest).
// gzip is Node's zlib at level 9 (Vite's build report differs from it by a few tenths of a percent).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const budgetFile = path.join(clientDir, "bundle-budget.json");
const args = process.argv.slice(2);
const record = args.includes("--record");
const dist = path.resolve(args.find((arg) => !arg.startsWith("--")) ?? path.join(clientDir, "dist"));
const MARGIN = 1.1;

const indexHtml = path.join(dist, "index.html");
if (!existsSync(indexHtml)) fail(`${indexHtml} is missing: build the client first (pnpm build).`);
const html = readFileSync(indexHtml, "utf8");

const entry = html.match(/<script\s+type="module"[^>]*\ssrc="\/([^"]+\.js)"/)?.[1];
if (!entry) fail("index.html has no <script type=module src=…>: the entry chunk cannot be found.");

/** The entry and its static imports, followed through every chunk; dynamic import() is not followed. */
function initialChunks() {
  const found = new Set([entry]);
  for (const [, href] of html.matchAll(/<link\s+rel="modulepreload"[^>]*\shref="\/([^"]+\.js)"/g)) found.add(href);
  const queue = [...found];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.pop());
    const code = readFileSync(path.join(dist, file), "utf8");
    for (const [, relative] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      const imported = path.posix.join(path.posix.dirname(file), relative);
      if (!found.has(imported)) {
        found.add(imported);
        queue.push(imported);
      }
    }
  }
  return [...found];
}

/** The precache manifest's files, read from the generated service worker. */
function precachedFiles() {
  const swFile = path.join(dist, "sw.js");
  if (!existsSync(swFile)) fail(`${swFile} is missing: the PWA plugin did not run.`);
  const urls = [...readFileSync(swFile, "utf8").matchAll(/\burl:\s*"([^"]+)"/g)].map((match) => match[1]);
  if (urls.length === 0) fail("sw.js lists no precached files: its format may have changed.");
  return urls;
}

const bytes = (file) => readFileSync(path.join(dist, file));
const rawSize = (files) => files.reduce((sum, file) => sum + bytes(file).length, 0);
const gzipSize = (files) => files.reduce((sum, file) => sum + gzipSync(bytes(file), { level: 9 }).length, 0);

const initial = initialChunks();
const precache = precachedFiles();
const measured = {
  entryRaw: rawSize([entry]),
  entryGzip: gzipSize([entry]),
  initialJsRaw: rawSize(initial),
  initialJsGzip: gzipSize(initial),
  precacheRaw: rawSize(precache),
};

const budgetConfig = JSON.parse(readFileSync(budgetFile, "utf8"));
if (record) {
  budgetConfig.measuredOn = new Date().toISOString().slice(0, 10);
  budgetConfig.budgets = Object.fromEntries(
    Object.entries(measured).map(([name, value]) => [
      name,
      { measured: value, budget: Math.ceil((value * MARGIN) / 100) * 100 },
    ]),
  );
  writeFileSync(budgetFile, `${JSON.stringify(budgetConfig, null, 2)}\n`);
  console.log(`Recorded the figures of ${dist} in client/bundle-budget.json.`);
}
const budgets = budgetConfig.budgets;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
let over = 0;
console.log(`Bundle size of ${path.relative(process.cwd(), dist) || "."} (budgets: client/bundle-budget.json)`);
console.log(`  entry ${entry}; initial JS: ${initial.length} files; precache: ${precache.length} files`);
for (const [name, value] of Object.entries(measured)) {
  const budget = budgets[name];
  if (!budget) fail(`bundle-budget.json has no budget for ${name}.`);
  const ok = value <= budget.budget;
  if (!ok) over += 1;
  const change = ((value - budget.measured) / budget.measured) * 100;
  console.log(
    `  ${ok ? "✓" : "✗"} ${name.padEnd(14)} ${kB(value).padStart(9)}  budget ${kB(budget.budget).padStart(9)}` +
      `  (recorded ${kB(budget.measured)}, ${change >= 0 ? "+" : ""}${change.toFixed(1)}%)`,
  );
}
if (over > 0) {
  fail(
    `${over} figure(s) over budget. Find what grew (a sourcemap build, \`vite build --sourcemap\`, shows ` +
      "which modules a chunk holds) and keep it out of the first load; raise a budget in " +
      "client/bundle-budget.json only for a reason worth a line in the commit.",
  );
}

/** @param {string} message */
function fail(message) {
  console.error(`✗ bundle size: ${message}`);
  process.exit(1);
}
