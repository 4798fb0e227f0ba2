import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { formatDate } from "../../lib/dates";
import { type FragmentOf, graphql, readFragment } from "../../lib/graphql";
import { contentKindLabel } from "./kind-filter";
import { itemPath } from "./paths";

export const ItemCard_ContentItemFragment = graphql(`
  fragment ItemCard_ContentItem on ContentItem {
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

/**
 * One item in a list. The title is the link; the whole card is clickable through the link's
 * stretched ::after, so screen readers hear one link with the title as its name.
 */
export function ItemCard(props: { item: FragmentOf<typeof ItemCard_ContentItemFragment>; showColumn?: boolean }) {
  const item = () => readFragment(ItemCard_ContentItemFragment, props.item);
  return (
    <article class="item-card">
      <p class="item-card__kind">{contentKindLabel(item().kind)}</p>
      <h2 class="item-card__title">
        <A href={itemPath(item())} class="item-card__link">
          {item().title}
        </A>
      </h2>
      <Show when={item().summary}>{(summary) => <p class="item-card__summary">{summary()}</p>}</Show>
      <p class="item-card__meta">
        <Show when={props.showColumn !== false}>
          <span>{item().column.name}</span>
        </Show>
        <Show when={item().publishedAt}>
          {(publishedAt) => <time datetime={publishedAt()}>{formatDate(publishedAt())}</time>}
        </Show>
      </p>
    </article>
  );
}
