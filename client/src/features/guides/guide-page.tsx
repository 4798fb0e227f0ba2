import { A, useParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import ExternalLink from "lucide-solid/icons/external-link";
import Phone from "lucide-solid/icons/phone";
import Printer from "lucide-solid/icons/printer";
import { createUniqueId, For, type JSX, onCleanup, onMount, Show } from "solid-js";
import { OfflineCacheNote } from "../../lib/data-states";
import { formatDate } from "../../lib/dates";
import { DetailPage } from "../../lib/detail-page";
import { graphql, type ResultOf } from "../../lib/graphql";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { decodeParam } from "../../lib/route-params";
import "../content/content.css";
import { feeLine, isFree, legalBasisText, phoneLinks, safeHttpUrl, textLines } from "./guide-format";
import "./guides.css";
import { MaterialsChecklist } from "./materials-checklist";
import { GUIDES_PATH } from "./paths";
import { StepFlow, TimeLimits } from "./step-flow-view";
import { guideStrings } from "./strings";

export const GuideQuery = graphql(`
  query GuidePage_Guide($slug: String!) {
    guide(slug: $slug) {
      id
      slug
      revision
      title
      itemName
      category
      implementingOrgan
      summary
      body
      publishedAt
      legalBasis {
        law
        article
      }
      conditions
      statutoryDays
      promisedDays
      materials {
        id
        name
        form
        copies
        required
        note
        templateUrl
        sampleUrl
      }
      steps {
        name
        actor
        description
        days
        outcome
        excludedFromLimit
      }
      fees {
        name
        amount
        basis
      }
      officeAddress
      officeHours
      phone
      onlineUrl
      faq {
        question
        answer
      }
      relatedLaws {
        name
        url
      }
    }
  }
`);

type Guide = NonNullable<ResultOf<typeof GuideQuery>["guide"]>;

/**
 * /query/guides/:slug — one 办事指南. Offline it reads from graphcache's IndexedDB copy (lib/urql.ts)
 * and the page's chunk from the service worker's precache, so a guide opened once opens again
 * with no network, its checklist ticks included (checklist-store.ts).
 */
export default function GuidePage() {
  const rawParams = useParams<{ slug: string }>();
  const slug = () => decodeParam(rawParams.slug);
  const [result, reexecute] = createQuery({
    query: GuideQuery,
    variables: () => ({ slug: slug() }),
    requestPolicy: "cache-and-network",
  });
  const back = { href: GUIDES_PATH, label: guideStrings.guide.back };
  // Another guide is another page (title, focus, checklist): DetailPage renders it keyed.
  return (
    <DetailPage
      result={result}
      answer={result.data?.guide}
      matches={(found) => found.slug === slug()}
      onRetry={() => reexecute({ requestPolicy: "network-only" })}
      skeletons={3}
      notFound={{ title: guideStrings.guide.notFoundTitle, body: guideStrings.guide.notFound, back }}
      gone={{ title: guideStrings.guide.goneTitle, body: guideStrings.guide.goneHint, back }}
    >
      {(guide) => <GuideArticle guide={guide} />}
    </DetailPage>
  );
}

function GuideArticle(props: { guide: Guide }) {
  const strings = guideStrings.guide;
  const guide = () => props.guide;
  const phones = () => phoneLinks(guide().phone);
  const online = () => safeHttpUrl(guide().onlineUrl);
  let article: HTMLElement | undefined;

  // Paper cannot open a <details>: every answer prints open, and closes again afterwards.
  onMount(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...(article?.querySelectorAll<HTMLDetailsElement>("details:not([open])") ?? [])];
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    onCleanup(() => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    });
  });

  return (
    <article ref={article} class="guide" style={{ "--print-origin": JSON.stringify(window.location.origin) }}>
      <Show when={!isOnline()}>
        <OfflineCacheNote />
      </Show>
      <A href={GUIDES_PATH} class="back-link">
        {strings.back}
      </A>
      <header class="guide__header">
        <Show when={guide().category}>{(category) => <p class="guide__category">{category()}</p>}</Show>
        <PageHeading>{guide().title}</PageHeading>
        <dl class="guide__facts">
          <Show when={guide().itemName !== guide().title}>
            <div>
              <dt>{strings.itemName}</dt>
              <dd>{guide().itemName}</dd>
            </div>
          </Show>
          <Show when={guide().implementingOrgan}>
            {(organ) => (
              <div>
                <dt>{strings.organ}</dt>
                <dd>{organ()}</dd>
              </div>
            )}
          </Show>
          <Show when={guide().publishedAt}>
            {(at) => (
              <div>
                <dt>{strings.updated}</dt>
                <dd>
                  <time datetime={at()}>{formatDate(at())}</time>
                </dd>
              </div>
            )}
          </Show>
        </dl>
        <Show when={guide().summary}>{(summary) => <p class="guide__summary">{summary()}</p>}</Show>
      </header>

      <TimeLimits promisedDays={guide().promisedDays} statutoryDays={guide().statutoryDays} />

      <Show when={guide().steps.length > 0}>
        <StepFlow steps={guide().steps} promisedDays={guide().promisedDays} statutoryDays={guide().statutoryDays} />
      </Show>

      <Show when={guide().materials.length > 0}>
        <MaterialsChecklist slug={guide().slug} revision={guide().revision} materials={guide().materials} />
        <div class="guide__actions">
          <button type="button" class="button button--secondary" onClick={() => window.print()}>
            <Printer size={20} aria-hidden="true" />
            {strings.print}
          </button>
        </div>
      </Show>

      <Show when={guide().conditions.length > 0}>
        <GuideSection title={strings.conditionsHeading}>
          <ol class="guide-bullets">
            <For each={guide().conditions}>{(condition) => <li>{condition}</li>}</For>
          </ol>
        </GuideSection>
      </Show>

      <Show when={guide().legalBasis.length > 0}>
        <GuideSection title={strings.legalBasisHeading}>
          <ul class="guide-bullets">
            <For each={guide().legalBasis}>{(basis) => <li>{legalBasisText(basis)}</li>}</For>
          </ul>
        </GuideSection>
      </Show>

      <GuideSection title={strings.feesHeading}>
        <Show when={!isFree(guide().fees)} fallback={<p>{strings.free}</p>}>
          <ul class="guide-bullets">
            <For each={guide().fees}>
              {(fee) => (
                <li>
                  {feeLine(fee)}
                  <Show when={fee.basis}>{(basis) => <p class="inline-note">{strings.feeBasis(basis())}</p>}</Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </GuideSection>

      <GuideSection title={strings.officeHeading}>
        <dl class="details guide-office">
          <Show when={guide().officeAddress}>
            {(address) => (
              <div class="details__row">
                <dt>{strings.address}</dt>
                <dd>{address()}</dd>
              </div>
            )}
          </Show>
          <Show when={guide().officeHours}>
            {(hours) => (
              <div class="details__row">
                <dt>{strings.hours}</dt>
                <dd>{hours()}</dd>
              </div>
            )}
          </Show>
          <Show when={guide().phone}>
            {(phone) => (
              <div class="details__row">
                <dt>{strings.phone}</dt>
                <dd>
                  <Show when={phones().length > 0} fallback={phone()}>
                    <For each={phones()}>
                      {(link) => (
                        <a href={link.href} class="office-phone">
                          <Phone size={16} aria-hidden="true" />
                          {link.label}
                        </a>
                      )}
                    </For>
                  </Show>
                </dd>
              </div>
            )}
          </Show>
        </dl>
      </GuideSection>

      <Show when={online()}>
        {(href) => (
          <GuideSection title={strings.onlineHeading}>
            <p>
              <a href={href()} class="button" target="_blank" rel="noopener">
                <ExternalLink size={20} aria-hidden="true" />
                {strings.onlineApply}
                <span class="visually-hidden">（{strings.onlineHint}）</span>
              </a>
            </p>
          </GuideSection>
        )}
      </Show>

      {/* Notes beyond the structured elements. The server sanitises the body (allow-listed tags and attributes). */}
      <Show when={guide().body.trim()}>
        <div class="prose" innerHTML={guide().body} />
      </Show>

      <Show when={guide().faq.length > 0}>
        <GuideSection title={strings.faqHeading}>
          <div class="faq-list">
            <For each={guide().faq}>
              {(faq) => (
                <details class="faq">
                  <summary>{faq.question}</summary>
                  <div class="faq__answer guide-text">
                    <For each={textLines(faq.answer)}>{(line) => <p>{line}</p>}</For>
                  </div>
                </details>
              )}
            </For>
          </div>
        </GuideSection>
      </Show>

      <Show when={guide().relatedLaws.length > 0}>
        <GuideSection title={strings.lawsHeading}>
          <ul class="guide-bullets">
            <For each={guide().relatedLaws}>
              {(law) => (
                <li>
                  <Show when={safeHttpUrl(law.url)} fallback={law.name}>
                    {(href) => (
                      <a href={href()} target="_blank" rel="noopener">
                        {law.name}
                        <span class="visually-hidden">（{strings.onlineHint}）</span>
                      </a>
                    )}
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </GuideSection>
      </Show>

      <p class="print-only">
        {strings.printedFrom}
        {window.location.href}
      </p>
    </article>
  );
}

function GuideSection(props: { title: string; children: JSX.Element }) {
  const id = createUniqueId();
  return (
    <section class="guide-section" aria-labelledby={id}>
      <h2 id={id} class="section-title">
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
