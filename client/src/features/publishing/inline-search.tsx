import { createUniqueId } from "solid-js";

/**
 * A search box inside a form or dialog (a details picker, the replacing document of a disclosure
 * item): Enter searches, and never submits the editor's form or confirms a half-made choice.
 */
export function InlineSearch(props: {
  id: string;
  label: string;
  hint: string;
  /** Further ids describing the box (a status line). */
  describedBy?: string;
  value: string;
  onInput: (text: string) => void;
  onSearch: () => void;
  searching: boolean;
  buttonLabel: string;
  searchingLabel: string;
}) {
  const hintId = createUniqueId();
  return (
    <>
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <p id={hintId} class="field__hint">
        {props.hint}
      </p>
      <div class="search-row">
        <input
          id={props.id}
          type="search"
          class="field__input"
          autocomplete="off"
          maxLength={100}
          value={props.value}
          aria-describedby={[hintId, props.describedBy].filter(Boolean).join(" ")}
          onInput={(event) => props.onInput(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              props.onSearch();
            }
          }}
        />
        <button
          type="button"
          class="button button--secondary"
          disabled={props.searching}
          onClick={() => props.onSearch()}
        >
          {props.searching ? props.searchingLabel : props.buttonLabel}
        </button>
      </div>
    </>
  );
}
