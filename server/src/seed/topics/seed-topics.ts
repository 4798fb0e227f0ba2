// Seeds the demo hot areas (热点区域) as TOPIC_PAGE items with details, through the content seed's
// planned workflow. The topic pages 水城专题 and 五象新区 are demo content items themselves (their
// details come from topic-pages.ts); only the hot areas are written here. Only missing ones.
import type { PrismaClient } from "../../db/index.js";
import { type SeedContentContext, seedContent } from "../content/write.js";
import { HOT_AREAS } from "./topic-pages.js";

/** Creates the missing hot-area pages; returns how many it created. */
export function seedTopics(prisma: PrismaClient, ctx: SeedContentContext): Promise<number> {
  return seedContent(prisma, ctx, HOT_AREAS);
}
