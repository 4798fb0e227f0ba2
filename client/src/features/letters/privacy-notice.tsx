import { createQuery } from "@urql/solid";
import { For } from "solid-js";
import { graphql } from "../../lib/graphql";
import { lettersStrings } from "./strings";

const strings = lettersStrings.privacy;

const LetterPolicyQuery = graphql(`
  query LetterPolicy {
    letterPolicy {
      retentionDays
    }
  }
`);

/** 1095 → "3 年", 180 → "180 天": whole years when the period is whole years. */
export function retentionPeriod(days: number): string {
  return days % 365 === 0 ? `${days / 365} 年` : `${days} 天`;
}

/**
 * 个人信息保护法 (PIPL art. 17): what is collected, why, who sees it, for how long, the writer's
 * rights. How long is the server's setting, so the notice never promises what the nightly erasure
 * does not do; offline on a first visit it says "按本局规定的期限" rather than guess.
 */
export function PrivacyNotice(props: { id: string }) {
  const [policy] = createQuery({ query: LetterPolicyQuery, requestPolicy: "cache-and-network" });
  const items = () => {
    const days = policy.data?.letterPolicy.retentionDays;
    return strings.items(days ? retentionPeriod(days) : null);
  };
  return (
    <section class="privacy-notice" aria-labelledby={`${props.id}-title`} id={props.id}>
      <h2 id={`${props.id}-title`} class="privacy-notice__title">
        {strings.heading}
      </h2>
      <p>{strings.summary}</p>
      <details class="privacy-notice__details">
        <summary>{strings.more}</summary>
        <ul>
          <For each={items()}>{(item) => <li>{item}</li>}</For>
        </ul>
      </details>
    </section>
  );
}
