// The outbox runs against a real IndexedDB API (fake-indexeddb implements the standard in memory)
// and a model of the server's contract: a repeated idempotency key gets the first receipt, a
// solution is accepted once and not before the fill time, unclaimed uploads expire.
import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { emptyComment } from "../content/comment-draft";
import { type TimedChallenge, timeChallenge } from "./challenge";
import { emptyLetter, type LetterValues } from "./letter-form";
import type { LetterReceipt } from "./letters-api";
import {
  type ChallengeOutcome,
  dueEntries,
  flushOutbox,
  newDraftEntry,
  nextRetryAt,
  type OutboxEntry,
  type OutboxFile,
  queuedEntry,
  type SendDeps,
  type SubmitOutcome,
  sendEntry,
  type UploadOutcome,
} from "./outbox";
import { idbOutboxStore, type OutboxStore } from "./outbox-store";

const MIN_FILL_MS = 5_000;
const TTL_MS = 2 * 60 * 60 * 1000;

const letter: LetterValues = {
  ...emptyLetter(),
  type: "SUGGESTION",
  subject: "建议在邕江南岸增设步行道",
  body: "邕江南岸滨江公园段缺少连续的步行道，建议规划时统筹考虑。",
  name: "张三",
  phone: "13800138000",
};

/** The server as the client sees it, with switches for the failures a phone meets. */
class FakeServer {
  clock = 1_000_000;
  letters = new Map<string, { values: LetterValues; attachmentIds: string[]; receipt: LetterReceipt }>();
  submissions = 0;
  uploads: string[] = [];
  claimed = new Set<string>();
  usedSolutions = new Set<string>();
  issued = 0;
  /** Next n requests of any kind fail as if the phone were offline. */
  offlineFor = 0;
  /** The next submission is stored but its answer never arrives. */
  loseNextAnswer = false;
  rateLimitSubmissions = 0;
  expireUploads = false;
  refuseFile: string | null = null;

  private offline(): boolean {
    if (this.offlineFor > 0) {
      this.offlineFor -= 1;
      return true;
    }
    return false;
  }

  upload(file: OutboxFile): UploadOutcome {
    if (this.offline()) return { ok: false, retryable: true, message: "网络中断，附件未能上传" };
    if (file.name === this.refuseFile) return { ok: false, retryable: false, message: "只能上传图片或 PDF 文件" };
    const id = `UP${this.uploads.length.toString().padStart(30, "0")}`;
    this.uploads.push(id);
    return { ok: true, id };
  }

  challenge(): ChallengeOutcome {
    if (this.offline()) return { ok: false, kind: "network", message: "无法连接服务器" };
    this.issued += 1;
    const issued = this.clock;
    const challenge = JSON.stringify({ parameters: { data: { issued, expires: issued + TTL_MS } }, n: this.issued });
    return {
      ok: true,
      challenge: timeChallenge(
        {
          challenge,
          submitNotBefore: new Date(issued + MIN_FILL_MS).toISOString(),
          expiresAt: new Date(issued + TTL_MS).toISOString(),
        },
        this.clock,
      ),
    };
  }

  submit(entry: OutboxEntry, extras: { attachmentIds: string[]; altcha: string }): SubmitOutcome {
    if (this.offline()) return { ok: false, kind: "network", message: "无法连接服务器" };
    const repeat = this.letters.get(entry.idempotencyKey);
    if (repeat) return { ok: true, receipt: repeat.receipt };
    if (this.rateLimitSubmissions > 0) {
      this.rateLimitSubmissions -= 1;
      return { ok: false, kind: "rate-limited", message: "操作过于频繁", retryAfterSeconds: 120 };
    }
    const { issued } = (JSON.parse(JSON.parse(extras.altcha).challenge) as { parameters: { data: { issued: number } } })
      .parameters.data;
    if (this.clock - issued < MIN_FILL_MS)
      return { ok: false, kind: "refused", message: "提交未成功，请稍候片刻再提交", field: null };
    if (this.usedSolutions.has(extras.altcha)) {
      return { ok: false, kind: "refused", message: "该人机验证已使用过", field: "altcha" };
    }
    if (this.expireUploads || extras.attachmentIds.some((id) => this.claimed.has(id))) {
      this.expireUploads = false;
      return { ok: false, kind: "refused", message: "部分附件已失效，请重新上传后再提交", field: "attachmentIds" };
    }
    if (entry.kind === "letter" && entry.values.phone === "12345") {
      return { ok: false, kind: "refused", message: "请填写正确的手机号码或固定电话", field: "phone" };
    }
    this.usedSolutions.add(extras.altcha);
    for (const id of extras.attachmentIds) this.claimed.add(id);
    this.submissions += 1;
    const receipt: LetterReceipt = {
      trackingCode: `TRK${this.submissions}`,
      accessCode: `ACCESS-${entry.idempotencyKey}`,
      receivedAt: new Date(this.clock).toISOString(),
      replyDueAt: null,
    };
    this.letters.set(entry.idempotencyKey, {
      values: entry.values as LetterValues,
      attachmentIds: extras.attachmentIds,
      receipt,
    });
    if (this.loseNextAnswer) {
      this.loseNextAnswer = false;
      return { ok: false, kind: "network", message: "无法连接服务器" };
    }
    return { ok: true, receipt };
  }
}

