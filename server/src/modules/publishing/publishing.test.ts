// The review workflow through the API, role by role, including every refusal the bureau's rules
// demand (信息发布审核制度, 保密审查, 网站链接审批, second pair of eyes, no back-dating).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode, passwordOf } from "../../../test/helpers.js";
import { MINUTE } from "../../clock.js";
import { hashPassword } from "../accounts/password.js";
import { PLACEMENT_FIXED } from "./publishing.service.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
type Agent = Awaited<ReturnType<ReturnType<typeof t.agent>["loginAs"]>>;
let editor: Agent, checker: Agent, head: Agent, leader: Agent, maintainer: Agent;

beforeAll(async () => {
  t = await createTestApp();
  editor = await t.agent().loginAs("EDITOR");
  checker = await t.agent().loginAs("CHECKER");
  head = await t.agent().loginAs("DEPT_HEAD");
  leader = await t.agent().loginAs("LEADER");
  maintainer = await t.agent().loginAs("MAINTAINER");
});
afterAll(() => t.close());

const ITEM = "item { id status draftStage title publishedAt scheduledAt pendingSignOffs }";
type Item = {
  id: string;
  status: string;
  draftStage: string | null;
  title: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  pendingSignOffs: string[];
};
type Payload = { item: Item | null; error: { message: string; field: string | null } | null };

async function call(agent: Agent, field: string, args: string, vars: Record<string, unknown>) {
  const result = await agent.gql<Record<string, Payload>>(
    `mutation(${args}) { ${field}(${Object.keys(vars)
      .map((k) => `${k}: $${k}`)
      .join(", ")}) { ${ITEM} error { message field } } }`,
    vars,
  );
  return { result, payload: result.data?.[field] };
}

const create = (agent: Agent, input: Record<string, unknown>) =>
  call(agent, "createContentItem", "$input: CreateContentItemInput!", {
    input: {
      kind: "NEWS",
      columnSlug: "news",
      title: "邕江南岸滨水公园规划方案出炉",
      body: "<p>方案正文。</p>",
      ...input,
    },
  });
const submit = (agent: Agent, itemId: string) => call(agent, "submitContentItem", "$itemId: ID!", { itemId });
const signOff = (agent: Agent, itemId: string, input: Record<string, unknown>) =>
  call(agent, "signOffContentItem", "$itemId: ID!, $input: SignOffInput!", {
    itemId,
    input: { approve: true, ...input },
  });
const CHECKLIST = { noStateSecrets: true, noPersonalData: true, noInternalOnly: true };
const publish = (agent: Agent, itemId: string, at?: string) =>
  at
    ? call(agent, "publishContentItem", "$itemId: ID!, $at: DateTime", { itemId, at })
    : call(agent, "publishContentItem", "$itemId: ID!", { itemId });

/** Drafts, submits and passes every sign-off an ordinary item needs. */
async function approvedItem(input: Record<string, unknown> = {}) {
  const id = (await create(editor, input)).payload?.item?.id ?? "";
  await submit(editor, id);
  await signOff(checker, id, { step: "PUBLICATION_REVIEW", opinion: "表述准确" });
  await signOff(checker, id, { step: "CONFIDENTIALITY_REVIEW", checklist: CHECKLIST });
  const approved = await signOff(head, id, { step: "DEPT_APPROVAL" });
  expect(approved.payload?.item?.draftStage).toBe("APPROVED");
  return id;
}

