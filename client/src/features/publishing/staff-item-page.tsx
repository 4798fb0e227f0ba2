import { A, useParams } from "@solidjs/router";
import type { AnyVariables, DocumentInput } from "@urql/core";
import { createQuery } from "@urql/solid";
import ChevronLeft from "lucide-solid/icons/chevron-left";
import Printer from "lucide-solid/icons/printer";
import { createMemo, createSignal, createUniqueId, For, Match, Show, Switch } from "solid-js";
import { OfflineCacheNote } from "../../lib/data-states";
import { formatDate, formatDateTime } from "../../lib/dates";
import { graphql, type ResultOf, readFragment } from "../../lib/graphql";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { commonStrings } from "../../lib/strings";
import { viewState } from "../../lib/view-state";
import { contentKindLabel } from "../home/content-kind";
import { ActionDialog } from "./action-dialog";
import { parseAttachments } from "./attachments";
import { DisclosureValidityPanel } from "./disclosure-validity-panel";
import { ItemPreview, type PreviewContent } from "./item-preview";
import { commentsPath, editPath, formPath, paramToId, WORKBENCH } from "./paths";
import { canReadPublicityComments, windowText } from "./publicity-comments";
import "./publishing.css";
import { RegistrationTable } from "./registration-table";
import { isoToShanghaiInput, shanghaiInputMin, shanghaiInputToIso } from "./shanghai-time";
import { type Checklist, SignOffPanel } from "./sign-off-panel";
import {
  ApproveEmergencyMutation,
  CancelScheduleMutation,
  EmergencyPublishMutation,
  ExpireMutation,
  PublishMutation,
  SignOffMutation,
  StaffItem_ContentItemFragment,
  SubmitMutation,
  WithdrawMutation,
} from "./staff-item";
import { StaffDataView } from "./staff-view";
import { createStepRunner } from "./step-runner";
import { publishingStrings } from "./strings";
import {
  canApproveEmergency,
  canEdit,
  canEmergencyPublish,
  canExpire,
  canPublish,
  canSubmit,
  canWithdraw,
  nextSignOffs,
  requiredSignOffs,
  type SignOffStep,
  signOffActions,
  signOffLabel,
  type Viewer,
} from "./workflow-actions";

const StaffItemQuery = graphql(
  `
  query StaffItemPage_Item($id: ID!) {
    me {
      id
      roles
    }
    onDutyToday {
      viewerOnDuty
    }
    contentItem(id: $id) {
      id
      ...StaffItem_ContentItem
    }
  }
`,
  [StaffItem_ContentItemFragment],
);

type Dialog =
  | { kind: "reject"; step: SignOffStep; opinion: string }
  | { kind: "publishNow" }
  | { kind: "withdraw" }
  | { kind: "expire" }
  | { kind: "emergency" }
  | { kind: "retro" };

const strings = publishingStrings.review;

function statusText(status: string, stage: string | null): string {
  const statusLabel = (publishingStrings.statuses as Record<string, string>)[status] ?? status;
  if (!stage || stage === status) return statusLabel;
  const stageLabel = (publishingStrings.stages as Record<string, string>)[stage] ?? stage;
  return `${statusLabel} · ${publishingStrings.workbench.liveVersion}：${stageLabel}`;
}

