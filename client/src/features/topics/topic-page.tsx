import { A, useParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import ChevronRight from "lucide-solid/icons/chevron-right";
import MapPinned from "lucide-solid/icons/map-pinned";
import { createUniqueId, For, type JSX, Show } from "solid-js";
import { OfflineCacheNote } from "../../lib/data-states";
import { formatDate } from "../../lib/dates";
import { DetailPage } from "../../lib/detail-page";
import { graphql, type ResultOf } from "../../lib/graphql";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { decodeParam } from "../../lib/route-params";
import "../content/content.css";
import { contentKindLabel } from "../content/kind-filter";
import { itemPath } from "../content/paths";
import { workingDays } from "../guides/guide-format";
import { guidePath } from "../guides/paths";
import { extentText } from "./extent-format";
import { projectPath, TOPICS_PATH } from "./paths";
import { topicStrings } from "./strings";
import "./topics.css";
import { COLUMN_SIZES, MediaImage } from "../../lib/media-image";

const TopicQuery = graphql(`
  query TopicPage_Topic($slug: String!) {
    topic(slug: $slug) {
      id
      slug
      type
      title
      summary
      coverImageUrl
      body
      publishedAt
      extent {
        west
        south
        east
        north
      }
      relatedItems {
        id
        slug
        kind
        title
        summary
        publishedAt
      }
      relatedGuides {
        id
        slug
        title
        promisedDays
      }
      relatedProjects {
        id
        code
        name
        district
      }
    }
  }
`);

type Topic = NonNullable<ResultOf<typeof TopicQuery>["topic"]>;

/** /query/topics/:slug — a 专题 or 热点区域: cover, summary, body and what relates to it. */
export default function TopicPage() {
  const rawParams = useParams<{ slug: string }>();
  const slug = () => decodeParam(rawParams.slug);
  const [result, reexecute] = createQuery({
    query: TopicQuery,
    variables: () => ({ slug: slug() }),
    requestPolicy: "cache-and-network",
  });
  const back = { href: TOPICS_PATH, label: topicStrings.topic.back };
  return (
    <DetailPage
      result={result}
      answer={result.data?.topic}
      matches={(found) => found.slug === slug()}
      onRetry={() => reexecute({ requestPolicy: "network-only" })}
      notFound={{ title: topicStrings.topic.notFoundTitle, body: topicStrings.topic.notFound, back }}
      gone={{ title: topicStrings.topic.goneTitle, body: topicStrings.topic.notFound, back }}
    >
      {(topic) => <TopicArticle topic={topic} />}
    </DetailPage>
  );
}

function TopicArticle(props: { topic: Topic }) {
  const strings = topicStrings.topic;
  const topic = () => props.topic;
  const extent = () => extentText(topic().extent);

  return (
    <article class="item topic">
      <Show when={!isOnline()}>
        <OfflineCacheNote />
      </Show>
      <A href={TOPICS_PATH} class="back-link">
        {strings.back}
      </A>
      <header class="item__header">
        <p class="item__kind">
          <span class="item-card__kind">{strings.kind[topic().type] ?? topic().type}</span>
        </p>
        <PageHeading>{topic().title}</PageHeading>
        <Show when={topic().publishedAt}>
          {(at) => (
            <p class="item__meta">
              <span>
                {strings.publishedAt}：<time datetime={at()}>{formatDate(at())}</time>
              </span>
            </p>
          )}
        </Show>
      </header>

      <Show when={topic().coverImageUrl}>
        {(src) => (
          <MediaImage
            class="item__cover"
            src={src()}
            alt={strings.coverAlt}
            width={1280}
            height={720}
            sizes={COLUMN_SIZES}
            loading="eager"
          />
        )}
      </Show>

      <Show when={topic().summary}>{(summary) => <p class="topic__summary">{summary()}</p>}</Show>

      {/* The server sanitises the body (allow-listed tags and attributes); nothing else is ever injected. */}
      <div class="prose" innerHTML={topic().body} />

      {/* Text until the map issue draws it; the layer ids are the map's, not words for citizens. */}
      <Show when={extent()}>
        {(text) => (
          <TopicSection title={strings.extentHeading}>
            <p class="topic__extent">
              <MapPinned size={20} aria-hidden="true" />
              <span>{text()}</span>
            </p>
            <p class="inline-note">{strings.extentNote}</p>
          </TopicSection>
        )}
      </Show>

      {/* The related projects published now; their pages (查询 → 项目) say the rest. */}
      <Show when={topic().relatedProjects.length > 0}>
        <TopicSection title={strings.projectsHeading}>
          <ul class="column-list">
            <For each={topic().relatedProjects}>
              {(project) => (
                <li>
                  <A href={projectPath(project.code)} class="column-link">
                    <span class="column-link__text">
                      <span class="column-link__name">{project.name}</span>
                      <span class="column-link__meta">{strings.projectMeta(project.district, project.code)}</span>
                    </span>
                    <ChevronRight size={20} aria-hidden="true" />
                  </A>
                </li>
              )}
            </For>
          </ul>
        </TopicSection>
      </Show>

      <Show when={topic().relatedGuides.length > 0}>
        <TopicSection title={strings.guidesHeading}>
          <ul class="column-list">
            <For each={topic().relatedGuides}>
              {(guide) => (
                <li>
                  <A href={guidePath(guide.slug)} class="column-link">
                    <span class="column-link__text">
                      <span class="column-link__name">{guide.title}</span>
                      <span class="column-link__meta">{workingDays(guide.promisedDays)}</span>
                    </span>
                    <ChevronRight size={20} aria-hidden="true" />
                  </A>
                </li>
              )}
            </For>
          </ul>
        </TopicSection>
      </Show>

      <Show when={topic().relatedItems.length > 0}>
        <TopicSection title={strings.itemsHeading}>
          <ul class="item-list">
            <For each={topic().relatedItems}>
              {(item) => (
                <li class="item-card">
                  <p class="item-card__kind">{contentKindLabel(item.kind)}</p>
                  {/* h3 under this section's h2 (content's ItemCard is a list page's h2). */}
                  <h3 class="item-card__title">
                    <A href={itemPath(item)} class="item-card__link">
                      {item.title}
                    </A>
                  </h3>
                  <Show when={item.summary}>{(summary) => <p class="item-card__summary">{summary()}</p>}</Show>
                  <Show when={item.publishedAt}>
                    {(at) => (
                      <p class="item-card__meta">
                        <time datetime={at()}>{formatDate(at())}</time>
                      </p>
                    )}
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </TopicSection>
      </Show>
    </article>
  );
}

function TopicSection(props: { title: string; children: JSX.Element }) {
  const id = createUniqueId();
  return (
    <section class="item-section" aria-labelledby={id}>
      <h2 id={id} class="section-title">
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
