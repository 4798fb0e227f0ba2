import { batch, createEffect, createMemo, createSignal, on, onCleanup, onMount } from "solid-js";
import { newIdempotencyKey } from "../../lib/idempotency";
import type { LetterChallengeState } from "./challenge-state";
import { checkAttachment, type FieldErrors, firstErrorField, formFieldOf, LIMITS } from "./letter-form";
import { newDraftEntry, type OutboxEntry, type OutboxFile, type OutboxKind } from "./outbox";
import {
  discardEntry,
  newOutboxIds,
  outboxEntries,
  outboxPhase,
  refreshOutbox,
  saveDraft,
  submitDraft,
} from "./outbox-runner";
import { lettersStrings } from "./strings";

type EntryOf<K extends OutboxKind> = Extract<OutboxEntry, { kind: K }>;
type ValuesOf<K extends OutboxKind> = EntryOf<K>["values"];

/** What the form page shows: the form, the letter waiting to be sent, or its receipt. */
export type DraftStage = "loading" | "editing" | "submitting" | "queued" | "sent";

const AUTOSAVE_MS = 400;

/**
 * One letter being written, from the first keystroke to the receipt: values and errors, the
 * attachments (kept as Blobs), autosave to the outbox as a draft, and submitting through the
 * outbox (outbox-runner.ts) with the form's solved challenge. The stage follows the outbox, so a
 * letter queued offline turns into its receipt on this page when the phone comes back online.
 */
