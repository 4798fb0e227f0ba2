import WifiOff from "lucide-solid/icons/wifi-off";
import { Show } from "solid-js";
import { isOnline } from "../../lib/online";
import { shellStrings } from "./strings";

/** Banner while navigator.onLine is false; role=status so it is announced without stealing focus. */
export function OfflineNotice() {
  return (
    <Show when={!isOnline()}>
      <div class="banner banner--offline" role="status">
        <WifiOff size={20} aria-hidden="true" />
        <span>{shellStrings.offline}</span>
      </div>
    </Show>
  );
}
