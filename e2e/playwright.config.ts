import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// The journeys run against the built app exactly as the README starts it: the server process
// serving the built client, on a fresh data directory (its own PGlite + seeded demo accounts).
//
// This file is evaluated by the runner and again by every worker. The runner picks the port and
// the data directory once and hands them to workers through the environment, so the tests read
// demo-accounts.txt from the same directory the server seeded.

const e2eDir = import.meta.dirname;
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const isCI = Boolean(process.env.CI);

// NODE_ENV stays unset: the app must behave as the README's `pnpm start` does.
delete process.env.NODE_ENV;

if (!process.env.PLANPORT_E2E_DATA_DIR) {
  const dataRoot = path.join(e2eDir, ".data");
  rmSync(dataRoot, { recursive: true, force: true });
  const dataDir = path.join(dataRoot, `run-${Date.now()}`);
  mkdirSync(dataDir, { recursive: true });
  process.env.PLANPORT_E2E_DATA_DIR = dataDir;
}
process.env.PLANPORT_E2E_PORT ||= String(findFreePort(4173));

const dataDir = process.env.PLANPORT_E2E_DATA_DIR;
const port = Number(process.env.PLANPORT_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // Two cores: one browser beside the server is what the machine can take without flakiness.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    serviceWorkers: "allow",
  },
  projects: [
    {
      name: "phone-390",
      use: {
        browserName: "chromium",
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: "zh-CN",
        timezoneId: "Asia/Shanghai",
        headless: true,
        launchOptions: {
          // Debian's Chromium: Playwright's browser download is impossible here (see DESIGN.md).
          executablePath: chromiumPath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    // Root `start` builds the client, then starts the server that serves it.
    command: "pnpm --dir .. start",
    url: `${baseURL}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: process.env.PLANPORT_E2E_SERVER_LOGS ? "pipe" : "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
    },
  },
});

/**
 * The preferred port when it is free, otherwise one the OS hands out. Synchronous because
 * Playwright reads this config synchronously; a child process does the asynchronous listen.
 */
function findFreePort(preferred: number): number {
  const probe = `
    const net = require('node:net');
    const tryListen = (port, fallback) => {
      const server = net.createServer();
      server.once('error', () => (fallback ? tryListen(0, false) : process.exit(1)));
      server.listen(port, '127.0.0.1', () => {
        process.stdout.write(String(server.address().port));
        server.close();
      });
    };
    tryListen(${preferred}, true);
  `;
  const result = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" });
  const found = Number(result.stdout);
  if (result.status !== 0 || !Number.isInteger(found) || found <= 0) {
    throw new Error(`Could not find a free port for the e2e server: ${result.stderr}`);
  }
  return found;
}
