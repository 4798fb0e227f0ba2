// Prints the Pothos schema to schema/schema.graphql (committed; a test fails when it is stale).
import fs from "node:fs";
import path from "node:path";
import { paths } from "../src/env.js";
import { printSchemaSDL } from "../src/print-schema.js";

const target = path.join(paths.repoRoot, "schema/schema.graphql");
fs.writeFileSync(target, printSchemaSDL());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
