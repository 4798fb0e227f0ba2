import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestApp } from "../../../test/helpers.js";
import { DAY, MINUTE } from "../../clock.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { isPhone, normalisePhone, plainText } from "./publicity.validation.js";
import { contentFixtures } from "./test-fixtures.js";

const NOW = "2026-03-02T01:00:00Z";
let t: Awaited<ReturnType<typeof createTestApp>>;
let make: ReturnType<typeof contentFixtures>;
let columnId: string;
let ipCounter = 0;
/** A citizen on a phone of their own: each test gets a fresh IP so rate limits never leak. */
const citizen = () => t.agent(`198.51.100.${++ipCounter}`);

beforeAll(async () => {
  t = await createTestApp();
  make = contentFixtures(t.prisma);
  columnId = (await make.column()).id;
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(NOW));

/** A PRE_APPROVAL publicity published yesterday whose 10-day window opens today (by NOW). */
function publicity(data: Partial<Prisma.ContentItemUncheckedCreateInput> = {}) {
  const now = Date.parse(NOW);
  return make.item(columnId, {
    kind: "PUBLICITY",
    publicityType: "PRE_APPROVAL",
    publishedAt: new Date(now - DAY),
    commentOpensAt: new Date(now - 2 * MINUTE),
    commentClosesAt: new Date(now + 10 * DAY - 2 * MINUTE),
    ...data,
  });
}

const WINDOW = `query($slug: String) {
  contentItem(slug: $slug) { publicity { type opensAt closesAt isOpen daysLeft commentCount } }
}`;
type WindowView = {
  contentItem: {
    publicity: {
      type: string;
      opensAt: string;
      closesAt: string;
      isOpen: boolean;
      daysLeft: number | null;
      commentCount: number;
    };
  };
};

describe("the comment window", () => {
  it("opens and closes by the server clock, counting whole days left", async () => {
    const item = await publicity();
    const read = async () => (await citizen().gql<WindowView>(WINDOW, { slug: item.slug })).data?.contentItem.publicity;

    expect(await read()).toEqual({
      type: "PRE_APPROVAL",
      opensAt: item.commentOpensAt?.toISOString(),
      closesAt: item.commentClosesAt?.toISOString(),
      isOpen: true,
      daysLeft: 10,
      commentCount: 0,
    });
    t.clock.advance(9 * DAY + MINUTE);
    expect(await read()).toMatchObject({ isOpen: true, daysLeft: 1 });
    t.clock.set(item.commentClosesAt ?? NOW);
    expect(await read()).toMatchObject({ isOpen: false, daysLeft: null });
    t.clock.set(new Date(Date.parse(NOW) - 3 * MINUTE));
    expect(await read()).toMatchObject({ isOpen: false, daysLeft: null });
  });

  it("opens at publication when no opening time is set, and never for a withdrawn item", async () => {
    const item = await publicity({ commentOpensAt: null });
    const view = await citizen().gql<WindowView>(WINDOW, { slug: item.slug });
    expect(view.data?.contentItem.publicity).toMatchObject({ opensAt: item.publishedAt?.toISOString(), isOpen: true });
    await t.prisma.contentItem.update({
      where: { id: item.id },
      data: { status: "WITHDRAWN", withdrawnAt: new Date(NOW), withdrawReason: "方案调整" },
    });
    expect((await citizen().gql<WindowView>(WINDOW, { slug: item.slug })).data?.contentItem.publicity.isOpen).toBe(
      false,
    );
  });

  it("is null on items that are not publicity", async () => {
    const news = await make.item(columnId);
    const result = await citizen().gql<{ contentItem: { publicity: null } }>(WINDOW, { slug: news.slug });
    expect(result.errors).toBeUndefined();
    expect(result.data?.contentItem.publicity).toBeNull();
  });
});

describe("the comment count", () => {
  it("counts the comment letters on the item, leaving out hidden ones and other items' comments", async () => {
    const item = await publicity();
    const other = await publicity();
    const comment = (itemId: string, hiddenAt: Date | null = null) =>
      t.prisma.letter.create({
        data: {
          trackingCode: `T${randomUUID().replace(/-/g, "").slice(0, 11).toUpperCase()}`,
          accessCodeHash: "-",
          channel: "PUBLICITY_COMMENT",
          type: "OPINION",
          subject: "对《公示》的意见",
          body: "建议增设公交港湾。",
          contentItemId: itemId,
          receivedAt: new Date(NOW),
          hiddenAt,
        },
      });
    await comment(item.id);
    await comment(item.id);
    await comment(item.id, new Date(NOW));
    await comment(other.id);
    const view = await citizen().gql<WindowView>(WINDOW, { slug: item.slug });
    expect(view.data?.contentItem.publicity.commentCount).toBe(2);
  });

  it("has no public type carrying a commenter's personal data", async () => {
    const result = await citizen().gql<{ __type: { fields: Array<{ name: string }> } | null }>(
      `{ __type(name: "PublicityComment") { fields { name } } }`,
    );
    expect(result.data?.__type).toBeNull();
  });
});

describe("comment text rules", () => {
  it("accepts mainland mobile and landline numbers in their usual spellings", () => {
    for (const phone of [
      "13812345678",
      "+86 138 1234 5678",
      "+86-13812345678",
      "0771-5551234",
      "(0771) 5551234",
      "5551234",
      "010-62345678-801",
    ]) {
      expect(isPhone(normalisePhone(phone)), phone).toBe(true);
    }
    for (const phone of ["12812345678", "1381234567", "0771-123", "abc", "07715551234567890"]) {
      expect(isPhone(normalisePhone(phone)), phone).toBe(false);
    }
  });

  it("turns markup into plain text and keeps paragraphs", () => {
    expect(plainText("<p>一</p>\r\n\r\n\r\n<p>二<!-- x --></p><style>p{}</style>", { multiline: true })).toBe(
      "一\n\n二",
    );
    expect(plainText("a < b & c > d", { multiline: true })).toBe("a < b & c > d");
    expect(plainText(" 李\n\t女士 ", { multiline: false })).toBe("李 女士");
  });
});
