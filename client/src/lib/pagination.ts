import { type Accessor, createMemo, createSignal } from "solid-js";

/**
 * "Load more" state for one paginated list whose filters are summed up by `key`: the cursor
 * of the next page belongs to one key, so changing a filter starts again from the first page.
 */
export function createPageCursor(key: Accessor<string>) {
  const [cursor, setCursor] = createSignal<{ key: string; after: string } | null>(null);
  const after = (): string | null => {
    const current = cursor();
    return current && current.key === key() ? current.after : null;
  };
  const advance = (endCursor: string | null | undefined) => {
    if (endCursor && endCursor !== after()) setCursor({ key: key(), after: endCursor });
  };
  return { after, advance };
}

/**
 * The connection to show for the current key. urql keeps the previous filter's data while the
 * next one loads (never show it as the new list), and a failed "load more" answers with no data
 * at all (keep showing the pages already loaded).
 */
export function createShownConnection<T>(
  key: Accessor<string>,
  fresh: Accessor<{ key: string; connection: T | null | undefined }>,
): Accessor<T | undefined> {
  const shown = createMemo<{ key: string; connection: T } | undefined>((previous) => {
    const { key: freshKey, connection } = fresh();
    if (connection && freshKey === key()) return { key: freshKey, connection };
    return previous?.key === key() ? previous : undefined;
  });
  return () => shown()?.connection;
}