describe("the full path: draft → reviews → approval → scheduled publication", () => {
  it("walks every role and records every step on the registration form", async () => {
    const body = '<p>详见<a href="https://planning.example.org/doc">规划文本</a>。</p><script>alert(1)</script>';
    const created = await create(editor, { body });
    const id = created.payload?.item?.id ?? "";
    expect(created.payload?.item).toMatchObject({ status: "DRAFT", draftStage: "DRAFT" });

    expect((await submit(editor, id)).payload?.item).toMatchObject({
      status: "IN_REVIEW",
      pendingSignOffs: ["PUBLICATION_REVIEW", "CONFIDENTIALITY_REVIEW", "DEPT_APPROVAL"],
    });

    // The body links to a host nobody approved: the publication review cannot pass.
    const blocked = await signOff(checker, id, { step: "PUBLICATION_REVIEW" });
    expect(blocked.payload?.error?.message).toContain("https://planning.example.org/doc");
    const request = await editor.gql<{ requestLinkApproval: { approval: { id: string } } }>(
      `mutation { requestLinkApproval(url: "https://planning.example.org/doc", reason: "引用规划文本") { approval { id } error { message } } }`,
    );
    const approvalId = request.data?.requestLinkApproval.approval.id;
    const decided = await maintainer.gql<{ decideLinkApproval: { approval: { status: string } } }>(
      "mutation($id: ID!) { decideLinkApproval(id: $id, approve: true) { approval { status } error { message } } }",
      { id: approvalId },
    );
    expect(decided.data?.decideLinkApproval.approval.status).toBe("APPROVED");

    expect((await signOff(head, id, { step: "DEPT_APPROVAL" })).payload?.error?.message).toBe(
      "请先完成信息发布审核、保密审查",
    );
    expect((await signOff(checker, id, { step: "PUBLICATION_REVIEW", opinion: "表述准确" })).payload?.error).toBeNull();
    const unticked = await signOff(checker, id, {
      step: "CONFIDENTIALITY_REVIEW",
      checklist: { ...CHECKLIST, noPersonalData: false },
    });
    expect(unticked.payload?.error?.message).toBe("保密审查未通过以下检查项：不含个人隐私信息");
    await signOff(checker, id, { step: "CONFIDENTIALITY_REVIEW", checklist: CHECKLIST });
    expect((await signOff(head, id, { step: "DEPT_APPROVAL" })).payload?.item).toMatchObject({
      status: "APPROVED",
      draftStage: "APPROVED",
    });

    const at = new Date(t.clock.now().getTime() + 10 * MINUTE).toISOString();
    const scheduled = await publish(editor, id, at);
    expect(scheduled.payload?.item?.scheduledAt, JSON.stringify(scheduled.result)).toBe(at);
    await t.jobs.runDue();
    expect((await t.prisma.contentItem.findUniqueOrThrow({ where: { id: fromGlobal(id) } })).status).toBe("APPROVED");
    t.clock.advance(10 * MINUTE);
    await t.jobs.runDue();
    const live = await t.prisma.contentItem.findUniqueOrThrow({ where: { id: fromGlobal(id) } });
    expect(live).toMatchObject({ status: "PUBLISHED", draftStage: null });
    expect(live.publishedAt?.toISOString()).toBe(at);
    expect(live.body).not.toContain("script");

    const form = await checker.gql<{
      node: { registrationForm: Array<{ step: string; decision: string; actorName: string }> };
    }>(`query($id: ID!) { node(id: $id) { ... on ContentItem { registrationForm { step decision actorName } } } }`, {
      id,
    });
    expect(form.data?.node.registrationForm.map((r) => `${r.step}:${r.decision}`)).toEqual([
      "SAVE:DONE",
      "SUBMIT:DONE",
      "PUBLICATION_REVIEW:APPROVED",
      "CONFIDENTIALITY_REVIEW:APPROVED",
      "DEPT_APPROVAL:APPROVED",
      "SCHEDULE:DONE",
      "PUBLISH:DONE",
    ]);
    const found = await t
      .agent()
      .gql<{ search: { edges: Array<{ node: { id: string } }> } }>(
        `{ search(query: "滨水公园") { edges { node { id } } } }`,
      );
    expect(found.data?.search.edges.map((e) => e.node.id)).toContain(id);
    const latest = await t
      .agent()
      .gql<{ latestContent: { edges: Array<{ node: { title: string } }> } }>(
        "{ latestContent(first: 50) { edges { node { title } } } }",
      );
    expect(latest.data?.latestContent.edges.map((e) => e.node.title)).toContain("邕江南岸滨水公园规划方案出炉");
  });
});