export function createLetterDraft<K extends OutboxKind, F extends string>(options: {
  kind: K;
  empty: () => ValuesOf<K>;
  validate: (values: ValuesOf<K>) => FieldErrors<F>;
  order: readonly F[];
  challenge: LetterChallengeState;
  /** Which saved drafts of this kind belong on this form (a comment: those on the same publicity). */
  belongs?: (entry: EntryOf<K>) => boolean;
}) {
  const fresh = () => newDraftEntry(options.kind, options.empty() as never, newOutboxIds(), Date.now());
  const [local, setLocal] = createSignal<EntryOf<K>>(fresh());
  const [loaded, setLoaded] = createSignal(false);
  const [restored, setRestored] = createSignal(false);
  const [submitting, setSubmitting] = createSignal(false);
  const [errors, setErrors] = createSignal<FieldErrors<F>>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [attempt, setAttempt] = createSignal(0);
  const fields: Partial<Record<F, HTMLElement>> = {};
  let autosave: ReturnType<typeof setTimeout> | undefined;

  const stored = createMemo(() => outboxEntries().find((entry) => entry.id === local().id));
  const stage = (): DraftStage => {
    if (!loaded()) return "loading";
    const status = stored()?.status;
    if (status === "sent") return "sent";
    if (submitting()) return "submitting";
    if (status === "queued") return "queued";
    return "editing";
  };

  const showRejection = (entry: OutboxEntry) => {
    if (!entry.rejection) return;
    const field = formFieldOf<F>(entry.rejection.field, options.order);
    if (field) {
      setErrors(() => ({ [field]: entry.rejection?.message }) as FieldErrors<F>);
      setFormError(null);
    } else {
      setFormError(entry.rejection.message);
    }
  };

  // A letter queued earlier and refused when it was sent (from this page or in the background)
  // comes back here as a draft: show it with the server's reason.
  createEffect(
    on(stored, (entry) => {
      if (entry?.status === "draft" && entry.rejection && local().status === "queued") {
        setLocal(() => entry as EntryOf<K>);
        showRejection(entry);
      }
    }),
  );

  onMount(async () => {
    await refreshOutbox();
    // The latest unfinished draft of this form comes back (with the server's refusal, if any).
    const draft = outboxEntries()
      .filter((entry): entry is EntryOf<K> => entry.kind === options.kind && entry.status === "draft")
      .filter((entry) => options.belongs?.(entry) ?? true)
      .sort((a, b) => b.updatedAt - a.updatedAt)[0];
    if (draft) {
      batch(() => {
        setLocal(() => draft);
        setRestored(true);
        showRejection(draft);
      });
    }
    setLoaded(true);
  });
  onCleanup(() => {
    if (autosave !== undefined) {
      clearTimeout(autosave);
      void saveNow();
    }
  });

  // Nothing worth keeping until the writer changed something (a blank form is not a draft).
  const blank = options.empty() as unknown as Record<string, unknown>;
  const hasContent = (entry: EntryOf<K>) =>
    entry.files.length > 0 ||
    Object.entries(entry.values).some(
      ([key, value]) =>
        key !== "website" &&
        (typeof value === "string" ? value.trim() !== "" && value !== blank[key] : value !== blank[key]),
    );

  function saveNow(): Promise<boolean> {
    autosave = undefined;
    const entry = local();
    if (entry.status !== "draft" || !hasContent(entry)) return Promise.resolve(false);
    return saveDraft(entry);
  }

  const update = (next: EntryOf<K>) => {
    setLocal(() => next);
    clearTimeout(autosave);
    autosave = setTimeout(() => void saveNow(), AUTOSAVE_MS);
  };

  const set = <Key extends keyof ValuesOf<K>>(key: Key, value: ValuesOf<K>[Key]) => {
    const entry = local();
    update({ ...entry, values: { ...entry.values, [key]: value } } as EntryOf<K>);
    const { [key as unknown as F]: _fixed, ...rest } = errors() as Record<string, string>;
    setErrors(() => rest as unknown as FieldErrors<F>);
  };

  const addFiles = (list: FileList | readonly File[]) => {
    const entry = local();
    const chosen = Array.from(list);
    const problems: string[] = [];
    const accepted: OutboxFile[] = [];
    for (const file of chosen) {
      const problem = checkAttachment(file);
      if (problem) problems.push(problem);
      else if (entry.files.length + accepted.length >= LIMITS.attachments) {
        problems.push(lettersStrings.validation.tooManyFiles(LIMITS.attachments));
        break;
      } else {
        accepted.push({
          id: newIdempotencyKey(),
          name: file.name,
          type: file.type,
          size: file.size,
          blob: file,
          uploadedId: null,
        });
      }
    }
    update({ ...entry, files: [...entry.files, ...accepted] });
    setErrors((current) => {
      const { ["attachments" as F]: _old, ...rest } = current as Record<string, string>;
      return (problems.length > 0 ? { ...rest, attachments: problems.join("；") } : rest) as unknown as FieldErrors<F>;
    });
  };

  const removeFile = (id: string) => {
    const entry = local();
    update({ ...entry, files: entry.files.filter((file) => file.id !== id) });
  };

  const focusFirstError = () => {
    const first = firstErrorField(errors(), options.order);
    if (first) fields[first]?.focus();
  };

  const submit = async (): Promise<void> => {
    if (submitting()) return;
    setFormError(null);
    const found = options.validate(local().values as ValuesOf<K>);
    const attachmentProblem = (errors() as Record<string, string | undefined>).attachments;
    const all = (attachmentProblem ? { ...found, attachments: attachmentProblem } : found) as FieldErrors<F>;
    setErrors(() => all);
    setAttempt((n) => n + 1);
    if (Object.keys(all).length > 0) {
      queueMicrotask(focusFirstError);
      return;
    }
    clearTimeout(autosave);
    autosave = undefined;
    setSubmitting(true);
    try {
      const { entry } = await submitDraft(local(), options.challenge.presolved());
      setLocal(() => entry as EntryOf<K>);
      if (entry.status === "draft") {
        showRejection(entry);
        queueMicrotask(focusFirstError);
      }
    } catch {
      setFormError(lettersStrings.outbox.storageUnavailable);
    } finally {
      setSubmitting(false);
    }
  };

  /** Another letter while this one waits in the outbox (it stays there and is sent on its own). */
  const startNew = () => {
    clearTimeout(autosave);
    autosave = undefined;
    batch(() => {
      setLocal(() => fresh());
      setErrors({});
      setFormError(null);
      setRestored(false);
    });
  };

  /** After the receipt was saved, or to throw a draft away: forget it and start a blank letter. */
  const startOver = async () => {
    clearTimeout(autosave);
    autosave = undefined;
    await discardEntry(local().id);
    batch(() => {
      setLocal(() => fresh());
      setErrors({});
      setFormError(null);
      setRestored(false);
    });
  };

  return {
    stage,
    entry: () => stored() ?? local(),
    values: () => local().values as ValuesOf<K>,
    files: () => local().files,
    set,
    addFiles,
    removeFile,
    errors,
    error: (field: F) => errors()[field],
    formError,
    errorCount: () => Object.keys(errors()).length,
    /** Bumps on every submit press, so the error summary is announced again. */
    attempt,
    restored,
    register: (field: F) => (element: HTMLElement) => {
      fields[field] = element;
    },
    phase: () => outboxPhase(local().id),
    submit,
    startOver,
    startNew,
  };
}

/** What the shared parts of both forms (letter-form-frame.tsx) use. */
export interface DraftControls {
  stage: () => DraftStage;
  entry: () => OutboxEntry;
  formError: () => string | null;
  errorCount: () => number;
  attempt: () => number;
  restored: () => boolean;
  phase: () => ReturnType<typeof outboxPhase>;
  submit: () => Promise<void>;
  startOver: () => Promise<void>;
  startNew: () => void;
}
