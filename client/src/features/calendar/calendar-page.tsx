import { createQuery, useClient } from "@urql/solid";
import { createSignal, createUniqueId, For, Show } from "solid-js";
import { formatDateTime } from "../../lib/dates";
import { graphql, type ResultOf, readFragment } from "../../lib/graphql";
import { isOnline } from "../../lib/online";
import { viewState } from "../../lib/view-state";
import "../publishing/publishing.css";
import { BACK_TO_WORKBENCH, StaffDataView, StaffPage } from "../publishing/staff-view";
import { stepError } from "../publishing/step-errors";
import "./calendar.css";
import { dayRuns, exampleYear, formatRun, scheduleJson } from "./calendar-years";
import { canLoadCalendar } from "./paths";
import { calendarStrings } from "./strings";

const CalendarYear_Fragment = graphql(`
  fragment CalendarPage_Year on WorkCalendarYear {
    year
    source
    notice
    builtIn
    loadedAt
    loadedBy {
      id
      displayName
    }
    holidays
    workdays
  }
`);

const CalendarQuery = graphql(
  `
  query CalendarPage {
    me {
      id
      roles
    }
    workCalendarYears {
      ...CalendarPage_Year
    }
  }
`,
  [CalendarYear_Fragment],
);

const LoadYearMutation = graphql(
  `
  mutation CalendarPage_LoadYear($json: String!) {
    loadWorkCalendarYear(json: $json) {
      year {
        ...CalendarPage_Year
      }
      refreshedLetters
      errors {
        message
        field
      }
    }
  }
`,
  [CalendarYear_Fragment],
);

type Year = ResultOf<typeof CalendarYear_Fragment>;
type Loaded = { year: number; provisional: boolean; refreshed: number };

const s = calendarStrings;

/**
 * /staff/calendar — 工作日历: the years of the holiday schedule the deadlines are counted on, where
 * each comes from (official notice or 暂定), and who loaded it. Admins load a new year's notice as
 * JSON; every staff member can read.
 */
export default function CalendarPage() {
  const [result, reexecute] = createQuery({ query: CalendarQuery, requestPolicy: "cache-and-network" });
  const years = () => result.data?.workCalendarYears.map((year) => readFragment(CalendarYear_Fragment, year));
  const state = () =>
    viewState({
      fetching: result.fetching,
      hasData: years() !== undefined,
      isEmpty: years()?.length === 0,
      hasError: result.error !== undefined,
      online: isOnline(),
    });
  const admin = () => canLoadCalendar(result.data?.me?.roles ?? []);

  return (
    <StaffPage
      title={s.pageTitle}
      back={BACK_TO_WORKBENCH}
      intro={s.intro}
      loading={state() === "loading"}
      hasData={years() !== undefined}
    >
      <StaffDataView
        state={state()}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
        emptyText={s.empty}
      >
        <ul class="calendar-years">
          <For each={years()}>
            {(year) => (
              <li>
                <YearCard year={year} />
              </li>
            )}
          </For>
        </ul>
      </StaffDataView>
      <Show when={result.data?.me}>
        <Show when={admin()} fallback={<p class="inline-note">{s.load.adminsOnly}</p>}>
          <LoadYearForm example={exampleYear(years() ?? [])} />
        </Show>
      </Show>
    </StaffPage>
  );
}

function YearCard(props: { year: Year }) {
  const headingId = createUniqueId();
  const provisional = () => props.year.source === "PROVISIONAL";
  const loadedText = () => {
    if (props.year.builtIn) return s.builtIn;
    const at = formatDateTime(props.year.loadedAt);
    return props.year.loadedBy ? s.loadedBy(props.year.loadedBy.displayName, at) : s.loadedAt(at);
  };
  return (
    <article class="card calendar-year" aria-labelledby={headingId} data-provisional={provisional() ? "" : undefined}>
      <h2 id={headingId} class="card__title calendar-year__title">
        {s.yearHeading(props.year.year)}
        <span class={provisional() ? "tag tag--waiting" : "tag tag--stage"}>
          {provisional() ? s.provisional : s.official}
        </span>
      </h2>
      <dl class="details details--compact">
        <div class="details__row">
          <dt>{s.source}</dt>
          <dd>{provisional() ? s.sourceProvisional : s.sourceOfficial}</dd>
        </div>
        <div class="details__row">
          <dt>{s.loaded}</dt>
          <dd>{loadedText()}</dd>
        </div>
        <div class="details__row">
          <dt>{s.holidays}</dt>
          <dd>{s.dayCount(props.year.holidays.length)}</dd>
        </div>
        <div class="details__row">
          <dt>{s.workdays}</dt>
          <dd>{s.dayCount(props.year.workdays.length)}</dd>
        </div>
      </dl>
      <Show when={props.year.notice}>{(notice) => <p class="calendar-year__notice">{notice()}</p>}</Show>
      <Show when={provisional()}>
        <p class="notice">{s.provisionalHint}</p>
      </Show>
      <details class="calendar-year__days">
        <summary>{s.showDays(props.year.year)}</summary>
        <h3 class="calendar-year__subheading">{s.holidays}</h3>
        <ul class="calendar-runs">
          <For each={dayRuns(props.year.holidays)}>{(run) => <li>{formatRun(run)}</li>}</For>
        </ul>
        <h3 class="calendar-year__subheading">{s.workdays}</h3>
        <Show when={props.year.workdays.length} fallback={<p class="inline-note">{s.noWorkdays}</p>}>
          <ul class="calendar-runs">
            <For each={dayRuns(props.year.workdays)}>{(run) => <li>{formatRun(run)}</li>}</For>
          </ul>
        </Show>
      </details>
    </article>
  );
}

