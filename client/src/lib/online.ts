import { type Accessor, createSignal } from "solid-js";

/**
 * One app-wide signal for navigator.onLine. A module-level signal needs no owner,
 * and the two listeners live as long as the page.
 */
const [online, setOnline] = createSignal(typeof navigator === "undefined" ? true : navigator.onLine);

if (typeof window !== "undefined") {
  window.addEventListener("online", () => setOnline(true));
  window.addEventListener("offline", () => setOnline(false));
}

export const isOnline: Accessor<boolean> = online;
