import type { Prisma } from "../../generated/prisma/client.js";

/** What citizens may see: published, with a publication time. */
export const PUBLISHED = { status: "PUBLISHED", publishedAt: { not: null } } satisfies Prisma.ContentItemWhereInput;
