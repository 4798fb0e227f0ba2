/**
 * Which of the four states a data view shows (STYLE.md: every data view renders
 * loading, error, empty and offline). Pure so the rules are tested once.
 */
export type ViewState = "loading" | "error" | "offline" | "empty" | "ready";

export interface ViewStateInput {
  /** A request for this view is in flight. */
  fetching: boolean;
  /** Data is present (from the network or the offline cache). */
  hasData: boolean;
  /** The data is present but has nothing to list. */
  isEmpty: boolean;
  /** The last result carried an error. */
  hasError: boolean;
  /** navigator.onLine */
  online: boolean;
}

export function viewState(input: ViewStateInput): ViewState {
  // Cached data always wins: showing something useful beats a spinner or an error.
  if (input.hasData) return input.isEmpty ? "empty" : "ready";
  if (!input.online) return "offline";
  if (input.fetching) return "loading";
  if (input.hasError) return "error";
  // No data, no error, nothing in flight: graphcache's offlineExchange swallowed an
  // unreachable-server error and answered from an empty cache. For the user that is offline.
  return "offline";
}
