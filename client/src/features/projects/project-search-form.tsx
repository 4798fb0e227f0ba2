import SearchIcon from "lucide-solid/icons/search";
import { createUniqueId, type JSX } from "solid-js";
import { QUERY_MAX_LENGTH } from "./project-filters";
import { projectsStrings } from "./strings";

/**
 * The one search box of the 查询 tab (name, code, permit number, applicant, address). The hub and
 * the lookup page both use it; what a submission does (open the lookup, update the URL) is theirs.
 */
export function ProjectSearchForm(props: { value: string; onSearch: (query: string) => void; describedBy?: string }) {
  const strings = projectsStrings.hub;
  const inputId = createUniqueId();
  const onSubmit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = (event) => {
    event.preventDefault();
    props.onSearch(String(new FormData(event.currentTarget).get("q") ?? "").trim());
  };
  return (
    // <search> is the search landmark (role=search) as an element.
    <search>
      <form class="search-form" onSubmit={onSubmit}>
        <label class="visually-hidden" for={inputId}>
          {strings.searchLabel}
        </label>
        <input
          id={inputId}
          class="field__input search-form__input"
          type="search"
          name="q"
          value={props.value}
          maxLength={QUERY_MAX_LENGTH}
          placeholder={strings.placeholder}
          enterkeyhint="search"
          autocomplete="off"
          aria-describedby={props.describedBy}
        />
        <button type="submit" class="button">
          <SearchIcon size={20} aria-hidden="true" />
          {strings.submit}
        </button>
      </form>
    </search>
  );
}
