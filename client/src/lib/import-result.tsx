import { createUniqueId, For, type JSX, Show } from "solid-js";
import "./import-result.css";

/** A row the server refused; row 0 is the file as a whole. */
export interface ImportProblem {
  row: number;
  field?: string | null;
  message: string;
}

export interface ImportOutcome {
  imported: number;
  errors: readonly ImportProblem[];
}

/** The feature's words for the panel (each import names its rows and fields its own way). */
export interface ImportResultStrings {
  failedHeading: (problems: number) => string;
  row: string;
  rowFile: string;
  rowNumber: (row: number) => string;
  field: string;
  message: string;
  success: (imported: number) => string;
}

/**
 * What a staff import answered, below its form. Imports are all or nothing: either the refused
 * rows in a table (row, field, problem) and nothing imported, or the count with what the feature
 * links to (`children`). The panel takes focus after each submit (the page holds `ref`), so a
 * screen reader hears the outcome at once; the `refusal`/`table-scroll` classes are publishing.css's.
 */
export function ImportResult<T extends ImportOutcome>(props: {
  ref?: HTMLDivElement | ((element: HTMLDivElement) => void);
  error: string | null;
  outcome: T | null;
  strings: ImportResultStrings;
  children: (outcome: T) => JSX.Element;
}) {
  const ids = { errors: createUniqueId(), done: createUniqueId() };
  return (
    <div ref={props.ref} class="form-error-slot" tabindex="-1">
      <Show when={props.error}>
        {(message) => (
          <p class="form-error" role="alert">
            {message()}
          </p>
        )}
      </Show>
      <Show when={props.outcome}>
        {(done) => (
          <Show
            when={done().errors.length === 0}
            fallback={
              <section class="refusal" aria-labelledby={ids.errors}>
                <p id={ids.errors} class="refusal__heading">
                  {props.strings.failedHeading(done().errors.length)}
                </p>
                <div class="table-scroll">
                  <table class="import-result__errors">
                    <thead>
                      <tr>
                        <th scope="col">{props.strings.row}</th>
                        <th scope="col">{props.strings.field}</th>
                        <th scope="col">{props.strings.message}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={done().errors}>
                        {(problem) => (
                          <tr>
                            <th scope="row">
                              {problem.row === 0 ? props.strings.rowFile : props.strings.rowNumber(problem.row)}
                            </th>
                            <td>{problem.field ?? ""}</td>
                            <td>{problem.message}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
              </section>
            }
          >
            <section class="card" aria-labelledby={ids.done}>
              <p id={ids.done} class="form-success">
                {props.strings.success(done().imported)}
              </p>
              {props.children(done())}
            </section>
          </Show>
        )}
      </Show>
    </div>
  );
}
