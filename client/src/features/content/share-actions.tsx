import Link from "lucide-solid/icons/link";
import Printer from "lucide-solid/icons/printer";
import Share2 from "lucide-solid/icons/share-2";
import { createSignal, createUniqueId, Match, Show, Switch } from "solid-js";
import { contentStrings } from "./strings";

type ShareOutcome = "idle" | "copied" | "manual";

/**
 * 分享 uses the system share sheet where there is one (most phones); elsewhere it copies the
 * link, and where even the clipboard is unavailable (plain http) it shows the link to copy by hand.
 */
export function ShareActions(props: { title: string }) {
  const strings = contentStrings.item;
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";
  const [outcome, setOutcome] = createSignal<ShareOutcome>("idle");
  const manualId = createUniqueId();
  let manualInput: HTMLInputElement | undefined;

  const share = async () => {
    const url = window.location.href;
    if (canShare) {
      try {
        await navigator.share({ title: props.title, url });
        return;
      } catch (error) {
        // The person closed the share sheet: nothing to do.
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setOutcome("copied");
    } catch {
      setOutcome("manual");
      manualInput?.focus();
      manualInput?.select();
    }
  };

  return (
    <div class="share-actions">
      <div class="share-actions__buttons">
        <button type="button" class="button button--secondary" onClick={() => void share()}>
          <Show when={canShare} fallback={<Link size={20} aria-hidden="true" />}>
            <Share2 size={20} aria-hidden="true" />
          </Show>
          {canShare ? strings.share : strings.copyLink}
        </button>
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          <Printer size={20} aria-hidden="true" />
          {strings.print}
        </button>
      </div>
      <div role="status" class="share-actions__status">
        <Switch>
          <Match when={outcome() === "copied"}>
            <p class="form-success">{strings.linkCopied}</p>
          </Match>
          <Match when={outcome() === "manual"}>
            <label class="field" for={manualId}>
              <span>{strings.copyManually}</span>
              <input
                id={manualId}
                ref={manualInput}
                class="field__input"
                readOnly
                value={window.location.href}
                onFocus={(event) => event.currentTarget.select()}
              />
            </label>
          </Match>
        </Switch>
      </div>
    </div>
  );
}
