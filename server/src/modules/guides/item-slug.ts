// The slug (网址标识) of a guide or topic page: what /query/guides/<slug> and topic(slug) open.
// The publishing workflow has no slug field, so it travels in the details: the editor may give
// one, and publication settles it on the item (ContentItem.slug, unique across all items). Without
// one, the item keeps the slug it has, or gets one made from the pinyin of its name.
import { pinyin } from "pinyin-pro";
import { z } from "zod";
import { badInput } from "../../errors.js";
import type { ContentItem, Prisma } from "../../generated/prisma/client.js";

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 80;
/** Generated slugs stop at a syllable boundary before this length. */
const GENERATED_LENGTH = 60;

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(MAX_SLUG_LENGTH, `网址标识不能超过 ${MAX_SLUG_LENGTH} 个字符`)
  .regex(SLUG_PATTERN, "网址标识只能由小写字母、数字和连字符组成，例如 construction-permit");

/** Pinyin syllables joined by hyphens: 建设工程规划许可证 → jian-she-gong-cheng-gui-hua-xu-ke-zheng. */
export function slugFromName(name: string): string {
  const words = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive", v: true })
    .map((word) => word.toLowerCase().replace(/[^a-z0-9]+/g, ""))
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > GENERATED_LENGTH) break;
    slug = next;
  }
  return slug || "item";
}

type Tx = Prisma.TransactionClient;

/**
 * Gives the item going live its slug, inside the publication transaction. A slug the editor chose
 * must be free (another item's slug is refused: the links citizens saved must keep opening what
 * they opened); a generated one takes the next free suffix (-2, -3 …).
 */
export async function settleSlug(
  tx: Tx,
  item: Pick<ContentItem, "id" | "slug">,
  wanted: string | null | undefined,
  name: string,
): Promise<void> {
  if (wanted) {
    if (item.slug === wanted) return;
    const holder = await tx.contentItem.findUnique({ where: { slug: wanted }, select: { id: true } });
    if (holder && holder.id !== item.id) {
      throw badInput(`网址标识“${wanted}”已被其他信息使用，请修改后重新送审`, "details.slug");
    }
    await tx.contentItem.update({ where: { id: item.id }, data: { slug: wanted } });
    return;
  }
  if (item.slug) return;
  const base = slugFromName(name);
  const taken = new Set(
    (await tx.contentItem.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (row) => row.slug,
    ),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  await tx.contentItem.update({ where: { id: item.id }, data: { slug } });
}
