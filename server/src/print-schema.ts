import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./schema.js";

export function printSchemaSDL(): string {
  return `# Generated from the Pothos schema by \`pnpm schema:print\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
