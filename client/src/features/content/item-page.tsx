import { A, useParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import CirclePlay from "lucide-solid/icons/circle-play";
import TriangleAlert from "lucide-solid/icons/triangle-alert";
import { createMemo, For, Show } from "solid-js";
import { OfflineCacheNote } from "../../lib/data-states";
import { formatDate, formatDateTime } from "../../lib/dates";
import { DetailPage } from "../../lib/detail-page";
import { graphql, type ResultOf } from "../../lib/graphql";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { decodeParam } from "../../lib/route-params";
import { AttachmentList, AttachmentList_ContentItemFragment } from "./attachment-list";
import { buildBreadcrumbs, columnCrumbs } from "./breadcrumbs";
import { BreadcrumbsNav } from "./breadcrumbs-nav";
import "./content.css";
import { COLUMN_SIZES, MediaImage } from "../../lib/media-image";
import { DisclosureTable, DisclosureTable_DisclosureFragment, validityMark } from "./disclosure-table";
import { contentKindLabel } from "./kind-filter";
import { columnPath, itemPath, NEWS_PATH } from "./paths";
import { PublicityPanel, PublicityPanel_PublicityFragment } from "./publicity-panel";
import { ShareActions } from "./share-actions";
import { contentStrings } from "./strings";

const ContentItemQuery = graphql(
  `
  query ItemPage_ContentItem($id: ID, $slug: String) {
    contentItem(id: $id, slug: $slug) {
      id
      slug
      kind
      status
      title
      summary
      body
      coverImageUrl
      videoUrl
      tags
      sourceDepartmentName
      publishedAt
      withdrawnAt
      withdrawReason
      expiredAt
      column {
        id
        slug
        name
      }
      breadcrumbs {
        id
        slug
        name
      }
      changeNotes {
        note
        publishedAt
      }
      related(first: 5) {
        edges {
          node {
            id
            slug
            title
            publishedAt
          }
        }
      }
      ...AttachmentList_ContentItem
      disclosure {
        ...DisclosureTable_Disclosure
      }
      publicity {
        ...PublicityPanel_Publicity
      }
    }
  }
`,
  [AttachmentList_ContentItemFragment, DisclosureTable_DisclosureFragment, PublicityPanel_PublicityFragment],
);

type Item = NonNullable<ResultOf<typeof ContentItemQuery>["contentItem"]>;

/** /news/item/:slug and /news/item/id/:id — one published (or withdrawn) item. */
export default function ItemPage() {
  const rawParams = useParams<{ slug?: string; id?: string }>();
  const params = {
    get id() {
      return decodeParam(rawParams.id);
    },
    get slug() {
      return decodeParam(rawParams.slug);
    },
  };
  const variables = () => (params.id ? { id: params.id, slug: null } : { id: null, slug: params.slug });
  const [result, reexecute] = createQuery({
    query: ContentItemQuery,
    variables,
    requestPolicy: "cache-and-network",
  });

  return (
    <DetailPage
      result={result}
      answer={result.data?.contentItem}
      matches={(found) => (params.id ? found.id === params.id : found.slug === params.slug)}
      onRetry={() => reexecute({ requestPolicy: "network-only" })}
      notFound={{
        title: contentStrings.item.notFound.title,
        body: contentStrings.item.notFound.body,
        back: { href: NEWS_PATH, label: contentStrings.item.gone.back },
      }}
      gone={GoneNotice}
    >
      {(item) => <ItemArticle item={item} />}
    </DetailPage>
  );
}

/** The 410 page: the item was withdrawn and removed, so not even its reason is public. */
function GoneNotice() {
  const strings = contentStrings.item.gone;
  return (
    <div class="gone">
      <PageHeading>{strings.title}</PageHeading>
      <p>{strings.body}</p>
      <ul class="link-list">
        <li>
          <A href={NEWS_PATH}>{strings.back}</A>
        </li>
        <li>
          <A href="/search">{strings.search}</A>
        </li>
      </ul>
    </div>
  );
}

function ItemArticle(props: { item: Item }) {
  const strings = contentStrings.item;
  const item = () => props.item;
  const trail = createMemo(() =>
    buildBreadcrumbs(columnCrumbs(item().breadcrumbs.length > 0 ? item().breadcrumbs : [item().column]), item().title),
  );
  const mark = () => {
    const disclosure = item().disclosure;
    return disclosure ? validityMark(disclosure) : null;
  };
  const withdrawn = () => item().status === "WITHDRAWN" || item().withdrawnAt !== null;
  const expired = () => item().status === "EXPIRED" || item().expiredAt !== null;

  return (
    <article class="item" style={{ "--print-origin": JSON.stringify(window.location.origin) }}>
      <Show when={!isOnline()}>
        <OfflineCacheNote />
      </Show>
      <BreadcrumbsNav trail={trail()} />
      <header class="item__header">
        <p class="item__kind">
          <span class="item-card__kind">{contentKindLabel(item().kind)}</span>
          <Show when={mark()}>{(text) => <span class="validity-mark">{text()}</span>}</Show>
        </p>
        <PageHeading>{item().title}</PageHeading>
        <dl class="item__meta">
          <Show when={item().publishedAt}>
            {(at) => (
              <div>
                <dt>{strings.publishedAt}</dt>
                <dd>
                  <time datetime={at()}>{formatDate(at())}</time>
                </dd>
              </div>
            )}
          </Show>
          <Show when={item().sourceDepartmentName}>
            {(source) => (
              <div>
                <dt>{strings.source}</dt>
                <dd>{source()}</dd>
              </div>
            )}
          </Show>
          <div>
            <dt>{strings.column}</dt>
            <dd>
              <A href={columnPath(item().column.slug)}>{item().column.name}</A>
            </dd>
          </div>
        </dl>
      </header>

      <Show when={withdrawn()}>
        <div class="notice notice--strong" role="note">
          <p class="notice__title">
            <TriangleAlert size={20} aria-hidden="true" />
            {strings.withdrawn}
          </p>
          <Show when={item().withdrawnAt}>{(at) => <p>{strings.withdrawnAt(formatDateTime(at()))}</p>}</Show>
          <Show when={item().withdrawReason}>{(reason) => <p>{strings.withdrawReason(reason())}</p>}</Show>
        </div>
      </Show>
      <Show when={!withdrawn() && expired()}>
        <div class="notice" role="note">
          <p>{strings.expired}</p>
          <Show when={item().expiredAt}>{(at) => <p>{strings.expiredAt(formatDate(at()))}</p>}</Show>
        </div>
      </Show>

      <Show when={item().coverImageUrl}>
        {(src) => (
          <MediaImage
            class="item__cover"
            src={src()}
            alt={strings.coverAlt}
            width={1280}
            height={720}
            sizes={COLUMN_SIZES}
          />
        )}
      </Show>

      {/* The server sanitises the body (allow-listed tags and attributes); nothing else is ever injected. */}
      <div class="prose" innerHTML={item().body} />

      <Show when={item().videoUrl}>
        {(url) => (
          <p>
            <a href={url()} class="button button--secondary" target="_blank" rel="noopener">
              <CirclePlay size={20} aria-hidden="true" />
              {strings.video}
              <span class="visually-hidden">（{strings.videoHint}）</span>
            </a>
          </p>
        )}
      </Show>

      <AttachmentList item={item()} />

      <Show when={item().disclosure}>{(disclosure) => <DisclosureTable disclosure={disclosure()} />}</Show>

      <Show when={item().publicity}>
        {(publicity) => (
          <PublicityPanel
            itemId={item().id}
            itemTitle={item().title}
            publicity={publicity()}
            acceptsComments={!withdrawn() && !expired()}
          />
        )}
      </Show>

      <Show when={item().changeNotes.length > 0}>
        <section class="item-section" aria-labelledby="change-notes-heading">
          <h2 id="change-notes-heading" class="section-title">
            {strings.changeNotes}
          </h2>
          <ul class="change-notes">
            <For each={item().changeNotes}>
              {(change) => (
                <li>
                  <time datetime={change.publishedAt}>{formatDateTime(change.publishedAt)}</time>
                  <p>{change.note}</p>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>

      <Show when={item().tags.length > 0}>
        <p class="tags">
          <span class="visually-hidden">{strings.tags}：</span>
          <For each={item().tags}>{(tag) => <span class="tag">{tag}</span>}</For>
        </p>
      </Show>

      <ShareActions title={item().title} />
      <p class="print-only">
        {strings.printedFrom}
        {window.location.href}
      </p>

      <Show when={item().related.edges.length > 0}>
        <section class="item-section related" aria-labelledby="related-heading">
          <h2 id="related-heading" class="section-title">
            {strings.related}
          </h2>
          <ul class="link-list">
            <For each={item().related.edges.map((edge) => edge.node)}>
              {(related) => (
                <li>
                  <A href={itemPath(related)}>{related.title}</A>
                  <Show when={related.publishedAt}>
                    {(at) => (
                      <time class="link-list__date" datetime={at()}>
                        {formatDate(at())}
                      </time>
                    )}
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
    </article>
  );
}
