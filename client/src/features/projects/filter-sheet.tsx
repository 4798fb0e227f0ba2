import SlidersHorizontal from "lucide-solid/icons/sliders-horizontal";
import X from "lucide-solid/icons/x";
import { createSignal, createUniqueId, For, type JSX, Show } from "solid-js";
import { activeFilterCount, clearFilters, type ProjectFilters } from "./project-filters";
import { stageLabel } from "./stages";
import { projectsStrings } from "./strings";

/** One choice of a filter: what goes in the URL and what the person reads. */
export interface FilterOption {
  value: string;
  label: string;
  /** Projects with this value; shown in the list so a choice that finds nothing is visible before choosing. */
  count?: number;
}

export interface FilterOptions {
  districts: readonly FilterOption[];
  stages: readonly FilterOption[];
  landUses: readonly FilterOption[];
  hotAreas: readonly FilterOption[];
}

/**
 * The filters in a bottom sheet on the native <dialog> (the browser traps focus, closes on Esc and
 * returns focus to the button that opened it). Choices apply together on 查看结果, so changing
 * three filters is one history entry and one request, not three.
 */
export function FilterSheet(props: {
  filters: ProjectFilters;
  options: FilterOptions;
  onApply: (next: ProjectFilters) => void;
  /** The key-projects page lists only key projects: no switch for it there. */
  hideKeyProject?: boolean;
}) {
  const strings = projectsStrings.filters;
  const titleId = createUniqueId();
  const errorId = createUniqueId();
  const ids = {
    district: createUniqueId(),
    stage: createUniqueId(),
    landUse: createUniqueId(),
    hotArea: createUniqueId(),
    from: createUniqueId(),
    to: createUniqueId(),
  };
  const [error, setError] = createSignal<string | null>(null);
  // Keeps the date inputs' min/max in step while the sheet is open.
  const [from, setFrom] = createSignal<string>("");
  const [to, setTo] = createSignal<string>("");
  // Each opening renders the fields afresh from the URL's filters, not what was left in them last time.
  const [session, setSession] = createSignal(0);
  let dialog: HTMLDialogElement | undefined;

  const open = () => {
    setSession((n) => n + 1);
    setFrom(props.filters.from ?? "");
    setTo(props.filters.to ?? "");
    setError(null);
    dialog?.showModal();
  };
  const close = () => dialog?.close();

  const onSubmit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = (event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim() || null;
    const next: ProjectFilters = {
      q: props.filters.q,
      district: text("district"),
      stage: text("stage"),
      landUse: text("landUse"),
      keyProject: props.hideKeyProject ? props.filters.keyProject : data.get("keyProject") === "1",
      hotArea: text("hotArea"),
      from: text("from"),
      to: text("to"),
    };
    if (next.from && next.to && next.from > next.to) {
      setError(projectsStrings.invalid.reversedRange);
      return;
    }
    close();
    props.onApply(next);
  };

  // The key-projects page's own "key projects only" is not a choice there, so not counted.
  const count = () => activeFilterCount(props.filters) - (props.hideKeyProject && props.filters.keyProject ? 1 : 0);

  return (
    <>
      <button type="button" class="button button--secondary filter-toggle" aria-haspopup="dialog" onClick={open}>
        <SlidersHorizontal size={20} aria-hidden="true" />
        {strings.open}
        <Show when={count() > 0}>
          <span class="filter-toggle__count">{strings.activeCount(count())}</span>
        </Show>
      </button>
      <dialog ref={dialog} class="filter-sheet" aria-labelledby={titleId}>
        <form class="form filter-sheet__form" noValidate onSubmit={onSubmit}>
          <div class="filter-sheet__header">
            <h2 id={titleId} class="filter-sheet__title">
              {strings.title}
            </h2>
            <button type="button" class="button button--quiet filter-sheet__close" onClick={close}>
              <X size={20} aria-hidden="true" />
              <span class="visually-hidden">{strings.close}</span>
            </button>
          </div>
          <Show when={session()} keyed>
            {(_session) => (
              <>
                <SelectField
                  id={ids.district}
                  name="district"
                  label={strings.district}
                  value={props.filters.district}
                  options={props.options.districts}
                />
                <SelectField
                  id={ids.stage}
                  name="stage"
                  label={strings.stage}
                  value={props.filters.stage}
                  options={props.options.stages}
                />
                <SelectField
                  id={ids.landUse}
                  name="landUse"
                  label={strings.landUse}
                  value={props.filters.landUse}
                  options={props.options.landUses}
                />
                <SelectField
                  id={ids.hotArea}
                  name="hotArea"
                  label={strings.hotArea}
                  value={props.filters.hotArea}
                  options={props.options.hotAreas}
                />
                <Show when={!props.hideKeyProject}>
                  <label class="switch">
                    <input type="checkbox" name="keyProject" value="1" checked={props.filters.keyProject} />
                    <span>{strings.keyProject}</span>
                  </label>
                </Show>
                <div class="filter-sheet__dates">
                  <div class="field">
                    <label class="field__label" for={ids.from}>
                      {strings.from}
                    </label>
                    <input
                      id={ids.from}
                      class="field__input"
                      type="date"
                      name="from"
                      value={props.filters.from ?? ""}
                      max={to() || undefined}
                      aria-invalid={error() ? "true" : undefined}
                      aria-describedby={error() ? errorId : undefined}
                      onInput={(event) => setFrom(event.currentTarget.value)}
                    />
                  </div>
                  <div class="field">
                    <label class="field__label" for={ids.to}>
                      {strings.to}
                    </label>
                    <input
                      id={ids.to}
                      class="field__input"
                      type="date"
                      name="to"
                      value={props.filters.to ?? ""}
                      min={from() || undefined}
                      aria-invalid={error() ? "true" : undefined}
                      aria-describedby={error() ? errorId : undefined}
                      onInput={(event) => setTo(event.currentTarget.value)}
                    />
                  </div>
                </div>
              </>
            )}
          </Show>
          <div role="alert" class="form-error-slot">
            <Show when={error()}>
              {(message) => (
                <p id={errorId} class="form-error">
                  {message()}
                </p>
              )}
            </Show>
          </div>
          <div class="filter-sheet__buttons">
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                close();
                props.onApply(
                  props.hideKeyProject
                    ? { ...clearFilters(props.filters), keyProject: true }
                    : clearFilters(props.filters),
                );
              }}
            >
              {strings.clear}
            </button>
            <button type="submit" class="button">
              {strings.apply}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}

