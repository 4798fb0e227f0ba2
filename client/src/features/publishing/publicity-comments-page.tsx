import { A, useParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { createSignal, For, Show } from "solid-js";
import { formatDateTime } from "../../lib/dates";
import { type FragmentOf, graphql, readFragment } from "../../lib/graphql";
import { isOnline } from "../../lib/online";
import { viewState } from "../../lib/view-state";
import { staffLetterPath } from "../letters/staff/paths";
import { lettersStaffStrings, STATUS_LABELS } from "../letters/staff/strings";
import { itemPath, paramToId } from "./paths";
import { windowText } from "./publicity-comments";
import "./publishing.css";
import { LoadMoreButton, StaffDataView, StaffError, StaffPage } from "./staff-view";
import { publishingStrings } from "./strings";

const PAGE_SIZE = 20;
const strings = publishingStrings.comments;

const CommentCard_LetterFragment = graphql(`
  fragment CommentCard_Letter on Letter {
    id
    trackingCode
    status
    body
    receivedAt
    hiddenAt
    hiddenReason
    writer {
      name
      phone
      masked
      erased
    }
  }
`);

const CommentPage_ConnectionFragment = graphql(
  `
  fragment CommentPage_Connection on PublicityCommentsLettersConnection {
    edges {
      node {
        id
        ...CommentCard_Letter
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`,
  [CommentCard_LetterFragment],
);

const CommentsQuery = graphql(
  `
  query PublicityCommentsPage_Comments($itemId: ID!, $first: Int!) {
    publicityComments(itemId: $itemId) {
      item {
        id
        title
        publicity {
          isOpen
          daysLeft
          opensAt
          closesAt
        }
      }
      totalCount
      hiddenCount
      letters(first: $first) {
        ...CommentPage_Connection
      }
    }
  }
`,
  [CommentPage_ConnectionFragment],
);

const MoreCommentsQuery = graphql(
  `
  query PublicityCommentsPage_More($itemId: ID!, $first: Int!, $after: String!) {
    publicityComments(itemId: $itemId) {
      letters(first: $first, after: $after) {
        ...CommentPage_Connection
      }
    }
  }
`,
  [CommentPage_ConnectionFragment],
);

/**
 * /staff/items/:id/comments — 公众意见: what citizens wrote on a publicity item. Each comment is a
 * letter (规划公示意见), shown as the inbox shows letters (personal data masked) and opened on its
 * letter page, where it is handled, answered and moderated like any other. Each page is its own
 * query; "更多意见" adds the next one below, so pages already read are never fetched again.
 */
export default function PublicityCommentsPage() {
  const params = useParams<{ id: string }>();
  const itemId = () => paramToId(params.id);
  const [result, reexecute] = createQuery({
    query: CommentsQuery,
    variables: () => ({ itemId: itemId(), first: PAGE_SIZE }),
    requestPolicy: "cache-and-network",
  });
  const thread = () => result.data?.publicityComments;
  const state = () =>
    viewState({
      fetching: result.fetching,
      hasData: thread() !== undefined,
      isEmpty: false,
      hasError: result.error !== undefined,
      online: isOnline(),
    });
  /** endCursors of the pages shown after the first, in order. */
  const [more, setMore] = createSignal<string[]>([]);
  const addPage = (cursor: string | null | undefined) => {
    if (cursor && !more().includes(cursor)) setMore([...more(), cursor]);
  };

  return (
    <StaffPage
      title={strings.pageTitle}
      back={{ href: itemPath(itemId()), label: strings.backToItem }}
      intro={strings.intro}
      loading={state() === "loading"}
      hasData={thread() !== undefined}
    >
      <StaffDataView
        state={state()}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
        emptyText={strings.empty}
        forbiddenText={strings.forbidden}
      >
        <Show when={thread()}>
          {(current) => (
            <>
              <section class="card" aria-labelledby="comments-item">
                <h2 id="comments-item" class="card__title">
                  {current().item.title}
                </h2>
                <p class="comment-summary">
                  <strong>{strings.counts(current().totalCount, current().hiddenCount)}</strong>
                  <Show when={current().item.publicity}>
                    {(publicity) => <span>{windowText(publicity(), new Date())}</span>}
                  </Show>
                </p>
              </section>
              <Show when={current().totalCount > 0} fallback={<p class="empty-state">{strings.empty}</p>}>
                <CommentList
                  connection={current().letters}
                  fetching={result.fetching}
                  last={more().length === 0}
                  onMore={addPage}
                />
                <For each={more()}>
                  {(after, index) => (
                    <MoreComments
                      itemId={itemId()}
                      after={after}
                      last={index() === more().length - 1}
                      onMore={addPage}
                    />
                  )}
                </For>
              </Show>
            </>
          )}
        </Show>
      </StaffDataView>
    </StaffPage>
  );
}

/** A later page of comments, with its own loading and error states. */
function MoreComments(props: { itemId: string; after: string; last: boolean; onMore: (cursor: string) => void }) {
  const [result, reexecute] = createQuery({
    query: MoreCommentsQuery,
    variables: () => ({ itemId: props.itemId, first: PAGE_SIZE, after: props.after }),
    requestPolicy: "cache-first",
  });
  const connection = () => result.data?.publicityComments.letters;
  return (
    <Show
      when={connection()}
      fallback={
        <Show when={result.error} fallback={<p class="inline-note">{publishingStrings.busy}</p>}>
          {(error) => <StaffError error={error()} onRetry={() => reexecute({ requestPolicy: "network-only" })} />}
        </Show>
      }
    >
      {(page) => <CommentList connection={page()} fetching={result.fetching} last={props.last} onMore={props.onMore} />}
    </Show>
  );
}

function CommentList(props: {
  connection: FragmentOf<typeof CommentPage_ConnectionFragment>;
  fetching: boolean;
  /** Only the last page shown offers the next. */
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const page = () => readFragment(CommentPage_ConnectionFragment, props.connection);
  return (
    <>
      <ul class="work-list" aria-label={strings.heading}>
        <For each={page().edges}>
          {(edge) => (
            <li>
              <CommentCard comment={edge.node} />
            </li>
          )}
        </For>
      </ul>
      <LoadMoreButton
        hasMore={props.last && page().pageInfo.hasNextPage}
        fetching={props.fetching}
        onLoadMore={() => {
          const cursor = page().pageInfo.endCursor;
          if (cursor) props.onMore(cursor);
        }}
      />
    </>
  );
}

function CommentCard(props: { comment: FragmentOf<typeof CommentCard_LetterFragment> }) {
  const comment = () => readFragment(CommentCard_LetterFragment, props.comment);
  return (
    <article class="comment" classList={{ "comment--hidden": comment().hiddenAt !== null }}>
      <p class="work-item__badges">
        <span class="tag tag--stage">{STATUS_LABELS[comment().status]}</span>
        <Show when={comment().hiddenAt}>
          <span class="tag tag--important">{strings.hidden}</span>
        </Show>
      </p>
      <p class="comment__who">
        <span>
          <span class="work-item__label">{strings.name}：</span>
          <strong>{comment().writer.name ?? lettersStaffStrings.none}</strong>
        </span>
        <span>
          <span class="work-item__label">{strings.phone}：</span>
          <span class="comment__phone">{comment().writer.phone ?? lettersStaffStrings.none}</span>
        </span>
        <span class="work-item__meta">
          {strings.submittedAt}：<time datetime={comment().receivedAt}>{formatDateTime(comment().receivedAt)}</time>
        </span>
      </p>
      <Show when={comment().hiddenReason}>
        {(reason) => <p class="work-item__note">{strings.hiddenReason(reason())}</p>}
      </Show>
      <p class="comment__body">{comment().body}</p>
      <A href={staffLetterPath(comment().id)} class="button button--secondary button--small">
        {strings.openLetter(comment().trackingCode)}
      </A>
    </article>
  );
}
