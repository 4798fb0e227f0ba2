import { A } from "@solidjs/router";
import { createMutation } from "@urql/solid";
import { createSignal, createUniqueId, For, type JSX, Show } from "solid-js";
import { graphql, type ResultOf } from "../../lib/graphql";
import { ImportResult } from "../../lib/import-result";
import { isOnline } from "../../lib/online";
import { itemPath, WORKBENCH } from "./paths";
import "./publishing.css";
import { StaffPage } from "./staff-view";
import { stepError } from "./step-errors";
import { publishingStrings } from "./strings";

const ImportMutation = graphql(`
  mutation ProjectImportPage_Import($format: ProjectImportFormat!, $content: String!) {
    importProjects(format: $format, content: $content) {
      imported
      created {
        id
        title
      }
      updated {
        id
        title
      }
      errors {
        row
        field
        message
      }
    }
  }
`);

type Outcome = ResultOf<typeof ImportMutation>["importProjects"];
type Format = "CSV" | "XLSX";

const strings = publishingStrings.projectImport;

/**
 * The server caps a request body at 1 MB: a CSV travels as its text, an .xlsx as base64 (a third
 * larger), so each gets the room that still fits once wrapped in the GraphQL request.
 */
const MAX_BYTES: Record<Format, number> = { CSV: 900_000, XLSX: 650_000 };

function formatOf(name: string): Format | null {
  const extension = name.trim().toLowerCase().split(".").pop();
  if (extension === "csv") return "CSV";
  if (extension === "xlsx") return "XLSX";
  return null;
}

/** The file's bytes as base64 (what the server takes for XLSX). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/**
 * /staff/projects/import — 导入项目: the approval system's export (CSV or .xlsx, one row per permit).
 * The server imports all of it or none of it, listing every problem by row; the projects become
 * drafts that go through review like any other item.
 */
export default function ProjectImportPage() {
  const [state, importProjects] = createMutation(ImportMutation);
  const [file, setFile] = createSignal<{ format: Format; content: string; name: string } | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [outcome, setOutcome] = createSignal<Outcome | null>(null);
  let resultPanel: HTMLDivElement | undefined;
  const ids = { file: createUniqueId(), hint: createUniqueId() };

  const onFile: JSX.EventHandler<HTMLInputElement, Event> = async (event) => {
    const chosen = event.currentTarget.files?.[0];
    setError(null);
    setFile(null);
    setOutcome(null);
    if (!chosen) return;
    const format = formatOf(chosen.name);
    if (!format) return setError(strings.fileUnknown);
    if (chosen.size > MAX_BYTES[format]) return setError(strings.fileTooLarge(`${MAX_BYTES[format] / 1000} KB`));
    const content = format === "CSV" ? await chosen.text() : await base64Of(chosen);
    setFile({ format, content, name: chosen.name });
  };

  const onSubmit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = async (event) => {
    event.preventDefault();
    setError(null);
    setOutcome(null);
    const chosen = file();
    if (!chosen) return setError(strings.fileRequired);
    const result = await importProjects({ format: chosen.format, content: chosen.content });
    const payload = result.data?.importProjects;
    const failure = stepError(result, payload ? { error: null } : null);
    if (failure) setError(failure.message);
    else if (payload) setOutcome(payload);
    queueMicrotask(() => resultPanel?.focus());
  };

  const ItemLinks = (props: { heading: string; items: Outcome["created"] }) => (
    <Show when={props.items.length > 0}>
      <h2 class="card__title">{props.heading}</h2>
      <ul class="staff-links__list">
        <For each={props.items}>
          {(item) => (
            <li>
              <A href={itemPath(item.id)}>{item.title}</A>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );

  return (
    <StaffPage
      title={strings.pageTitle}
      back={{ href: WORKBENCH, label: publishingStrings.workbench.pageTitle }}
      intro={strings.intro}
      loading={false}
      hasData
    >
      <form class="form card" noValidate onSubmit={onSubmit}>
        <p class="field__hint">
          {strings.columns}
          <br />
          {strings.columnList}
        </p>
        <div class="field">
          <label class="field__label" for={ids.file}>
            {strings.file}
          </label>
          <p id={ids.hint} class="field__hint">
            {strings.fileHint}
          </p>
          <input
            id={ids.file}
            class="field__file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={ids.hint}
            onChange={onFile}
          />
          <Show when={file()}>{(chosen) => <p class="form-success">{strings.fileRead(chosen().name)}</p>}</Show>
        </div>
        <button type="submit" class="button button--block" disabled={state.fetching || !isOnline()}>
          {state.fetching ? strings.submitting : strings.submit}
        </button>
      </form>

      <ImportResult ref={resultPanel} error={error()} outcome={outcome()} strings={strings}>
        {(done) => (
          <>
            <ItemLinks heading={strings.created} items={done.created} />
            <ItemLinks heading={strings.updated} items={done.updated} />
          </>
        )}
      </ImportResult>
    </StaffPage>
  );
}