function SelectField(props: {
  id: string;
  name: string;
  label: string;
  value: string | null;
  options: readonly FilterOption[];
}) {
  return (
    <div class="field">
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <select id={props.id} name={props.name} class="field__input">
        <option value="" selected={props.value === null}>
          {projectsStrings.filters.any}
        </option>
        <For each={props.options}>
          {(option) => (
            <option value={option.value} selected={props.value === option.value}>
              {option.count === undefined
                ? option.label
                : projectsStrings.filters.optionCount(option.label, option.count)}
            </option>
          )}
        </For>
        {/* A value from a shared link that the list does not offer stays visible (the server judges it). */}
        <Show when={props.value !== null && !props.options.some((option) => option.value === props.value)}>
          <option value={props.value ?? ""} selected>
            {props.value}
          </option>
        </Show>
      </select>
    </div>
  );
}

/**
 * The filters in force as removable chips under the search box: what is narrowing the list is
 * always visible, and each one goes with one tap.
 */
export function ActiveFilters(props: {
  filters: ProjectFilters;
  options: FilterOptions;
  onApply: (next: ProjectFilters) => void;
  hideKeyProject?: boolean;
}) {
  const strings = projectsStrings.filters;
  const label = (options: readonly FilterOption[], value: string) =>
    options.find((option) => option.value === value)?.label ?? value;
  const chips = () => {
    const f = props.filters;
    const list: Array<{ text: string; next: ProjectFilters }> = [];
    if (f.district) list.push({ text: label(props.options.districts, f.district), next: { ...f, district: null } });
    if (f.stage) list.push({ text: stageLabel(f.stage), next: { ...f, stage: null } });
    if (f.landUse) list.push({ text: label(props.options.landUses, f.landUse), next: { ...f, landUse: null } });
    if (f.hotArea) list.push({ text: label(props.options.hotAreas, f.hotArea), next: { ...f, hotArea: null } });
    if (f.keyProject && !props.hideKeyProject)
      list.push({ text: projectsStrings.card.keyProject, next: { ...f, keyProject: false } });
    if (f.from || f.to) list.push({ text: strings.dateRange(f.from, f.to), next: { ...f, from: null, to: null } });
    return list;
  };
  return (
    <Show when={chips().length > 0}>
      <ul class="chip-list active-filters" aria-label={strings.activeLabel}>
        <For each={chips()}>
          {(chip) => (
            <li>
              <button
                type="button"
                class="chip active-filters__chip"
                aria-label={strings.remove(chip.text)}
                onClick={() => props.onApply(chip.next)}
              >
                {chip.text}
                <X size={16} aria-hidden="true" />
              </button>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
