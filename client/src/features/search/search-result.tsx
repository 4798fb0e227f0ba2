import { Show } from "solid-js";
import { formatDate } from "../../lib/dates";
import { type FragmentOf, graphql, readFragment } from "../../lib/graphql";
import { contentKindLabel } from "../content/kind-filter";
import { itemPath } from "../content/paths";

export const SearchResult_ContentItemFragment = graphql(`
  fragment SearchResult_ContentItem on ContentItem {
    id
    slug
    kind
    publishedAt
    column {
      id
      name
    }
  }
`);

/**
 * One hit. highlightedTitle and snippet come from the server already HTML-escaped, with only
 * <mark> added around the matched words; nothing else is ever passed to innerHTML.
 */
export function SearchResult(props: {
  item: FragmentOf<typeof SearchResult_ContentItemFragment>;
  highlightedTitle: string;
  snippet: string | null;
}) {
  const item = () => readFragment(SearchResult_ContentItemFragment, props.item);
  return (
    <article class="item-card search-result">
      <p class="item-card__kind">{contentKindLabel(item().kind)}</p>
      <h2 class="item-card__title">
        {/* A plain <a>: the router still handles the click, and <a> takes innerHTML directly. */}
        <a href={itemPath(item())} class="item-card__link" innerHTML={props.highlightedTitle} />
      </h2>
      <Show when={props.snippet}>{(snippet) => <p class="search-result__snippet" innerHTML={snippet()} />}</Show>
      <p class="item-card__meta">
        <span>{item().column.name}</span>
        <Show when={item().publishedAt}>
          {(publishedAt) => <time datetime={publishedAt()}>{formatDate(publishedAt())}</time>}
        </Show>
      </p>
    </article>
  );
}