function LoadYearForm(props: { example: Year | undefined }) {
  const client = useClient();
  const l = s.load;
  const ids = {
    heading: createUniqueId(),
    file: createUniqueId(),
    fileHint: createUniqueId(),
    json: createUniqueId(),
    jsonHint: createUniqueId(),
    outcome: createUniqueId(),
    example: createUniqueId(),
  };
  const [json, setJson] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  /** Every problem the server found (one line per bad entry), or ours before sending. */
  const [errors, setErrors] = createSignal<string[]>([]);
  const [loaded, setLoaded] = createSignal<Loaded | null>(null);
  const report = (next: { errors?: string[]; loaded?: Loaded }) => {
    setErrors(next.errors ?? []);
    setLoaded(next.loaded ?? null);
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    report({});
    try {
      setJson(await file.text());
    } catch {
      report({ errors: [l.fileUnreadable] });
    }
  };

  const load = async () => {
    const text = json().trim();
    if (!text) return report({ errors: [l.jsonRequired] });
    report({});
    setBusy(true);
    try {
      const response = await client.mutation(LoadYearMutation, { json: text }).toPromise();
      const payload = response.data?.loadWorkCalendarYear;
      // Transport, role and size refusals come as a GraphQL error; the file's problems in `errors`.
      if (response.error || !payload) return report({ errors: [stepError(response, null)?.message ?? ""] });
      const year = payload.year ? readFragment(CalendarYear_Fragment, payload.year) : null;
      if (payload.errors.length || !year) return report({ errors: payload.errors.map((e) => e.message) });
      report({
        loaded: { year: year.year, provisional: year.source === "PROVISIONAL", refreshed: payload.refreshedLetters },
      });
      setJson("");
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} class="card__title">
        {l.heading}
      </h2>
      <p class="card__intro">{l.intro}</p>
      <details class="calendar-format">
        <summary>{l.formatHeading}</summary>
        <dl class="details details--compact calendar-format__fields">
          <For each={l.fields}>
            {([name, meaning]) => (
              <div class="details__row">
                <dt>
                  <code>{name}</code>
                </dt>
                <dd>{meaning}</dd>
              </div>
            )}
          </For>
        </dl>
        <Show when={props.example}>
          {(example) => (
            <>
              <p id={ids.example} class="field__hint">
                {l.example(example().year)}
              </p>
              {/* Focusable so keyboard users can scroll it (axe: scrollable-region-focusable). */}
              <section class="calendar-format__example" aria-labelledby={ids.example} tabindex="0">
                <pre>
                  <code>{scheduleJson(example())}</code>
                </pre>
              </section>
            </>
          )}
        </Show>
      </details>
      <form
        class="form"
        noValidate
        aria-describedby={errors().length ? ids.outcome : undefined}
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy()) void load();
        }}
      >
        <div class="field">
          <label class="field__label" for={ids.file}>
            {l.file}
          </label>
          <p id={ids.fileHint} class="field__hint">
            {l.fileHint}
          </p>
          <input
            id={ids.file}
            type="file"
            class="field__file"
            accept=".json,application/json"
            aria-describedby={ids.fileHint}
            onChange={(event) => void readFile(event.currentTarget.files?.[0])}
          />
        </div>
        <div class="field">
          <label class="field__label" for={ids.json}>
            {l.json}
          </label>
          <p id={ids.jsonHint} class="field__hint">
            {l.jsonHint}
          </p>
          <textarea
            id={ids.json}
            name="json"
            class="field__input field__input--multiline calendar-json"
            rows={10}
            spellcheck={false}
            autocomplete="off"
            aria-describedby={ids.jsonHint}
            aria-invalid={errors().length ? "true" : undefined}
            value={json()}
            onInput={(event) => setJson(event.currentTarget.value)}
          />
        </div>
        <div role="alert" class="form-error-slot">
          <Show when={errors().length}>
            <div id={ids.outcome} class="form-error">
              <p>{l.refused(errors().length)}</p>
              <ul class="calendar-errors">
                <For each={errors()}>{(message) => <li>{message}</li>}</For>
              </ul>
            </div>
          </Show>
        </div>
        <div role="status" class="form-status-slot">
          <Show when={loaded()}>
            {(done) => (
              <p class="form-success">
                {l.loaded(done().year, done().provisional)}
                {l.refreshed(done().refreshed)}
              </p>
            )}
          </Show>
        </div>
        <button type="submit" class="button" disabled={busy() || !isOnline()}>
          {busy() ? l.busy : l.submit}
        </button>
      </form>
    </section>
  );
}
