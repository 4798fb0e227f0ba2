import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import ChevronLeft from "lucide-solid/icons/chevron-left";
import Plus from "lucide-solid/icons/plus";
import { createMemo, createSignal, createUniqueId, For, Show } from "solid-js";
import { OfflineCacheNote } from "../../lib/data-states";
import { graphql } from "../../lib/graphql";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { viewState } from "../../lib/view-state";
import { type FormError, isErrorForField } from "../accounts/form-errors";
import { ActionDialog } from "../publishing/action-dialog";
import { WORKBENCH } from "../publishing/paths";
import "../publishing/publishing.css";
import { shanghaiDate } from "../publishing/shanghai-time";
import { StaffDataView } from "../publishing/staff-view";
import { createStepRunner } from "../publishing/step-runner";
import { publishingStrings } from "../publishing/strings";
import { candidateLabel, canKeepRoster, type Day, dayHeading, dayLabel, rosterWeeks, shiftsByDay } from "./duty-week";
import "./operations.css";
import { operationsStrings } from "./strings";

const DutyRosterQuery = graphql(`
  query DutyRosterPage($from: String!, $to: String!) {
    me {
      id
      roles
    }
    dutyRoster(from: $from, to: $to) {
      id
      date
      note
      user {
        id
        displayName
      }
    }
  }
`);

const CandidatesQuery = graphql(`
  query DutyRosterPage_Candidates {
    dutyCandidates {
      id
      displayName
      department {
        id
        name
      }
    }
  }
`);

const AssignMutation = graphql(`
  mutation DutyRosterPage_Assign($date: String!, $userId: ID!, $note: String) {
    assignDutyShift(date: $date, userId: $userId, note: $note) {
      shift {
        id
        date
        note
        user {
          id
          displayName
        }
      }
      error {
        message
        field
      }
    }
  }
`);

const RemoveMutation = graphql(`
  mutation DutyRosterPage_Remove($id: ID!) {
    removeDutyShift(id: $id) {
      removedId
      error {
        message
        field
      }
    }
  }
`);

const strings = operationsStrings.duty;