describe("refusals, each with its reason", () => {
  it("refuses roles that may not take a step", async () => {
    const id = (await create(editor, {})).payload?.item?.id ?? "";
    await submit(editor, id);
    const asEditor = await signOff(editor, id, { step: "PUBLICATION_REVIEW" });
    expect(errorCode(asEditor.result)).toBe("FORBIDDEN");
    expect(asEditor.result.errors?.[0]?.message).toBe("需要以下角色之一：信息核查、科室负责领导、分管局领导");
    expect((await signOff(head, id, { step: "PUBLICATION_REVIEW" })).payload?.error?.message).toBe(
      "信息发布审核需要信息核查",
    );
    expect(errorCode((await create(checker, {})).result)).toBe("FORBIDDEN");
  });

  it("refuses a review by whoever wrote or last edited the item", async () => {
    const both = await t.prisma.user.create({
      data: {
        username: "editor-checker",
        displayName: "兼任采编与核查",
        roles: ["EDITOR", "CHECKER"],
        passwordHash: await hashPassword(passwordOf("editor-checker")),
      },
    });
    const agent: Agent = t.agent();
    expect((await agent.login(both.username)).data?.login.user).toBeTruthy();
    const id = (await create(agent, {})).payload?.item?.id ?? "";
    await submit(agent, id);
    expect((await signOff(agent, id, { step: "PUBLICATION_REVIEW" })).payload?.error?.message).toBe(
      "不能审核或审批自己撰写或最后修改的稿件",
    );
  });

  it("refuses publishing what was not approved, and back-dating, which it audits", async () => {
    const id = (await create(editor, {})).payload?.item?.id ?? "";
    expect((await publish(editor, id)).payload?.error?.message).toBe("稿件尚未审批通过，不能发布");
    const approved = await approvedItem();
    const past = new Date(t.clock.now().getTime() - 86_400_000).toISOString();
    expect((await publish(editor, approved, past)).payload?.error?.message).toBe(
      "定时发布时间必须晚于当前时间；发布时间由系统自动记录，不能倒签",
    );
    expect(
      await t.prisma.auditEntry.count({ where: { action: "publishing.backdate-attempt", outcome: "DENIED" } }),
    ).toBe(1);
    expect(errorCode((await publish(checker, approved)).result)).toBe("FORBIDDEN");
  });

  it("requires an opinion to send a draft back, and then starts the round again", async () => {
    const id = (await create(editor, {})).payload?.item?.id ?? "";
    await submit(editor, id);
    await signOff(checker, id, { step: "PUBLICATION_REVIEW" });
    expect((await signOff(checker, id, { step: "CONFIDENTIALITY_REVIEW", approve: false })).payload?.error?.field).toBe(
      "opinion",
    );
    const back = await signOff(checker, id, {
      step: "CONFIDENTIALITY_REVIEW",
      approve: false,
      opinion: "第二段涉及内部工作安排",
    });
    expect(back.payload?.item).toMatchObject({ status: "DRAFT", draftStage: "DRAFT" });
    expect((await submit(editor, id)).payload?.item?.pendingSignOffs).toHaveLength(3);
  });

  it("refuses withdrawing without a public reason, and by an editor", async () => {
    const id = await approvedItem();
    await publish(editor, id);
    const noReason = await head.gql(
      'mutation($id: ID!) { withdrawContentItem(itemId: $id, reason: "") { item { id } } }',
      {
        id,
      },
    );
    expect(errorCode(noReason)).toBe("BAD_USER_INPUT");
    expect(noReason.errors?.[0]?.message).toBe("请填写撤下原因（至少 5 个字），该原因将向公众显示");
    expect(
      errorCode(
        await editor.gql(
          'mutation($id: ID!) { withdrawContentItem(itemId: $id, reason: "信息已过时失效") { item { id } } }',
          { id },
        ),
      ),
    ).toBe("FORBIDDEN");
    const done = await head.gql<{ withdrawContentItem: Payload }>(
      'mutation($id: ID!) { withdrawContentItem(itemId: $id, reason: "规划方案已调整，以新公示为准") { item { status } } }',
      { id },
    );
    expect(done.data?.withdrawContentItem.item?.status).toBe("WITHDRAWN");
  });
});

