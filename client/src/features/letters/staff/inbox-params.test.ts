import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  countsFilter,
  DEFAULT_INBOX,
  inboxFilter,
  inboxHref,
  inboxKey,
  listKey,
  parseInboxParams,
  toInboxParams,
} from "./inbox-params";

describe("parseInboxParams", () => {
  it("reads every filter from the URL", () => {
    expect(
      parseInboxParams({
        channel: "ONLINE_PETITION",
        type: "COMPLAINT",
        status: "PAUSED",
        dept: "RGVwYXJ0bWVudDox",
        mine: "1",
        due: "OVERDUE",
        q: " 地铁 ",
        order: "NEWEST",
      }),
    ).toEqual({
      channel: "ONLINE_PETITION",
      type: "COMPLAINT",
      status: "PAUSED",
      department: "RGVwYXJ0bWVudDox",
      mine: true,
      due: "OVERDUE",
      q: "地铁",
      order: "NEWEST",
    });
  });

  it("ignores values it does not know, so a hand-edited URL still opens the inbox", () => {
    expect(
      parseInboxParams({ channel: "FAX", type: "x", status: "DONE", mine: "yes", due: "soon", order: "RANDOM" }),
    ).toEqual(DEFAULT_INBOX);
  });

  it("keeps 'every status' apart from the default (still being worked on)", () => {
    expect(parseInboxParams({ status: "ALL" }).status).toBe("ALL");
    expect(parseInboxParams({}).status).toBeNull();
  });

  it("takes the first of repeated parameters", () => {
    expect(parseInboxParams({ type: ["OPINION", "COMPLAINT"] }).type).toBe("OPINION");
  });
});

describe("toInboxParams and inboxHref", () => {
  it("round-trips through the URL", () => {
    const state = { ...DEFAULT_INBOX, type: "SUGGESTION" as const, mine: true, q: "公园", order: "OLDEST" as const };
    const params = Object.fromEntries(
      Object.entries(toInboxParams(state)).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    expect(parseInboxParams(params)).toEqual(state);
  });

  it("leaves defaults out of the URL", () => {
    expect(inboxHref()).toBe("/staff/letters");
    expect(inboxHref({ due: "OVERDUE" })).toBe("/staff/letters?due=OVERDUE");
    expect(inboxHref({ q: "7KQ2-M9XD-4TRB" })).toBe("/staff/letters?q=7KQ2-M9XD-4TRB");
  });
});

describe("inboxFilter", () => {
  it("shows the open letters by default", () => {
    expect(inboxFilter(DEFAULT_INBOX)).toEqual({
      channel: null,
      type: null,
      status: null,
      open: true,
      departmentId: null,
      mine: null,
      due: null,
      search: null,
    });
  });

  it("drops the open restriction for a chosen status or every status", () => {
    expect(inboxFilter({ ...DEFAULT_INBOX, status: "REPLIED" })).toMatchObject({ status: "REPLIED", open: null });
    expect(inboxFilter({ ...DEFAULT_INBOX, status: "ALL" })).toMatchObject({ status: null, open: null });
  });

  it("counts under the same filter without status and due", () => {
    const state = {
      ...DEFAULT_INBOX,
      status: "PAUSED" as const,
      due: "PAUSED" as const,
      channel: "DIRECTOR_MAILBOX" as const,
    };
    expect(countsFilter(state)).toEqual({
      channel: "DIRECTOR_MAILBOX",
      type: null,
      departmentId: null,
      mine: null,
      search: null,
    });
  });
});

describe("activeFilterCount", () => {
  it("counts the panel's filters, not the quick ones or the order", () => {
    expect(activeFilterCount(DEFAULT_INBOX)).toBe(0);
    expect(activeFilterCount({ ...DEFAULT_INBOX, mine: true, due: "OVERDUE", order: "NEWEST" })).toBe(0);
    expect(activeFilterCount({ ...DEFAULT_INBOX, channel: "CITIZEN_PLATFORM", q: "噪音", status: "ALL" })).toBe(3);
  });
});

describe("inboxKey", () => {
  it("is the same for a state and for the variables sent for it", () => {
    const state = { ...DEFAULT_INBOX, type: "COMPLAINT" as const, order: "NEWEST" as const };
    expect(listKey(inboxFilter(state), "NEWEST")).toBe(inboxKey(state));
  });

  it("changes with any filter or the order", () => {
    expect(inboxKey({ ...DEFAULT_INBOX, mine: true })).not.toBe(inboxKey(DEFAULT_INBOX));
    expect(inboxKey({ ...DEFAULT_INBOX, order: "OLDEST" })).not.toBe(inboxKey(DEFAULT_INBOX));
  });
});
