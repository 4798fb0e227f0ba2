// What the demo seed knows about one content item before it touches the database. Generators and
// the hand-written data produce ItemSpecs; plan.ts turns them into rows.
import type { ContentKind, DisclosureMode, PublicityType, Validity } from "../../generated/prisma/enums.js";
import type { DepartmentCode } from "../demo-data.js";

export type { DepartmentCode } from "../demo-data.js";

export interface Attachment {
  name: string;
  url: string;
  size: number;
  mimeType: string;
}

export interface Content {
  title: string;
  summary: string;
  /** HTML paragraphs. */
  body: string;
  coverImageUrl?: string;
  videoUrl?: string;
  attachments?: Attachment[];
  tags?: string[];
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

export const pdf = (name: string, file: string, size: number): Attachment => ({
  name: `${name}.pdf`,
  url: `/media/demo/files/${file}.pdf`,
  size,
  mimeType: "application/pdf",
});

export const docx = (name: string, file: string, size: number): Attachment => ({
  name: `${name}.docx`,
  url: `/media/demo/files/${file}.docx`,
  size,
  mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
});

/**
 * Cover images the seed refers to, by theme and count: /media/demo/cover/<theme>-<n>.jpg.
 * The media issue supplies these files; until then the URLs answer 404.
 */
export const COVER_THEMES = {
  wuxiang: 3,
  "water-city": 3,
  rail: 3,
  "master-plan": 2,
  road: 3,
  school: 2,
  park: 3,
  renewal: 2,
  village: 2,
  exhibition: 3,
  meeting: 3,
  interview: 2,
} as const;
export type CoverTheme = keyof typeof COVER_THEMES;

export const coverUrl = (theme: CoverTheme, n: number) =>
  `/media/demo/cover/${theme}-${(n % COVER_THEMES[theme]) + 1}.jpg`;

/** Every cover image URL the seed may use (for the media issue's demo files). */
export const demoCoverImageUrls = (): string[] =>
  (Object.keys(COVER_THEMES) as CoverTheme[]).flatMap((theme) =>
    Array.from({ length: COVER_THEMES[theme] }, (_, i) => coverUrl(theme, i)),
  );

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
