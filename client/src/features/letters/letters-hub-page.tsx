import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import ChevronRight from "lucide-solid/icons/chevron-right";
import FileSearch from "lucide-solid/icons/file-search";
import Mail from "lucide-solid/icons/mail";
import ScrollText from "lucide-solid/icons/scroll-text";
import SearchCheck from "lucide-solid/icons/search-check";
import { type Component, createEffect, createSignal, For, on, Show } from "solid-js";
import { formatDate } from "../../lib/dates";
import { graphql } from "../../lib/graphql";
import { PageHeading } from "../../lib/page-heading";
import { formatCode } from "./codes";
import "./letters.css";
import { forgetLetter, listMyLetters, type MyLetter } from "./my-letters";
import { OutboxPanel } from "./outbox-panel";
import { outboxEntries, refreshOutbox } from "./outbox-runner";
import {
  DISCLOSURE_REQUEST_PATH,
  PUBLISHED_LETTERS_PATH,
  TRACK_LETTER_PATH,
  trackLetterHref,
  WRITE_LETTER_PATH,
} from "./paths";
import { LETTER_STATISTICS_PATH, shanghaiYear } from "./stats/period";
import { lettersStrings } from "./strings";

const strings = lettersStrings.hub;

const HeadlineStatisticsQuery = graphql(`
  query LettersHub_Statistics($year: Int!) {
    letterStatistics(year: $year) {
      year
      total
      reply {
        rate
      }
      satisfaction {
        rate
      }
      handling {
        averageWorkingDays
      }
    }
  }
`);

interface Entry {
  href: string;
  title: string;
  hint: string;
  icon: Component<{ size?: number; "aria-hidden"?: "true" }>;
}

const ENTRIES: readonly Entry[] = [
  { href: WRITE_LETTER_PATH, title: strings.write, hint: strings.writeHint, icon: Mail },
  { href: DISCLOSURE_REQUEST_PATH, title: strings.disclosure, hint: strings.disclosureHint, icon: FileSearch },
  { href: TRACK_LETTER_PATH, title: strings.track, hint: strings.trackHint, icon: SearchCheck },
  { href: PUBLISHED_LETTERS_PATH, title: strings.published, hint: strings.publishedHint, icon: ScrollText },
];

const percent = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? strings.statsNone : `${Math.round(rate * 100)}%`;

/** /letters — the 互动 tab: write, apply, track, read; this year's figures; the letters this phone sent. */
export default function LettersHubPage() {
  const year = shanghaiYear(new Date());
  const [stats] = createQuery({
    query: HeadlineStatisticsQuery,
    variables: { year },
    requestPolicy: "cache-and-network",
  });
  const [mine, setMine] = createSignal<MyLetter[]>([]);
  void refreshOutbox();
  // A letter the outbox sends while this page is open joins 我的来信 at once.
  createEffect(on(outboxEntries, () => void listMyLetters().then(setMine)));
  const forget = async (trackingCode: string) => {
    await forgetLetter(trackingCode);
    setMine(await listMyLetters());
  };

  return (
    <section class="page letters-page">
      <PageHeading>{strings.pageTitle}</PageHeading>
      <p class="page-intro">{strings.intro}</p>
      <nav aria-label={strings.entriesLabel}>
        <ul class="letters-entries">
          <For each={ENTRIES}>
            {(entry) => (
              <li>
                <A href={entry.href} class="letters-entry">
                  <entry.icon size={28} aria-hidden="true" />
                  <span class="letters-entry__text">
                    <span class="letters-entry__title">{entry.title}</span>
                    <span class="letters-entry__hint">{entry.hint}</span>
                  </span>
                  <ChevronRight size={20} aria-hidden="true" />
                </A>
              </li>
            )}
          </For>
        </ul>
      </nav>

      <OutboxPanel />

      <section class="card" aria-labelledby="my-letters-title">
        <h2 id="my-letters-title" class="card__title">
          {lettersStrings.mine.heading}
        </h2>
        <Show when={mine().length > 0} fallback={<p class="inline-note">{lettersStrings.mine.empty}</p>}>
          <p class="card__intro">{lettersStrings.mine.intro}</p>
          <ul class="my-letters">
            <For each={mine()}>
              {(letter) => (
                <li class="my-letter">
                  <A href={trackLetterHref(letter.trackingCode)} class="my-letter__link">
                    <span class="my-letter__subject">{letter.subject}</span>
                    <span class="my-letter__meta">
                      <span class="letters-code">{formatCode(letter.trackingCode.replace(/-/g, ""))}</span>
                      <span>{lettersStrings.mine.submittedAt(formatDate(letter.receivedAt))}</span>
                      <Show when={letter.accessCode}>
                        <span>{lettersStrings.mine.accessCodeKept}</span>
                      </Show>
                    </span>
                  </A>
                  <button
                    type="button"
                    class="button button--quiet button--small"
                    aria-label={lettersStrings.mine.forgetLabel(letter.trackingCode)}
                    onClick={() => void forget(letter.trackingCode)}
                  >
                    {lettersStrings.mine.forget}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>

      <section class="card" aria-labelledby="letters-stats-title">
        <h2 id="letters-stats-title" class="card__title">
          {strings.statsHeading(year)}
        </h2>
        <Show
          when={stats.data?.letterStatistics}
          fallback={
            <Show when={stats.error}>
              <p class="inline-note">{strings.statsUnavailable}</p>
            </Show>
          }
        >
          {(figures) => (
            <>
              <dl class="letters-stats">
                <div class="letters-stat">
                  <dt>{strings.statsReceived}</dt>
                  <dd>{figures().total}</dd>
                </div>
                <div class="letters-stat">
                  <dt>{strings.statsOnTime}</dt>
                  <dd>{percent(figures().reply.rate)}</dd>
                </div>
                <div class="letters-stat">
                  <dt>{strings.statsSatisfaction}</dt>
                  <dd>{percent(figures().satisfaction.rate)}</dd>
                </div>
                <div class="letters-stat">
                  <dt>{strings.statsAverage}</dt>
                  <dd>
                    {figures().handling.averageWorkingDays === null
                      ? strings.statsNone
                      : strings.statsDays(figures().handling.averageWorkingDays ?? 0)}
                  </dd>
                </div>
              </dl>
              <p class="field__hint">{strings.statsNote}</p>
            </>
          )}
        </Show>
        <A href={LETTER_STATISTICS_PATH} class="letters-crosslink">
          {strings.statsMore}
        </A>
      </section>
    </section>
  );
}