describe("important items, edits of live items, emergencies, timeliness", () => {
  it("needs the leader for important items, after the department head", async () => {
    const id = (await create(editor, { important: true })).payload?.item?.id ?? "";
    await submit(editor, id);
    await signOff(checker, id, { step: "PUBLICATION_REVIEW" });
    await signOff(checker, id, { step: "CONFIDENTIALITY_REVIEW", checklist: CHECKLIST });
    expect((await signOff(leader, id, { step: "LEADER_APPROVAL" })).payload?.error?.message).toBe(
      "请先完成科室负责领导审批",
    );
    expect((await signOff(head, id, { step: "DEPT_APPROVAL" })).payload?.item?.draftStage).toBe("IN_REVIEW");
    expect((await signOff(leader, id, { step: "LEADER_APPROVAL" })).payload?.item?.draftStage).toBe("APPROVED");
  });

  it("keeps the live version online while a new draft is edited; major changes need a note", async () => {
    const id = await approvedItem({ title: "五象新区总部基地规划调整公告" });
    await publish(editor, id);
    const save = (input: Record<string, unknown>) =>
      call(editor, "saveContentDraft", "$itemId: ID!, $input: DraftContentInput!", {
        itemId: id,
        input: { title: "五象新区总部基地规划调整公告（修订）", body: "<p>新版正文</p>", ...input },
      });
    expect((await save({ major: true })).payload?.error?.field).toBe("changeNote");
    const saved = await save({ major: true, changeNote: "更正了用地面积数据" });
    expect(saved.payload?.item).toMatchObject({
      status: "PUBLISHED",
      draftStage: "DRAFT",
      title: "五象新区总部基地规划调整公告",
    });
    const live = await t
      .agent()
      .gql<{ node: { title: string } }>(`query($id: ID!) { node(id: $id) { ... on ContentItem { title } } }`, { id });
    expect(live.data?.node.title).toBe("五象新区总部基地规划调整公告");
  });

  it("lets the duty maintainer publish in an emergency, flagged until someone else approves", async () => {
    const id = (await create(editor, { title: "关于暴雨期间暂停户外规划咨询活动的紧急通知" })).payload?.item?.id ?? "";
    const out = await maintainer.gql<{ emergencyPublishContentItem: Payload }>(
      `mutation($id: ID!) { emergencyPublishContentItem(itemId: $id, reason: "暴雨红色预警，须立即告知市民") { ${ITEM} } }`,
      { id },
    );
    expect(out.data?.emergencyPublishContentItem.item?.status).toBe("PUBLISHED");
    const pending = await head.gql<{ emergencyPublications: { edges: unknown[] } }>(
      "{ emergencyPublications(first: 10) { edges { cursor } } }",
    );
    expect(pending.data?.emergencyPublications.edges).toHaveLength(1);
    const approve = await head.gql<{ approveEmergencyPublication: Payload }>(
      'mutation($id: ID!) { approveEmergencyPublication(itemId: $id, opinion: "同意") { item { id } error { message } } }',
      { id },
    );
    expect(approve.data?.approveEmergencyPublication.error).toBeNull();
    const after = await head.gql<{ emergencyPublications: { edges: unknown[] } }>(
      "{ emergencyPublications(first: 10) { edges { cursor } } }",
    );
    expect(after.data?.emergencyPublications.edges).toHaveLength(0);
  });

  it("lists items for timeliness confirmation on the right side of each boundary", async () => {
    const id = await approvedItem({ title: "时效测试" });
    await publish(editor, id);
    const dbId = fromGlobal(id);
    const query = "{ timelinessDue(first: 50) { edges { node { id timeliness } } } }";
    const stateOf = async () =>
      (
        await editor.gql<{ timelinessDue: { edges: Array<{ node: { id: string; timeliness: string } }> } }>(query)
      ).data?.timelinessDue.edges.find((e) => e.node.id === id)?.node.timeliness;
    const set = (ms: number) =>
      t.prisma.contentItem.update({ where: { id: dbId }, data: { reviewBy: new Date(t.clock.now().getTime() + ms) } });
    await set(7 * 86_400_000 + 1);
    expect(await stateOf()).toBeUndefined();
    await set(7 * 86_400_000);
    expect(await stateOf()).toBe("DUE_SOON");
    await set(1);
    expect(await stateOf()).toBe("DUE_SOON");
    await set(0);
    expect(await stateOf()).toBe("OVERDUE");
    const confirmed = await editor.gql<{ confirmContentTimeliness: Payload }>(
      "mutation($id: ID!) { confirmContentTimeliness(itemId: $id) { item { id } error { message } } }",
      { id },
    );
    expect(confirmed.data?.confirmContentTimeliness.error).toBeNull();
    expect(await stateOf()).toBeUndefined();
  });

  it("records a sign-off once when two arrive at the same moment", async () => {
    const id = (await create(editor, {})).payload?.item?.id ?? "";
    await submit(editor, id);
    const both = await Promise.all([
      signOff(checker, id, { step: "PUBLICATION_REVIEW" }),
      signOff(checker, id, { step: "PUBLICATION_REVIEW" }),
    ]);
    expect(both.map((b) => b.payload?.error?.message ?? "ok").sort()).toEqual(["ok", "信息发布审核已完成"]);
    expect(await t.prisma.reviewRecord.count({ where: { itemId: fromGlobal(id), step: "PUBLICATION_REVIEW" } })).toBe(
      1,
    );
  });

  it("never changes a revision once written", async () => {
    await expect(t.prisma.$executeRawUnsafe(`UPDATE "ContentRevision" SET title = 'x'`)).rejects.toThrow();
    await expect(t.prisma.$executeRawUnsafe(`UPDATE "ReviewRecord" SET opinion = 'x'`)).rejects.toThrow();
  });
});

