import { A } from "@solidjs/router";
import { useClient } from "@urql/solid";
import { createSignal, createUniqueId, For, Show } from "solid-js";
import { formatDate } from "../../lib/dates";
import { errorMessage } from "../../lib/errors";
import type { ResultOf } from "../../lib/graphql";
import { isOnline } from "../../lib/online";
import { ActionDialog } from "./action-dialog";
import {
  canChangeValidity,
  takesReplacement,
  VALIDITIES,
  type Validity,
  validityLabel,
  validityProblem,
} from "./disclosure-validity";
import { InlineSearch } from "./inline-search";
import { itemPath } from "./paths";
import { ReplacementCandidatesQuery, SetValidityMutation, type StaffItem_ContentItemFragment } from "./staff-item";
import { createStepRunner } from "./step-runner";
import { publishingStrings } from "./strings";
import type { Viewer } from "./workflow-actions";

type StaffItem = ResultOf<typeof StaffItem_ContentItemFragment>;
type Candidate = ResultOf<typeof ReplacementCandidatesQuery>["replacementCandidates"][number];

const strings = publishingStrings.validity;

/**
 * 有效性 of a disclosure item on its staff page: where it stands and what replaced it, and for
 * department heads, leaders and maintainers a dialog to mark it amended, repealed or lapsed,
 * choosing the replacing document among published disclosure items.
 */
