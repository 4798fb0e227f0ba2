import { A, useBeforeLeave, useLocation, useNavigate, useParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import ChevronLeft from "lucide-solid/icons/chevron-left";
import {
  createEffect,
  createMemo,
  createSignal,
  createUniqueId,
  For,
  type JSX,
  on,
  onCleanup,
  onMount,
  Show,
} from "solid-js";
import { createStore, produce, reconcile, unwrap } from "solid-js/store";
import { OfflineCacheNote } from "../../lib/data-states";
import { formatDateTime } from "../../lib/dates";
import { graphql, type ResultOf, readFragment } from "../../lib/graphql";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { commonStrings } from "../../lib/strings";
import { viewState } from "../../lib/view-state";
import { type FormError, isErrorForField } from "../accounts/form-errors";
import { contentKindLabel } from "../home/content-kind";
import { parseAttachments } from "./attachments";
import { DETAILS_NUMBER_LABELS, DetailsSection } from "./details/details-section";
import {
  type DetailsForm,
  type DetailsProblem,
  detailsFormFromJson,
  detailsToJson,
  emptyDetailsForm,
  hasDetails,
} from "./details/details-state";
import {
  type DraftFields,
  deleteLocalDraft,
  draftKey,
  fieldsSignature,
  type LocalDraft,
  loadLocalDraft,
  saveLocalDraft,
  shouldOfferRestore,
} from "./local-drafts";
import { uploadMedia } from "./media-upload";
import { editPath, itemPath, paramToId, WORKBENCH } from "./paths";
import "./publishing.css";
import { RichTextEditor } from "./rich-text-editor";
import { StaffDataView } from "./staff-view";
import { createStepRunner } from "./step-runner";
import { publishingStrings } from "./strings";
import { AttachmentsField, CoverImageField } from "./upload-fields";
import { canEdit, type Viewer } from "./workflow-actions";

/** The item as the form edits it; the save answers it too, so the form and cache agree. */
const EditorPage_ItemFragment = graphql(`
  fragment EditorPage_Item on ContentItem {
    id
    kind
    status
    draftStage
    title
    summary
    body
    coverImageUrl
    tags
    important
    publishedAt
    attachments {
      name
      url
      size
      mimeType
    }
    column {
      id
      name
      slug
    }
    disclosure {
      indexNumber
      documentNumber
      issuingOrgan
      catalog {
        id
        code
        name
      }
    }
    publicity {
      type
    }
    liveRevision {
      id
      detailsJson
    }
    draft {
      id
      detailsJson
      title
      summary
      body
      coverImageUrl
      tags
      attachmentsJson
      changeNote
      major
      createdAt
    }
  }
`);

const EditorItemQuery = graphql(
  `
  query EditorPage_Item($id: ID!) {
    me {
      id
      roles
    }
    contentItem(id: $id) {
      id
      ...EditorPage_Item
    }
  }
`,
  [EditorPage_ItemFragment],
);

const EditorOptionsQuery = graphql(`
  query EditorPage_Options {
    me {
      id
      roles
    }
    columns {
      id
      slug
      name
      children {
        id
        slug
        name
        children {
          id
          slug
          name
        }
      }
    }
    disclosureCatalog {
      id
      code
      name
      children {
        id
        code
        name
        children {
          id
          code
          name
        }
      }
    }
  }
`);

const CreateMutation = graphql(`
  mutation EditorPage_Create($input: CreateContentItemInput!) {
    createContentItem(input: $input) {
      item {
        id
        draftStage
        status
        draft {
          id
        }
      }
      error {
        message
        field
      }
    }
  }
`);

const SaveMutation = graphql(
  `
  mutation EditorPage_Save($itemId: ID!, $input: DraftContentInput!) {
    saveContentDraft(itemId: $itemId, input: $input) {
      item {
        id
        ...EditorPage_Item
      }
      error {
        message
        field
      }
    }
  }
`,
  [EditorPage_ItemFragment],
);

const SubmitMutation = graphql(`
  mutation EditorPage_Submit($itemId: ID!) {
    submitContentItem(itemId: $itemId) {
      item {
        id
        draftStage
        status
        pendingSignOffs
      }
      error {
        message
        field
      }
    }
  }
`);

type Item = ResultOf<typeof EditorPage_ItemFragment>;
type ContentKind = Item["kind"];

const KINDS: readonly ContentKind[] = [
  "NEWS",
  "NOTICE",
  "PUBLICITY",
  "EXHIBITION",
  "DISCLOSURE",
  "TOPIC_PAGE",
  "INTERVIEW",
  "PROJECT",
  "GUIDE",
];
/** The column a kind usually goes to (the seed's slugs), so the form starts sensibly. */
const DEFAULT_COLUMN: Record<ContentKind, string> = {
  NEWS: "news",
  NOTICE: "notices",
  PUBLICITY: "publicity",
  EXHIBITION: "exhibitions",
  DISCLOSURE: "disclosure",
  TOPIC_PAGE: "topics",
  INTERVIEW: "interviews",
  PROJECT: "projects",
  GUIDE: "guides",
};
const PUBLICITY_TYPES = ["PLAN_DRAFT", "PRE_APPROVAL", "POST_APPROVAL", "OTHER"] as const;
const OTHER_COLUMN = "__other__";
const AUTOSAVE_DELAY_MS = 800;

const strings = publishingStrings.editor;

function emptyFields(): DraftFields {
  return {
    kind: "NEWS",
    columnSlug: DEFAULT_COLUMN.NEWS,
    title: "",
    summary: "",
    body: "",
    tags: "",
    important: false,
    catalogCode: "",
    documentNumber: "",
    issuingOrgan: "",
    publicityType: "OTHER",
    major: false,
    changeNote: "",
    coverImageUrl: "",
    attachments: [],
    details: null,
  };
}

/** The server's open draft, or the live version when a published item has none yet. */
function fieldsFromItem(item: Item): DraftFields {
  const draft = item.draft;
  return {
    kind: item.kind,
    columnSlug: item.column.slug,
    title: draft?.title ?? item.title,
    summary: (draft ? draft.summary : item.summary) ?? "",
    body: draft?.body ?? item.body,
    tags: (draft?.tags ?? item.tags).join("、"),
    important: item.important,
    catalogCode: item.disclosure?.catalog?.code ?? "",
    documentNumber: item.disclosure?.documentNumber ?? "",
    issuingOrgan: item.disclosure?.issuingOrgan ?? "",
    publicityType: item.publicity?.type ?? "OTHER",
    // A new draft of a published item starts as a minor change with no note.
    major: draft?.major ?? false,
    changeNote: draft?.changeNote ?? "",
    coverImageUrl: (draft ? draft.coverImageUrl : item.coverImageUrl) ?? "",
    attachments: draft
      ? parseAttachments(draft.attachmentsJson)
      : item.attachments.map((a) => ({ name: a.name, url: a.url, size: a.size ?? 0, mimeType: a.mimeType ?? "" })),
    details: hasDetails(item.kind)
      ? detailsFormFromJson(item.kind, draft ? draft.detailsJson : item.liveRevision?.detailsJson)
      : null,
  };
}

export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；\s]+/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

