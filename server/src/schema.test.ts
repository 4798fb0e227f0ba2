import fs from "node:fs";
import path from "node:path";
import { isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { paths } from "./env.js";
import { printSchemaSDL } from "./print-schema.js";
import { schema } from "./schema.js";

describe("schema/schema.graphql", () => {
  it("matches the Pothos schema (run `pnpm schema:print` when this fails)", () => {
    const committed = fs.readFileSync(path.join(paths.repoRoot, "schema/schema.graphql"), "utf8");
    expect(committed).toBe(printSchemaSDL());
  });
});

// Root fields need a signed-in user unless they opt out. Opting out is a decision worth a review:
// adding a public field means adding it here.
const PUBLIC_ROOT_FIELDS = [
  "Mutation.login",
  "Mutation.logout",
  "Mutation.rateLetterReply",
  "Mutation.submitDisclosureRequest",
  "Mutation.submitLetter",
  "Mutation.submitPublicityComment",
  "Query.column",
  "Query.columns",
  "Query.contentItem",
  "Query.contentItems",
  "Query.disclosureCatalog",
  "Query.guide",
  "Query.guideCategories",
  "Query.guides",
  "Query.latestContent",
  "Query.letterChallenge",
  "Query.letterPolicy",
  "Query.letterStatistics",
  "Query.letterStatus",
  "Query.me",
  "Query.moderationCounts",
  "Query.node",
  "Query.permit",
  "Query.project",
  "Query.projectFacets",
  "Query.projects",
  "Query.publishedLetters",
  "Query.search",
  "Query.topic",
  "Query.topics",
];

describe("deny by default", () => {
  it("only the listed root fields are public", () => {
    const publicFields: string[] = [];
    for (const type of [schema.getQueryType(), schema.getMutationType()]) {
      if (!type || !isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const options = field.extensions?.pothosOptions as { skipTypeScopes?: boolean } | undefined;
        if (options?.skipTypeScopes) publicFields.push(`${type.name}.${field.name}`);
      }
    }
    expect(publicFields.sort()).toEqual(PUBLIC_ROOT_FIELDS);
  });
});
