// What the demo seed knows about one content item before it touches the database. Generators and
// the hand-written data produce ItemSpecs; plan.ts turns them into rows.
import type { ContentKind, DisclosureMode, PublicityType, Validity } from "../../generated/prisma/enums.js";
import type { DepartmentCode } from "../demo-data.js";
import { COVER_THEMES, type CoverTheme, type DemoCover } from "../media/covers.js";

export type { DepartmentCode } from "../demo-data.js";
export type { CoverTheme, DemoCover } from "../media/covers.js";

/**
 * An attachment: a PDF the seed writes (seed/media/documents.ts) and stores through the media
 * module; `file` names it among the seed's documents (unique).
 */
export interface DemoAttachment {
  name: string;
  file: string;
}

/** Media are named here and made when the item is written (seed/media/demo-media.ts). */
export interface Content {
  title: string;
  summary: string;
  /** HTML paragraphs. */
  body: string;
  cover?: DemoCover;
  attachments?: DemoAttachment[];
  tags?: string[];
  /** Kind-specific structured content (modules/content/item-details.ts): guides, topic pages. */
  details?: unknown;
}

/**
 * Where the item stands. PUBLISHED items may also carry an open draft (openDraft), and a DRAFT may
 * come back from a rejected review (rejection).
 */
export type SeedState = "PUBLISHED" | "DRAFT" | "IN_REVIEW" | "APPROVED" | "WITHDRAWN" | "EXPIRED";

export interface CommentSpec {
  name: string;
  phone: string;
  body: string;
  /** Hours after the window opened. */
  afterHours: number;
  /** Hidden by staff, with this reason. */
  hidden?: string;
}

export interface ItemSpec extends Content {
  key: string;
  /** ContentItem.slug, for items opened by slug (guides, topic pages: as their details name it). */
  slug?: string;
  kind: ContentKind;
  column: string;
  department: DepartmentCode;
  /** Day of publication (never-published items: of the last save), counted back from the seed day. */
  daysAgo: number;
  /** Asia/Shanghai time of day of that event, in minutes after midnight. Default 09:00. */
  minuteOfDay?: number;
  /** Policy documents and major plans: the supervising leader approves too. */
  important?: boolean;
  /** Default PUBLISHED. */
  state?: SeedState;
  /** Saves before the submitted revision, oldest first: what differed from the final content. */
  earlierRevisions?: Array<Partial<Content>>;
  /** IN_REVIEW: review steps already approved (0 = only submitted, 1 = publication review, 2 = + confidentiality). */
  reviewedSteps?: 0 | 1 | 2;
  /** DRAFT: the checker sent the last earlier revision back; the spec's own content is the rework. */
  rejection?: { opinion: string };
  /** APPROVED: publication scheduled this many days after the seed day, at 09:00. */
  scheduledInDays?: number;
  /** PUBLISHED with a second, major revision still being drafted. */
  openDraft?: { content: Partial<Content>; changeNote: string; daysAgo: number };
  withdrawal?: { daysAgo: number; reason: string; removed?: boolean };
  expiry?: { daysAgo: number; reason: string };
  /** Reviewed on time (信息时效确认) unless overdue: leave reviewBy in the past for the timeliness list. */
  overdue?: true;
  disclosure?: {
    catalog: string;
    documentNumber?: string;
    mode?: DisclosureMode;
    validity?: Validity;
    /** Key of the item that repealed or amended this one. */
    replacedBy?: string;
  };
  publicity?: { type: PublicityType; comments?: CommentSpec[] };
}

export const ISSUING_ORGAN = "南宁市规划管理局";

/** Wraps text paragraphs in <p>. */
export const paragraphs = (...texts: string[]) => texts.map((t) => `<p>${t}</p>`).join("");

/** Characters a reader sees: the body without tags. */
export const visibleText = (html: string) => html.replace(/<[^>]+>/g, "");

/**
 * A PDF attachment. `_nominalSize` is what the templates drew for a file size before the seed made
 * real files (see fileSize in template.ts): the stored attachment carries the real file's size.
 */
export const pdf = (name: string, file: string, _nominalSize: number): DemoAttachment => ({
  name: `${name}.pdf`,
  file,
});

/** The theme's picture number n (counted round its variants). */
export const cover = (theme: CoverTheme, n: number): DemoCover => ({
  theme,
  variant: n % COVER_THEMES[theme].variants,
});

/**
 * Links in bodies go only to hosts the seed approves (LinkApproval), written the way the publishing
 * sanitiser stores external links, so a seeded body is exactly what an editor's would become.
 */
const link = (href: string) => (text: string) =>
  `<a href="${href}" target="_blank" rel="noopener noreferrer">${text}</a>`;
export const LINKS = {
  govCn: link("https://www.gov.cn/zhengce/"),
  nanning: link("https://www.nanning.gov.cn/"),
  zrzyt: link("https://zrzyt.gxzf.gov.cn/"),
};