interface Option {
  value: string;
  label: string;
}

interface TreeNode {
  name: string;
  slug?: string;
  code?: string;
  children?: readonly TreeNode[];
}

/** A tree (columns, the disclosure catalog) as indented options, keyed by slug or code. */
function flattenTree(nodes: readonly TreeNode[], key: "slug" | "code", depth = 0): Option[] {
  return nodes.flatMap((node) => [
    { value: node[key] ?? "", label: `${"　".repeat(depth)}${node.name}` },
    ...flattenTree(node.children ?? [], key, depth + 1),
  ]);
}

/**
 * /staff/items/new and /staff/items/:id/edit — the draft form with the rich-text body. One route
 * serves both paths, so the form is keyed by the item: saving a new item (→ …/edit) starts afresh.
 */
export default function EditorPage() {
  const params = useParams<{ id?: string }>();
  return (
    <Show when={params.id ?? "new"} keyed>
      {(_item) => <EditorForm />}
    </Show>
  );
}

function EditorForm() {
  const params = useParams<{ id?: string }>();
  const navigate = useNavigate();
  const location = useLocation<{ notice?: string } | undefined>();
  const itemId = () => (params.id ? paramToId(params.id) : null);
  const isNew = () => itemId() === null;

  const [itemResult, reexecuteItem] = createQuery({
    query: EditorItemQuery,
    variables: () => ({ id: itemId() ?? "" }),
    pause: () => isNew(),
    requestPolicy: "cache-and-network",
  });
  const item = (): Item | undefined => {
    const raw = itemResult.data?.contentItem;
    return raw ? readFragment(EditorPage_ItemFragment, raw) : undefined;
  };
  /** Kind, column and their metadata can change until the first publication (the server checks too). */
  const placementEditable = () => {
    if (isNew()) return true;
    const current = item();
    return !!current && !current.liveRevision && !current.publishedAt;
  };
  // The column and catalog lists, wherever the form offers them.
  const [optionsResult, reexecuteOptions] = createQuery({
    query: EditorOptionsQuery,
    pause: () => !placementEditable(),
    requestPolicy: "cache-and-network",
  });
  const viewer = (): Viewer | null => (isNew() ? optionsResult.data?.me : itemResult.data?.me) ?? null;
  const result = () => (isNew() ? optionsResult : itemResult);
  const state = () =>
    viewState({
      fetching: result().fetching,
      hasData: isNew() ? optionsResult.data !== undefined : itemResult.data?.contentItem !== undefined,
      isEmpty: !isNew() && itemResult.data !== undefined && itemResult.data.contentItem === null,
      hasError: result().error !== undefined,
      online: isOnline(),
    });
  const retry = () =>
    isNew() ? reexecuteOptions({ requestPolicy: "network-only" }) : reexecuteItem({ requestPolicy: "network-only" });

  const [fields, setFields] = createStore<DraftFields>(emptyFields());
  const [baseline, setBaseline] = createSignal<string | null>(null);
  /** Changing this remounts the rich-text editor with new content (first load, restore). */
  const [editorSeed, setEditorSeed] = createSignal<{ html: string } | null>(null);
  const [restoreOffer, setRestoreOffer] = createSignal<LocalDraft | null>(null);
  const [localSavedAt, setLocalSavedAt] = createSignal<string | null>(null);
  const [localUnavailable, setLocalUnavailable] = createSignal(false);
  const [serverSavedAt, setServerSavedAt] = createSignal<string | null>(null);
  const [error, setError] = createSignal<FormError | null>(null);
  const [detailsProblems, setDetailsProblems] = createSignal<readonly DetailsProblem[]>([]);
  const [notice, setNotice] = createSignal<string | null>(location.state?.notice ?? null);
  const [columnOther, setColumnOther] = createSignal(false);
  const [columnTouched, setColumnTouched] = createSignal(false);
  const steps = createStepRunner();

  const signature = createMemo(() => fieldsSignature(fields));
  const dirty = () => baseline !== null && baseline() !== null && signature() !== baseline();
  const storageKey = () => {
    const me = viewer();
    return me ? draftKey(me.id, itemId()) : null;
  };
  const editable = () => {
    const me = viewer();
    if (!me) return false;
    if (isNew()) return me.roles.includes("EDITOR");
    const current = item();
    return !!current && canEdit(current, me);
  };
  const isPublished = () => !!item()?.liveRevision;

  // Fill the form once, from the server (or defaults for a new item), then offer the device's copy.
  createEffect(
    on(
      () => [isNew() ? optionsResult.data : item(), storageKey()] as const,
      async ([data, key]) => {
        if (baseline() !== null || !data || !key) return;
        const initial = isNew() ? emptyFields() : fieldsFromItem(item() as Item);
        setFields(reconcile(initial));
        // An item already filed somewhere else than its kind's usual column stays there on a kind change.
        setColumnTouched(initial.columnSlug !== DEFAULT_COLUMN[initial.kind as ContentKind]);
        setBaseline(fieldsSignature(initial));
        setEditorSeed({ html: initial.body });
        const local = await loadLocalDraft(key);
        if (shouldOfferRestore(local, initial)) setRestoreOffer(local);
      },
    ),
  );

  const restore = () => {
    const local = restoreOffer();
    if (!local) return;
    setFields(reconcile(local.fields));
    setEditorSeed({ html: local.fields.body });
    setRestoreOffer(null);
  };
  const discard = () => {
    const key = storageKey();
    if (key) void deleteLocalDraft(key);
    setRestoreOffer(null);
  };

  // Autosave on this device shortly after each change; forget the copy once the server has it.
  let autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(signature, () => {
      const key = storageKey();
      if (!key || baseline() === null || restoreOffer()) return;
      clearTimeout(autosaveTimer);
      if (!dirty()) return;
      autosaveTimer = setTimeout(async () => {
        const savedAt = new Date().toISOString();
        const ok = await saveLocalDraft(key, {
          fields: structuredClone(unwrap(fields)),
          savedAt,
          baseRevisionId: item()?.draft?.id ?? null,
        });
        setLocalUnavailable(!ok);
        if (ok) setLocalSavedAt(savedAt);
      }, AUTOSAVE_DELAY_MS);
    }),
  );
  onCleanup(() => clearTimeout(autosaveTimer));

  // Leaving with changes the server does not have: ask first (in-app navigation and closing the tab).
  useBeforeLeave((event) => {
    if (!dirty() || event.defaultPrevented) return;
    event.preventDefault();
    if (window.confirm(strings.unsavedLeave)) event.retry(true);
  });
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!dirty()) return;
    event.preventDefault();
    // Chrome still needs returnValue set for the prompt.
    event.returnValue = "";
  };
  onMount(() => window.addEventListener("beforeunload", onBeforeUnload));
  onCleanup(() => window.removeEventListener("beforeunload", onBeforeUnload));

  const columnOptions = createMemo(() => flattenTree(optionsResult.data?.columns ?? [], "slug"));
  const catalogOptions = createMemo(() => flattenTree(optionsResult.data?.disclosureCatalog ?? [], "code"));
  // Without the column list (offline, or a column not shown in navigation yet) the slug is typed.
  const typingColumn = () =>
    columnOther() || columnOptions().length === 0 || !columnOptions().some((o) => o.value === fields.columnSlug);

  const setKind = (kind: ContentKind) => {
    setFields("kind", kind);
    if (!columnTouched()) setFields("columnSlug", DEFAULT_COLUMN[kind]);
    if (fields.details?.kind === kind) return;
    setFields("details", hasDetails(kind) ? emptyDetailsForm(kind) : null);
    // The last save's details problems were about the other kind's form.
    setDetailsProblems([]);
    if (error()?.field?.startsWith("details")) setError(null);
  };
  // biome-ignore lint/suspicious/noExplicitAny: the section's forms each narrow to their own kind
  const editDetails = (change: (form: any) => void) =>
    setFields(
      produce((f) => {
        if (f.details) change(f.details);
      }),
    );

  /** Client-side checks that save a round trip; the server checks everything again. */
  function validate(): FormError | null {
    if (fields.title.trim().length < 2) return { message: strings.titleRequired, field: "title" };
    if (placementEditable() && !fields.columnSlug.trim())
      return { message: strings.columnRequired, field: "columnSlug" };
    if (placementEditable() && fields.kind === "DISCLOSURE" && !fields.catalogCode) {
      return { message: strings.catalogRequired, field: "catalogCode" };
    }
    if (isPublished() && fields.major && !fields.changeNote.trim()) {
      return { message: strings.changeNoteRequired, field: "changeNote" };
    }
    return null;
  }

  function showError(next: FormError) {
    setError(next);
    if (next.field?.startsWith("details")) setDetailsProblems([{ field: next.field, message: next.message }]);
    const target = next.field ? document.querySelector<HTMLElement>(`[data-field="${next.field}"]`) : null;
    const slot = next.field?.startsWith("details") && fields.details ? "details-problems" : "editor-form-error";
    (target ?? document.getElementById(slot))?.focus();
  }

  /** Saves to the server; the item's id afterwards, or null when it did not happen. */
  async function save(): Promise<string | null> {
    setNotice(null);
    const invalid = validate();
    if (invalid) {
      showError(invalid);
      return null;
    }
    setError(null);
    setDetailsProblems([]);
    // The details as the server wants them; blank rows leave the form too, so that the row
    // numbers in the server's answers are the rows on screen.
    let detailsJson: string | undefined;
    if (fields.details && hasDetails(fields.kind)) {
      const outcome = detailsToJson(unwrap(fields.details) as DetailsForm, fields.title, DETAILS_NUMBER_LABELS);
      setFields("details", reconcile(structuredClone(outcome.form)));
      const [first] = outcome.problems;
      if (first) {
        showError(first);
        setDetailsProblems(outcome.problems);
        return null;
      }
      detailsJson = outcome.json ?? undefined;
    } else if (item()?.draft?.detailsJson) {
      // The kind changed to one without details: the server refuses to keep the old ones.
      detailsJson = "";
    }
    const content = {
      ...(detailsJson === undefined ? {} : { detailsJson }),
      title: fields.title.trim(),
      summary: orNull(fields.summary),
      body: fields.body,
      coverImageUrl: orNull(fields.coverImageUrl),
      attachments: fields.attachments.map((a) => ({ name: a.name, url: a.url, size: a.size, mimeType: a.mimeType })),
      tags: parseTags(fields.tags),
      important: fields.important,
    };
    const savedSignature = signature();
    const key = storageKey();
    const currentId = itemId();
    // Where the item is filed; a blank 文号 or 发布机构 clears it (the organ then defaults to the bureau).
    const placement = {
      kind: fields.kind as ContentKind,
      columnSlug: fields.columnSlug.trim(),
      ...(fields.kind === "DISCLOSURE"
        ? {
            catalogCode: fields.catalogCode,
            documentNumber: fields.documentNumber.trim(),
            issuingOrgan: fields.issuingOrgan.trim(),
          }
        : {}),
      ...(fields.kind === "PUBLICITY" ? { publicityType: fields.publicityType || "OTHER" } : {}),
    };
    if (currentId === null) {
      const input = { ...content, ...placement };
      const created = await steps.runForPayload(CreateMutation, { input }, "createContentItem");
      const createdId = created.payload?.item?.id;
      if (created.error || !createdId) {
        showError(created.error ?? { message: commonStrings.errors.unknown });
        return null;
      }
      setBaseline(savedSignature);
      if (key) await deleteLocalDraft(key);
      return createdId;
    }
    const failure = await steps.run(
      SaveMutation,
      {
        itemId: currentId,
        input: {
          ...content,
          ...(placementEditable() ? placement : {}),
          major: isPublished() ? fields.major : false,
          changeNote: orNull(fields.changeNote),
        },
      },
      "saveContentDraft",
    );
    if (failure) {
      showError(failure);
      return null;
    }
    setBaseline(savedSignature);
    setServerSavedAt(new Date().toISOString());
    setLocalSavedAt(null);
    if (key) await deleteLocalDraft(key);
    return currentId;
  }

  const onSave = async () => {
    const id = await save();
    if (!id) return;
    if (isNew()) navigate(editPath(id), { replace: true, state: { notice: strings.created } });
    else setNotice(strings.saved(formatDateTime(serverSavedAt())));
  };

  const onSubmit = async () => {
    const id = dirty() || isNew() ? await save() : itemId();
    if (!id) return;
    const failure = await steps.run(SubmitMutation, { itemId: id }, "submitContentItem");
    if (failure) {
      if (isNew()) navigate(editPath(id), { replace: true });
      showError(failure);
      return;
    }
    navigate(itemPath(id), { replace: true });
  };

  const ids = {
    title: createUniqueId(),
    summary: createUniqueId(),
    summaryHint: createUniqueId(),
    bodyLabel: createUniqueId(),
    bodyHint: createUniqueId(),
    tags: createUniqueId(),
    tagsHint: createUniqueId(),
    kind: createUniqueId(),
    column: createUniqueId(),
    columnSlug: createUniqueId(),
    catalog: createUniqueId(),
    documentNumber: createUniqueId(),
    issuingOrgan: createUniqueId(),
    publicityType: createUniqueId(),
    changeNote: createUniqueId(),
    fieldError: createUniqueId(),
  };

  const invalid = (name: string) => isErrorForField(error(), name);
  /** Whether the form shows this field (and so the error beside it); otherwise the error goes at the end. */
  const fieldShown = (field: string | undefined) => {
    // Details problems are listed in their section (and beside the field when it is shown).
    if (field?.startsWith("details")) return !!fields.details;
    const name = field?.split(".").pop();
    if (!name) return false;
    if (["title", "summary", "body", "tags"].includes(name)) return true;
    if (name === "kind" || name === "columnSlug") return placementEditable();
    if (["catalogCode", "documentNumber", "issuingOrgan"].includes(name))
      return placementEditable() && fields.kind === "DISCLOSURE";
    if (name === "changeNote") return isPublished();
    return false;
  };
  const describe = (name: string, hint?: string) =>
    [hint, invalid(name) ? ids.fieldError : undefined].filter(Boolean).join(" ") || undefined;
  const FieldError = (props: { name: string }): JSX.Element => (
    <Show when={invalid(props.name) && error()}>
      {(current) => (
        <p id={ids.fieldError} class="form-error">
          {current().message}
        </p>
      )}
    </Show>
  );

  const upload = (file: File, onProgress: (percent: number) => void) => uploadMedia(file, { onProgress });

  return (
    <section class="page staff-page editor-page" aria-busy={state() === "loading"}>
      <A href={isNew() ? WORKBENCH : itemPath(itemId() ?? "")} class="back-link">
        <ChevronLeft size={20} aria-hidden="true" />
        {isNew() ? publishingStrings.backToWorkbench : publishingStrings.form.back}
      </A>
      <PageHeading>{isNew() ? strings.newTitle : strings.editTitle}</PageHeading>
      <Show when={!isOnline() && (item() !== undefined || optionsResult.data !== undefined)}>
        <OfflineCacheNote />
      </Show>
      <StaffDataView
        state={state()}
        error={result().error}
        onRetry={retry}
        emptyText={commonStrings.errors.notFound}
        skeletonCount={2}
      >
        <Show when={editable()} fallback={<p class="notice">{strings.notEditable}</p>}>
          <Show when={restoreOffer()}>
            {(offer) => (
              <div class="notice restore-offer" role="status">
                <p>{strings.restoreFound(formatDateTime(offer().savedAt))}</p>
                <div class="button-row">
                  <button type="button" class="button button--small" onClick={restore}>
                    {strings.restore}
                  </button>
                  <button type="button" class="button button--secondary button--small" onClick={discard}>
                    {strings.discard}
                  </button>
                </div>
              </div>
            )}
          </Show>
          <Show when={isPublished()}>
            <p class="notice">{strings.publishedNote}</p>
          </Show>
          <div class="form-status-slot" role="status">
            <Show when={notice()}>{(message) => <p class="form-success">{message()}</p>}</Show>
          </div>
          <form
            class="form editor-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void onSave();
            }}
          >
            <Show
              when={placementEditable()}
              fallback={
                <p class="inline-note">
                  {contentKindLabel(fields.kind)} · {item()?.column.name}
                  <Show when={item()?.disclosure?.indexNumber}>{(index) => ` · ${index()}`}</Show>
                  <br />
                  {strings.fixedAfterPublish}
                </p>
              }
            >
              <Show when={!isNew()}>
                <p class="inline-note">{strings.placementHint}</p>
              </Show>
              <div class="field-grid">
                <div class="field">
                  <label class="field__label" for={ids.kind}>
                    {strings.kind}
                  </label>
                  <select
                    id={ids.kind}
                    data-field="kind"
                    class="field__input"
                    value={fields.kind}
                    aria-invalid={invalid("kind") ? "true" : undefined}
                    aria-describedby={describe("kind")}
                    onChange={(event) => setKind(event.currentTarget.value as ContentKind)}
                  >
                    <For each={KINDS}>{(kind) => <option value={kind}>{contentKindLabel(kind)}</option>}</For>
                  </select>
                  <FieldError name="kind" />
                </div>
                <div class="field">
                  <label class="field__label" for={ids.column}>
                    {strings.column}
                  </label>
                  <Show
                    when={!typingColumn()}
                    fallback={
                      <>
                        <input
                          id={ids.column}
                          data-field="columnSlug"
                          class="field__input"
                          autocapitalize="off"
                          spellcheck={false}
                          value={fields.columnSlug}
                          aria-invalid={invalid("columnSlug") ? "true" : undefined}
                          aria-describedby={describe("columnSlug", ids.columnSlug)}
                          onInput={(event) => {
                            setColumnTouched(true);
                            setFields("columnSlug", event.currentTarget.value);
                          }}
                        />
                        <p id={ids.columnSlug} class="field__hint">
                          {strings.columnSlug}：{strings.columnSlugHint}
                        </p>
                      </>
                    }
                  >
                    <select
                      id={ids.column}
                      data-field="columnSlug"
                      class="field__input"
                      value={fields.columnSlug}
                      aria-invalid={invalid("columnSlug") ? "true" : undefined}
                      aria-describedby={describe("columnSlug")}
                      onChange={(event) => {
                        setColumnTouched(true);
                        if (event.currentTarget.value === OTHER_COLUMN) setColumnOther(true);
                        else setFields("columnSlug", event.currentTarget.value);
                      }}
                    >
                      <For each={columnOptions()}>
                        {(option) => <option value={option.value}>{option.label}</option>}
                      </For>
                      <option value={OTHER_COLUMN}>{strings.columnOther}</option>
                    </select>
                  </Show>
                  <FieldError name="columnSlug" />
                </div>
              </div>
              <Show when={fields.kind === "DISCLOSURE"}>
                <fieldset class="field-group">
                  <legend class="field__label">{contentKindLabel("DISCLOSURE")}</legend>
                  <div class="field">
                    <label class="field__label" for={ids.catalog}>
                      {strings.catalog}
                    </label>
                    <Show
                      when={catalogOptions().length > 0}
                      fallback={
                        <input
                          id={ids.catalog}
                          data-field="catalogCode"
                          class="field__input"
                          value={fields.catalogCode}
                          placeholder="t01"
                          aria-invalid={invalid("catalogCode") ? "true" : undefined}
                          aria-describedby={describe("catalogCode")}
                          onInput={(event) => setFields("catalogCode", event.currentTarget.value.trim())}
                        />
                      }
                    >
                      <select
                        id={ids.catalog}
                        data-field="catalogCode"
                        class="field__input"
                        value={fields.catalogCode}
                        aria-invalid={invalid("catalogCode") ? "true" : undefined}
                        aria-describedby={describe("catalogCode")}
                        onChange={(event) => setFields("catalogCode", event.currentTarget.value)}
                      >
                        <option value="">{strings.catalogChoose}</option>
                        <For each={catalogOptions()}>
                          {(option) => (
                            <option value={option.value}>
                              {option.value} {option.label}
                            </option>
                          )}
                        </For>
                      </select>
                    </Show>
                    <FieldError name="catalogCode" />
                  </div>
                  <div class="field">
                    <label class="field__label" for={ids.documentNumber}>
                      {strings.documentNumber}
                    </label>
                    <input
                      id={ids.documentNumber}
                      data-field="documentNumber"
                      class="field__input"
                      value={fields.documentNumber}
                      maxLength={100}
                      onInput={(event) => setFields("documentNumber", event.currentTarget.value)}
                    />
                    <FieldError name="documentNumber" />
                  </div>
                  <div class="field">
                    <label class="field__label" for={ids.issuingOrgan}>
                      {strings.issuingOrgan}
                    </label>
                    <input
                      id={ids.issuingOrgan}
                      data-field="issuingOrgan"
                      class="field__input"
                      value={fields.issuingOrgan}
                      placeholder={strings.issuingOrganPlaceholder}
                      maxLength={100}
                      onInput={(event) => setFields("issuingOrgan", event.currentTarget.value)}
                    />
                    <FieldError name="issuingOrgan" />
                  </div>
                </fieldset>
              </Show>
              <Show when={fields.kind === "PUBLICITY"}>
                <div class="field">
                  <label class="field__label" for={ids.publicityType}>
                    {strings.publicityType}
                  </label>
                  <select
                    id={ids.publicityType}
                    class="field__input"
                    value={fields.publicityType}
                    onChange={(event) => setFields("publicityType", event.currentTarget.value)}
                  >
                    <For each={PUBLICITY_TYPES}>
                      {(type) => <option value={type}>{publishingStrings.publicityTypes[type]}</option>}
                    </For>
                  </select>
                </div>
              </Show>
            </Show>

            <div class="field">
              <label class="field__label" for={ids.title}>
                {strings.title}
              </label>
              <input
                id={ids.title}
                data-field="title"
                class="field__input"
                value={fields.title}
                maxLength={200}
                required
                aria-invalid={invalid("title") ? "true" : undefined}
                aria-describedby={describe("title")}
                onInput={(event) => setFields("title", event.currentTarget.value)}
              />
              <FieldError name="title" />
            </div>
            <div class="field">
              <label class="field__label" for={ids.summary}>
                {strings.summary}
              </label>
              <textarea
                id={ids.summary}
                data-field="summary"
                class="field__input field__textarea"
                rows="2"
                maxLength={500}
                value={fields.summary}
                aria-invalid={invalid("summary") ? "true" : undefined}
                aria-describedby={describe("summary", ids.summaryHint)}
                onInput={(event) => setFields("summary", event.currentTarget.value)}
              />
              <p id={ids.summaryHint} class="field__hint">
                {strings.summaryHint}
              </p>
              <FieldError name="summary" />
            </div>
            <div class="field" data-field="body" tabindex="-1">
              <span id={ids.bodyLabel} class="field__label">
                {strings.body}
              </span>
              <p id={ids.bodyHint} class="field__hint">
                {strings.bodyHint}
              </p>
              <Show when={editorSeed()} keyed fallback={<p class="inline-note">{strings.editorLoading}</p>}>
                {(seed) => (
                  <RichTextEditor
                    initialHtml={seed.html}
                    labelId={ids.bodyLabel}
                    describedBy={describe("body", ids.bodyHint)}
                    invalid={invalid("body")}
                    disabled={steps.busy()}
                    onChange={(html) => setFields("body", html)}
                    upload={upload}
                  />
                )}
              </Show>
              <FieldError name="body" />
            </div>
            <CoverImageField
              value={fields.coverImageUrl}
              disabled={steps.busy()}
              upload={upload}
              onChange={(url) => setFields("coverImageUrl", url)}
            />
            <AttachmentsField
              value={fields.attachments}
              disabled={steps.busy()}
              upload={upload}
              onChange={(attachments) => setFields("attachments", attachments)}
            />
            <div class="field">
              <label class="field__label" for={ids.tags}>
                {strings.tags}
              </label>
              <input
                id={ids.tags}
                data-field="tags"
                class="field__input"
                value={fields.tags}
                aria-invalid={invalid("tags") ? "true" : undefined}
                aria-describedby={describe("tags", ids.tagsHint)}
                onInput={(event) => setFields("tags", event.currentTarget.value)}
              />
              <p id={ids.tagsHint} class="field__hint">
                {strings.tagsHint}
              </p>
              <FieldError name="tags" />
            </div>
            <label class="switch switch--top">
              <input
                type="checkbox"
                checked={fields.important}
                onChange={(event) => setFields("important", event.currentTarget.checked)}
              />
              <span>
                {strings.important}
                <span class="field__hint">{strings.importantHint}</span>
              </span>
            </label>
            <Show when={fields.details}>
              {(details) => <DetailsSection form={details()} edit={editDetails} problems={detailsProblems()} />}
            </Show>
            <Show when={isPublished()}>
              <fieldset class="field-group">
                <legend class="field__label">{strings.major}</legend>
                <label class="switch switch--top">
                  <input
                    type="checkbox"
                    checked={fields.major}
                    onChange={(event) => setFields("major", event.currentTarget.checked)}
                  />
                  <span>
                    {strings.major}
                    <span class="field__hint">{strings.majorHint}</span>
                  </span>
                </label>
                <div class="field">
                  <label class="field__label" for={ids.changeNote}>
                    {strings.changeNote}
                  </label>
                  <textarea
                    id={ids.changeNote}
                    data-field="changeNote"
                    class="field__input field__textarea"
                    rows="2"
                    maxLength={500}
                    required={fields.major}
                    value={fields.changeNote}
                    aria-invalid={invalid("changeNote") ? "true" : undefined}
                    aria-describedby={describe("changeNote")}
                    onInput={(event) => setFields("changeNote", event.currentTarget.value)}
                  />
                  <FieldError name="changeNote" />
                </div>
              </fieldset>
            </Show>

            <div id="editor-form-error" class="form-error-slot" role="alert" tabindex="-1">
              <Show when={error() && !fieldShown(error()?.field) && error()}>
                {(current) => <p class="form-error">{current().message}</p>}
              </Show>
            </div>
            <p class="inline-note editor-form__status" aria-live="polite">
              <Show
                when={localSavedAt()}
                fallback={
                  <Show when={localUnavailable()}>
                    <span>{strings.localUnavailable}</span>
                  </Show>
                }
              >
                {(at) => strings.localSaved(formatDateTime(at()))}
              </Show>
            </p>
            <div class="editor-form__actions">
              <button type="submit" class="button button--secondary" disabled={steps.busy()}>
                {steps.busy() ? strings.saving : strings.save}
              </button>
              <button type="button" class="button" disabled={steps.busy()} onClick={() => void onSubmit()}>
                {steps.busy() ? strings.submitting : strings.submit}
              </button>
            </div>
          </form>
        </Show>
      </StaffDataView>
    </section>
  );
}