export function DisclosureValidityPanel(props: { item: StaffItem; viewer: Viewer | null; onChanged: () => void }) {
  const client = useClient();
  const steps = createStepRunner();
  const [open, setOpen] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [validity, setValidity] = createSignal<Validity>("VALID");
  const [replacedBy, setReplacedBy] = createSignal<string | null>(null);
  const [search, setSearch] = createSignal("");
  const [results, setResults] = createSignal<readonly Candidate[] | null>(null);
  const [searching, setSearching] = createSignal(false);
  const [searchError, setSearchError] = createSignal<string | null>(null);
  const ids = {
    heading: createUniqueId(),
    search: createUniqueId(),
    note: createUniqueId(),
    noteHint: createUniqueId(),
  };

  const disclosure = () => props.item.disclosure;
  const current = () => disclosure()?.replacedBy ?? null;

  const openDialog = () => {
    setValidity((disclosure()?.validity as Validity | null) ?? "VALID");
    setReplacedBy(current()?.id ?? null);
    setSearch("");
    setResults(null);
    setSearchError(null);
    setError(null);
    setOpen(true);
  };

  const runSearch = async () => {
    const text = search().trim();
    if (!text) return setSearchError(strings.searchTooShort);
    if (!isOnline()) return setSearchError(strings.searchOffline);
    setSearchError(null);
    setSearching(true);
    const outcome = await client
      .query(ReplacementCandidatesQuery, { itemId: props.item.id, search: text }, { requestPolicy: "network-only" })
      .toPromise();
    setSearching(false);
    if (outcome.error) return setSearchError(errorMessage(outcome.error));
    setResults(outcome.data?.replacementCandidates ?? []);
  };

  const submit = async (form: HTMLFormElement) => {
    const note = String(new FormData(form).get("note") ?? "").trim();
    const replacement = takesReplacement(validity()) ? replacedBy() : null;
    const problem = validityProblem({ validity: validity(), replacedBy: replacement, note });
    if (problem) return setError(problem);
    setError(null);
    const failure = await steps.run(
      SetValidityMutation,
      { itemId: props.item.id, validity: validity(), replacedBy: replacement, note: note || null },
      "setDisclosureValidity",
    );
    if (failure) return setError(failure.message);
    setOpen(false);
    props.onChanged();
  };

  /** The current replacement stays choosable even when the latest search did not find it. */
  const options = () => {
    const found = results() ?? [];
    const kept = current();
    return kept && !found.some((c) => c.id === kept.id) ? [{ ...kept, publishedAt: null }, ...found] : found;
  };

  return (
    <section class="card" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} class="card__title">
        {strings.heading}
      </h2>
      <dl class="details">
        <div class="details__row">
          <dt>{strings.heading}</dt>
          <dd>
            <span class="tag tag--validity" data-validity={disclosure()?.validity ?? "VALID"}>
              {validityLabel(disclosure()?.validity)}
            </span>
          </dd>
        </div>
        <div class="details__row">
          <dt>{strings.replacedBy}</dt>
          <dd>
            <Show when={current()} fallback={strings.none}>
              {(replacement) => (
                <>
                  <A href={itemPath(replacement().id)}>{replacement().title}</A>
                  <Show when={replacement().disclosure?.indexNumber}>
                    {(index) => <span class="inline-note"> {index()}</span>}
                  </Show>
                </>
              )}
            </Show>
          </dd>
        </div>
      </dl>
      <Show when={canChangeValidity(props.item, props.viewer)}>
        <button type="button" class="button button--secondary button--block" onClick={openDialog}>
          {strings.change}
        </button>
      </Show>

      <ActionDialog
        open={open()}
        title={strings.dialogTitle}
        submitLabel={strings.confirm}
        busy={steps.busy()}
        error={error()}
        onSubmit={(form) => void submit(form)}
        onClose={() => {
          if (!steps.busy()) setOpen(false);
        }}
      >
        <fieldset class="checklist">
          <legend class="field__label">{strings.choose}</legend>
          <For each={VALIDITIES}>
            {(option) => (
              <label class="switch switch--top">
                <input
                  type="radio"
                  name="validity"
                  value={option}
                  checked={validity() === option}
                  onChange={() => setValidity(option)}
                />
                <span>
                  {validityLabel(option)}
                  <span class="field__hint">{strings.hints[option]}</span>
                </span>
              </label>
            )}
          </For>
        </fieldset>

        <Show when={takesReplacement(validity())}>
          <div class="field">
            <InlineSearch
              id={ids.search}
              label={strings.search}
              hint={strings.searchHint}
              value={search()}
              onInput={setSearch}
              onSearch={() => void runSearch()}
              searching={searching()}
              buttonLabel={strings.searchButton}
              searchingLabel={strings.searching}
            />
            <div role="status" class="form-status-slot">
              <Show when={searchError()}>{(message) => <p class="form-error">{message()}</p>}</Show>
              <Show when={results()?.length === 0}>
                <p class="inline-note">{strings.searchEmpty}</p>
              </Show>
            </div>
          </div>
          <fieldset class="checklist">
            <legend class="field__label">{strings.replacedBy}</legend>
            <label class="switch">
              <input
                type="radio"
                name="replacedBy"
                value=""
                checked={replacedBy() === null}
                onChange={() => setReplacedBy(null)}
              />
              <span>{strings.noReplacement}</span>
            </label>
            <For each={options()}>
              {(candidate) => (
                <label class="switch switch--top">
                  <input
                    type="radio"
                    name="replacedBy"
                    value={candidate.id}
                    checked={replacedBy() === candidate.id}
                    onChange={() => setReplacedBy(candidate.id)}
                  />
                  <span>
                    {candidate.title}
                    <Show when={candidate.id === current()?.id}>{strings.current}</Show>
                    <span class="field__hint">
                      {[
                        candidate.disclosure?.indexNumber,
                        candidate.publishedAt ? formatDate(candidate.publishedAt) : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  </span>
                </label>
              )}
            </For>
          </fieldset>
        </Show>

        <div class="field">
          <label class="field__label" for={ids.note}>
            {strings.note}
          </label>
          <p id={ids.noteHint} class="field__hint">
            {strings.noteHint}
          </p>
          <textarea
            id={ids.note}
            name="note"
            class="field__input field__textarea"
            rows="2"
            maxLength={2000}
            aria-describedby={ids.noteHint}
          />
        </div>
      </ActionDialog>
    </section>
  );
}
