import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import ChevronLeft from "lucide-solid/icons/chevron-left";
import { createSignal, For, Match, Show, Switch } from "solid-js";
import { DataError, DataOffline, OfflineCacheNote, SkeletonList } from "../../lib/data-states";
import { formatDateTime } from "../../lib/dates";
import { errorCode } from "../../lib/errors";
import { graphql } from "../../lib/graphql";
import { listViewState } from "../../lib/list-state";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { commonStrings } from "../../lib/strings";
import "./accounts.css";
import { formatRoleList } from "./roles";
import { accountsStrings } from "./strings";

const AuditEntriesQuery = graphql(`
  query AuditLogPage_Entries($first: Int!, $after: String) {
    auditEntries(first: $first, after: $after) {
      edges {
        node {
          id
          at
          actorName
          actorRoles
          action
          targetType
          targetId
          outcome
          ip
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PAGE_SIZE = 20;

function outcomeLabel(outcome: string): string {
  return (accountsStrings.audit.outcome as Record<string, string>)[outcome] ?? outcome;
}

/** Audit log for ADMIN and LEADER, newest first. Pages merge in graphcache (relayPagination). */
export default function AuditLogPage() {
  const strings = accountsStrings.audit;
  const [after, setAfter] = createSignal<string | null>(null);
  const [result, reexecute] = createQuery({
    query: AuditEntriesQuery,
    variables: () => ({ first: PAGE_SIZE, after: after() }),
    requestPolicy: "cache-and-network",
  });

  const connection = () => result.data?.auditEntries;
  const state = listViewState(result, () => connection()?.edges);
  const retry = () => reexecute({ requestPolicy: "network-only" });
  const loadMore = () => {
    const cursor = connection()?.pageInfo.endCursor;
    if (cursor) setAfter(cursor);
  };

  return (
    <section class="page" aria-busy={state() === "loading"}>
      <A href="/me" class="back-link">
        <ChevronLeft size={20} aria-hidden="true" />
        {strings.back}
      </A>
      <PageHeading>{strings.pageTitle}</PageHeading>
      <Show when={!isOnline() && connection() !== undefined}>
        <OfflineCacheNote />
      </Show>
      <Switch>
        <Match when={state() === "loading"}>
          <SkeletonList count={3} />
        </Match>
        <Match when={state() === "offline"}>
          <DataOffline onRetry={retry} />
        </Match>
        <Match when={state() === "error" && result.error}>
          {(error) => (
            <Switch fallback={<DataError error={error()} onRetry={retry} />}>
              <Match when={errorCode(error()) === "UNAUTHENTICATED"}>
                <div class="state-panel" role="alert">
                  <p>{commonStrings.errors.unauthenticated}</p>
                  <A href="/me" class="button">
                    {strings.signInLink}
                  </A>
                </div>
              </Match>
              <Match when={errorCode(error()) === "FORBIDDEN"}>
                <div class="state-panel" role="alert">
                  <p>{strings.forbidden}</p>
                </div>
              </Match>
            </Switch>
          )}
        </Match>
        <Match when={state() === "empty"}>
          <p class="empty-state">{strings.empty}</p>
        </Match>
        <Match when={state() === "ready"}>
          <ol class="audit-list">
            <For each={connection()?.edges}>
              {(edge) => (
                <li class="audit-entry">
                  <p class="audit-entry__head">
                    <span class="audit-entry__action">{edge.node.action}</span>
                    <span class="outcome-badge" data-outcome={edge.node.outcome}>
                      {outcomeLabel(edge.node.outcome)}
                    </span>
                  </p>
                  <p class="audit-entry__time">
                    <time datetime={edge.node.at}>{formatDateTime(edge.node.at)}</time>
                  </p>
                  <dl class="details details--compact">
                    <div class="details__row">
                      <dt>{strings.actor}</dt>
                      <dd>
                        {edge.node.actorName ?? strings.unknownActor}
                        <Show when={edge.node.actorRoles}>{(roles) => `（${formatRoleList(roles())}）`}</Show>
                      </dd>
                    </div>
                    <Show when={edge.node.targetType}>
                      <div class="details__row">
                        <dt>{strings.target}</dt>
                        <dd>{[edge.node.targetType, edge.node.targetId].filter(Boolean).join(" ")}</dd>
                      </div>
                    </Show>
                    <Show when={edge.node.ip}>
                      <div class="details__row">
                        <dt>{strings.ip}</dt>
                        <dd>{edge.node.ip}</dd>
                      </div>
                    </Show>
                  </dl>
                </li>
              )}
            </For>
          </ol>
          <Show when={result.error}>{(error) => <DataError error={error()} onRetry={retry} />}</Show>
          <Show when={connection()?.pageInfo.hasNextPage}>
            <button
              type="button"
              class="button button--secondary button--block"
              disabled={result.fetching}
              onClick={loadMore}
            >
              {result.fetching ? strings.loadingMore : commonStrings.loadMore}
            </button>
          </Show>
        </Match>
      </Switch>
    </section>
  );
}
