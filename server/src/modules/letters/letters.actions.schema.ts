// Staff mutations on letters. Each returns the letter or why the step was refused (in Chinese);
// the role each needs is declared here, the finer rules (whose letter, which department, which
// status, nobody approves their own draft) are in letters.rules.ts and explained in the message.
import { builder, InputError, type InputErrorShape } from "../../builder.js";
import { badInput } from "../../errors.js";
import type { Letter } from "../../generated/prisma/client.js";
import type { Role } from "../../generated/prisma/enums.js";
import {
  acknowledgeLetter,
  assignLetter,
  extendLetterDeadline,
  pauseLetter,
  reassignLetter,
  registerLetter,
  resumeLetter,
} from "./handling.service.js";
import { type ImportResult, importLetters, registerExternalLetter } from "./import.service.js";
import type { LetterResult } from "./letter-step.js";
import { LetterChannelEnum, LetterTypeEnum } from "./letters.enums.js";
import { LetterPauseKindEnum, LetterRef, letterActorOf } from "./letters.staff.schema.js";
import { extensionDays, importContent, opinion, publicNote, reason, replyText } from "./letters.staff.validation.js";
import {
  approveLetterReply,
  closeLetter,
  draftLetterReply,
  returnLetterReply,
  sendLetterReply,
  submitLetterReply,
} from "./reply.service.js";

type Payload = { letter?: Letter | null; error?: InputErrorShape | null };

const LetterPayload = builder.objectRef<Payload>("LetterPayload").implement({
  description: "The letter after the step, or why the step was refused.",
  fields: (t) => ({
    letter: t.field({ type: LetterRef, nullable: true, resolve: (p) => p.letter ?? null }),
    error: t.field({ type: InputError, nullable: true, resolve: (p) => p.error ?? null }),
  }),
});

const toPayload = (r: LetterResult): Payload =>
  r.ok ? { letter: r.letter } : { error: { message: r.message, field: r.field ?? null } };

type ImportErrorShape = { row: number; field: string | null; message: string };

const LetterImportErrorRef = builder.objectRef<ImportErrorShape>("LetterImportError").implement({
  description: "A problem with one letter of an import (row 0: the whole file).",
  fields: (t) => ({
    row: t.exposeInt("row", { description: "The letter's number in the file, from 1; 0 for the file itself." }),
    field: t.exposeString("field", { nullable: true }),
    message: t.exposeString("message"),
  }),
});

type ImportPayloadShape = { letters: Letter[]; errors: ImportErrorShape[] };

const toImportPayload = (r: ImportResult): ImportPayloadShape =>
  r.ok ? { letters: r.letters, errors: [] } : { letters: [], errors: r.errors };

const LetterImportPayload = builder.objectRef<ImportPayloadShape>("LetterImportPayload").implement({
  description: "Either every letter imported (registered) or none, with every problem listed by row.",
  fields: (t) => ({
    imported: t.int({ resolve: (p) => p.letters.length }),
    letters: t.field({ type: [LetterRef], resolve: (p) => p.letters }),
    errors: t.field({ type: [LetterImportErrorRef], resolve: (p) => p.errors }),
  }),
});

const ExternalLetterPayload = builder.objectRef<ImportPayloadShape>("ExternalLetterPayload").implement({
  description: "The registered letter, or every problem with the input (field set where one is at fault).",
  fields: (t) => ({
    letter: t.field({ type: LetterRef, nullable: true, resolve: (p) => p.letters[0] ?? null }),
    errors: t.field({
      type: [InputError],
      resolve: (p) => p.errors.map((e) => ({ message: e.message, field: e.field })),
    }),
  }),
});

const RegisterLetterInput = builder.inputType("RegisterLetterInput", {
  description: "登记: classification of a received letter.",
  fields: (t) => ({
    type: t.field({ type: LetterTypeEnum, required: true }),
    complex: t.boolean({ required: true, description: "复杂件: acknowledgement required before the reply." }),
    channel: t.field({ type: LetterChannelEnum, description: "Correct the channel; unchanged when absent." }),
    departmentId: t.globalID({ description: "The department concerned, when already known." }),
  }),
});

const ExternalLetterInput = builder.inputType("ExternalLetterInput", {
  description: "A letter from 政民互动平台, 网上信访 or 领导留言板, typed in by staff.",
  fields: (t) => ({
    channel: t.field({ type: LetterChannelEnum, required: true }),
    externalId: t.string({ required: true, description: "The letter's id in the channel's own system." }),
    type: t.field({ type: LetterTypeEnum, required: true }),
    subject: t.string({ required: true }),
    body: t.string({ required: true }),
    writerName: t.string(),
    writerPhone: t.string(),
    writerEmail: t.string(),
    receivedAt: t.field({ type: "DateTime", description: "When the channel received it; now when absent." }),
    complex: t.boolean(),
    mayPublish: t.boolean(),
  }),
});