let store: OutboxStore;
let server: FakeServer;
let solved: string[];
let phases: string[];
let dbCount = 0;

function deps(): SendDeps {
  return {
    store,
    upload: async (file) => server.upload(file),
    fetchChallenge: async () => server.challenge(),
    solve: async (challenge: TimedChallenge) => {
      solved.push(challenge.challenge);
      return JSON.stringify({ challenge: challenge.challenge });
    },
    submit: async (entry, extras) => server.submit(entry, extras),
    deviceId: () => "device-1234567890abcdef",
    newKey: () => "11111111-1111-4111-8111-111111111111",
    now: () => server.clock,
    sleep: async (ms) => {
      server.clock += ms;
    },
    onPhase: (_id, phase) => phases.push(phase.phase),
  };
}

let keyCount = 0;
async function queue(values: LetterValues = letter, files: Partial<OutboxFile>[] = []): Promise<OutboxEntry> {
  keyCount += 1;
  const draft = newDraftEntry(
    "letter",
    values,
    { id: `local-${keyCount}`, idempotencyKey: `00000000-0000-4000-8000-${String(keyCount).padStart(12, "0")}` },
    server.clock,
  );
  const withFiles: OutboxEntry = {
    ...draft,
    files: files.map((file, index) => ({
      id: `f${index}`,
      name: `photo-${index}.jpg`,
      type: "image/jpeg",
      size: 3,
      blob: new Blob(["abc"], { type: "image/jpeg" }),
      uploadedId: null,
      ...file,
    })),
  };
  const entry = queuedEntry(withFiles, server.clock);
  await store.put(entry);
  return entry;
}

beforeEach(() => {
  dbCount += 1;
  store = idbOutboxStore(`outbox-test-${dbCount}`);
  server = new FakeServer();
  solved = [];
  phases = [];
});

