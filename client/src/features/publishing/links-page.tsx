import { useSearchParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { createSignal, createUniqueId, For, Show } from "solid-js";
import { formatDateTime } from "../../lib/dates";
import { graphql, readFragment } from "../../lib/graphql";
import { listViewState } from "../../lib/list-state";
import { createPageCursor } from "../../lib/pagination";
import { type FormError, isErrorForField } from "../accounts/form-errors";
import { ActionDialog } from "./action-dialog";
import "./publishing.css";
import { BACK_TO_WORKBENCH, LoadMoreButton, StaffDataView, StaffPage } from "./staff-view";
import { createStepRunner } from "./step-runner";
import { publishingStrings } from "./strings";
import { canDecideLink, canRequestLink, type Viewer } from "./workflow-actions";

const LinkApprovalFields = graphql(`
  fragment LinksPage_LinkApproval on LinkApproval {
    id
    host
    status
    exampleUrl
    requestReason
    requestedAt
    requestedBy {
      id
      displayName
    }
    decidedAt
    decidedBy {
      id
      displayName
    }
    decisionReason
  }
`);

const LinkApprovalsQuery = graphql(
  `
  query LinksPage_Approvals($status: LinkApprovalStatus, $first: Int!, $after: String) {
    me {
      id
      roles
    }
    linkApprovals(status: $status, first: $first, after: $after) {
      edges {
        node {
          id
          ...LinksPage_LinkApproval
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`,
  [LinkApprovalFields],
);

const RequestLinkMutation = graphql(
  `
  mutation LinksPage_Request($url: String!, $reason: String!) {
    requestLinkApproval(url: $url, reason: $reason) {
      approval {
        id
        ...LinksPage_LinkApproval
      }
      error {
        message
        field
      }
    }
  }
`,
  [LinkApprovalFields],
);

const DecideLinkMutation = graphql(
  `
  mutation LinksPage_Decide($id: ID!, $approve: Boolean!, $reason: String) {
    decideLinkApproval(id: $id, approve: $approve, reason: $reason) {
      approval {
        id
        ...LinksPage_LinkApproval
      }
      error {
        message
        field
      }
    }
  }
`,
  [LinkApprovalFields],
);

type Filter = "PENDING" | "APPROVED" | "REJECTED" | "ALL";
const FILTERS: readonly Filter[] = ["PENDING", "APPROVED", "REJECTED", "ALL"];
const strings = publishingStrings.links;

/** /staff/links — 网站链接审批: editors ask for an external site to be allowed; maintainers decide. */
export default function LinksPage() {
  const [searchParams] = useSearchParams<{ status?: string }>();
  const filter = (): Filter => {
    const requested = searchParams.status as Filter | undefined;
    return requested && FILTERS.includes(requested) ? requested : "PENDING";
  };
  const cursor = createPageCursor(filter);
  const [result, reexecute] = createQuery({
    query: LinkApprovalsQuery,
    variables: () => ({
      status: filter() === "ALL" ? null : (filter() as Exclude<Filter, "ALL">),
      first: 30,
      after: cursor.after(),
    }),
    requestPolicy: "cache-and-network",
  });
  const connection = () => result.data?.linkApprovals;
  const viewer = (): Viewer | null => result.data?.me ?? null;
  const state = listViewState(result, () => connection()?.edges);
  const retry = () => reexecute({ requestPolicy: "network-only" });

  const steps = createStepRunner();
  const [requestError, setRequestError] = createSignal<FormError | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [rejecting, setRejecting] = createSignal<{ id: string; host: string } | null>(null);
  const [dialogError, setDialogError] = createSignal<string | null>(null);
  const [decideError, setDecideError] = createSignal<string | null>(null);
  const ids = { url: createUniqueId(), reason: createUniqueId(), error: createUniqueId(), reject: createUniqueId() };

  const request = async (event: SubmitEvent & { currentTarget: HTMLFormElement }) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const url = String(data.get("url") ?? "").trim();
    const reason = String(data.get("reason") ?? "").trim();
    setNotice(null);
    if (!/^https?:\/\/\S+$/i.test(url)) return setRequestError({ message: strings.urlHint, field: "url" });
    if (reason.length < 2) return setRequestError({ message: strings.reason, field: "reason" });
    const error = await steps.run(RequestLinkMutation, { url, reason }, "requestLinkApproval");
    setRequestError(error);
    if (!error) {
      form.reset();
      setNotice(strings.requested);
    }
  };

  const decide = async (id: string, approve: boolean, reason: string | null) => {
    setNotice(null);
    setDecideError(null);
    const error = await steps.run(DecideLinkMutation, { id, approve, reason }, "decideLinkApproval");
    if (error) {
      if (rejecting()) setDialogError(error.message);
      else setDecideError(error.message);
      return;
    }
    setRejecting(null);
    setNotice(publishingStrings.review.done);
  };

  return (
    <StaffPage
      title={strings.pageTitle}
      back={BACK_TO_WORKBENCH}
      intro={strings.intro}
      loading={state() === "loading"}
      hasData={connection() !== undefined}
    >
      <Show when={viewer() && canRequestLink(viewer() as Viewer)}>
        <section class="card" aria-labelledby="link-request-heading">
          <h2 id="link-request-heading" class="card__title">
            {strings.requestHeading}
          </h2>
          <form class="form" noValidate onSubmit={(event) => void request(event)}>
            <div class="field">
              <label class="field__label" for={ids.url}>
                {strings.url}
              </label>
              <input
                id={ids.url}
                name="url"
                type="url"
                inputMode="url"
                autocomplete="off"
                class="field__input"
                placeholder="https://"
                required
                aria-invalid={isErrorForField(requestError(), "url") ? "true" : undefined}
                aria-describedby={isErrorForField(requestError(), "url") ? ids.error : undefined}
              />
            </div>
            <div class="field">
              <label class="field__label" for={ids.reason}>
                {strings.reason}
              </label>
              <textarea
                id={ids.reason}
                name="reason"
                class="field__input field__textarea"
                rows="2"
                required
                aria-invalid={isErrorForField(requestError(), "reason") ? "true" : undefined}
                aria-describedby={isErrorForField(requestError(), "reason") ? ids.error : undefined}
              />
            </div>
            <div role="alert" class="form-error-slot">
              <Show when={requestError()}>
                {(error) => (
                  <p id={ids.error} class="form-error">
                    {error().message}
                  </p>
                )}
              </Show>
            </div>
            <button type="submit" class="button button--block" disabled={steps.busy()}>
              {steps.busy() ? publishingStrings.busy : strings.request}
            </button>
          </form>
        </section>
      </Show>

      <div class="form-status-slot" role="status">
        <Show when={notice()}>{(message) => <p class="form-success">{message()}</p>}</Show>
      </div>
      <div class="form-error-slot" role="alert">
        <Show when={decideError()}>{(message) => <p class="form-error">{message()}</p>}</Show>
      </div>

      <nav class="segmented" aria-label={strings.filterLabel}>
        <For each={FILTERS}>
          {(key) => (
            <a
              href={key === "PENDING" ? "/staff/links" : `/staff/links?status=${key}`}
              class="segmented__link"
              aria-current={filter() === key ? "page" : undefined}
            >
              {strings.filters[key]}
            </a>
          )}
        </For>
      </nav>
      <StaffDataView state={state()} error={result.error} onRetry={retry} emptyText={strings.empty}>
        <ul class="work-list">
          <For each={connection()?.edges}>
            {(edge) => {
              const approval = () => readFragment(LinkApprovalFields, edge.node);
              return (
                <li>
                  <article class="work-item">
                    <p class="work-item__badges">
                      <span class="tag tag--link" data-status={approval().status}>
                        {strings.status[approval().status]}
                      </span>
                    </p>
                    <h2 class="work-item__title work-item__title--host">{approval().host}</h2>
                    <Show when={approval().exampleUrl}>{(url) => <p class="work-item__url">{url()}</p>}</Show>
                    <Show when={approval().requestReason}>{(reason) => <p>{reason()}</p>}</Show>
                    <p class="work-item__meta">
                      <span>
                        {strings.requestedBy}：{approval().requestedBy?.displayName ?? publishingStrings.unknownPerson}
                      </span>
                      <span>
                        {strings.requestedAt}：{formatDateTime(approval().requestedAt)}
                      </span>
                      <Show when={approval().decidedBy}>
                        {(who) => (
                          <span>
                            {strings.decidedBy}：{who().displayName} {formatDateTime(approval().decidedAt)}
                          </span>
                        )}
                      </Show>
                    </p>
                    <Show when={approval().decisionReason}>
                      {(reason) => (
                        <p class="work-item__note">
                          {strings.decisionReason}：{reason()}
                        </p>
                      )}
                    </Show>
                    <Show when={approval().status === "PENDING" && viewer() && canDecideLink(viewer() as Viewer)}>
                      <div class="button-row">
                        <button
                          type="button"
                          class="button button--small"
                          disabled={steps.busy()}
                          onClick={() => void decide(approval().id, true, null)}
                        >
                          {strings.approve}
                        </button>
                        <button
                          type="button"
                          class="button button--danger button--small"
                          disabled={steps.busy()}
                          onClick={() => {
                            setDialogError(null);
                            setRejecting({ id: approval().id, host: approval().host });
                          }}
                        >
                          {strings.reject}
                        </button>
                      </div>
                    </Show>
                  </article>
                </li>
              );
            }}
          </For>
        </ul>
        <LoadMoreButton
          hasMore={connection()?.pageInfo.hasNextPage}
          fetching={result.fetching}
          onLoadMore={() => cursor.advance(connection()?.pageInfo.endCursor)}
        />
      </StaffDataView>

      <ActionDialog
        open={rejecting() !== null}
        title={strings.rejectTitle(rejecting()?.host ?? "")}
        submitLabel={strings.reject}
        danger
        busy={steps.busy()}
        error={dialogError()}
        onSubmit={(form) => {
          const current = rejecting();
          const reason = String(new FormData(form).get("reason") ?? "").trim();
          if (!current) return;
          if (!reason) return setDialogError(strings.rejectRequired);
          void decide(current.id, false, reason);
        }}
        onClose={() => {
          if (!steps.busy()) setRejecting(null);
        }}
      >
        <div class="field">
          <label class="field__label" for={ids.reject}>
            {strings.rejectReason}
          </label>
          <textarea id={ids.reject} name="reason" class="field__input field__textarea" rows="3" required />
        </div>
      </ActionDialog>
    </StaffPage>
  );
}