/** /staff/items/:id — the open draft as citizens will see it, its registration form and the steps the viewer may take. */
export default function StaffItemPage() {
  const params = useParams<{ id: string }>();
  const itemId = () => paramToId(params.id);
  const [result, reexecute] = createQuery({
    query: StaffItemQuery,
    variables: () => ({ id: itemId() }),
    requestPolicy: "cache-and-network",
  });
  const item = () => {
    const raw = result.data?.contentItem;
    return raw ? readFragment(StaffItem_ContentItemFragment, raw) : undefined;
  };
  const viewer = (): Viewer | null => {
    const me = result.data?.me;
    return me ? { id: me.id, roles: me.roles, onDuty: result.data?.onDutyToday.viewerOnDuty ?? false } : null;
  };
  const state = () =>
    viewState({
      fetching: result.fetching,
      hasData: result.data?.contentItem !== undefined,
      isEmpty: result.data !== undefined && result.data.contentItem === null,
      hasError: result.error !== undefined,
      online: isOnline(),
    });
  const retry = () => reexecute({ requestPolicy: "network-only" });

  const steps = createStepRunner();
  const busy = steps.busy;
  const [refusal, setRefusal] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [dialog, setDialog] = createSignal<Dialog | null>(null);
  const [dialogError, setDialogError] = createSignal<string | null>(null);
  const [scheduleValue, setScheduleValue] = createSignal("");
  const [scheduleError, setScheduleError] = createSignal<string | null>(null);
  let refusalPanel: HTMLDivElement | undefined;

  const openDialog = (next: Dialog) => {
    setDialogError(null);
    setDialog(next);
  };

  /** Runs one workflow step; the server's refusal goes to the open dialog or the page's alert. */
  async function runStep<V extends AnyVariables>(
    document: DocumentInput<Record<string, unknown>, V>,
    variables: V,
    field: string,
  ): Promise<boolean> {
    if (busy()) return false;
    const inDialog = dialog() !== null;
    setRefusal(null);
    setNotice(null);
    const error = await steps.run(document, variables, field);
    if (error) {
      if (inDialog) setDialogError(error.message);
      else {
        setRefusal(error.message);
        queueMicrotask(() => refusalPanel?.focus());
      }
      return false;
    }
    setDialog(null);
    setNotice(strings.done);
    return true;
  }

  const id = () => item()?.id ?? itemId();

  const signOff = (step: SignOffStep, approve: boolean, opinion: string, checklist: Checklist | null) =>
    runStep(
      SignOffMutation,
      { itemId: id(), input: { step, approve, opinion: opinion || null, checklist } },
      "signOffContentItem",
    );

  const reviewState = createMemo(() => {
    const current = item();
    if (!current) return null;
    return {
      draftStage: current.draftStage,
      pendingSignOffs: current.pendingSignOffs,
      authorId: current.author?.id,
      draftEditorId: current.draft?.createdBy?.id,
    };
  });
  const actions = () => {
    const me = viewer();
    const review = reviewState();
    return me && review ? signOffActions(review, me) : [];
  };

  const preview = (): PreviewContent | null => {
    const current = item();
    if (!current) return null;
    const draft = current.draft;
    if (draft) {
      return {
        title: draft.title,
        summary: draft.summary,
        body: draft.body,
        coverImageUrl: draft.coverImageUrl,
        tags: draft.tags,
        attachments: parseAttachments(draft.attachmentsJson),
        changeNote: draft.major ? draft.changeNote : null,
      };
    }
    return {
      title: current.title,
      summary: current.summary,
      body: current.body,
      coverImageUrl: current.coverImageUrl,
      tags: current.tags,
      attachments: current.attachments.map((a) => ({
        name: a.name,
        url: a.url,
        size: a.size ?? 0,
        mimeType: a.mimeType ?? "",
      })),
    };
  };

  const scheduleNow = (event: SubmitEvent) => {
    event.preventDefault();
    const iso = shanghaiInputToIso(scheduleValue());
    if (!iso || new Date(iso).getTime() <= Date.now()) {
      setScheduleError(strings.scheduleInvalid);
      return;
    }
    setScheduleError(null);
    void runStep(PublishMutation, { itemId: id(), at: iso }, "publishContentItem").then((ok) => {
      if (ok) setScheduleValue("");
    });
  };

  const submitDialog = (form: HTMLFormElement) => {
    const current = dialog();
    if (!current) return;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    switch (current.kind) {
      case "reject": {
        const opinion = text("opinion");
        if (!opinion) return setDialogError(strings.rejectRequired);
        void signOff(current.step, false, opinion, null);
        return;
      }
      case "publishNow":
        void runStep(PublishMutation, { itemId: id(), at: null }, "publishContentItem");
        return;
      case "withdraw": {
        const reason = text("reason");
        if (reason.length < 5) return setDialogError(strings.withdrawShort);
        void runStep(
          WithdrawMutation,
          { itemId: id(), reason, remove: data.get("remove") === "on" },
          "withdrawContentItem",
        );
        return;
      }
      case "expire":
        void runStep(ExpireMutation, { itemId: id(), note: text("note") || null }, "expireContentItem");
        return;
      case "emergency": {
        const reason = text("reason");
        if (reason.length < 5) return setDialogError(strings.emergencyShort);
        void runStep(EmergencyPublishMutation, { itemId: id(), reason }, "emergencyPublishContentItem");
        return;
      }
      case "retro":
        void runStep(
          ApproveEmergencyMutation,
          { itemId: id(), opinion: text("opinion") || null },
          "approveEmergencyPublication",
        );
        return;
    }
  };

  const dialogTitle = () => {
    const current = dialog();
    switch (current?.kind) {
      case "reject":
        return strings.rejectTitle(signOffLabel(current.step));
      case "publishNow":
        return strings.publishNow;
      case "withdraw":
        return strings.withdraw;
      case "expire":
        return strings.expire;
      case "emergency":
        return strings.emergencyPublish;
      case "retro":
        return strings.retroApprove;
      default:
        return "";
    }
  };
  const dialogSubmit = () => {
    const kind = dialog()?.kind;
    if (kind === "reject") return strings.reject;
    return dialogTitle();
  };

  const rejectDialog = () => {
    const current = dialog();
    return current?.kind === "reject" ? current : null;
  };

  const fieldIds = {
    opinion: createUniqueId(),
    reason: createUniqueId(),
    note: createUniqueId(),
    at: createUniqueId(),
  };

  return (
    <section class="page staff-page" aria-busy={state() === "loading"}>
      <A href={WORKBENCH} class="back-link">
        <ChevronLeft size={20} aria-hidden="true" />
        {publishingStrings.backToWorkbench}
      </A>
      <Show when={!isOnline() && item() !== undefined}>
        <OfflineCacheNote />
      </Show>
      <StaffDataView
        state={state()}
        error={result.error}
        onRetry={retry}
        emptyText={commonStrings.errors.notFound}
        skeletonCount={2}
      >
        <Show when={item()}>
          {(current) => (
            <>
              <PageHeading>{current().draft?.title ?? current().title}</PageHeading>
              <dl class="details details--wide">
                <div class="details__row">
                  <dt>{strings.status}</dt>
                  <dd>{statusText(current().status, current().draftStage)}</dd>
                </div>
                <div class="details__row">
                  <dt>{strings.kind}</dt>
                  <dd>
                    {contentKindLabel(current().kind)}
                    <Show when={current().important}> · {publishingStrings.workbench.important}</Show>
                  </dd>
                </div>
                <div class="details__row">
                  <dt>{strings.column}</dt>
                  <dd>{current().column.name}</dd>
                </div>
                <div class="details__row">
                  <dt>{strings.author}</dt>
                  <dd>{current().author?.displayName ?? publishingStrings.unknownPerson}</dd>
                </div>
                <Show when={current().disclosure?.indexNumber}>
                  {(indexNumber) => (
                    <div class="details__row">
                      <dt>{strings.indexNumber}</dt>
                      <dd>{indexNumber()}</dd>
                    </div>
                  )}
                </Show>
                <Show when={current().disclosure?.documentNumber}>
                  {(value) => (
                    <div class="details__row">
                      <dt>{strings.documentNumber}</dt>
                      <dd>{value()}</dd>
                    </div>
                  )}
                </Show>
                <Show when={current().publishedAt}>
                  {(at) => (
                    <div class="details__row">
                      <dt>{strings.publishedAt}</dt>
                      <dd>
                        <time datetime={at()}>{formatDateTime(at())}</time>
                      </dd>
                    </div>
                  )}
                </Show>
                <Show when={current().scheduledAt}>
                  {(at) => (
                    <div class="details__row">
                      <dt>{strings.scheduledAt}</dt>
                      <dd>
                        <time datetime={at()}>{formatDateTime(at())}</time>
                      </dd>
                    </div>
                  )}
                </Show>
                <Show when={current().status === "PUBLISHED" && current().reviewBy}>
                  {(at) => (
                    <div class="details__row">
                      <dt>{strings.reviewBy}</dt>
                      <dd>
                        <time datetime={at()}>{formatDate(at())}</time>
                      </dd>
                    </div>
                  )}
                </Show>
                <Show when={current().withdrawReason}>
                  {(reason) => (
                    <div class="details__row">
                      <dt>{strings.withdrawnBecause}</dt>
                      <dd>{reason()}</dd>
                    </div>
                  )}
                </Show>
                <Show when={current().emergencyReason}>
                  {(reason) => (
                    <div class="details__row">
                      <dt>{strings.emergency}</dt>
                      <dd>
                        {reason()}
                        <Show when={!current().emergencyApprovedAt}>
                          <span class="tag tag--important tag--inline">{strings.emergencyPending}</span>
                        </Show>
                      </dd>
                    </div>
                  )}
                </Show>
              </dl>

              <Show when={actions().length > 0 || canPublish(current(), viewer() ?? { id: "", roles: [] })}>
                <a href="#actions" class="skip-to-actions">
                  {strings.skipToActions}
                </a>
              </Show>

              <Show when={current().kind === "DISCLOSURE" && current().publishedAt}>
                <DisclosureValidityPanel
                  item={current()}
                  viewer={viewer()}
                  onChanged={() => setNotice(publishingStrings.validity.done)}
                />
              </Show>
              <Show when={current().publishedAt ? current().publicity : null}>
                {(publicity) => (
                  <section class="card" aria-labelledby="comments-heading">
                    <h2 id="comments-heading" class="card__title">
                      {publishingStrings.comments.heading}
                    </h2>
                    <p class="comment-summary">
                      <strong>{publishingStrings.comments.publicCount(publicity().commentCount)}</strong>
                      <span>{windowText(publicity(), new Date())}</span>
                    </p>
                    <Show when={canReadPublicityComments(viewer())}>
                      <A href={commentsPath(current().id)} class="button button--secondary button--block">
                        {publishingStrings.comments.view}
                      </A>
                    </Show>
                  </section>
                )}
              </Show>

              <Show when={current().draftStage === "IN_REVIEW" || current().draftStage === "APPROVED"}>
                <section class="card" aria-labelledby="progress-heading">
                  <h2 id="progress-heading" class="card__title">
                    {strings.progress}
                  </h2>
                  <ol class="progress">
                    <For each={requiredSignOffs(current().important)}>
                      {(step) => {
                        const status = () =>
                          current().draftStage === "APPROVED" || !current().pendingSignOffs.includes(step)
                            ? "done"
                            : nextSignOffs(current().pendingSignOffs).includes(step)
                              ? "next"
                              : "later";
                        return (
                          <li class="progress__step" data-status={status()}>
                            <span class="progress__label">{signOffLabel(step)}</span>
                            <span class="progress__status">
                              {status() === "done"
                                ? strings.progressDone
                                : status() === "next"
                                  ? strings.progressNext
                                  : strings.progressLater}
                            </span>
                          </li>
                        );
                      }}
                    </For>
                  </ol>
                </section>
              </Show>

              <Show when={current().liveRevision && current().draft}>
                <p class="notice">
                  {strings.liveNote(current().liveRevision?.number ?? 0, current().liveRevision?.title ?? "")}
                </p>
              </Show>
              <Show when={preview()}>
                {(content) => (
                  <section class="card" aria-labelledby="preview-heading">
                    <h2 id="preview-heading" class="card__title">
                      {strings.preview}
                      <Show when={current().draft}>
                        {(draft) => <span class="card__aside">{strings.draftVersion(draft().number)}</span>}
                      </Show>
                    </h2>
                    <ItemPreview content={content()} label={strings.preview} />
                  </section>
                )}
              </Show>

              <section id="actions" class="actions" aria-labelledby="actions-heading" tabindex="-1">
                <h2 id="actions-heading" class="section-title">
                  {strings.actions}
                </h2>
                <div ref={refusalPanel} class="form-error-slot" role="alert" tabindex="-1">
                  <Show when={refusal()}>
                    {(message) => (
                      <div class="refusal">
                        <p class="refusal__heading">{strings.refusedHeading}</p>
                        <p>{message()}</p>
                      </div>
                    )}
                  </Show>
                </div>
                <div class="form-status-slot" role="status">
                  <Show when={notice()}>{(message) => <p class="form-success">{message()}</p>}</Show>
                </div>
                <Show when={viewer()}>
                  {(me) => (
                    <ItemActions
                      item={current()}
                      viewer={me()}
                      actions={actions()}
                      busy={busy()}
                      scheduleValue={scheduleValue()}
                      scheduleError={scheduleError()}
                      scheduleInputId={fieldIds.at}
                      onSchedule={(value) => setScheduleValue(value)}
                      onScheduleSubmit={scheduleNow}
                      onSubmit={() => void runStep(SubmitMutation, { itemId: id() }, "submitContentItem")}
                      onApprove={(step, opinion, checklist) => void signOff(step, true, opinion, checklist)}
                      onReject={(step, opinion) => openDialog({ kind: "reject", step, opinion })}
                      onCancelSchedule={() =>
                        void runStep(CancelScheduleMutation, { itemId: id() }, "cancelScheduledPublication")
                      }
                      onOpen={openDialog}
                    />
                  )}
                </Show>
              </section>

              <section class="card" aria-labelledby="form-heading">
                <div class="card__header">
                  <h2 id="form-heading" class="card__title">
                    {strings.registrationForm}
                  </h2>
                  <A href={formPath(current().id)} class="button button--secondary button--small">
                    <Printer size={18} aria-hidden="true" />
                    {strings.printForm}
                  </A>
                </div>
                <RegistrationTable records={current().registrationForm} />
              </section>
            </>
          )}
        </Show>
      </StaffDataView>

      <ActionDialog
        open={dialog() !== null}
        title={dialogTitle()}
        submitLabel={dialogSubmit()}
        danger={["reject", "withdraw", "expire", "emergency"].includes(dialog()?.kind ?? "")}
        busy={busy()}
        error={dialogError()}
        onSubmit={submitDialog}
        onClose={() => {
          if (!busy()) setDialog(null);
        }}
      >
        <Switch>
          <Match when={rejectDialog()}>
            {(current) => (
              <div class="field">
                <label class="field__label" for={fieldIds.opinion}>
                  {strings.rejectOpinion}
                </label>
                <p class="field__hint">{strings.rejectHint}</p>
                <textarea
                  id={fieldIds.opinion}
                  name="opinion"
                  class="field__input field__textarea"
                  rows="4"
                  required
                  maxLength={2000}
                  value={current().opinion}
                />
              </div>
            )}
          </Match>
          <Match when={dialog()?.kind === "publishNow"}>
            <p>{strings.publishNowConfirm}</p>
          </Match>
          <Match when={dialog()?.kind === "withdraw"}>
            <div class="field">
              <label class="field__label" for={fieldIds.reason}>
                {strings.withdrawReason}
              </label>
              <p class="field__hint">{strings.withdrawHint}</p>
              <textarea
                id={fieldIds.reason}
                name="reason"
                class="field__input field__textarea"
                rows="3"
                required
                minLength={5}
                maxLength={500}
              />
            </div>
            <label class="switch">
              <input type="checkbox" name="remove" />
              <span>{strings.withdrawRemove}</span>
            </label>
          </Match>
          <Match when={dialog()?.kind === "expire"}>
            <p>{strings.expireConfirm}</p>
            <div class="field">
              <label class="field__label" for={fieldIds.note}>
                {strings.expireNote}
              </label>
              <textarea id={fieldIds.note} name="note" class="field__input field__textarea" rows="2" maxLength={2000} />
            </div>
          </Match>
          <Match when={dialog()?.kind === "emergency"}>
            <p class="notice">{strings.emergencyIntro}</p>
            <div class="field">
              <label class="field__label" for={fieldIds.reason}>
                {strings.emergencyReason}
              </label>
              <textarea
                id={fieldIds.reason}
                name="reason"
                class="field__input field__textarea"
                rows="3"
                required
                minLength={5}
                maxLength={500}
              />
            </div>
          </Match>
          <Match when={dialog()?.kind === "retro"}>
            <div class="field">
              <label class="field__label" for={fieldIds.opinion}>
                {strings.retroOpinion}
              </label>
              <textarea
                id={fieldIds.opinion}
                name="opinion"
                class="field__input field__textarea"
                rows="3"
                maxLength={2000}
              />
            </div>
          </Match>
        </Switch>
      </ActionDialog>
    </section>
  );
}

