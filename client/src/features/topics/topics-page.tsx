import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { createUniqueId, For, Match, Show, Switch } from "solid-js";
import { DataError, DataOffline, OfflineCacheNote, SkeletonList } from "../../lib/data-states";
import { graphql, type ResultOf } from "../../lib/graphql";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { viewState } from "../../lib/view-state";
import { topicPath } from "./paths";
import { topicStrings } from "./strings";
import "./topics.css";
import { COLUMN_SIZES, MediaImage } from "../../lib/media-image";

const TopicsQuery = graphql(`
  query TopicsPage_Topics {
    topics: topics(type: TOPIC) {
      id
      slug
      title
      summary
      coverImageUrl
    }
    hotAreas: topics(type: HOT_AREA) {
      id
      slug
      title
      summary
      coverImageUrl
    }
  }
`);

type TopicCardData = ResultOf<typeof TopicsQuery>["topics"][number] & { slug: string };

/** Only pages with a slug can be opened (topic(slug)); publication gives every new page one. */
const openable = (topics: readonly ResultOf<typeof TopicsQuery>["topics"][number][]) =>
  topics.filter((topic): topic is TopicCardData => topic.slug !== null);

/** /query/topics — 热点区域 and 专题 (the 查询 hub's 热点区域与专题), two sections of cards. */
export default function TopicsPage() {
  const strings = topicStrings.list;
  const [result, reexecute] = createQuery({ query: TopicsQuery, requestPolicy: "cache-and-network" });
  const data = () => result.data;
  const state = () =>
    viewState({
      fetching: result.fetching,
      hasData: data() !== undefined,
      isEmpty: false,
      hasError: result.error !== undefined,
      online: isOnline(),
    });
  const retry = () => reexecute({ requestPolicy: "network-only" });

  return (
    <section class="page" aria-busy={state() === "loading"}>
      <PageHeading>{strings.pageTitle}</PageHeading>
      <p class="page-intro">{strings.intro}</p>
      <Show when={!isOnline() && data() !== undefined}>
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
          {(error) => <DataError error={error()} onRetry={retry} />}
        </Match>
        <Match when={data()}>
          {(found) => (
            <>
              <TopicSection
                title={strings.hotAreasHeading}
                empty={strings.hotAreasEmpty}
                topics={openable(found().hotAreas)}
              />
              <TopicSection
                title={strings.topicsHeading}
                empty={strings.topicsEmpty}
                topics={openable(found().topics)}
              />
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}

function TopicSection(props: { title: string; empty: string; topics: readonly TopicCardData[] }) {
  const headingId = createUniqueId();
  return (
    <section class="topic-section" aria-labelledby={headingId}>
      <h2 id={headingId} class="section-title">
        {props.title}
      </h2>
      <Show when={props.topics.length > 0} fallback={<p class="empty-state">{props.empty}</p>}>
        <ul class="topic-grid">
          <For each={props.topics}>{(topic) => <TopicCard topic={topic} />}</For>
        </ul>
      </Show>
    </section>
  );
}

/** One topic: the title is the link, stretched over the card (one link per card for screen readers). */
function TopicCard(props: { topic: TopicCardData }) {
  return (
    <li class="topic-card">
      <Show when={props.topic.coverImageUrl}>
        {(src) => (
          <MediaImage class="topic-card__cover" src={src()} alt="" width={640} height={360} sizes={COLUMN_SIZES} />
        )}
      </Show>
      <div class="topic-card__text">
        <h3 class="topic-card__title">
          <A href={topicPath(props.topic.slug)} class="topic-card__link">
            {props.topic.title}
          </A>
        </h3>
        <Show when={props.topic.summary}>{(summary) => <p class="topic-card__summary">{summary()}</p>}</Show>
      </div>
    </li>
  );
}