function fromGlobal(id: string): string {
  return Buffer.from(id, "base64").toString().split(":")[1] ?? "";
}

describe("disclosure validity", () => {
  it("marks a repealed document and links its replacement, on the registration form", async () => {
    const disclosure = { kind: "DISCLOSURE", columnSlug: "disclosure", catalogCode: "t02" };
    await t.prisma.disclosureCatalog.upsert({
      where: { code: "t02" },
      update: {},
      create: { code: "t02", name: "政策法规" },
    });
    const old = await approvedItem({ ...disclosure, title: "南宁市城市规划管理技术规定（2018年版）" });
    await publish(editor, old);
    const replacement = await approvedItem({ ...disclosure, title: "南宁市城市规划管理技术规定（2026年版）" });
    await publish(editor, replacement);
    const indexNumbers = await t.prisma.contentItem.findMany({
      where: { id: { in: [fromGlobal(old), fromGlobal(replacement)] } },
      select: { indexNumber: true },
    });
    for (const { indexNumber } of indexNumbers) expect(indexNumber).toMatch(/^000014349\/\d{4}-\d{5}$/);

    const mark = (agent: Agent, vars: Record<string, unknown>) =>
      agent.gql<{ setDisclosureValidity: Payload }>(
        "mutation($id: ID!, $v: Validity!, $r: ID) { setDisclosureValidity(itemId: $id, validity: $v, replacedBy: $r) { item { id } error { message field } } }",
        vars,
      );
    expect(errorCode(await mark(editor, { id: old, v: "REPEALED", r: replacement }))).toBe("FORBIDDEN");
    expect((await mark(head, { id: old, v: "REPEALED" })).data?.setDisclosureValidity.error?.field).toBe(
      "replacedById",
    );
    expect((await mark(head, { id: old, v: "REPEALED", r: replacement })).data?.setDisclosureValidity.error).toBeNull();
    const stored = await t.prisma.contentItem.findUniqueOrThrow({ where: { id: fromGlobal(old) } });
    expect(stored).toMatchObject({ validity: "REPEALED", replacedById: fromGlobal(replacement), status: "PUBLISHED" });
    const step = await t.prisma.reviewRecord.findFirst({ where: { itemId: stored.id, step: "DISCLOSURE_UPDATE" } });
    expect(step?.opinion).toBe("已废止");
  });
});