describe("sendEntry", () => {
  it("sends a queued letter once, after the fill time, and keeps only the receipt", async () => {
    const entry = await queue();
    const result = await sendEntry(deps(), entry);

    expect(result.kind).toBe("sent");
    expect(server.submissions).toBe(1);
    expect(phases).toEqual(["verifying", "verifying", "waiting", "sending"]);
    const stored = await store.get(entry.id);
    expect(stored).toMatchObject({ status: "sent", subject: letter.subject, receipt: { trackingCode: "TRK1" } });
    // The text, the personal data and the key the access code derives from are gone.
    expect(stored?.idempotencyKey).toBe("");
    expect(stored?.values).toEqual(emptyLetter());
    expect(JSON.stringify(stored)).not.toContain("13800138000");
  });

  it("keeps a letter queued with the same key when the network fails, and the retry files it once", async () => {
    const entry = await queue();
    server.loseNextAnswer = true;
    const first = await sendEntry(deps(), entry);
    expect(first).toMatchObject({ kind: "retry", reason: "network" });
    expect(server.submissions).toBe(1);

    const queued = await store.get(entry.id);
    expect(queued).toMatchObject({ status: "queued", idempotencyKey: entry.idempotencyKey });
    expect(queued?.lastProblem).toBe("无法连接服务器");

    const second = await sendEntry(deps(), queued as OutboxEntry);
    expect(second.kind).toBe("sent");
    expect(server.submissions).toBe(1);
    expect(server.letters.size).toBe(1);
    expect((await store.get(entry.id))?.receipt?.trackingCode).toBe("TRK1");
  });

  it("fetches and solves a new challenge on every try", async () => {
    const entry = await queue();
    server.offlineFor = 1;
    await sendEntry(deps(), entry);
    expect(server.issued).toBe(0);
    await sendEntry(deps(), (await store.get(entry.id)) as OutboxEntry);
    expect(server.issued).toBe(1);
    expect(solved).toHaveLength(1);
  });

  it("uses the form's solution while it is fresh and waits until the challenge's fill time", async () => {
    const entry = await queue();
    const fetched = server.challenge();
    if (!fetched.ok) throw new Error("challenge");
    const payload = JSON.stringify({ challenge: fetched.challenge.challenge });
    const result = await sendEntry(deps(), entry, {
      challenge: fetched.challenge,
      payload: async () => payload,
    });
    expect(result.kind).toBe("sent");
    expect(server.issued).toBe(1);
    expect(solved).toEqual([]);
    expect(server.clock).toBeGreaterThanOrEqual(fetched.challenge.sendableAt);
  });

  it("solves a fresh challenge itself when the form's widget gives up", async () => {
    const entry = await queue();
    const fetched = server.challenge();
    if (!fetched.ok) throw new Error("challenge");
    const result = await sendEntry(deps(), entry, { challenge: fetched.challenge, payload: async () => null });
    expect(result.kind).toBe("sent");
    expect(server.issued).toBe(2);
    expect(solved).toHaveLength(1);
  });

  it("replaces a stale challenge from the form with a fresh one", async () => {
    const entry = await queue();
    const fetched = server.challenge();
    if (!fetched.ok) throw new Error("challenge");
    server.clock += TTL_MS;
    const result = await sendEntry(deps(), entry, {
      challenge: fetched.challenge,
      payload: async () => "stale",
    });
    expect(result.kind).toBe("sent");
    expect(server.issued).toBe(2);
    expect(solved).toHaveLength(1);
  });

  it("gets a fresh challenge once when the server says the solution was used", async () => {
    const first = await queue();
    const challenge = server.challenge();
    if (!challenge.ok) throw new Error("challenge");
    const payload = JSON.stringify({ challenge: challenge.challenge.challenge });
    await sendEntry(deps(), first, { challenge: challenge.challenge, payload: async () => payload });
    const second = await queue({ ...letter, subject: "另一封信的标题" });
    const result = await sendEntry(deps(), second, { challenge: challenge.challenge, payload: async () => payload });
    expect(result.kind).toBe("sent");
    expect(server.submissions).toBe(2);
  });

  it("waits again and resends when the server's clock says it came too soon", async () => {
    const entry = await queue();
    const fetched = server.challenge();
    if (!fetched.ok) throw new Error("challenge");
    const payload = JSON.stringify({ challenge: fetched.challenge.challenge });
    // A phone clock running ahead: it believes the fill time has passed already.
    const result = await sendEntry(deps(), entry, {
      challenge: { ...fetched.challenge, sendableAt: server.clock },
      payload: async () => payload,
    });
    expect(result.kind).toBe("sent");
    expect(server.submissions).toBe(1);
  });

  it("uploads attachments once, keeps their ids across a failed try, and sends them with the letter", async () => {
    const entry = await queue(letter, [{}, { name: "scan.pdf", type: "application/pdf" }]);
    server.offlineFor = 0;
    // The second upload fails: the first id is kept.
    const d = deps();
    let calls = 0;
    const flaky: SendDeps = {
      ...d,
      upload: async (file) => {
        calls += 1;
        if (calls === 2) return { ok: false, retryable: true, message: "网络中断，附件未能上传" };
        return server.upload(file);
      },
    };
    expect((await sendEntry(flaky, entry)).kind).toBe("retry");
    const half = (await store.get(entry.id)) as OutboxEntry;
    expect(half.files.map((f) => f.uploadedId)).toEqual([`UP${"0".repeat(30)}`, null]);

    expect((await sendEntry(flaky, half)).kind).toBe("sent");
    expect(server.uploads).toHaveLength(2);
    expect([...server.letters.values()][0]?.attachmentIds).toEqual(server.uploads);
  });

  it("uploads again, once, when the server says the uploads expired", async () => {
    const entry = await queue(letter, [{}]);
    server.expireUploads = true;
    const result = await sendEntry(deps(), entry);
    expect(result.kind).toBe("sent");
    expect(server.uploads).toHaveLength(2);
    expect([...server.letters.values()][0]?.attachmentIds).toEqual([server.uploads[1]]);
  });

  it("returns a letter the server refuses to being an editable draft, with the field named", async () => {
    const entry = await queue({ ...letter, phone: "12345" });
    const result = await sendEntry(deps(), entry);
    expect(result.kind).toBe("rejected");
    const draft = await store.get(entry.id);
    expect(draft).toMatchObject({
      status: "draft",
      idempotencyKey: entry.idempotencyKey,
      rejection: { message: "请填写正确的手机号码或固定电话", field: "phone" },
    });
    expect(server.submissions).toBe(0);
  });

  it("gives a draft a new key when the server refuses the key itself", async () => {
    const entry = await queue();
    const d = deps();
    const refusing: SendDeps = {
      ...d,
      submit: async () => ({
        ok: false,
        kind: "refused",
        message: "该提交标识已用于另一封来信，请刷新页面后重新提交",
        field: "idempotencyKey",
      }),
    };
    expect((await sendEntry(refusing, entry)).kind).toBe("rejected");
    const draft = await store.get(entry.id);
    expect(draft?.status).toBe("draft");
    expect(draft?.idempotencyKey).toBe("11111111-1111-4111-8111-111111111111");
  });

  it("returns the draft when an attachment is refused for what it is", async () => {
    const entry = await queue(letter, [{ name: "virus.exe" }]);
    server.refuseFile = "virus.exe";
    const result = await sendEntry(deps(), entry);
    expect(result.kind).toBe("rejected");
    expect((await store.get(entry.id))?.rejection).toEqual({
      message: "只能上传图片或 PDF 文件",
      field: "attachments",
    });
  });

  it("remembers when to try again after a rate limit", async () => {
    const entry = await queue();
    server.rateLimitSubmissions = 1;
    const result = await sendEntry(deps(), entry);
    expect(result).toMatchObject({ kind: "retry", reason: "limited" });
    const queued = (await store.get(entry.id)) as OutboxEntry;
    expect(queued.retryAt).toBe(server.clock + 120_000);
    expect(nextRetryAt([queued])).toBe(queued.retryAt);
    expect(dueEntries([queued], server.clock)).toEqual([]);
    expect(dueEntries([queued], server.clock + 120_000)).toHaveLength(1);
  });

  it("refuses to send an entry that is not queued", async () => {
    const entry = await queue();
    await sendEntry(deps(), entry);
    const sent = (await store.get(entry.id)) as OutboxEntry;
    await expect(sendEntry(deps(), sent)).rejects.toThrow(/not queued/);
  });
});

