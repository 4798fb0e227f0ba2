import { A } from "@solidjs/router";
import { createMutation } from "@urql/solid";
import { createSignal, createUniqueId, For, type JSX, Show } from "solid-js";
import { graphql, type ResultOf } from "../../../lib/graphql";
import { ImportResult } from "../../../lib/import-result";
import { isOnline } from "../../../lib/online";
import "../../publishing/publishing.css";
import { StaffPage } from "../../publishing/staff-view";
import { stepError } from "../../publishing/step-errors";
import { formatFromFileName, type ImportFormat, MAX_IMPORT_BYTES } from "./import-format";
import "./letters-staff.css";
import { STAFF_LETTERS, staffLetterPath } from "./paths";
import { lettersStaffStrings } from "./strings";

const ImportMutation = graphql(`
  mutation ImportPage_Import($content: String!, $format: LetterImportFormat!) {
    importLetters(content: $content, format: $format) {
      imported
      letters {
        id
        trackingCode
        subject
      }
      errors {
        row
        field
        message
      }
    }
  }
`);

type Outcome = ResultOf<typeof ImportMutation>["importLetters"];

const strings = lettersStaffStrings.importPage;

/**
 * /staff/letters/import — 导入来信: a CSV or JSON export of another channel, chosen as a file or
 * pasted. The server imports all of it or none of it, listing every problem by row.
 */
export default function ImportPage() {
  const [state, importLetters] = createMutation(ImportMutation);
  const [format, setFormat] = createSignal<ImportFormat>("CSV");
  const [content, setContent] = createSignal("");
  const [fileNote, setFileNote] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [outcome, setOutcome] = createSignal<Outcome | null>(null);
  let resultPanel: HTMLDivElement | undefined;
  const ids = { format: createUniqueId(), file: createUniqueId(), content: createUniqueId(), hint: createUniqueId() };

  const onFile: JSX.EventHandler<HTMLInputElement, Event> = async (event) => {
    const file = event.currentTarget.files?.[0];
    setError(null);
    setFileNote(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setError(strings.fileTooLarge);
    setContent(await file.text());
    const detected = formatFromFileName(file.name);
    if (detected) setFormat(detected);
    setFileNote(strings.fileRead(file.name));
  };

  const onSubmit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = async (event) => {
    event.preventDefault();
    setError(null);
    setOutcome(null);
    if (!content().trim()) return setError(strings.contentRequired);
    const result = await importLetters({ content: content(), format: format() });
    const payload = result.data?.importLetters;
    const failure = stepError(result, payload ? { error: null } : null);
    if (failure) setError(failure.message);
    else if (payload) setOutcome(payload);
    queueMicrotask(() => resultPanel?.focus());
  };

  return (
    <StaffPage
      title={strings.pageTitle}
      back={{ href: STAFF_LETTERS, label: lettersStaffStrings.backToInbox }}
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
          <label class="field__label" for={ids.format}>
            {strings.format}
          </label>
          <select
            id={ids.format}
            class="field__input"
            onChange={(event) => setFormat(event.currentTarget.value === "JSON" ? "JSON" : "CSV")}
          >
            <option value="CSV" selected={format() === "CSV"}>
              CSV
            </option>
            <option value="JSON" selected={format() === "JSON"}>
              JSON
            </option>
          </select>
        </div>
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
            accept=".csv,.json,text/csv,application/json"
            aria-describedby={ids.hint}
            onChange={onFile}
          />
          <Show when={fileNote()}>{(note) => <p class="form-success">{note()}</p>}</Show>
        </div>
        <div class="field">
          <label class="field__label" for={ids.content}>
            {strings.content}
          </label>
          <textarea
            id={ids.content}
            class="field__input field__textarea letter-import-input"
            rows="10"
            spellcheck={false}
            value={content()}
            onInput={(event) => setContent(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button button--block" disabled={state.fetching || !isOnline()}>
          {state.fetching ? strings.submitting : strings.submit}
        </button>
      </form>

      <ImportResult ref={resultPanel} error={error()} outcome={outcome()} strings={strings}>
        {(done) => (
          <ul class="staff-links__list">
            <For each={done.letters}>
              {(letter) => (
                <li>
                  <A href={staffLetterPath(letter.id)}>
                    <span class="letter-code">{letter.trackingCode}</span> {letter.subject}
                  </A>
                </li>
              )}
            </For>
          </ul>
        )}
      </ImportResult>
    </StaffPage>
  );
}
