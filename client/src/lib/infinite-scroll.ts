import { type Accessor, createEffect, createSignal, onCleanup } from "solid-js";

/**
 * Loads the next page when a sentinel element after a list comes near the viewport.
 * The page must also render a visible 加载更多 button: keyboard and screen-reader users
 * never "scroll into" a sentinel, and IntersectionObserver may be missing.
 *
 * Returns a ref callback for the sentinel. `canLoad` is re-checked whenever it changes, so
 * a page that is still short after a load (sentinel still visible) keeps loading.
 */
export function createInfiniteScroll(options: {
  canLoad: Accessor<boolean>;
  load: () => void;
  rootMargin?: string;
}): (element: HTMLElement) => void {
  const [visible, setVisible] = createSignal(false);

  createEffect(() => {
    if (visible() && options.canLoad()) options.load();
  });

  return (element) => {
    if (typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) setVisible(entry.isIntersecting);
      },
      { rootMargin: options.rootMargin ?? "0px 0px 400px 0px" },
    );
    observer.observe(element);
    onCleanup(() => observer.disconnect());
  };
}
