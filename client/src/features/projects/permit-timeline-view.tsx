import { createMemo, For, Show } from "solid-js";
import { type FragmentOf, graphql, readFragment } from "../../lib/graphql";
import { formatDay, permitStatusLabel, permitTypeLabel } from "./format";
import { orderChanges, orderPermits } from "./permit-timeline";
import { projectsStrings } from "./strings";

export const PermitTimeline_PermitFragment = graphql(`
  fragment PermitTimeline_Permit on Permit {
    id
    number
    type
    issuedOn
    issuingOrgan
    scope
    status
    changes {
      on
      what
      reason
    }
  }
`);

/**
 * A project's permits as a vertical timeline, oldest first (permit-timeline.ts): type, number,
 * date, organ, scope and status, with a changed or revoked permit's history under it. The status is
 * a word (有效/变更/注销), not only a colour.
 */
export function PermitTimeline(props: { permits: readonly FragmentOf<typeof PermitTimeline_PermitFragment>[] }) {
  const strings = projectsStrings.project;
  const permits = createMemo(() =>
    orderPermits(props.permits.map((permit) => readFragment(PermitTimeline_PermitFragment, permit))),
  );
  return (
    <Show when={permits().length > 0} fallback={<p class="inline-note">{strings.noPermits}</p>}>
      <ol class="permit-timeline">
        <For each={permits()}>
          {(permit) => (
            <li class="permit-timeline__entry" data-status={permit.status}>
              <div class="permit-timeline__head">
                <h3 class="permit-timeline__type">{permitTypeLabel(permit.type)}</h3>
                <span class="permit-status" data-status={permit.status}>
                  {permitStatusLabel(permit.status)}
                </span>
                <time class="permit-timeline__date" datetime={permit.issuedOn}>
                  {formatDay(permit.issuedOn)}
                </time>
              </div>
              <dl class="details details--compact permit-timeline__details">
                <div class="details__row">
                  <dt>{strings.permitNumber}</dt>
                  <dd class="project__code">{permit.number}</dd>
                </div>
                <div class="details__row">
                  <dt>{strings.organ}</dt>
                  <dd>{permit.issuingOrgan}</dd>
                </div>
                <Show when={permit.scope}>
                  <div class="details__row">
                    <dt>{strings.scope}</dt>
                    <dd>{permit.scope}</dd>
                  </div>
                </Show>
              </dl>
              <Show when={permit.changes.length > 0}>
                <div class="permit-changes">
                  <h4>{strings.changes}</h4>
                  <ol>
                    <For each={orderChanges(permit.changes)}>
                      {(change) => (
                        <li>
                          <time datetime={change.on}>{formatDay(change.on)}</time> {change.what}
                          <Show when={change.reason}>{(reason) => <>（{strings.changeReason(reason())}）</>}</Show>
                        </li>
                      )}
                    </For>
                  </ol>
                </div>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