describe("disclosure validity: what may replace a document", () => {
  const disclosure = { kind: "DISCLOSURE", columnSlug: "disclosure", catalogCode: "t02" };
  const mark = (vars: Record<string, unknown>) =>
    head.gql<{ setDisclosureValidity: Payload }>(
      "mutation($id: ID!, $v: Validity!, $r: ID) { setDisclosureValidity(itemId: $id, validity: $v, replacedBy: $r) { item { id } error { message field } } }",
      vars,
    );
  const candidates = (itemId: string, search: string) =>
    head.gql<{ replacementCandidates: Array<{ id: string; title: string }> }>(
      "query($id: ID!, $q: String!) { replacementCandidates(itemId: $id, search: $q) { id title } }",
      { id: itemId, q: search },
    );

  it("refuses a replacement that is not a published disclosure item, the item itself, or one it replaces", async () => {
    const old = await approvedItem({ ...disclosure, title: "南宁市建设工程规划许可办理规定（2019年）" });
    await publish(editor, old);
    const news = await approvedItem({ title: "规划许可办理规定解读" });
    await publish(editor, news);
    const draft = (await create(editor, { ...disclosure, title: "南宁市建设工程规划许可办理规定（征求意见稿）" }))
      .payload?.item?.id;
    const refusals = [
      [news, "替代文件须为已发布的政务公开信息"],
      [draft, "替代文件须为已发布的政务公开信息"],
      [old, "不能以自身作为替代文件"],
    ] as const;
    for (const [replacement, message] of refusals) {
      const out = await mark({ id: old, v: "AMENDED", r: replacement });
      expect(out.data?.setDisclosureValidity.error).toEqual({ message, field: "replacedById" });
    }

    const newer = await approvedItem({ ...disclosure, title: "南宁市建设工程规划许可办理规定（2026年）" });
    await publish(editor, newer);
    expect((await mark({ id: old, v: "AMENDED", r: newer })).data?.setDisclosureValidity.error).toBeNull();
    expect((await mark({ id: newer, v: "REPEALED", r: old })).data?.setDisclosureValidity.error?.message).toBe(
      "该文件已被本文件替代，不能互为替代文件",
    );
    expect(await t.prisma.contentItem.findUniqueOrThrow({ where: { id: fromGlobal(old) } })).toMatchObject({
      validity: "AMENDED",
      replacedById: fromGlobal(newer),
    });
  });

  it("finds published disclosure items by title or 索引号, never the item itself or a draft", async () => {
    const first = await approvedItem({ ...disclosure, title: "南宁市城市绿线管理办法（2017年）" });
    await publish(editor, first);
    const second = await approvedItem({ ...disclosure, title: "南宁市城市绿线管理办法（2026年）" });
    await publish(editor, second);
    await create(editor, { ...disclosure, title: "南宁市城市绿线管理办法（草案）" });

    const byTitle = (await candidates(first, "城市绿线")).data?.replacementCandidates;
    expect(byTitle?.map((c) => c.id)).toEqual([second]);
    const { indexNumber } = await t.prisma.contentItem.findUniqueOrThrow({ where: { id: fromGlobal(second) } });
    const byIndex = (await candidates(first, indexNumber ?? "")).data?.replacementCandidates;
    expect(byIndex?.map((c) => c.title)).toEqual(["南宁市城市绿线管理办法（2026年）"]);
    expect(errorCode(await candidates(first, "  "))).toBe("BAD_USER_INPUT");
    expect(errorCode(await t.agent().gql(`{ replacementCandidates(itemId: "${first}", search: "绿线") { id } }`))).toBe(
      "UNAUTHENTICATED",
    );
  });
});

