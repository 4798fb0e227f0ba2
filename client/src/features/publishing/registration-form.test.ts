import { describe, expect, it } from "vitest";
import { registrationCsv, registrationRows } from "./registration-form";

const records = [
  {
    id: "1",
    step: "SAVE",
    decision: "DONE",
    opinion: null,
    actorName: "王采编",
    actorRoles: "EDITOR",
    at: "2026-03-02T01:00:00.000Z",
    checklistJson: null,
    revision: { number: 1 },
  },
  {
    id: "2",
    step: "PUBLICATION_REVIEW",
    decision: "APPROVED",
    opinion: "表述准确，同意",
    actorName: "李核查",
    actorRoles: "CHECKER",
    at: "2026-03-02T02:05:00.000Z",
    checklistJson: null,
    revision: { number: 1 },
  },
  {
    id: "3",
    step: "CONFIDENTIALITY_REVIEW",
    decision: "APPROVED",
    opinion: null,
    actorName: "李核查",
    actorRoles: "CHECKER",
    at: "2026-03-02T02:10:00.000Z",
    checklistJson: '{"noStateSecrets":true,"noPersonalData":true,"noInternalOnly":true}',
    revision: { number: 1 },
  },
  {
    id: "4",
    step: "SCHEDULE",
    decision: "DONE",
    opinion: "2026-03-03T00:30:00.000Z",
    actorName: "王采编",
    actorRoles: "EDITOR,MAINTAINER",
    at: "2026-03-02T03:00:00.000Z",
    checklistJson: null,
  },
  {
    id: "5",
    step: "PUBLISH",
    decision: "DONE",
    opinion: "定时发布",
    actorName: null,
    actorRoles: null,
    at: "2026-03-03T00:30:00.000Z",
    checklistJson: null,
  },
];

describe("registrationRows", () => {
  it("writes every step in Chinese with Beijing times", () => {
    const rows = registrationRows(records);
    expect(rows.map((r) => `${r.step}|${r.decision}|${r.person}|${r.roles}|${r.time}`)).toEqual([
      "保存草稿|完成|王采编|信息采编|2026年3月2日 09:00",
      "信息发布审核|通过|李核查|信息核查|2026年3月2日 10:05",
      "保密审查|通过|李核查|信息核查|2026年3月2日 10:10",
      "定时发布|完成|王采编|信息采编、网站维护|2026年3月2日 11:00",
      "发布|完成|系统||2026年3月3日 08:30",
    ]);
  });

  it("shows the confidentiality checklist and the scheduled time as text", () => {
    const rows = registrationRows(records);
    expect(rows[2]?.opinion).toBe("保密审查：☑不涉及国家秘密 ☑不含个人隐私信息 ☑不含内部工作信息");
    expect(rows[3]?.opinion).toBe("定于 2026年3月3日 08:30 发布");
  });
});

describe("registrationCsv", () => {
  it("exports a BOM-prefixed table Excel opens with the Chinese intact", () => {
    const csv = registrationCsv(
      {
        title: "关于“五象新区”规划, 调整的公告",
        indexNumber: "000014349/2026-00001",
        kind: "政务公开",
        column: "政务信息公开",
      },
      records,
    );
    const lines = csv.slice(1).split("\r\n");
    expect(csv.startsWith("\uFEFF南宁市规划管理局,信息发布审核登记表\r\n")).toBe(true);
    expect(lines[1]).toBe('信息标题,"关于“五象新区”规划, 调整的公告"');
    expect(lines[2]).toBe("索引号,000014349/2026-00001");
    expect(lines).toContain("步骤,决定,意见,人员,角色,时间,版本");
    expect(lines).toContain("信息发布审核,通过,表述准确，同意,李核查,信息核查,2026年3月2日 10:05,第 1 版");
  });
});
