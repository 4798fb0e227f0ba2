import { isOnline } from "./online";
import { type ViewState, viewState } from "./view-state";

/**
 * The view state of a list query, as a reactive accessor: `items` is the list (a connection's
 * edges), undefined until data has arrived from the network or the offline cache.
 */
export function listViewState(
  result: { fetching: boolean; error?: unknown },
  items: () => readonly unknown[] | undefined,
): () => ViewState {
  return () =>
    viewState({
      fetching: result.fetching,
      hasData: items() !== undefined,
      isEmpty: items()?.length === 0,
      hasError: result.error !== undefined,
      online: isOnline(),
    });
}
