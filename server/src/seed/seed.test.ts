import fs from "node:fs";
import type http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { validateBytes } from "gltf-validator";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/helpers.js";
import { DAY, ManualClock } from "../clock.js";
import type { Services } from "../context.js";
import { paths } from "../env.js";
import { Prisma } from "../generated/prisma/client.js";
import { createHttpServer } from "../http.js";
import { InProcessJobRunner } from "../jobs/in-process-runner.js";
import { createLogger } from "../logger.js";
import { attachmentsOf } from "../modules/content/content.service.js";
import { detailsExternalLinks } from "../modules/content/item-details.js";
import { createMediaHandler } from "../modules/media/media.http.js";
import { STORED_NAME } from "../modules/media/media.service.js";
import { MediaStore } from "../modules/media/media.store.js";
import { PERMIT_TYPE_LABELS, projectDetailsSchema } from "../modules/projects/project-details.js";
import { canonicalRevisionHash } from "../modules/publishing/revision.js";
import { sanitizeBody } from "../modules/publishing/sanitize.js";
import { createApp } from "../yoga.js";
import { demoContentSpecs } from "./content/generate.js";
import { INDEX_NUMBER_PATTERN } from "./content/index-numbers.js";
import { visibleText } from "./content/spec.js";
import { CONFIDENTIALITY_CHECKLIST, reviewByFor, startOfDay } from "./content/workflow.js";
import * as demo from "./demo-data.js";
import { accountsWithSeededPasswords, generatePassword, seedDemo } from "./seed.js";