describe("kind and column of a draft never published", () => {
  const save = (itemId: string, input: Record<string, unknown>) =>
    call(editor, "saveContentDraft", "$itemId: ID!, $input: DraftContentInput!", {
      itemId,
      input: { title: "青秀区控制性详细规划调整", body: "<p>正文</p>", ...input },
    });
  const stored = (id: string) =>
    t.prisma.contentItem.findUniqueOrThrow({ where: { id: fromGlobal(id) }, include: { column: true, catalog: true } });
  const lastSave = async (id: string) =>
    (
      await t.prisma.reviewRecord.findMany({
        where: { itemId: fromGlobal(id), step: "SAVE" },
        // The test clock stands still: the revision number tells the saves apart.
        orderBy: { revision: { number: "desc" } },
        include: { revision: true },
      })
    )[0];

  it("moves a draft to another kind and column, recording the change on the registration form", async () => {
    const id = (await create(editor, { title: "青秀区控制性详细规划调整" })).payload?.item?.id ?? "";

    const noCatalog = await save(id, { kind: "DISCLOSURE", columnSlug: "disclosure" });
    expect(noCatalog.payload?.error).toEqual({ message: "政务公开信息须选择有效的公开目录类目", field: "catalogCode" });
    expect((await save(id, { columnSlug: "no-such-column" })).payload?.error?.field).toBe("columnSlug");
    expect((await stored(id)).kind).toBe("NEWS");

    const moved = await save(id, {
      kind: "DISCLOSURE",
      columnSlug: "disclosure",
      catalogCode: "t02",
      documentNumber: "南规发〔2026〕3号",
    });
    expect(moved.payload?.error).toBeNull();
    const disclosure = await stored(id);
    expect(disclosure).toMatchObject({
      kind: "DISCLOSURE",
      documentNumber: "南规发〔2026〕3号",
      issuingOrgan: "南宁市规划管理局",
      validity: "VALID",
      status: "DRAFT",
    });
    expect(disclosure.column.slug).toBe("disclosure");
    expect(disclosure.catalog?.code).toBe("t02");
    expect(disclosure.indexNumber).toMatch(/^000014349\/\d{4}-\d{5}$/);
    const record = await lastSave(id);
    expect(record?.revision?.id).toBe(disclosure.draftRevisionId);
    expect(record?.opinion).toContain(
      "信息类型：新闻动态 → 政务公开；栏目：新闻动态 → 政务信息公开；公开目录：无 → t02",
    );

    // Back to a notice: the disclosure fields go, the index number is kept so it is never reused.
    expect((await save(id, { kind: "NOTICE", columnSlug: "notices" })).payload?.error).toBeNull();
    const notice = await stored(id);
    expect(notice).toMatchObject({ kind: "NOTICE", catalogId: null, validity: null, documentNumber: null });
    expect(notice.indexNumber).toBe(disclosure.indexNumber);
    const audits = await t.prisma.auditEntry.findMany({
      where: { action: "publishing.save", targetId: fromGlobal(id) },
    });
    expect(audits.map((a) => JSON.stringify(a.detail ?? null))).toEqual(
      expect.arrayContaining([expect.stringContaining("信息类型：政务公开 → 通知公告")]),
    );

    // A save naming the same kind and column is a content edit: nothing on the form about placement.
    expect(
      (await save(id, { kind: "NOTICE", columnSlug: "notices", title: "青秀区控规调整" })).payload?.error,
    ).toBeNull();
    expect((await lastSave(id))?.opinion).toBeNull();
  });

  it("refuses once the item has been published, withdrawn or not, and says why", async () => {
    const id = await approvedItem({ title: "青秀区控制性详细规划调整" });
    await publish(editor, id);
    const refused = await save(id, { columnSlug: "notices" });
    expect(refused.payload?.error).toEqual({ message: PLACEMENT_FIXED, field: "columnSlug" });
    expect((await save(id, { kind: "NOTICE" })).payload?.error?.field).toBe("kind");
    expect((await save(id, { kind: "NEWS", columnSlug: "news" })).payload?.error).toBeNull();

    await head.gql(
      'mutation($id: ID!) { withdrawContentItem(itemId: $id, reason: "规划方案已调整") { item { id } } }',
      {
        id,
      },
    );
    const stillRefused = await save(id, { columnSlug: "notices" });
    expect(stillRefused.payload?.error?.message).toBe(PLACEMENT_FIXED);
    expect((await stored(id)).column.slug).toBe("news");
  });
});
