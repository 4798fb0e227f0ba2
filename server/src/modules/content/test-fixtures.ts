// Rows for API tests of the public content API, written straight to the database so each test
// states exactly what it relies on. Slugs and codes are unique per call, so tests never collide
// with each other or with the demo seed.
import { createHash } from "node:crypto";
import type { PrismaClient } from "../../db/index.js";
import type { ContentItem, ContentRevision, Prisma } from "../../generated/prisma/client.js";

let counter = 0;
/** A unique lower-case name, e.g. "col-7". */
export const unique = (prefix: string) => `${prefix}-${++counter}`;

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

export function contentFixtures(prisma: PrismaClient) {
  return {
    column(data: { parentId?: string; showInNav?: boolean; sortOrder?: number; name?: string } = {}) {
      const slug = unique("col");
      return prisma.column.create({
        data: { slug, name: data.name ?? `栏目 ${slug}`, parentId: data.parentId ?? null, ...pick(data) },
      });
    },

    catalog(data: { parentId?: string; name?: string } = {}) {
      const code = unique("zz");
      return prisma.disclosureCatalog.create({
        data: { code, name: data.name ?? `目录 ${code}`, parentId: data.parentId ?? null },
      });
    },

    /** A published NEWS item unless told otherwise. */
    item(columnId: string, data: Partial<Prisma.ContentItemUncheckedCreateInput> = {}): Promise<ContentItem> {
      const slug = unique("item");
      const status = data.status ?? "PUBLISHED";
      return prisma.contentItem.create({
        data: {
          slug,
          kind: "NEWS",
          title: `信息 ${slug}`,
          body: "<p>正文</p>",
          columnId,
          status,
          // Older than anything the demo seed publishes, so fixtures never top the home page.
          publishedAt: ["DRAFT", "IN_REVIEW", "APPROVED"].includes(status)
            ? null
            : new Date(Date.UTC(2025, 0, 1) + counter * 60_000),
          ...data,
        },
      });
    },

    /** An immutable revision row of the item. */
    revision(
      item: Pick<ContentItem, "id" | "title" | "body">,
      data: { number: number; major?: boolean; changeNote?: string | null },
    ): Promise<ContentRevision> {
      return prisma.contentRevision.create({
        data: {
          itemId: item.id,
          number: data.number,
          title: item.title,
          body: item.body,
          major: data.major ?? false,
          changeNote: data.changeNote ?? null,
          contentSha256: createHash("sha256").update(`${item.id}:${data.number}`).digest("hex"),
        },
      });
    },

    /** The registration form's PUBLISH step: this revision went live at `at`. */
    publishStep(itemId: string, revisionId: string | null, at: Date) {
      return prisma.reviewRecord.create({
        data: { itemId, revisionId, step: "PUBLISH", decision: "DONE", at, actorName: "黄晓宁" },
      });
    },
  };
}

function pick(data: { showInNav?: boolean; sortOrder?: number }) {
  return {
    ...(data.showInNav === undefined ? {} : { showInNav: data.showInNav }),
    ...(data.sortOrder === undefined ? {} : { sortOrder: data.sortOrder }),
  };
}
