// Gives the run a folder for its template databases (test/databases.ts: the first test file that
// needs one builds it, the others copy it) and removes them when the run ends, or before a rerun
// in watch mode, whose edits may have changed the migrations or the seed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { removeTemplates } from "./test/postgres-admin.js";

export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "planport-test-templates-"));
  project.provide("testTemplatesDir", dir);
  project.onTestsRerun(async () => {
    await removeTemplates(dir);
    fs.mkdirSync(dir);
  });
  return () => removeTemplates(dir);
}
