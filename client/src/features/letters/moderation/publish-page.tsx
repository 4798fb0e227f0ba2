import { A, useParams, useSearchParams } from "@solidjs/router";
import { createQuery, useClient } from "@urql/solid";
import { createEffect, createSignal, createUniqueId, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { graphql, type ResultOf, readFragment } from "../../../lib/graphql";
import { isOnline } from "../../../lib/online";
import { viewState } from "../../../lib/view-state";
import { paramToId } from "../../publishing/paths";
import "../../publishing/publishing.css";
import { StaffDataView, StaffPage } from "../../publishing/staff-view";
import { stepError } from "../../publishing/step-errors";
import { PUBLISHED_LETTERS_PATH } from "../paths";
import "./moderation.css";
import { staffLetterPath } from "../staff/paths";
import { MODERATION_PATH } from "./paths";
import {
  confirmedFindings,
  type FieldDraft,
  type FieldRedaction,
  findingState,
  highlightSegments,
  initialDraft,
  outstandingCount,
  regenerated,
  unmentioned,
  withKept,
} from "./redaction";
import { moderationStrings } from "./strings";

const FieldRedaction_Fragment = graphql(`
  fragment PublishPage_FieldRedaction on FieldRedaction {
    original
    proposed
    findings {
      kind
      text
      masked
      start
      end
      known
    }
  }
`);

const RedactionQuery = graphql(
  `
  query LetterPublishPage($letterId: ID!) {
    letterRedaction(letterId: $letterId) {
      blocker
      subject {
        ...PublishPage_FieldRedaction
      }
      body {
        ...PublishPage_FieldRedaction
      }
      reply {
        ...PublishPage_FieldRedaction
      }
    }
  }
`,
  [FieldRedaction_Fragment],
);

const PublishMutation = graphql(`
  mutation LetterPublishPage_Publish($letterId: ID!, $input: PublishLetterInput!) {
    publishLetter(letterId: $letterId, input: $input) {
      letter {
        id
        subject
        publishedAt
      }
      error {
        message
        field
      }
      findings {
        kind
        text
      }
    }
  }
`);

type FieldName = "subject" | "body" | "reply";
const FIELDS: readonly FieldName[] = ["subject", "body", "reply"];
type Redaction = NonNullable<ResultOf<typeof RedactionQuery>["letterRedaction"]>;
type Refusal = { message: string; findings: Array<{ kind: string; text: string }> };

const strings = moderationStrings.publish;

/**
 * /staff/letters/:id/publish — 公开来信: the redaction step, then publishing. The server's findings
 * are highlighted in each original; the text to publish starts masked and the maintainer keeps
 * what is not personal (never the writer's own data) or edits it by hand. MAINTAINER, ADMIN.
 */
export default function PublishLetterPage() {
  const params = useParams<{ id: string }>();
  const letterId = () => paramToId(params.id);
  const [search] = useSearchParams<{ from?: string }>();
  const back = () =>
    search.from === "moderation"
      ? { href: MODERATION_PATH, label: strings.toModeration }
      : { href: staffLetterPath(letterId()), label: strings.backToLetter };
  const [result, reexecute] = createQuery({
    query: RedactionQuery,
    variables: () => ({ letterId: letterId() }),
    // The proposal is computed from the letter as it is now: never start from a stale one.
    requestPolicy: "network-only",
  });
  const redaction = () => result.data?.letterRedaction;
  const state = () =>
    viewState({
      fetching: result.fetching,
      hasData: result.data !== undefined,
      isEmpty: result.data !== undefined && redaction() === null,
      hasError: result.error !== undefined,
      online: isOnline(),
    });

  return (
    <StaffPage
      title={strings.pageTitle}
      back={back()}
      intro={strings.intro}
      loading={state() === "loading"}
      hasData={result.data !== undefined}
    >
      <StaffDataView
        state={state()}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
        emptyText={strings.notFound}
        forbiddenText={strings.forbidden}
      >
        <Show when={redaction()}>
          {(current) => (
            <Show when={current().blocker === null} fallback={<Blocked reason={current().blocker ?? ""} />}>
              <PublishForm letterId={letterId()} redaction={current()} />
            </Show>
          )}
        </Show>
      </StaffDataView>
    </StaffPage>
  );
}

function Blocked(props: { reason: string }) {
  return (
    <div class="refusal" role="alert">
      <h2 class="refusal__heading">{strings.blockedHeading}</h2>
      <p>{props.reason}</p>
    </div>
  );
}

function PublishForm(props: { letterId: string; redaction: Redaction }) {
  const client = useClient();
  const field = (name: FieldName): FieldRedaction => {
    const data = readFragment(FieldRedaction_Fragment, props.redaction[name]);
    return { original: data.original, proposed: data.proposed, findings: data.findings };
  };
  const [drafts, setDrafts] = createStore<Record<FieldName, FieldDraft>>({
    subject: initialDraft(field("subject")),
    body: initialDraft(field("body")),
    reply: initialDraft(field("reply")),
  });
  // A refetched proposal (the letter changed meanwhile) starts the drafts again.
  createEffect(() => {
    const fresh = FIELDS.map((name) => [name, initialDraft(field(name))] as const);
    setDrafts(Object.fromEntries(fresh) as Record<FieldName, FieldDraft>);
  });
  const entries = () => FIELDS.map((name) => ({ field: field(name), draft: drafts[name] }));
  const confirmed = () => new Set(confirmedFindings(entries()));
  const outstanding = () => outstandingCount(entries());

  const [busy, setBusy] = createSignal(false);
  const [refusal, setRefusal] = createSignal<Refusal | null>(null);
  const [published, setPublished] = createSignal(false);

  const publish = async () => {
    setRefusal(null);
    setPublished(false);
    setBusy(true);
    try {
      const outcome = await client
        .mutation(PublishMutation, {
          letterId: props.letterId,
          input: {
            subject: drafts.subject.text,
            body: drafts.body.text,
            reply: drafts.reply.text,
            confirmedFindings: [...confirmed()],
          },
        })
        .toPromise();
      const payload = outcome.data?.publishLetter;
      const error = stepError(outcome, payload);
      if (error)
        return setRefusal({ message: error.message, findings: unmentioned(error.message, payload?.findings ?? []) });
      setPublished(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="form publish-letter"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy()) void publish();
      }}
    >
      <For each={FIELDS}>
        {(name) => (
          <FieldCard
            name={name}
            field={field(name)}
            draft={drafts[name]}
            confirmed={confirmed()}
            onDraft={(draft) => setDrafts(name, draft)}
          />
        )}
      </For>

      <p class={outstanding() === 0 ? "form-success" : "notice"}>
        {outstanding() === 0 ? strings.summaryClean : strings.summaryOutstanding(outstanding())}
      </p>
      <div role="alert" class="form-error-slot">
        <Show when={refusal()}>
          {(current) => (
            <div class="form-error">
              <p>{current().message}</p>
              <Show when={current().findings.length}>
                <p>{strings.refusedFindings}</p>
                <ul class="refused-findings">
                  <For each={current().findings}>
                    {(finding) => <li>{strings.finding(findingLabel(finding.kind), finding.text)}</li>}
                  </For>
                </ul>
              </Show>
            </div>
          )}
        </Show>
      </div>
      <div role="status" class="form-status-slot">
        <Show when={published()}>
          <div class="form-success">
            <p>{strings.published}</p>
            <p class="button-row">
              <A href={PUBLISHED_LETTERS_PATH}>{strings.toPublished}</A>
              <A href={MODERATION_PATH}>{strings.toModeration}</A>
            </p>
          </div>
        </Show>
      </div>
      <p class="field__hint">{strings.resubmitHint}</p>
      <button type="submit" class="button button--block" disabled={busy() || !isOnline()}>
        {busy() ? moderationStrings.busy : strings.submit}
      </button>
    </form>
  );
}

