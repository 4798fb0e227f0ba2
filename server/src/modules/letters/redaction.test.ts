import { describe, expect, it } from "vitest";
import { applyMasks, findPersonalData, proposeRedaction, unresolvedFindings } from "./redaction.js";

const kinds = (text: string, known = {}) => findPersonalData(text, known).map((f) => [f.kind, f.text]);

describe("finding personal data in letter texts", () => {
  it("finds mobile and landline numbers however they are written, not other numbers", () => {
    expect(kinds("请回电13812345678或138-1234-5678，也可打+86 139 1234 5678。")).toEqual([
      ["PHONE", "13812345678"],
      ["PHONE", "138-1234-5678"],
      ["PHONE", "+86 139 1234 5678"],
    ]);
    expect(kinds("办公电话0771-5551234，（0771）5556789转分机。")).toEqual([
      ["PHONE", "0771-5551234"],
      ["PHONE", "（0771）5556789"],
    ]);
    expect(kinds("项目总投资 2026 万元，用地 13812 平方米，文号 20250101。")).toEqual([]);
  });

  it("finds 18-digit ID numbers, not their 11-digit pieces as phone numbers", () => {
    expect(kinds("我的身份证号是45010319900307123X，请核对。")).toEqual([["ID_NUMBER", "45010319900307123X"]]);
    expect(kinds("编号 4501031990030712345 不是身份证")).toEqual([]);
  });

  it("finds the writer's name and e-mail wherever they appear, and the contact of a request", () => {
    const found = kinds("我是李明华，邮箱 liminghua@example.com，李明华再次反映。联系人赵敏。", {
      name: "李明华",
      email: "liminghua@example.com",
      requestDetails: { contactName: "赵敏" },
    });
    expect(found).toEqual([
      ["NAME", "李明华"],
      ["EMAIL", "liminghua@example.com"],
      ["NAME", "李明华"],
      ["NAME", "赵敏"],
    ]);
    expect(findPersonalData("我是李明华", { name: "李明华" })[0]?.known).toBe(true);
  });

  it("finds street addresses: road and house number, compounds, buildings and rooms", () => {
    expect(kinds("我住在幸福小区3栋2单元501室，楼下就是工地。")).toEqual([["ADDRESS", "幸福小区3栋2单元501室"]]);
    expect(kinds("我家在民族大道100号，对面是七星路12-3号5栋。")).toEqual([
      ["ADDRESS", "民族大道100号"],
      ["ADDRESS", "七星路12-3号5栋"],
    ]);
    expect(kinds("噪音来自隔壁5号楼1203室。")).toEqual([["ADDRESS", "5号楼1203室"]]);
    expect(kinds("建议在邕江边修建滨水公园，地铁1号线延长。")).toEqual([]);
  });

  it("proposes masked texts in which nothing is found any more", () => {
    const known = { name: "李明华", phone: "13812345678" };
    const text = "我是李明华，电话138 1234 5678，住凤岭花园3栋501室，身份证45010319900307123X。";
    const findings = findPersonalData(text, known);
    const masked = applyMasks(text, findings);
    expect(masked).toBe("我是李**，电话138****5678，住**花园*栋*室，身份证45**************3X。");
    expect(findPersonalData(masked, known)).toEqual([]);
  });

  it("blocks publishing until every finding is masked or confirmed, and never lets the writer's own data through", () => {
    const known = { name: "李明华", phone: "13812345678" };
    const reply = "如有疑问请致电规划局热线0771-5551234。";
    const proposal = proposeRedaction({ subject: "李明华反映噪音", body: "电话13812345678", reply }, known);
    expect(proposal.subject.proposed).toBe("李**反映噪音");
    expect(proposal.body.proposed).toBe("电话138****5678");
    expect(proposal.reply.findings.map((f) => f.text)).toEqual(["0771-5551234"]);

    const texts = [proposal.subject.proposed, proposal.body.proposed, reply];
    expect(unresolvedFindings(texts, known, []).map((f) => f.text)).toEqual(["0771-5551234"]);
    expect(unresolvedFindings(texts, known, ["0771-5551234"])).toEqual([]);
    // The writer's own phone cannot be confirmed as publishable.
    expect(unresolvedFindings(["请回电13812345678"], known, ["13812345678"]).map((f) => f.known)).toEqual([true]);
  });
});
