import ChevronDown from "lucide-solid/icons/chevron-down";
import SlidersHorizontal from "lucide-solid/icons/sliders-horizontal";
import { createUniqueId, For, type JSX, Show } from "solid-js";
import {
  activeFilterCount,
  CHANNELS,
  DEFAULT_INBOX,
  type InboxState,
  ORDERS,
  SEARCH_MAX_LENGTH,
  STATUSES,
  TYPES,
} from "./inbox-params";
import type { LetterStatus } from "./letter-actions";
import { CHANNEL_LABELS, lettersStaffStrings, STATUS_LABELS, TYPE_LABELS } from "./strings";

const strings = lettersStaffStrings.inbox;

/**
 * Search, channel, type, status, department and order in a collapsible panel (a native <details>:
 * it opens with the keyboard and announces its state without script), so the list comes first
 * on a phone. Every change updates the URL at once; counts say what a status would show.
 */
export function InboxFilters(props: {
  state: InboxState;
  departments: ReadonlyArray<{ id: string; name: string }>;
  byStatus: ReadonlyArray<{ status: LetterStatus; count: number }>;
  open: number | undefined;
  total: number | undefined;
  onChange: (next: InboxState) => void;
}) {
  const ids = {
    search: createUniqueId(),
    channel: createUniqueId(),
    type: createUniqueId(),
    status: createUniqueId(),
    department: createUniqueId(),
    order: createUniqueId(),
  };
  const count = () => activeFilterCount(props.state);
  // Open at first when the URL already filters; afterwards only the person opens or closes it.
  const initiallyOpen = count() > 0;
  const update = (patch: Partial<InboxState>) => props.onChange({ ...props.state, ...patch });
  const withCount = (label: string, n: number | undefined) => (n === undefined ? label : strings.withCount(label, n));
  const statusCount = (status: LetterStatus) => props.byStatus.find((s) => s.status === status)?.count;

  const onSearch: JSX.EventHandler<HTMLFormElement, SubmitEvent> = (event) => {
    event.preventDefault();
    update({ q: String(new FormData(event.currentTarget).get("q") ?? "").trim() });
  };

  return (
    <details class="inbox-filters" open={initiallyOpen}>
      <summary class="inbox-filters__toggle">
        <SlidersHorizontal size={20} aria-hidden="true" />
        {strings.filters}
        <Show when={count() > 0}>
          <span class="inbox-filters__count">{strings.activeFilters(count())}</span>
        </Show>
        <ChevronDown size={20} aria-hidden="true" class="inbox-filters__chevron" />
      </summary>
      <div class="inbox-filters__body">
        <search>
          <form class="field" onSubmit={onSearch}>
            <label class="field__label" for={ids.search}>
              {strings.search}
            </label>
            <div class="search-row">
              <input
                id={ids.search}
                class="field__input"
                type="search"
                name="q"
                value={props.state.q}
                maxLength={SEARCH_MAX_LENGTH}
                enterkeyhint="search"
                autocomplete="off"
              />
              <button type="submit" class="button button--secondary">
                {strings.searchSubmit}
              </button>
            </div>
          </form>
        </search>
        <div class="field-grid">
          <div class="field">
            <label class="field__label" for={ids.status}>
              {strings.status}
            </label>
            <select
              id={ids.status}
              class="field__input"
              onChange={(event) => {
                const value = event.currentTarget.value;
                update({ status: value === "" ? null : (value as InboxState["status"]) });
              }}
            >
              <option value="" selected={props.state.status === null}>
                {withCount(strings.statusOpen, props.open)}
              </option>
              <option value="ALL" selected={props.state.status === "ALL"}>
                {withCount(strings.statusAll, props.total)}
              </option>
              <For each={STATUSES}>
                {(status) => (
                  <option value={status} selected={props.state.status === status}>
                    {withCount(STATUS_LABELS[status], statusCount(status))}
                  </option>
                )}
              </For>
            </select>
          </div>
          <div class="field">
            <label class="field__label" for={ids.channel}>
              {strings.channel}
            </label>
            <select
              id={ids.channel}
              class="field__input"
              onChange={(event) => {
                const value = event.currentTarget.value;
                update({ channel: CHANNELS.find((c) => c === value) ?? null });
              }}
            >
              <option value="" selected={props.state.channel === null}>
                {strings.any}
              </option>
              <For each={CHANNELS}>
                {(channel) => (
                  <option value={channel} selected={props.state.channel === channel}>
                    {CHANNEL_LABELS[channel]}
                  </option>
                )}
              </For>
            </select>
          </div>
          <div class="field">
            <label class="field__label" for={ids.type}>
              {strings.type}
            </label>
            <select
              id={ids.type}
              class="field__input"
              onChange={(event) => {
                const value = event.currentTarget.value;
                update({ type: TYPES.find((t) => t === value) ?? null });
              }}
            >
              <option value="" selected={props.state.type === null}>
                {strings.any}
              </option>
              <For each={TYPES}>
                {(type) => (
                  <option value={type} selected={props.state.type === type}>
                    {TYPE_LABELS[type]}
                  </option>
                )}
              </For>
            </select>
          </div>
          <div class="field">
            <label class="field__label" for={ids.department}>
              {strings.department}
            </label>
            <select
              id={ids.department}
              class="field__input"
              onChange={(event) => update({ department: event.currentTarget.value || null })}
            >
              <option value="" selected={props.state.department === null}>
                {strings.any}
              </option>
              <For each={props.departments}>
                {(department) => (
                  <option value={department.id} selected={props.state.department === department.id}>
                    {department.name}
                  </option>
                )}
              </For>
            </select>
          </div>
          <div class="field">
            <label class="field__label" for={ids.order}>
              {strings.order}
            </label>
            <select
              id={ids.order}
              class="field__input"
              onChange={(event) => update({ order: ORDERS.find((o) => o === event.currentTarget.value) ?? "DUE" })}
            >
              <For each={ORDERS}>
                {(order) => (
                  <option value={order} selected={props.state.order === order}>
                    {strings.orders[order]}
                  </option>
                )}
              </For>
            </select>
          </div>
        </div>
        <Show when={count() > 0}>
          <button
            type="button"
            class="button button--quiet"
            onClick={() => props.onChange({ ...DEFAULT_INBOX, mine: props.state.mine, due: props.state.due })}
          >
            {strings.clear}
          </button>
        </Show>
      </div>
    </details>
  );
}