const ImportFormatEnum = builder.enumType("LetterImportFormat", { values: ["CSV", "JSON"] as const });

function letterIdOf(id: { typename: string; id: string }): string {
  if (id.typename !== "Letter") throw badInput("letterId 须为来信的 ID", "letterId");
  return id.id;
}

function idOf(id: { typename: string; id: string }, typename: string, field: string): string {
  if (id.typename !== typename) throw badInput(`${field} 的 ID 类型不正确`, field);
  return id.id;
}

const REGISTRARS: Role[] = ["HANDLER", "ADMIN"];
const HANDLERS: Role[] = ["HANDLER"];
const HEADS: Role[] = ["DEPT_HEAD"];

builder.mutationFields((t) => {
  const letterId = t.arg.globalID({ required: true });
  return {
    registerLetter: t.field({
      type: LetterPayload,
      description: "登记: classify (type, complex, channel, department); starts the fixed reply period.",
      authScopes: { roles: REGISTRARS },
      args: { letterId, input: t.arg({ type: RegisterLetterInput, required: true }) },
      resolve: async (_r, args, ctx) =>
        toPayload(
          await registerLetter(ctx, letterActorOf(ctx), letterIdOf(args.letterId), {
            type: args.input.type,
            complex: args.input.complex,
            channel: args.input.channel ?? null,
            departmentId: args.input.departmentId ? idOf(args.input.departmentId, "Department", "departmentId") : null,
          }),
        ),
    }),
    assignLetter: t.field({
      type: LetterPayload,
      description: "分办: to a department and one of its handlers.",
      authScopes: { roles: REGISTRARS },
      args: {
        letterId,
        departmentId: t.arg.globalID({ required: true }),
        handlerId: t.arg.globalID({ required: true }),
      },
      resolve: async (_r, args, ctx) =>
        toPayload(
          await assignLetter(ctx, letterActorOf(ctx), letterIdOf(args.letterId), {
            departmentId: idOf(args.departmentId, "Department", "departmentId"),
            handlerId: idOf(args.handlerId, "User", "handlerId"),
          }),
        ),
    }),
    reassignLetter: t.field({
      type: LetterPayload,
      description:
        "改派 with a reason. A letter being handled needs a new handler; a registered one may change department only.",
      authScopes: { roles: REGISTRARS },
      args: {
        letterId,
        departmentId: t.arg.globalID({ required: true }),
        handlerId: t.arg.globalID(),
        reason: t.arg.string({ required: true, validate: { schema: reason } }),
      },
      resolve: async (_r, args, ctx) =>
        toPayload(
          await reassignLetter(ctx, letterActorOf(ctx), letterIdOf(args.letterId), {
            departmentId: idOf(args.departmentId, "Department", "departmentId"),
            handlerId: args.handlerId ? idOf(args.handlerId, "User", "handlerId") : null,
            reason: args.reason,
          }),
        ),
    }),
    acknowledgeLetter: t.field({
      type: LetterPayload,
      description: "已告知: tells the writer the letter was received (public). Never counts as the reply.",
      authScopes: { roles: HANDLERS },
      args: { letterId, note: t.arg.string({ validate: { schema: publicNote } }) },
      resolve: async (_r, args, ctx) =>
        toPayload(await acknowledgeLetter(ctx, letterActorOf(ctx), letterIdOf(args.letterId), args.note ?? null)),
    }),
    pauseLetter: t.field({
      type: LetterPayload,
      description:
        "中止计时 of a disclosure request: 补正 (once, within 7 working days) or a third party. The note goes to the writer.",
      authScopes: { roles: HANDLERS },
      args: {
        letterId,
        kind: t.arg({ type: LetterPauseKindEnum, required: true }),
        note: t.arg.string({ required: true, validate: { schema: publicNote } }),
      },
      resolve: async (_r, args, ctx) =>
        toPayload(
          await pauseLetter(ctx, letterActorOf(ctx), letterIdOf(args.letterId), {
            kind: args.kind,
            note: args.note,
          }),
        ),
    }),
    resumeLetter: t.field({
      type: LetterPayload,
      description: "恢复计时 (public note).",
      authScopes: { roles: HANDLERS },
      args: { letterId, note: t.arg.string({ validate: { schema: publicNote } }) },
      resolve: async (_r, args, ctx) =>
        toPayload(await resumeLetter(ctx, letterActorOf(ctx), letterIdOf(args.letterId), args.note ?? null)),
    }),
    extendLetterDeadline: t.field({
      type: LetterPayload,
      description:
        "延期答复 of a disclosure request: once, 1–20 working days, by the head of the letter's department, with a reason.",
      authScopes: { roles: HEADS },
      args: {
        letterId,
        days: t.arg.int({ required: true, validate: { schema: extensionDays } }),
        reason: t.arg.string({ required: true, validate: { schema: reason } }),
      },
      resolve: async (_r, args, ctx) =>
        toPayload(
          await extendLetterDeadline(ctx, letterActorOf(ctx), letterIdOf(args.letterId), {
            days: args.days,
            reason: args.reason,
          }),
        ),
    }),
    draftLetterReply: t.field({
      type: LetterPayload,
      description: "Saves the handler's draft reply.",
      authScopes: { roles: HANDLERS },
      args: { letterId, text: t.arg.string({ required: true, validate: { schema: replyText } }) },
      resolve: async (_r, args, ctx) =>
        toPayload(await draftLetterReply(ctx, letterActorOf(ctx), letterIdOf(args.letterId), args.text)),
    }),
    submitLetterReply: t.field({
      type: LetterPayload,
      description: "Sends the draft to the department head; with text, saves it first.",
      authScopes: { roles: HANDLERS },
      args: { letterId, text: t.arg.string({ validate: { schema: replyText } }) },
      resolve: async (_r, args, ctx) =>
        toPayload(await submitLetterReply(ctx, letterActorOf(ctx), letterIdOf(args.letterId), args.text ?? null)),
    }),
    approveLetterReply: t.field({
      type: LetterPayload,
      description: "The head of the letter's department approves the draft (not their own).",
      authScopes: { roles: HEADS },
      args: { letterId, opinion: t.arg.string({ validate: { schema: opinion } }) },
      resolve: async (_r, args, ctx) =>
        toPayload(await approveLetterReply(ctx, letterActorOf(ctx), letterIdOf(args.letterId), args.opinion ?? null)),
    }),
    returnLetterReply: t.field({
      type: LetterPayload,
      description: "The head sends the draft back with an opinion (required).",
      authScopes: { roles: HEADS },
      args: { letterId, opinion: t.arg.string({ required: true, validate: { schema: opinion } }) },
      resolve: async (_r, args, ctx) =>
        toPayload(await returnLetterReply(ctx, letterActorOf(ctx), letterIdOf(args.letterId), args.opinion)),
    }),
    sendLetterReply: t.field({
      type: LetterPayload,
      description: "答复: the approved draft becomes the reply the writer reads.",
      authScopes: { roles: HANDLERS },
      args: { letterId },
      resolve: async (_r, args, ctx) =>
        toPayload(await sendLetterReply(ctx, letterActorOf(ctx), letterIdOf(args.letterId))),
    }),
    closeLetter: t.field({
      type: LetterPayload,
      description: "办结 a replied letter: its handler, the head of its department or an admin.",
      authScopes: { roles: ["HANDLER", "DEPT_HEAD", "ADMIN"] },
      args: { letterId, note: t.arg.string({ validate: { schema: opinion } }) },
      resolve: async (_r, args, ctx) =>
        toPayload(await closeLetter(ctx, letterActorOf(ctx), letterIdOf(args.letterId), args.note ?? null)),
    }),
    registerExternalLetter: t.field({
      type: ExternalLetterPayload,
      description:
        "Registers a letter from another channel typed in by hand; a duplicate external id is refused naming the existing letter.",
      authScopes: { roles: REGISTRARS },
      args: { input: t.arg({ type: ExternalLetterInput, required: true }) },
      resolve: async (_r, args, ctx) =>
        toImportPayload(await registerExternalLetter(ctx, letterActorOf(ctx), { ...args.input })),
    }),
    importLetters: t.field({
      type: LetterImportPayload,
      description:
        "Imports letters from another channel (CSV with a header row, or JSON). All or nothing: every problem is listed by row.",
      authScopes: { roles: REGISTRARS },
      args: {
        format: t.arg({ type: ImportFormatEnum, required: true }),
        content: t.arg.string({ required: true, validate: { schema: importContent } }),
      },
      resolve: async (_r, args, ctx) =>
        toImportPayload(await importLetters(ctx, letterActorOf(ctx), { format: args.format, content: args.content })),
    }),
  };
});
