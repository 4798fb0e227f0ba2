// The demo comments on planning publicity (规划公示意见), as letters of channel PUBLICITY_COMMENT: the
// comments the content specs give (seed/content/generate.ts, demo-data.ts) on windows open all
// through the seeding day, written before that day, each submitted on the publicity page and then
// handled as any letter is — registered by 信访科, assigned to the department that published the
// item, answered before it is due; a comment marked hidden is hidden by the maintainer three hours
// after it came in. Steps that would fall on or after the seeding day are not taken (flows.ts).
// Each keeps the id it had as a PublicityComment row, so a database migrated from those rows gets
// no second copy. Pure planning here; seed-letters.ts stores the missing ones.
import { DAY, HOUR } from "../../clock.js";
import type { ContentItem } from "../../generated/prisma/client.js";
import type { CommentSpec, ItemSpec } from "../content/spec.js";
import { seedId } from "../ids.js";
import { createRng } from "../rng.js";
import { LetterFlow } from "./flows.js";
import type { OfficeHours } from "./schedule.js";
import { demoRawKey, SeedLetter, type SeedWorld } from "./seed-letter.js";
import { ANSWERING, type LetterDepartment, PUBLISHER } from "./staff.js";

const COMMENTS_SEED = "planport-demo-publicity-comments-v1";

export type CommentedItem = Pick<ContentItem, "id" | "seedKey" | "title" | "commentOpensAt" | "commentClosesAt">;

/** The id of the n-th comment (from 0) of a spec: what the PublicityComment row had. */
export const demoCommentId = (specKey: string, n: number) => seedId("comment", specKey, String(n + 1));

/** The reply to a comment: the bureau collects the opinions and answers them when it decides. */
export const commentReply = (title: string) =>
  `您对《${title}》提出的意见已收悉，感谢您对城市规划工作的关注。公示期满后，我局将对收到的意见逐条汇总研究，合理的意见将在方案修改完善中予以吸纳，研究处理情况将在批后公布中一并说明。`;

/** A comment a spec gives, on a stored item whose window was open all through the seeding day. */
export interface DemoComment {
  spec: ItemSpec;
  item: CommentedItem;
  comment: CommentSpec;
  /** Its place among the spec's comments (from 0). */
  n: number;
  id: string;
  /** When it was written: before the seeding day. */
  at: Date;
}

/** The comments to seed on the stored items. `today`: the seeding day's Beijing midnight. */
export function demoComments(specs: readonly ItemSpec[], items: readonly CommentedItem[], today: Date): DemoComment[] {
  const bySeedKey = new Map(items.map((item) => [item.seedKey, item]));
  return specs.flatMap((spec) => {
    const item = bySeedKey.get(spec.key);
    const opensAt = item?.commentOpensAt;
    const closesAt = item?.commentClosesAt;
    if (!item || !opensAt || !closesAt || closesAt.getTime() <= today.getTime() + DAY) return [];
    return (spec.publicity?.comments ?? []).flatMap((comment, n) => {
      const at = new Date(opensAt.getTime() + comment.afterHours * HOUR);
      return at < today ? [{ spec, item, comment, n, id: demoCommentId(spec.key, n), at }] : [];
    });
  });
}

/** Each comment walked through its handling up to the seeding day, oldest first. */
export function planDemoComments(
  world: SeedWorld,
  office: OfficeHours,
  today: Date,
  comments: readonly DemoComment[],
): SeedLetter[] {
  const letters = comments.map(({ spec, item, comment, n, id, at }) => {
    const key = `comment:${spec.key}:${n + 1}`;
    const letter = new SeedLetter(
      world,
      key,
      {
        via: "citizen",
        form: "comment",
        item: { id: item.id, title: item.title },
        input: { name: comment.name, phone: comment.phone, body: comment.body },
        rawKey: demoRawKey(world.accessSecret, key),
        at,
      },
      id,
    );
    const flow = new LetterFlow(letter, createRng(`${COMMENTS_SEED}:${key}`), office, today, answering(spec));
    if (comment.hidden) {
      const reason = comment.hidden;
      flow.step(new Date(at.getTime() + 3 * HOUR), (t) => letter.take({ op: "hide", at: t, actor: PUBLISHER, reason }));
    }
    flow.register(false);
    flow.assign();
    flow.reply(commentReply(item.title));
    return letter;
  });
  return letters.sort((a, b) => a.letter.receivedAt.getTime() - b.letter.receivedAt.getTime());
}

/** The department that published the item answers, when it answers letters; 规划编制科 otherwise. */
function answering(spec: ItemSpec): LetterDepartment {
  return spec.department in ANSWERING ? (spec.department as LetterDepartment) : "plan-making";
}
