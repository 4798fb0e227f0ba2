import { For } from "solid-js";
import { lettersStrings } from "./strings";

const strings = lettersStrings.privacy;

/** 个人信息保护法 (PIPL art. 17): what is collected, why, who sees it, for how long, the writer's rights. */
export function PrivacyNotice(props: { id: string }) {
  return (
    <section class="privacy-notice" aria-labelledby={`${props.id}-title`} id={props.id}>
      <h2 id={`${props.id}-title`} class="privacy-notice__title">
        {strings.heading}
      </h2>
      <p>{strings.summary}</p>
      <details class="privacy-notice__details">
        <summary>{strings.more}</summary>
        <ul>
          <For each={strings.items}>{(item) => <li>{item}</li>}</For>
        </ul>
      </details>
    </section>
  );
}