let db: Awaited<ReturnType<typeof openTestDatabase>>;
const clock = new ManualClock("2026-06-01T02:00:00Z");
const seededAt = clock.now();
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "planport-seed-media-"));
let media: MediaStore;
/** The HTTP server with the app's /media route, serving mediaDir. */
let server: http.Server;
let base = "";
beforeAll(async () => {
  db = await openTestDatabase();
  await db.migrate(paths.migrations);
  media = await MediaStore.open(mediaDir);
  const log = createLogger("silent");
  const jobs = new InProcessJobRunner(db.prisma, clock, log);
  const services: Services = { prisma: db.prisma, clock, jobs, log, trustProxy: false, letterRetentionDays: 1095 };
  const mediaHandler = createMediaHandler({ services, store: media, maxUploadBytes: 1024 * 1024 });
  server = createHttpServer({ app: createApp(services), db, clientDist: mediaDir, log, media: mediaHandler });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await db.drop();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

/** The media files on disk (originals), by name. */
const mediaFiles = () =>
  fs.readdirSync(path.join(mediaDir, "originals"), { recursive: true, withFileTypes: true }).filter((f) => f.isFile());

/** Everything the seed writes, in a stable order. */
const snapshot = async () => ({
  departments: await db.prisma.department.findMany({ orderBy: { code: "asc" } }),
  users: await db.prisma.user.findMany({ orderBy: { username: "asc" } }),
  columns: await db.prisma.column.findMany({ orderBy: { slug: "asc" } }),
  catalog: await db.prisma.disclosureCatalog.findMany({ orderBy: { code: "asc" } }),
  items: await db.prisma.contentItem.findMany({ orderBy: { seedKey: "asc" } }),
  revisions: await db.prisma.contentRevision.findMany({ orderBy: { id: "asc" } }),
  records: await db.prisma.reviewRecord.findMany({ orderBy: { id: "asc" } }),
  comments: await db.prisma.letter.findMany({ where: { channel: "PUBLICITY_COMMENT" }, orderBy: { id: "asc" } }),
  links: await db.prisma.linkApproval.findMany({ orderBy: { host: "asc" } }),
  media: await db.prisma.mediaAsset.findMany({ orderBy: { sha256: "asc" } }),
  mediaFiles: mediaFiles()
    .map((f) => f.name)
    .sort(),
});

const published = () =>
  db.prisma.contentItem.findMany({
    where: { status: "PUBLISHED" },
    include: { liveRevision: true, reviewRecords: { orderBy: { at: "asc" } } },
  });

describe("demo seed", () => {
  it("creates one account per role, once, and never touches anything again", async () => {
    const first = await seedDemo(db.prisma, clock, media, { passwordFor: () => "first-run-password" });
    // One account per role, and a handler and a head for each department answering letters (letters/staff.ts).
    expect(first.createdAccounts.flatMap((a) => a.roles).sort()).toEqual([
      "ADMIN",
      "CHECKER",
      ...Array(5).fill("DEPT_HEAD"),
      "EDITOR",
      ...Array(5).fill("HANDLER"),
      "LEADER",
      "MAINTAINER",
    ]);
    const before = await snapshot();

    clock.advance(DAY * 3);
    const second = await seedDemo(db.prisma, clock, media, { passwordFor: () => "second-run-password" });
    expect(second).toEqual({ createdAccounts: [], createdContent: 0 });
    expect(await snapshot()).toEqual(before);
    expect(before.departments).toHaveLength(8);
    expect(before.users).toHaveLength(15);
  });

  it("flags every demo account until its password changes", async () => {
    expect(await accountsWithSeededPasswords(db.prisma)).toHaveLength(15);
  });

  it("generates strong, distinct passwords", () => {
    const a = generatePassword();
    expect(a).toMatch(/^[a-zA-Z0-9]{6}-[a-zA-Z0-9]{6}-[a-zA-Z0-9]{6}$/);
    expect(generatePassword()).not.toBe(a);
  });

  it("plans the same content every time for the same seeding day, bodies as the publishing sanitiser keeps them", () => {
    const today = startOfDay(seededAt);
    const specs = demoContentSpecs(today);
    expect(specs).toEqual(demoContentSpecs(today));
    for (const spec of specs) expect(sanitizeBody(spec.body), spec.key).toBe(spec.body);
  });
});

describe("demo content", () => {
  it("publishes 200+ items, 60+ of them in the last 30 days, none newer than the first demo item", async () => {
    const items = await published();
    expect(items.length).toBeGreaterThanOrEqual(200);
    const monthAgo = seededAt.getTime() - 30 * DAY;
    expect(items.filter((i) => (i.publishedAt as Date).getTime() >= monthAgo).length).toBeGreaterThanOrEqual(60);
    const newest = [...items].sort((a, b) => (b.publishedAt as Date).getTime() - (a.publishedAt as Date).getTime());
    expect(newest[0]?.title).toBe("五象新区核心区控制性详细规划修编通过专家评审");
    expect(new Set(items.map((i) => i.kind))).toEqual(
      new Set([
        "NEWS",
        "NOTICE",
        "PUBLICITY",
        "EXHIBITION",
        "DISCLOSURE",
        "TOPIC_PAGE",
        "INTERVIEW",
        "GUIDE",
        "PROJECT",
      ]),
    );
    expect(new Set(items.map((i) => i.title)).size).toBe(items.length);
    // The first demo items keep their original short bodies; everything added since reads like a page.
    const first = new Set(demo.content.map((c) => c.key));
    for (const item of items.filter((i) => !first.has(i.seedKey ?? ""))) {
      expect(visibleText(item.body).length, item.title).toBeGreaterThanOrEqual(150);
      expect(visibleText(item.body).length, item.title).toBeLessThanOrEqual(600);
    }
    expect(items.filter((i) => i.important).length).toBeGreaterThanOrEqual(15);
    expect(items.filter((i) => i.coverImageUrl).length).toBeGreaterThanOrEqual(40);
    expect(items.filter((i) => attachmentsOf(i.attachments).length).length).toBeGreaterThanOrEqual(40);
  });

  it("leaves no column and no catalog node blank", async () => {
    const columns = await db.prisma.column.findMany({
      include: { _count: { select: { children: true, items: { where: { status: "PUBLISHED" } } } } },
    });
    for (const c of columns) expect(c._count.children + c._count.items, c.slug).toBeGreaterThan(0);
    const catalog = await db.prisma.disclosureCatalog.findMany({
      include: { _count: { select: { children: true, items: { where: { status: "PUBLISHED" } } } } },
    });
    expect(catalog.length).toBeGreaterThanOrEqual(30);
    for (const c of catalog) expect(c._count.children + c._count.items, c.code).toBeGreaterThan(0);
  });

  it("gives every published item a live revision with the right hash and a complete registration form", async () => {
    const users = new Map((await db.prisma.user.findMany()).map((u) => [u.username, u.id]));
    for (const item of await published()) {
      const live = item.liveRevision;
      expect(live, item.title).not.toBeNull();
      if (!live) continue;
      expect(live.contentSha256).toBe(canonicalRevisionHash(live));
      expect(canonicalRevisionHash(item)).toBe(live.contentSha256);
      expect(live.createdById).toBe(users.get("editor"));

      const form = item.reviewRecords;
      const expected = [
        ["SUBMIT", "DONE", "editor"],
        ["PUBLICATION_REVIEW", "APPROVED", "checker"],
        ["CONFIDENTIALITY_REVIEW", "APPROVED", "checker"],
        ["DEPT_APPROVAL", "APPROVED", "depthead"],
        ...(item.important ? [["LEADER_APPROVAL", "APPROVED", "leader"]] : []),
        ["PUBLISH", "DONE", "editor"],
      ];
      expect(
        form.slice(0, expected.length).map((r) => [r.step, r.decision, r.actorId]),
        item.title,
      ).toEqual(expected.map(([step, decision, user]) => [step, decision, users.get(user as string)]));
      for (const r of form) expect(r.actorName && r.actorRoles).toBeTruthy();
      const times = form.map((r) => r.at.getTime());
      expect(new Set(times).size).toBe(times.length);
      expect(form[expected.length - 1]?.at).toEqual(item.publishedAt);
      expect(form.find((r) => r.step === "PUBLICATION_REVIEW")?.opinion).toBeTruthy();
      expect(form.find((r) => r.step === "CONFIDENTIALITY_REVIEW")?.checklist).toEqual(CONFIDENTIALITY_CHECKLIST);
      expect(form.slice(0, expected.length).every((r) => r.revisionId === live.id)).toBe(true);

      // 信息时效确认: by the rule for the kind, or 180 days after the last confirmation.
      const confirmed = form.filter((r) => r.step === "TIMELINESS_CONFIRM").at(-1);
      const due = confirmed
        ? new Date(confirmed.at.getTime() + 180 * DAY)
        : reviewByFor(item.kind, item.publishedAt as Date, item.commentClosesAt);
      expect(item.reviewBy, item.title).toEqual(due);
    }
    const revisions = await db.prisma.contentRevision.findMany({ orderBy: [{ itemId: "asc" }, { number: "asc" }] });
    const numbers = new Map<string, number[]>();
    for (const r of revisions) numbers.set(r.itemId, [...(numbers.get(r.itemId) ?? []), r.number]);
    for (const n of numbers.values()) expect(n).toEqual(n.map((_, i) => i + 1));
    expect(numbers.size).toBe(await db.prisma.contentItem.count());
  });

  it("lists items due for their timeliness check: some overdue, some within a week", async () => {
    const now = seededAt.getTime();
    const items = await published();
    expect(items.filter((i) => (i.reviewBy as Date).getTime() < now).length).toBeGreaterThanOrEqual(2);
    expect(
      items.filter((i) => (i.reviewBy as Date).getTime() >= now && (i.reviewBy as Date).getTime() < now + 7 * DAY)
        .length,
    ).toBeGreaterThanOrEqual(2);
  });

  it("numbers disclosure items 000014349/year-sequence and marks repealed and amended ones", async () => {
    const items = await db.prisma.contentItem.findMany({ where: { kind: "DISCLOSURE", publishedAt: { not: null } } });
    expect(items.length).toBeGreaterThanOrEqual(40);
    for (const item of items) {
      expect(item.indexNumber, item.title).toMatch(INDEX_NUMBER_PATTERN);
      const year = new Date((item.publishedAt as Date).getTime() + 8 * 3_600_000).getUTCFullYear();
      expect(item.indexNumber?.startsWith(`000014349/${year}-`)).toBe(true);
      expect(item).toMatchObject({ issuingOrgan: "南宁市规划管理局", catalogId: expect.any(String) });
    }
    expect(new Set(items.map((i) => i.indexNumber)).size).toBe(items.length);
    expect(items.filter((i) => i.disclosureMode === "PROACTIVE").length).toBeGreaterThan(items.length / 2);
    expect(items.some((i) => /^南规发〔\d{4}〕\d+号$/.test(i.documentNumber ?? ""))).toBe(true);
    for (const validity of ["REPEALED", "AMENDED"] as const) {
      const old = items.find((i) => i.validity === validity);
      const replacement = items.find((i) => i.id === old?.replacedById);
      expect(replacement?.validity, validity).toBe("VALID");
      expect((replacement?.publishedAt as Date) > (old?.publishedAt as Date)).toBe(true);
    }
  });

  it("opens comment windows on publicity: 10 days before approval, 30 for plan drafts; comments only on open ones", async () => {
    const now = seededAt;
    const items = await db.prisma.contentItem.findMany({
      where: { kind: "PUBLICITY", status: "PUBLISHED" },
      include: { comments: true },
    });
    for (const item of items.filter((i) => i.publicityType === "PRE_APPROVAL" || i.publicityType === "PLAN_DRAFT")) {
      const days = item.publicityType === "PLAN_DRAFT" ? 30 : 10;
      const span = (item.commentClosesAt as Date).getTime() - (item.commentOpensAt as Date).getTime();
      expect(span, item.title).toBeGreaterThan((days - 1) * DAY);
      expect(span, item.title).toBeLessThanOrEqual(days * DAY);
      if (item.comments.length) expect((item.commentClosesAt as Date) > now).toBe(true);
      for (const c of item.comments) {
        expect(c.channel).toBe("PUBLICITY_COMMENT");
        expect(c.writerPhone).toMatch(/^1380000\d{4}$/);
        expect(c.receivedAt > (item.commentOpensAt as Date) && c.receivedAt < now).toBe(true);
      }
    }
    const open = items.filter((i) => i.commentClosesAt && i.commentClosesAt > now);
    expect(open.length).toBeGreaterThanOrEqual(4);
    expect(items.filter((i) => i.commentClosesAt && i.commentClosesAt < now).length).toBeGreaterThanOrEqual(4);
    expect(
      open.some((i) => i.publicityType === "PLAN_DRAFT") && open.some((i) => i.publicityType === "PRE_APPROVAL"),
    ).toBe(true);
    const comments = items.flatMap((i) => i.comments);
    expect(comments.length).toBeGreaterThanOrEqual(5);
    expect(comments.some((c) => c.hiddenAt && c.hiddenReason)).toBe(true);
  });

  it("has items in every workflow state for the staff screens", async () => {
    const items = await db.prisma.contentItem.findMany({ include: { draftRevision: true, reviewRecords: true } });
    const inState = (status: string) => items.filter((i) => i.status === status);
    for (const status of ["DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED", "WITHDRAWN", "EXPIRED"]) {
      expect(inState(status).length, status).toBeGreaterThan(0);
    }
    for (const item of [...inState("DRAFT"), ...inState("IN_REVIEW"), ...inState("APPROVED")]) {
      expect(item.draftStage).toBe(item.status);
      expect(item.draftRevisionId && !item.liveRevisionId && !item.publishedAt).toBeTruthy();
    }
    for (const item of inState("IN_REVIEW")) expect(item.reviewRecords.some((r) => r.step === "SUBMIT")).toBe(true);
    expect(inState("APPROVED").some((i) => i.scheduledAt && i.scheduledAt > seededAt)).toBe(true);
    expect(inState("WITHDRAWN").some((i) => i.withdrawnAt && i.withdrawReason && !i.removed)).toBe(true);
    expect(inState("WITHDRAWN").some((i) => i.removed)).toBe(true);
    expect(inState("EXPIRED").every((i) => i.expiredAt)).toBe(true);
    const editing = inState("PUBLISHED").find((i) => i.draftStage === "DRAFT");
    expect(editing?.draftRevision).toMatchObject({ number: 2, major: true, changeNote: expect.any(String) });
    expect(editing?.liveRevisionId).not.toBe(editing?.draftRevisionId);
  });

  it("approves the hosts bodies link to, with one request pending and one rejected", async () => {
    const links = await db.prisma.linkApproval.findMany();
    const approved = new Set(links.filter((l) => l.status === "APPROVED").map((l) => l.host));
    expect(approved).toEqual(new Set(["www.gov.cn", "www.nanning.gov.cn", "zrzyt.gxzf.gov.cn", "zwfw.gxzf.gov.cn"]));
    expect(links.find((l) => l.status === "PENDING")).toMatchObject({ host: "www.example-planning.com" });
    expect(links.find((l) => l.status === "REJECTED")?.decisionReason).toBeTruthy();
    const bodies = (await db.prisma.contentItem.findMany({ select: { body: true } })).map((i) => i.body).join("");
    const hosts = [...bodies.matchAll(/href="https?:\/\/([^/"]+)/g)].map((m) => m[1]);
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) expect(approved.has(host as string), host).toBe(true);
    // …and so do the links in their details (a guide's online application address…).
    const items = await db.prisma.contentItem.findMany({ where: { NOT: { details: { equals: Prisma.DbNull } } } });
    const detailsLinks = items.flatMap((i) => detailsExternalLinks(i.kind, i.details));
    expect(detailsLinks.length).toBeGreaterThan(0);
    for (const link of detailsLinks) expect(approved.has(new URL(link.url).hostname), link.url).toBe(true);
  });

  it("completes demo items that an earlier seed created without revisions", async () => {
    const item = await db.prisma.contentItem.findUniqueOrThrow({ where: { seedKey: "news-water-city-nanhu" } });
    const before = await db.prisma.contentRevision.findUniqueOrThrow({ where: { id: item.liveRevisionId as string } });
    await db.prisma.contentItem.update({ where: { id: item.id }, data: { liveRevisionId: null, reviewBy: null } });
    await db.prisma.reviewRecord.deleteMany({ where: { itemId: item.id } });
    await db.prisma.contentRevision.deleteMany({ where: { itemId: item.id } });

    expect((await seedDemo(db.prisma, clock, media)).createdContent).toBe(1);
    const after = await db.prisma.contentItem.findUniqueOrThrow({
      where: { id: item.id },
      include: { liveRevision: true, _count: { select: { reviewRecords: true } } },
    });
    expect(after.liveRevision?.contentSha256).toBe(before.contentSha256);
    expect(after.reviewBy).toEqual(item.reviewBy);
    expect(after._count.reviewRecords).toBeGreaterThanOrEqual(5);
  });
});

