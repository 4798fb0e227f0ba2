import { useClient } from "@urql/solid";
import Clock from "lucide-solid/icons/clock";
import MessageSquarePlus from "lucide-solid/icons/message-square-plus";
import { createSignal, lazy, Match, onCleanup, Show, Suspense, Switch } from "solid-js";
import { SkeletonList } from "../../lib/data-states";
import { formatDate, formatDateTime } from "../../lib/dates";
import { type FragmentOf, graphql, readFragment } from "../../lib/graphql";
import { type CommentWindow, formatTimeLeft, formatWindowEnd, nextTickIn, windowPhase } from "./countdown";
import { contentStrings } from "./strings";

export const PublicityPanel_PublicityFragment = graphql(`
  fragment PublicityPanel_Publicity on Publicity {
    type
    opensAt
    closesAt
    isOpen
    commentCount
  }
`);

// The form brings the letters outbox and the proof of work: loaded when the citizen asks for it.
const CommentForm = lazy(() => import("./comment-form"));

/**
 * The publicity's comment count, fetched again once a comment was sent. Comments go through the
 * letters' own client, which has no cache (letters-api.ts), so the app's cache learns of the new
 * comment from this query: the same fields, written over the item's cached publicity.
 */
const CommentCountQuery = graphql(
  `
  query PublicityPanel_CommentCount($id: ID!) {
    node(id: $id) {
      id
      ... on ContentItem {
        publicity {
          ...PublicityPanel_Publicity
        }
      }
    }
  }
`,
  [PublicityPanel_PublicityFragment],
);

/**
 * A clock for the comment window: re-reads the time once a minute, or exactly when the window
 * opens or closes, so the form appears and disappears on time without per-second renders.
 */
function createWindowClock(window: () => CommentWindow) {
  const [now, setNow] = createSignal(Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    timer = setTimeout(
      () => {
        setNow(Date.now());
        schedule();
      },
      nextTickIn(window(), Date.now()),
    );
  };
  schedule();
  onCleanup(() => clearTimeout(timer));
  return now;
}

/** 规划公示: the type, the comment window with a live countdown, and the form while it is open. */
export function PublicityPanel(props: {
  itemId: string;
  itemTitle: string;
  publicity: FragmentOf<typeof PublicityPanel_PublicityFragment>;
  /** False for a withdrawn or expired item: its window is over whatever the dates say. */
  acceptsComments: boolean;
}) {
  const strings = contentStrings.publicity;
  const publicity = () => readFragment(PublicityPanel_PublicityFragment, props.publicity);
  const now = createWindowClock(() => publicity());
  const phase = () => {
    const current = windowPhase(publicity(), now());
    return current === "open" && !props.acceptsComments ? "closed" : current;
  };
  const [writing, setWriting] = createSignal(false);
  const client = useClient();
  const refreshCount = () =>
    void client.query(CommentCountQuery, { id: props.itemId }, { requestPolicy: "network-only" }).toPromise();

  return (
    <section class="item-section publicity" aria-labelledby="publicity-heading">
      <h2 id="publicity-heading" class="section-title">
        {strings.heading}
      </h2>
      <dl class="details">
        <Show when={publicity().type}>
          {(type) => (
            <div class="details__row">
              <dt>{strings.typeLabel}</dt>
              <dd>{strings.types[type()] ?? type()}</dd>
            </div>
          )}
        </Show>
        <Show when={publicity().opensAt && publicity().closesAt}>
          <div class="details__row">
            <dt>{strings.window}</dt>
            <dd>{strings.windowRange(formatDate(publicity().opensAt), formatWindowEnd(publicity().closesAt))}</dd>
          </div>
        </Show>
      </dl>
      {/* Polite and whole hours only: a screen reader hears the time left at most once an hour. */}
      <div class="publicity__status" aria-live="polite">
        <Switch>
          <Match when={phase() === "upcoming"}>
            <p class="notice">{strings.notYetOpen(formatDateTime(publicity().opensAt))}</p>
          </Match>
          <Match when={phase() === "open"}>
            <Show when={formatTimeLeft(publicity().closesAt, now())}>
              {(left) => (
                <p class="countdown">
                  <Clock size={20} aria-hidden="true" />
                  <span>{left()}</span>
                </p>
              )}
            </Show>
          </Match>
          <Match when={phase() === "closed"}>
            <p class="notice">{strings.closed}</p>
          </Match>
        </Switch>
      </div>
      <Show when={phase() !== "none"}>
        <p class="inline-note">{strings.commentCount(publicity().commentCount)}</p>
      </Show>
      <Show when={phase() === "open"}>
        <div class="comment-form card">
          <h3 class="card__title">{contentStrings.comment.heading}</h3>
          <Show
            when={writing()}
            fallback={
              <>
                <p class="card__intro">{contentStrings.comment.invite}</p>
                <button type="button" class="button button--block" onClick={() => setWriting(true)}>
                  <MessageSquarePlus size={20} aria-hidden="true" />
                  {contentStrings.comment.open}
                </button>
              </>
            }
          >
            <Suspense fallback={<SkeletonList count={2} />}>
              <CommentForm itemId={props.itemId} itemTitle={props.itemTitle} onSent={refreshCount} />
            </Suspense>
          </Show>
        </div>
      </Show>
    </section>
  );
}
