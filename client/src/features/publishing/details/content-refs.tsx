// Lists of other published content (a project's related publicity and news, a topic's items and
// guides): chosen by searching what is published (the citizens' search), never typed as ids. Each
// row shows the item's title, looked up when the list comes from a saved revision.
import { useClient } from "@urql/solid";
import { createResource, createSignal, createUniqueId, For, type JSX, Show } from "solid-js";
import { errorMessage } from "../../../lib/errors";
import { graphql, type ResultOf } from "../../../lib/graphql";
import { isOnline } from "../../../lib/online";
import { type ContentKind, contentKindLabel } from "../../home/content-kind";
import { InlineSearch } from "../inline-search";
import { publishingStrings } from "../strings";
import type { RefRow } from "./details-json";
import { FieldProblem, RepeatableRows } from "./fields";

const strings = publishingStrings.details.picker;

const SearchQuery = graphql(`
  query DetailsRefs_Search($query: String!, $kind: ContentKind) {
    search(query: $query, kind: $kind, first: 10) {
      edges {
        node {
          id
          slug
          kind
          title
        }
      }
    }
  }
`);

const ItemQuery = graphql(`
  query DetailsRefs_Item($id: ID, $slug: String) {
    contentItem(id: $id, slug: $slug) {
      id
      title
    }
  }
`);

export type PickedItem = ResultOf<typeof SearchQuery>["search"]["edges"][number]["node"];

export function ContentRefRows(props: {
  legend: string;
  rowName: string;
  field: string;
  rows: readonly RefRow[];
  edit: (change: (rows: RefRow[]) => void) => void;
  /** Only this kind is offered (GUIDE for a topic's guides). */
  kind?: ContentKind;
  /** What the details store for a chosen item; null when it cannot be referred to (a guide without slug). */
  refOf: (item: PickedItem) => string | null;
  /** How to look a stored reference up (as a global id or a slug). */
  lookup: (ref: string) => { id: string } | { slug: string };
}): JSX.Element {
  const client = useClient();
  const ids = { search: createUniqueId(), status: createUniqueId() };
  const [text, setText] = createSignal("");
  const [results, setResults] = createSignal<readonly PickedItem[] | null>(null);
  const [searching, setSearching] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);

  const search = async () => {
    const query = text().trim();
    if (!query) return setProblem(strings.tooShort);
    if (!isOnline()) return setProblem(strings.offline);
    setProblem(null);
    setSearching(true);
    const outcome = await client
      .query(SearchQuery, { query, kind: props.kind ?? null }, { requestPolicy: "network-only" })
      .toPromise();
    setSearching(false);
    if (outcome.error) return setProblem(errorMessage(outcome.error));
    setResults(outcome.data?.search.edges.map((edge) => edge.node) ?? []);
  };
  const chosen = (item: PickedItem) => {
    const ref = props.refOf(item);
    return ref !== null && props.rows.some((row) => row.ref === ref);
  };

  return (
    <RepeatableRows
      legend={props.legend}
      rowName={props.rowName}
      field={props.field}
      rows={props.rows}
      edit={props.edit}
      adders={(add) => (
        <div class="field details-picker">
          <InlineSearch
            id={ids.search}
            label={strings.search(props.rowName)}
            hint={strings.searchHint}
            describedBy={ids.status}
            value={text()}
            onInput={setText}
            onSearch={() => void search()}
            searching={searching()}
            buttonLabel={strings.submit}
            searchingLabel={strings.searching}
          />
          <div id={ids.status}>
            <Show when={problem()}>
              {(message) => (
                <p class="form-error" role="alert">
                  {message()}
                </p>
              )}
            </Show>
            <Show when={results()}>
              {(found) => (
                <p class="inline-note" role="status">
                  {found().length === 0 ? strings.none : strings.results(found().length)}
                </p>
              )}
            </Show>
          </div>
          <Show when={(results()?.length ?? 0) > 0}>
            <ul class="details-picker__results">
              <For each={results()}>
                {(item) => (
                  <li class="details-picker__result">
                    <span>
                      {item.title}
                      <span class="inline-note"> · {contentKindLabel(item.kind)}</span>
                    </span>
                    <Show when={props.refOf(item)}>
                      {(ref) => (
                        <button
                          type="button"
                          class="button button--secondary button--small"
                          disabled={chosen(item)}
                          onClick={() => add({ ref: ref(), title: item.title })}
                        >
                          {chosen(item) ? strings.added : strings.add(item.title)}
                        </button>
                      )}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </div>
      )}
    >
      {(row, index) => (
        <>
          <RefTitle row={row} lookup={props.lookup} />
          <FieldProblem field={`${props.field}.${index()}`} />
        </>
      )}
    </RepeatableRows>
  );
}

/** The title of a referenced item: the one picked, or looked up for a saved reference. */
function RefTitle(props: { row: RefRow; lookup: (ref: string) => { id: string } | { slug: string } }) {
  const client = useClient();
  const [found] = createResource(
    () => (props.row.title ? null : props.row.ref),
    async (ref) => {
      const outcome = await client.query(ItemQuery, { id: null, slug: null, ...props.lookup(ref) }).toPromise();
      return outcome.data?.contentItem?.title ?? null;
    },
  );
  const title = () => props.row.title || found();
  return (
    <div class="details-ref">
      <Show when={title()} fallback={<p class="inline-note">{found.loading ? strings.lookingUp : strings.notFound}</p>}>
        {(text) => <p class="details-ref__title">{text()}</p>}
      </Show>
      <p class="inline-note details-ref__id">{strings.reference(props.row.ref)}</p>
    </div>
  );
}