describe("a comment on planning publicity", () => {
  it("goes through the outbox like a letter: subject from the publicity, an opinion, only the receipt kept", async () => {
    const values = {
      ...emptyComment("Q29udGVudEl0ZW06cDE=", "凤岭北片区学校设计方案批前公示"),
      name: "李女士",
      phone: "13800138000",
      body: "建议在学校东侧增设公交港湾。",
    };
    const draft = newDraftEntry(
      "comment",
      values,
      { id: "local-comment", idempotencyKey: "00000000-0000-4000-8000-00000000c0de" },
      server.clock,
    );
    const entry = queuedEntry(draft, server.clock);
    expect(entry).toMatchObject({ subject: "对《凤岭北片区学校设计方案批前公示》的意见", letterType: "OPINION" });
    await store.put(entry);

    expect((await sendEntry(deps(), entry)).kind).toBe("sent");
    const stored = await store.get(entry.id);
    expect(stored).toMatchObject({ status: "sent", kind: "comment", receipt: { trackingCode: "TRK1" } });
    // Which publicity it was about stays (the page shows its own comments); who wrote it does not.
    expect(stored?.values).toEqual(emptyComment(values.itemId, values.itemTitle));
    expect(JSON.stringify(stored)).not.toMatch(/13800138000|李女士|公交港湾/);
  });
});

describe("flushOutbox", () => {
  it("sends every due letter once, oldest first, and a second flush sends nothing", async () => {
    const a = await queue();
    server.clock += 10;
    const b = await queue({ ...letter, subject: "第二封来信的标题" });
    const draft = newDraftEntry("letter", letter, { id: "still-writing", idempotencyKey: "k" }, server.clock);
    await store.put(draft);

    const results = await flushOutbox(deps());
    expect(results.map((r) => [r.kind, r.entry.id])).toEqual([
      ["sent", a.id],
      ["sent", b.id],
    ]);
    expect(await flushOutbox(deps())).toEqual([]);
    expect(server.submissions).toBe(2);
    expect((await store.get("still-writing"))?.status).toBe("draft");
  });

  it("stops at the first network failure and leaves the rest queued", async () => {
    const a = await queue();
    const b = await queue({ ...letter, subject: "第二封来信的标题" });
    server.offlineFor = 1;
    const results = await flushOutbox(deps());
    expect(results).toHaveLength(1);
    expect((await store.get(a.id))?.status).toBe("queued");
    expect((await store.get(b.id))?.status).toBe("queued");
    // Back online: both go, once each.
    await flushOutbox(deps());
    await flushOutbox(deps());
    expect(server.submissions).toBe(2);
  });

  it("files a letter once when two flushes race (the key makes the repeat harmless)", async () => {
    await queue();
    const [first, second] = await Promise.all([flushOutbox(deps()), flushOutbox(deps())]);
    expect([...(first ?? []), ...(second ?? [])].every((r) => r.kind === "sent")).toBe(true);
    expect(server.letters.size).toBe(1);
    expect(server.submissions).toBe(1);
  });
});