function FieldCard(props: {
  name: FieldName;
  field: FieldRedaction;
  draft: FieldDraft;
  confirmed: ReadonlySet<string>;
  onDraft: (draft: FieldDraft) => void;
}) {
  const label = () => strings.fields[props.name];
  const ids = { heading: createUniqueId(), text: createUniqueId(), hint: createUniqueId() };
  const segments = () => highlightSegments(props.field.original, props.field.findings);
  return (
    <section class="card redaction-field" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} class="card__title">
        {label()}
      </h2>
      <div class="redaction-field__original">
        <p class="work-item__label">{strings.original}</p>
        <p class="redaction-text">
          <For each={segments()}>
            {(segment) => (
              <Show when={segment.finding !== null && props.field.findings[segment.finding]} fallback={segment.text}>
                {(finding) => (
                  <mark class="redaction-mark" data-known={finding().known ? "" : undefined}>
                    {segment.text}
                    <span class="visually-hidden">（{findingLabel(finding().kind)}）</span>
                  </mark>
                )}
              </Show>
            )}
          </For>
        </p>
      </div>

      <Show when={props.field.findings.length} fallback={<p class="inline-note">{strings.noFindings}</p>}>
        <h3 class="redaction-field__subheading">{strings.findingsHeading(props.field.findings.length)}</h3>
        <ul class="finding-list">
          <For each={props.field.findings}>
            {(finding, index) => {
              const state = () => findingState(finding, props.draft.text, props.confirmed);
              const kind = findingLabel(finding.kind);
              const whatId = createUniqueId();
              return (
                <li class="finding" data-state={state()}>
                  <p id={whatId} class="finding__what">
                    <strong>{strings.finding(kind, finding.text)}</strong>
                    <span class="finding__mask">{strings.maskedAs(finding.masked)}</span>
                  </p>
                  <Show when={!finding.known} fallback={<p class="finding__note">{strings.known}</p>}>
                    <label class="switch">
                      <input
                        type="checkbox"
                        checked={props.draft.kept.includes(index())}
                        aria-describedby={whatId}
                        onChange={(event) =>
                          props.onDraft(withKept(props.draft, props.field, index(), event.currentTarget.checked))
                        }
                      />
                      <span>{strings.keep}</span>
                    </label>
                  </Show>
                  <p class="finding__state">{strings.states[state()]}</p>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>

      <div class="field">
        <label class="field__label" for={ids.text}>
          {strings.publicText(label())}
        </label>
        <p id={ids.hint} class="field__hint">
          {strings.publicTextHint}
        </p>
        <Show
          when={props.name === "subject"}
          fallback={
            <textarea
              id={ids.text}
              class="field__input field__input--multiline"
              rows={props.name === "reply" ? 10 : 8}
              aria-describedby={ids.hint}
              value={props.draft.text}
              onInput={(event) => props.onDraft({ ...props.draft, text: event.currentTarget.value, edited: true })}
            />
          }
        >
          <input
            id={ids.text}
            class="field__input"
            aria-describedby={ids.hint}
            autocomplete="off"
            value={props.draft.text}
            onInput={(event) => props.onDraft({ ...props.draft, text: event.currentTarget.value, edited: true })}
          />
        </Show>
        <Show when={props.draft.edited}>
          <p class="field__hint">{strings.edited}</p>
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() => props.onDraft(regenerated(props.draft, props.field))}
          >
            {strings.regenerate}
          </button>
        </Show>
      </div>
    </section>
  );
}

function findingLabel(kind: string): string {
  return (moderationStrings.findingLabels as Record<string, string>)[kind] ?? kind;
}
