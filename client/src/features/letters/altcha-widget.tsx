// The ALTCHA widget (self-hosted proof of work), loaded only with the letter forms. The CSP-safe
// build (altcha/external) with our own same-origin worker; invisible, because the form shows the
// progress itself in the app's words and styles (challenge-status.tsx).
import "altcha/external";
import "altcha/altcha.css";
import { createEffect, onCleanup } from "solid-js";
import { createPowWorker, POW_ALGORITHM, powConcurrency } from "./pow-worker";

globalThis.$altcha.algorithms.set(POW_ALGORITHM, createPowWorker);

interface StateChange {
  state?: string;
  payload?: string | null;
}

/** Solves `challenge` as soon as it mounts; a new challenge makes a new widget. */
export default function AltchaWidget(props: {
  challenge: string;
  onSolving: () => void;
  onSolved: (payload: string) => void;
  onFailed: () => void;
}) {
  let host: HTMLDivElement | undefined;

  createEffect(() => {
    const challenge = props.challenge;
    if (!host) return;
    const widget = document.createElement("altcha-widget");
    widget.setAttribute("challenge", challenge);
    widget.setAttribute("auto", "onload");
    widget.setAttribute("display", "invisible");
    widget.setAttribute("name", "altcha");
    widget.setAttribute("workers", String(powConcurrency()));
    widget.setAttribute("configuration", JSON.stringify({ hideFooter: true, hideLogo: true }));
    const onState = (event: Event) => {
      const detail = (event as CustomEvent<StateChange>).detail ?? {};
      if (detail.state === "verifying") props.onSolving();
      else if (detail.state === "verified" && detail.payload) props.onSolved(detail.payload);
      else if (detail.state === "error" || detail.state === "expired") props.onFailed();
    };
    widget.addEventListener("statechange", onState);
    host.replaceChildren(widget);
    onCleanup(() => {
      widget.removeEventListener("statechange", onState);
      widget.remove();
    });
  });

  return <div ref={host} class="altcha-host" />;
}
