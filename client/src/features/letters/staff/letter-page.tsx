import { A, useParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { createMemo, createSignal, For, Show } from "solid-js";
import { graphql, readFragment } from "../../../lib/graphql";
import { isOnline } from "../../../lib/online";
import { commonStrings } from "../../../lib/strings";
import { viewState } from "../../../lib/view-state";
import { paramToId } from "../../publishing/paths";
import "../../publishing/publishing.css";
import { StaffDataView, StaffPage } from "../../publishing/staff-view";
import { createStepRunner } from "../../publishing/step-runner";
import { publishLetterPath } from "../moderation/paths";
import { type LetterAction, type LetterViewer, mayOpenPublication, planLetterActions } from "./letter-actions";
import { LetterStepDialog } from "./letter-dialogs";
import {
  LetterBody,
  LetterDeadlines,
  LetterReplyCard,
  LetterSummary,
  LetterTimeline,
  LetterWriterCard,
} from "./letter-sections";
import "./letters-staff.css";
import { STAFF_LETTERS } from "./paths";
import { actionLetterOf, StaffLetter_LetterFragment } from "./staff-letter";
import { ACTION_LABELS, lettersStaffStrings, STATUS_LABELS, TYPE_LABELS } from "./strings";

const LetterQuery = graphql(
  `
  query LetterPage_Letter($id: ID!) {
    me {
      id
      roles
      department {
        id
      }
    }
    staffLetter(id: $id) {
      id
      ...StaffLetter_Letter
    }
  }
`,
  [StaffLetter_LetterFragment],
);

const strings = lettersStaffStrings.letter;
const BACK = { href: STAFF_LETTERS, label: lettersStaffStrings.backToInbox };

/** Secondary steps: shown as outlined buttons beside the step that moves the letter on. */
const SECONDARY: readonly LetterAction[] = ["REASSIGN", "PAUSE", "RESUME", "EXTEND", "RETURN_REPLY", "DRAFT_REPLY"];

/**
 * /staff/letters/:id — one letter: what was written and by whom (masked unless asked for), its
 * clocks, the reply, the full timeline, and the steps the viewer may take, each in a dialog.
 */
export default function LetterPage() {
  const params = useParams<{ id: string }>();
  const letterId = () => paramToId(params.id);
  const [result, reexecute] = createQuery({
    query: LetterQuery,
    variables: () => ({ id: letterId() }),
    requestPolicy: "cache-and-network",
  });
  const letter = () => {
    const raw = result.data?.staffLetter;
    return raw ? readFragment(StaffLetter_LetterFragment, raw) : undefined;
  };
  const viewer = (): LetterViewer | null => {
    const me = result.data?.me;
    return me ? { id: me.id, roles: me.roles, departmentId: me.department?.id ?? null } : null;
  };
  const state = () =>
    viewState({
      fetching: result.fetching,
      hasData: letter() !== undefined,
      isEmpty: false,
      hasError: result.error !== undefined,
      online: isOnline(),
    });
  const retry = () => reexecute({ requestPolicy: "network-only" });

  const plan = createMemo(() => {
    const current = letter();
    const me = viewer();
    if (!current || !me) return { allowed: [], blocked: [] };
    return planLetterActions(actionLetterOf(current), me, new Date(), current.availableActions);
  });

  const publishable = () => {
    const current = letter();
    const me = viewer();
    return current && me ? mayOpenPublication(current, me) : false;
  };

  const steps = createStepRunner();
  const [dialog, setDialog] = createSignal<LetterAction | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);

  const title = () => letter()?.subject ?? strings.pageTitle;

  return (
    <StaffPage title={title()} back={BACK} loading={state() === "loading"} hasData={letter() !== undefined}>
      <StaffDataView
        state={state()}
        error={result.error}
        onRetry={retry}
        emptyText={commonStrings.errors.notFound}
        forbiddenText={lettersStaffStrings.forbidden}
        skeletonCount={2}
      >
        <Show when={letter()}>
          {(current) => (
            <>
              <p class="work-item__badges">
                <span class="tag">{TYPE_LABELS[current().type]}</span>
                <span class="tag tag--stage">{STATUS_LABELS[current().status]}</span>
                <Show when={current().complex}>
                  <span class="tag tag--stage">{lettersStaffStrings.inbox.complex}</span>
                </Show>
                <Show when={current().overdue}>
                  <span class="tag tag--important">
                    {current().ackOverdue
                      ? lettersStaffStrings.deadline.ackOverdue
                      : lettersStaffStrings.deadline.overdue}
                  </span>
                </Show>
              </p>
              <Show when={plan().allowed.length > 0}>
                <a href="#letter-actions" class="skip-to-actions">
                  {strings.skipToActions}
                </a>
              </Show>
              <LetterSummary letter={current()} />
              <LetterDeadlines letter={current()} />

              <section id="letter-actions" class="actions card" aria-labelledby="letter-actions-heading" tabindex="-1">
                <h2 id="letter-actions-heading" class="card__title">
                  {strings.actions}
                </h2>
                <div class="form-status-slot" role="status">
                  <Show when={notice()}>{(message) => <p class="form-success">{message()}</p>}</Show>
                </div>
                <Show when={plan().allowed.length === 0 && plan().blocked.length === 0 && !publishable()}>
                  <p class="inline-note">{strings.noActions}</p>
                </Show>
                <Show when={plan().blocked.length > 0}>
                  <ul class="letter-blocked">
                    <For each={plan().blocked}>
                      {(blocked) => (
                        <li class="notice">
                          <strong>{ACTION_LABELS[blocked.action]}：</strong>
                          {blocked.message}
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
                <Show when={plan().allowed.length > 0}>
                  <div class="button-row">
                    <For each={plan().allowed}>
                      {(action) => (
                        <button
                          type="button"
                          class="button"
                          classList={{ "button--secondary": SECONDARY.includes(action) }}
                          disabled={steps.busy() || !isOnline()}
                          onClick={() => {
                            setNotice(null);
                            setDialog(action);
                          }}
                        >
                          {ACTION_LABELS[action]}
                        </button>
                      )}
                    </For>
                  </div>
                </Show>
                <Show when={publishable()}>
                  <A href={publishLetterPath(current().id)} class="button button--secondary">
                    {strings.publish}
                  </A>
                </Show>
              </section>

              <LetterReplyCard letter={current()} />
              <LetterBody letter={current()} />
              <LetterWriterCard letter={current()} />
              <LetterTimeline letter={current()} />

              <LetterStepDialog
                action={dialog()}
                letter={current()}
                steps={steps}
                onDone={() => {
                  setDialog(null);
                  setNotice(strings.done);
                }}
                onClose={() => {
                  if (!steps.busy()) setDialog(null);
                }}
              />
            </>
          )}
        </Show>
      </StaffDataView>
    </StaffPage>
  );
}