type StaffItem = ResultOf<typeof StaffItem_ContentItemFragment>;

/** The buttons and forms of the steps the viewer's roles allow, in the order the work happens. */
function ItemActions(props: {
  item: StaffItem;
  viewer: Viewer;
  actions: ReturnType<typeof signOffActions>;
  busy: boolean;
  scheduleValue: string;
  scheduleError: string | null;
  scheduleInputId: string;
  onSchedule: (value: string) => void;
  onScheduleSubmit: (event: SubmitEvent) => void;
  onSubmit: () => void;
  onApprove: (step: SignOffStep, opinion: string, checklist: Checklist | null) => void;
  onReject: (step: SignOffStep, opinion: string) => void;
  onCancelSchedule: () => void;
  onOpen: (dialog: Dialog) => void;
}) {
  const scheduleHintId = createUniqueId();
  const scheduleErrorId = createUniqueId();
  const editable = () => canEdit(props.item, props.viewer);
  const submittable = () => canSubmit(props.item, props.viewer);
  const publishable = () => canPublish(props.item, props.viewer);
  const withdrawable = () => canWithdraw(props.item, props.viewer);
  const expirable = () => canExpire(props.item, props.viewer);
  const emergency = () =>
    canEmergencyPublish({ draftStage: props.item.draftStage, hasDraft: props.item.draft !== null }, props.viewer);
  const retro = () => canApproveEmergency(props.item, props.viewer);
  const allowedSignOffs = () => props.actions.filter((action) => action.allowed);
  const ownItem = () => props.actions.some((action) => !action.allowed);
  const anything = () =>
    editable() ||
    submittable() ||
    publishable() ||
    withdrawable() ||
    expirable() ||
    emergency() ||
    retro() ||
    props.actions.length > 0;

  return (
    <div class="actions__list">
      <Show when={!anything()}>
        <p class="inline-note">{strings.noActions}</p>
      </Show>
      <Show when={editable() || submittable()}>
        <div class="button-row">
          <Show when={editable()}>
            <A href={editPath(props.item.id)} class="button button--secondary">
              {strings.edit}
            </A>
          </Show>
          <Show when={submittable()}>
            <button type="button" class="button" disabled={props.busy} onClick={() => props.onSubmit()}>
              {strings.submit}
            </button>
          </Show>
        </div>
      </Show>
      <Show when={ownItem()}>
        <p class="notice">{strings.ownItem}</p>
      </Show>
      <For each={allowedSignOffs()}>
        {(action) => (
          <SignOffPanel
            step={action.step}
            busy={props.busy}
            onApprove={(opinion, checklist) => props.onApprove(action.step, opinion, checklist)}
            onReject={(opinion) => props.onReject(action.step, opinion)}
          />
        )}
      </For>
      <Show when={publishable()}>
        <section class="card" aria-labelledby="publish-heading">
          <h3 id="publish-heading" class="card__title">
            {strings.publishHeading}
          </h3>
          <Show
            when={props.item.scheduledAt}
            fallback={
              <button
                type="button"
                class="button button--block"
                disabled={props.busy}
                onClick={() => props.onOpen({ kind: "publishNow" })}
              >
                {strings.publishNow}
              </button>
            }
          >
            {(at) => (
              <>
                <p class="form-success">{strings.scheduledFor(formatDateTime(at()))}</p>
                <button
                  type="button"
                  class="button button--secondary button--block"
                  disabled={props.busy}
                  onClick={() => props.onCancelSchedule()}
                >
                  {strings.cancelSchedule}
                </button>
              </>
            )}
          </Show>
          <form class="form" noValidate onSubmit={(event) => props.onScheduleSubmit(event)}>
            <div class="field">
              <label class="field__label" for={props.scheduleInputId}>
                {strings.scheduleAt}
              </label>
              <p id={scheduleHintId} class="field__hint">
                {strings.scheduleHint}
              </p>
              <input
                id={props.scheduleInputId}
                class="field__input"
                type="datetime-local"
                min={shanghaiInputMin(new Date())}
                value={props.scheduleValue || isoToShanghaiInput(props.item.scheduledAt)}
                disabled={props.busy}
                aria-invalid={props.scheduleError ? "true" : undefined}
                aria-describedby={props.scheduleError ? `${scheduleHintId} ${scheduleErrorId}` : scheduleHintId}
                onInput={(event) => props.onSchedule(event.currentTarget.value)}
              />
            </div>
            <Show when={props.scheduleError}>
              {(message) => (
                <p id={scheduleErrorId} class="form-error" role="alert">
                  {message()}
                </p>
              )}
            </Show>
            <button type="submit" class="button button--secondary button--block" disabled={props.busy}>
              {strings.schedule}
            </button>
          </form>
        </section>
      </Show>
      <Show when={retro()}>
        <button
          type="button"
          class="button button--block"
          disabled={props.busy}
          onClick={() => props.onOpen({ kind: "retro" })}
        >
          {strings.retroApprove}
        </button>
      </Show>
      <Show when={withdrawable() || expirable()}>
        <div class="button-row">
          <Show when={expirable()}>
            <button
              type="button"
              class="button button--secondary"
              disabled={props.busy}
              onClick={() => props.onOpen({ kind: "expire" })}
            >
              {strings.expire}
            </button>
          </Show>
          <Show when={withdrawable()}>
            <button
              type="button"
              class="button button--danger"
              disabled={props.busy}
              onClick={() => props.onOpen({ kind: "withdraw" })}
            >
              {strings.withdraw}
            </button>
          </Show>
        </div>
      </Show>
      <Show when={emergency()}>
        <section class="card card--warning" aria-labelledby="emergency-heading">
          <h3 id="emergency-heading" class="card__title">
            {strings.emergencyHeading}
          </h3>
          <p class="card__intro">{strings.emergencyIntro}</p>
          <button
            type="button"
            class="button button--danger button--block"
            disabled={props.busy}
            onClick={() => props.onOpen({ kind: "emergency" })}
          >
            {strings.emergencyPublish}
          </button>
        </section>
      </Show>
    </div>
  );
}
