import { describe, expect, it } from "vitest";
import {
  composeText,
  confirmedFindings,
  type FieldRedaction,
  type Finding,
  findingState,
  highlightSegments,
  initialDraft,
  outstandingCount,
  regenerated,
  unmentioned,
  withKept,
} from "./redaction";

const ORIGINAL = "我叫张三，电话13812345678，家住幸福小区3栋501室。贵局热线0771-5551234打不通。";

function finding(kind: string, text: string, masked: string, known: boolean): Finding {
  const start = ORIGINAL.indexOf(text);
  return { kind, text, masked, start, end: start + text.length, known };
}

const NAME = finding("NAME", "张三", "张*", true);
const PHONE = finding("PHONE", "13812345678", "138****5678", true);
const ADDRESS = finding("ADDRESS", "幸福小区3栋501室", "**小区*栋*室", false);
const HOTLINE = finding("PHONE", "0771-5551234", "0771-***1234", false);
const FINDINGS = [NAME, PHONE, ADDRESS, HOTLINE];

const PROPOSED = "我叫张*，电话138****5678，家住**小区*栋*室。贵局热线0771-***1234打不通。";
const FIELD: FieldRedaction = { original: ORIGINAL, proposed: PROPOSED, findings: FINDINGS };

describe("highlightSegments", () => {
  it("cuts the original into plain runs and findings, in order", () => {
    const segments = highlightSegments(ORIGINAL, [HOTLINE, NAME]);
    expect(segments).toEqual([
      { text: "我叫", finding: null },
      { text: "张三", finding: 1 },
      { text: "，电话13812345678，家住幸福小区3栋501室。贵局热线", finding: null },
      { text: "0771-5551234", finding: 0 },
      { text: "打不通。", finding: null },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(ORIGINAL);
  });

  it("skips a finding whose offsets do not match the text, or that overlaps an earlier one", () => {
    const shifted = { ...NAME, start: NAME.start + 1, end: NAME.end + 1 };
    const overlapping = {
      ...ADDRESS,
      start: ADDRESS.start + 2,
      end: ADDRESS.start + 4,
      text: ORIGINAL.slice(ADDRESS.start + 2, ADDRESS.start + 4),
    };
    const segments = highlightSegments(ORIGINAL, [shifted, ADDRESS, overlapping]);
    expect(segments.filter((s) => s.finding !== null).map((s) => s.text)).toEqual(["幸福小区3栋501室"]);
    expect(segments.map((s) => s.text).join("")).toBe(ORIGINAL);
  });

  it("leaves a text without findings whole", () => {
    expect(highlightSegments("无个人信息", [])).toEqual([{ text: "无个人信息", finding: null }]);
    expect(highlightSegments("", [])).toEqual([]);
  });
});

describe("composeText", () => {
  it("masks every finding by default, as the server's proposal does", () => {
    expect(composeText(ORIGINAL, FINDINGS, [])).toBe(PROPOSED);
  });

  it("keeps what the maintainer confirmed, but never the writer's own data", () => {
    expect(composeText(ORIGINAL, FINDINGS, [0, 3])).toBe(
      "我叫张*，电话138****5678，家住**小区*栋*室。贵局热线0771-5551234打不通。",
    );
  });
});

describe("findingState", () => {
  const none = new Set<string>();
  it("is masked once the text no longer contains it", () => {
    expect(findingState(HOTLINE, PROPOSED, none)).toBe("masked");
  });

  it("must be masked when the writer's own data is still there, confirmed or not", () => {
    expect(findingState(NAME, "张三来信", new Set(["张三"]))).toBe("mustMask");
  });

  it("is kept when confirmed by text, unresolved when typed back without confirming", () => {
    expect(findingState(HOTLINE, ORIGINAL, new Set(["0771-5551234"]))).toBe("kept");
    expect(findingState(HOTLINE, ORIGINAL, none)).toBe("unresolved");
  });
});

describe("drafts", () => {
  it("starts from the proposal", () => {
    expect(initialDraft(FIELD)).toEqual({ kept: [], text: PROPOSED, edited: false });
  });

  it("rebuilds an untouched text when a finding is kept or masked again", () => {
    const kept = withKept(initialDraft(FIELD), FIELD, 3, true);
    expect(kept).toEqual({ kept: [3], edited: false, text: composeText(ORIGINAL, FINDINGS, [3]) });
    expect(withKept(kept, FIELD, 3, false)).toEqual(initialDraft(FIELD));
  });

  it("refuses to keep the writer's own data", () => {
    const draft = initialDraft(FIELD);
    expect(withKept(draft, FIELD, 0, true)).toBe(draft);
  });

  it("never overwrites a text edited by hand; regenerating does, on request", () => {
    const edited = { ...initialDraft(FIELD), text: "我反映的问题：热线打不通。", edited: true };
    const kept = withKept(edited, FIELD, 3, true);
    expect(kept).toEqual({ ...edited, kept: [3] });
    expect(regenerated(kept, FIELD)).toEqual({ kept: [3], edited: false, text: composeText(ORIGINAL, FINDINGS, [3]) });
  });
});

describe("confirmedFindings and outstandingCount", () => {
  it("sends each kept text once and never the writer's own data", () => {
    const subject: FieldRedaction = {
      original: "热线0771-5551234",
      proposed: "热线0771-***1234",
      findings: [{ ...HOTLINE, start: 2, end: 14 }],
    };
    const fields = [
      { field: FIELD, draft: { kept: [0, 3], text: ORIGINAL, edited: true } },
      { field: subject, draft: { kept: [0], text: subject.original, edited: false } },
    ];
    expect(confirmedFindings(fields)).toEqual(["0771-5551234"]);
  });

  it("counts findings still in the texts that are the writer's own or not confirmed", () => {
    expect(outstandingCount([{ field: FIELD, draft: initialDraft(FIELD) }])).toBe(0);
    expect(outstandingCount([{ field: FIELD, draft: withKept(initialDraft(FIELD), FIELD, 3, true) }])).toBe(0);
    // Typed back by hand: the name (own data) and the address (not confirmed) stand in the way.
    const typedBack = { kept: [3], text: `张三住幸福小区3栋501室，热线0771-5551234`, edited: true };
    expect(outstandingCount([{ field: FIELD, draft: typedBack }])).toBe(2);
  });
});

describe("unmentioned", () => {
  it("lists only the findings a refusal's message does not name already, once each", () => {
    const message = "以下内容可能是个人信息，请隐去或确认可以公开：电话号码“0771-5551234”";
    const findings = [
      { kind: "PHONE", text: "0771-5551234" },
      { kind: "NAME", text: "张三" },
      { kind: "NAME", text: "张三" },
    ];
    expect(unmentioned(message, findings)).toEqual([{ kind: "NAME", text: "张三" }]);
  });
});