describe("demo media", () => {
  /** Every cover and attachment URL in items and revisions, with what the content says about it. */
  const seededMedia = async () => {
    const rows = [
      ...(await db.prisma.contentItem.findMany({
        select: { coverImageUrl: true, videoUrl: true, attachments: true, details: true },
      })),
      ...(await db.prisma.contentRevision.findMany({
        select: { coverImageUrl: true, videoUrl: true, attachments: true, details: true },
      })),
    ];
    return {
      covers: new Set(rows.flatMap((r) => (r.coverImageUrl ? [r.coverImageUrl] : []))),
      attachments: rows.flatMap((r) => attachmentsOf(r.attachments)),
      videos: rows.filter((r) => r.videoUrl),
      // Files named in items' details: the guides' blank forms and filled samples…
      inDetails: new Set(
        rows.flatMap((r) => JSON.stringify(r.details).match(/\/media\/[0-9a-f]{64}\.[a-z0-9]+/g) ?? []),
      ),
    };
  };
  const assetAt = (url: string) =>
    db.prisma.mediaAsset.findUnique({ where: { storedName: url.replace(/^\/media\//, "") } });

  it("points every cover and attachment at a stored media asset, served by /media with its type", async () => {
    const { covers, attachments, videos } = await seededMedia();
    expect(covers.size).toBeGreaterThanOrEqual(20);
    expect(attachments.length).toBeGreaterThanOrEqual(60);
    expect(videos).toEqual([]);

    for (const url of covers) {
      expect(url).toMatch(/^\/media\/[a-f0-9]{64}\.webp$/);
      const asset = await assetAt(url);
      expect(asset, url).toMatchObject({ kind: "IMAGE", mimeType: "image/webp", width: 1280, height: 720 });
      const response = await fetch(`${base}${url}`);
      expect(response.status, url).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/webp");
      const image = Buffer.from(await response.arrayBuffer());
      expect(image.length).toBe(asset?.size);
      expect(await sharp(image).metadata()).toMatchObject({ format: "webp", width: 1280, height: 720 });
    }
    // Variants work as for any upload.
    const [cover] = covers;
    const narrow = await fetch(`${base}${cover}?w=320`);
    expect(narrow.status).toBe(200);
    expect(await sharp(Buffer.from(await narrow.arrayBuffer())).metadata()).toMatchObject({ width: 320, height: 180 });

    for (const attachment of attachments) {
      const { url } = attachment;
      expect(STORED_NAME.test(url.replace(/^\/media\//, "")), url).toBe(true);
      expect(attachment.name).toMatch(/\.pdf$/);
      const asset = await assetAt(url);
      expect(asset, url).toMatchObject({
        kind: "DOCUMENT",
        mimeType: "application/pdf",
        originalName: attachment.name,
      });
      expect(attachment).toMatchObject({ size: asset?.size, mimeType: "application/pdf" });
    }
    for (const url of new Set(attachments.map((a) => a.url))) {
      const response = await fetch(`${base}${url}`);
      expect(response.status, url).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename\*=UTF-8''.+\.pdf$/);
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdf.length).toBeGreaterThan(1500);
    }
  });

  it("gives projects site plans, permit PDFs and 3D models, served by /media with their types", async () => {
    const projects = await db.prisma.contentItem.findMany({ where: { kind: "PROJECT", seedKey: { not: null } } });
    const details = projects.map((p) => projectDetailsSchema.parse(p.details));
    // A share of them, as a bureau's pages would have: every key project, some others.
    const pictured = details.filter((d) => d.images.length > 0);
    expect(pictured.length).toBeGreaterThanOrEqual(12);
    expect(pictured.length).toBeLessThan(details.length / 2);
    for (const d of details.filter((d) => d.keyProject)) {
      expect(
        d.images.map((i) => i.name),
        d.name,
      ).toContain("总平面图（示意）");
      if (d.permits.length) expect(d.documents.length, d.name).toBeGreaterThan(0);
    }
    const models = details.filter((d) => d.modelUrl);
    expect(models.map((d) => d.name)).toHaveLength(5);
    expect(models.every((d) => d.keyProject && d.images.some((i) => i.name === "鸟瞰示意图"))).toBe(true);

    for (const image of details.flatMap((d) => d.images)) {
      expect(image.url).toMatch(/^\/media\/[a-f0-9]{64}\.webp$/);
      const response = await fetch(`${base}${image.url}`);
      expect(response.status, image.url).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/webp");
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.length).toBe(image.size);
      expect(await sharp(bytes).metadata()).toMatchObject({ format: "webp", width: 960, height: 720 });
    }
    for (const document of details.flatMap((d) => d.documents)) {
      const kinds = [...Object.values(PERMIT_TYPE_LABELS), "建设工程规划许可批后公布牌"];
      expect(
        kinds.some((kind) => document.name.startsWith(kind)) && document.name.endsWith(".pdf"),
        document.name,
      ).toBe(true);
      const response = await fetch(`${base}${document.url}`);
      expect(response.status, document.url).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdf.length).toBe(document.size);
    }
    for (const { modelUrl, name } of models) {
      expect(modelUrl).toMatch(/^\/media\/[a-f0-9]{64}\.glb$/);
      const response = await fetch(`${base}${modelUrl}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get("content-type")).toBe("model/gltf-binary");
      const glb = new Uint8Array(await response.arrayBuffer());
      expect(Buffer.from(glb.subarray(0, 4)).toString("latin1")).toBe("glTF");
      expect((await validateBytes(glb)).issues.numErrors, name).toBe(0);
    }
  });

  it("stores each file once, and seeding an item again finds its media where they were", async () => {
    const assets = await db.prisma.mediaAsset.findMany();
    expect(new Set(assets.map((a) => a.sha256)).size).toBe(assets.length);
    expect(mediaFiles()).toHaveLength(assets.length);
    // Different pictures and documents: no two seeded covers or attachments share bytes.
    const { covers, attachments, inDetails } = await seededMedia();
    expect(assets).toHaveLength(new Set([...covers, ...attachments.map((a) => a.url), ...inDetails]).size);

    // An item with a cover and one with an attachment, as if they had not been seeded yet.
    const items = [
      await db.prisma.contentItem.findFirstOrThrow({
        where: { seedKey: { startsWith: "expo-" }, coverImageUrl: { not: null } },
      }),
      // Without comments: a comment is a letter, which keeps its item from being deleted.
      await db.prisma.contentItem.findFirstOrThrow({
        where: { seedKey: { startsWith: "pre-" }, status: "PUBLISHED", comments: { none: {} } },
      }),
    ];
    expect(attachmentsOf(items[1]?.attachments ?? [])).not.toEqual([]);
    const ids = items.map((i) => i.id);
    await db.prisma.contentItem.updateMany({
      where: { id: { in: ids } },
      data: { liveRevisionId: null, draftRevisionId: null },
    });
    await db.prisma.contentItem.deleteMany({ where: { id: { in: ids } } });

    expect((await seedDemo(db.prisma, clock, media)).createdContent).toBe(2);
    const again = await db.prisma.contentItem.findMany({ where: { id: { in: ids } } });
    for (const item of items) {
      expect(again.find((a) => a.id === item.id)).toMatchObject({
        coverImageUrl: item.coverImageUrl,
        attachments: item.attachments,
      });
    }
    expect(await db.prisma.mediaAsset.findMany({ orderBy: { sha256: "asc" } })).toEqual(
      [...assets].sort((a, b) => a.sha256.localeCompare(b.sha256)),
    );
  });
});
