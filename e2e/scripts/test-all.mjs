#!/usr/bin/env node
// `pnpm test` at the root: every check the project has, cheapest first, stopping at the first
// failure. Each runner streams its own output and summary; a one-line timing summary ends the run.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const ensureChromium = path.join(root, "e2e", "scripts", "ensure-chromium.mjs");

/** @type {{ name: string, command: string, args: string[] }[]} */
const steps = [
  { name: "lint", command: "pnpm", args: ["lint"] },
  { name: "typecheck", command: "pnpm", args: ["typecheck"] },
  { name: "server tests", command: "pnpm", args: ["--filter", "@planport/server", "test"] },
  { name: "client tests", command: "pnpm", args: ["--filter", "@planport/client", "test"] },
  { name: "chromium", command: process.execPath, args: [ensureChromium] },
  { name: "e2e", command: "pnpm", args: ["--filter", "@planport/e2e", "test"] },
];

/** @type {{ name: string, ok: boolean, seconds: number }[]} */
const done = [];
const startedAt = performance.now();

for (const step of steps) {
  const shown = [path.basename(step.command) === "node" ? "node" : step.command, ...step.args]
    .map((part) => (part === ensureChromium ? path.relative(root, part) : part))
    .join(" ");
  console.log(`\n━━ ${step.name}: ${shown}`);
  const stepStart = performance.now();
  const code = await run(step.command, step.args);
  const seconds = (performance.now() - stepStart) / 1000;
  done.push({ name: step.name, ok: code === 0, seconds });
  if (code !== 0) {
    console.log(`\n✗ ${step.name} failed (exit ${code}); later steps not run.`);
    printSummary();
    process.exit(typeof code === "number" && code > 0 ? code : 1);
  }
}
printSummary();

/**
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<number | string>} exit code, or the signal that ended the process
 */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit" });
    child.on("error", (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? signal ?? 1));
  });
}

function printSummary() {
  const total = (performance.now() - startedAt) / 1000;
  const parts = done.map((step) => `${step.ok ? "✓" : "✗"} ${step.name} ${step.seconds.toFixed(1)}s`);
  const skipped = steps.slice(done.length).map((step) => `– ${step.name}`);
  console.log(`\npnpm test: ${[...parts, ...skipped].join(" · ")} · total ${total.toFixed(1)}s`);
}