/** /staff/duty — 值班表: who is on duty this week and next; maintainers and admins change it. */
export default function DutyRosterPage() {
  // The phone's clock, read as Beijing time: the server checks again with its own.
  const today = shanghaiDate(new Date());
  const weeks = rosterWeeks(today);
  const range = { from: weeks[0]?.days[0] ?? today, to: weeks.at(-1)?.days.at(-1) ?? today };

  const [result, reexecute] = createQuery({
    query: DutyRosterQuery,
    variables: range,
    requestPolicy: "cache-and-network",
  });
  const roles = () => result.data?.me?.roles ?? [];
  const keeper = () => canKeepRoster(roles());
  const [candidates, reexecuteCandidates] = createQuery({
    query: CandidatesQuery,
    pause: () => !keeper(),
    requestPolicy: "cache-and-network",
  });
  const byDay = createMemo(() => shiftsByDay(result.data?.dutyRoster ?? []));
  const state = () =>
    viewState({
      fetching: result.fetching,
      hasData: result.data?.dutyRoster !== undefined,
      // Fourteen days always show, each saying when nobody is on duty.
      isEmpty: false,
      hasError: result.error !== undefined,
      online: isOnline(),
    });
  const retry = () => reexecute({ requestPolicy: "network-only" });

  const steps = createStepRunner();
  const [adding, setAdding] = createSignal<Day | null>(null);
  const [dialogError, setDialogError] = createSignal<FormError | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [removeError, setRemoveError] = createSignal<string | null>(null);
  const ids = { person: createUniqueId(), note: createUniqueId(), noteHint: createUniqueId() };

  const openAssign = (day: Day) => {
    setDialogError(null);
    setNotice(null);
    setRemoveError(null);
    if (candidates.error) reexecuteCandidates({ requestPolicy: "network-only" });
    setAdding(day);
  };

  const assign = async (form: HTMLFormElement) => {
    const day = adding();
    if (!day) return;
    const data = new FormData(form);
    const userId = String(data.get("userId") ?? "");
    const note = String(data.get("note") ?? "").trim();
    if (!userId) return setDialogError({ message: strings.choosePerson, field: "userId" });
    const error = await steps.run(AssignMutation, { date: day, userId, note: note || null }, "assignDutyShift");
    if (error) return setDialogError(error);
    form.reset();
    setAdding(null);
    setNotice(strings.assigned);
  };

  const remove = async (id: string) => {
    setNotice(null);
    setRemoveError(null);
    const error = await steps.run(RemoveMutation, { id }, "removeDutyShift");
    if (error) return setRemoveError(error.message);
    setNotice(strings.removed);
  };

  return (
    <section class="page staff-page" aria-busy={state() === "loading"}>
      <A href={WORKBENCH} class="back-link">
        <ChevronLeft size={20} aria-hidden="true" />
        {publishingStrings.backToWorkbench}
      </A>
      <PageHeading>{strings.pageTitle}</PageHeading>
      <p class="card__intro">{strings.intro}</p>
      <Show when={result.data?.me && !keeper()}>
        <p class="inline-note">{strings.keepersOnly}</p>
      </Show>
      <Show when={!isOnline() && result.data?.dutyRoster !== undefined}>
        <OfflineCacheNote />
      </Show>
      <div class="form-status-slot" role="status">
        <Show when={notice()}>{(message) => <p class="form-success">{message()}</p>}</Show>
      </div>
      <div class="form-error-slot" role="alert">
        <Show when={removeError()}>{(message) => <p class="form-error">{message()}</p>}</Show>
      </div>

      <StaffDataView state={state()} error={result.error} onRetry={retry} emptyText={strings.nobody} skeletonCount={4}>
        <For each={weeks}>
          {(week, index) => (
            <section class="duty-week" aria-labelledby={`duty-week-${index()}`}>
              <h2 id={`duty-week-${index()}`} class="section-title">
                {week.label}
              </h2>
              <ol class="duty-days">
                <For each={week.days}>
                  {(day) => {
                    const shifts = () => byDay().get(day) ?? [];
                    const past = day < today;
                    const headingId = createUniqueId();
                    return (
                      <li
                        class="duty-day"
                        data-today={day === today ? "" : undefined}
                        data-past={past ? "" : undefined}
                        aria-labelledby={headingId}
                      >
                        <div class="duty-day__header">
                          <h3 id={headingId} class="duty-day__title">
                            {dayHeading(day)}
                            <Show when={day === today}>
                              <span class="tag">{strings.today}</span>
                            </Show>
                            <Show when={past}>
                              <span class="tag tag--stage">{strings.past}</span>
                            </Show>
                          </h3>
                          <Show when={keeper() && !past}>
                            <button
                              type="button"
                              class="button button--secondary button--small"
                              disabled={steps.busy() || !isOnline()}
                              aria-label={`${strings.assign}：${dayHeading(day)}`}
                              onClick={() => openAssign(day)}
                            >
                              <Plus size={16} aria-hidden="true" />
                              {strings.assign}
                            </button>
                          </Show>
                        </div>
                        <Show when={shifts().length} fallback={<p class="duty-day__nobody">{strings.nobody}</p>}>
                          <ul class="duty-day__people">
                            <For each={shifts()}>
                              {(shift) => (
                                <li class="duty-person">
                                  <span>
                                    {shift.user.displayName}
                                    <Show when={shift.note}>
                                      {(note) => <span class="duty-person__note">{note()}</span>}
                                    </Show>
                                  </span>
                                  <Show when={keeper() && !past}>
                                    <button
                                      type="button"
                                      class="button button--quiet button--small"
                                      disabled={steps.busy() || !isOnline()}
                                      aria-label={strings.removeLabel(shift.user.displayName, dayLabel(day))}
                                      onClick={() => void remove(shift.id)}
                                    >
                                      {strings.remove}
                                    </button>
                                  </Show>
                                </li>
                              )}
                            </For>
                          </ul>
                        </Show>
                      </li>
                    );
                  }}
                </For>
              </ol>
            </section>
          )}
        </For>
      </StaffDataView>

      <ActionDialog
        open={adding() !== null}
        title={strings.assignTitle(dayHeading(adding() ?? today))}
        submitLabel={strings.assign}
        busy={steps.busy()}
        error={dialogError()?.message ?? null}
        onSubmit={(form) => void assign(form)}
        onClose={() => {
          if (!steps.busy()) setAdding(null);
        }}
      >
        <div class="field">
          <label class="field__label" for={ids.person}>
            {strings.person}
          </label>
          <select
            id={ids.person}
            name="userId"
            class="field__input"
            required
            aria-invalid={isErrorForField(dialogError(), "userId") ? "true" : undefined}
          >
            <option value="">{strings.choosePerson}</option>
            <For each={candidates.data?.dutyCandidates}>
              {(user) => <option value={user.id}>{candidateLabel(user)}</option>}
            </For>
          </select>
          <Show when={candidates.error}>
            <p class="field__hint">{strings.candidatesError}</p>
          </Show>
        </div>
        <div class="field">
          <label class="field__label" for={ids.note}>
            {strings.note}
            <span id={ids.noteHint} class="field__hint">
              {strings.noteHint}
            </span>
          </label>
          <input
            id={ids.note}
            name="note"
            class="field__input"
            maxLength={200}
            autocomplete="off"
            aria-describedby={ids.noteHint}
          />
        </div>
      </ActionDialog>
    </section>
  );
}
