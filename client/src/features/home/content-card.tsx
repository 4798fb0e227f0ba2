import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { formatDate } from "../../lib/dates";
import { type FragmentOf, graphql, readFragment } from "../../lib/graphql";
import { itemPath } from "../content/paths";
import { contentKindLabel } from "./content-kind";

export const ContentCard_ContentItemFragment = graphql(`
  fragment ContentCard_ContentItem on ContentItem {
    id
    slug
    kind
    title
    summary
    publishedAt
    column {
      id
      name
    }
  }
`);

/** One published item in a list: kind, title, summary, column and date. */
export function ContentCard(props: { item: FragmentOf<typeof ContentCard_ContentItemFragment> }) {
  const item = () => readFragment(ContentCard_ContentItemFragment, props.item);
  return (
    <article class="content-card">
      <p class="content-card__kind" data-kind={item().kind}>
        {contentKindLabel(item().kind)}
      </p>
      <h2 class="content-card__title">
        <A href={itemPath(item())} class="content-card__link">
          {item().title}
        </A>
      </h2>
      <Show when={item().summary}>{(summary) => <p class="content-card__summary">{summary()}</p>}</Show>
      <p class="content-card__meta">
        <span>{item().column.name}</span>
        <Show when={item().publishedAt}>
          {(publishedAt) => <time datetime={publishedAt()}>{formatDate(publishedAt())}</time>}
        </Show>
      </p>
    </article>
  );
}
