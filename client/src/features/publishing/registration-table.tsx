import { createUniqueId, For, Show } from "solid-js";
import { type FragmentOf, graphql, readFragment } from "../../lib/graphql";
import { registrationRows } from "./registration-form";
import { publishingStrings } from "./strings";

export const RegistrationTable_ReviewRecordFragment = graphql(`
  fragment RegistrationTable_ReviewRecord on ReviewRecord {
    id
    step
    decision
    opinion
    actorName
    actorRoles
    at
    checklistJson
    revision {
      id
      number
    }
  }
`);

export type ReviewRecordData = FragmentOf<typeof RegistrationTable_ReviewRecordFragment>;

export function readRecords(records: readonly ReviewRecordData[]) {
  return records.map((record) => readFragment(RegistrationTable_ReviewRecordFragment, record));
}

/**
 * 信息发布审核登记表 as a table: 步骤, 决定, 意见, 人员, 角色, 时间 (Beijing time). On a phone the
 * table keeps its columns and scrolls sideways in a focusable region (WCAG 1.4.10 allows it for
 * data tables), rather than reflowing into cards that lose the header association.
 */
export function RegistrationTable(props: { records: readonly ReviewRecordData[] }) {
  const strings = publishingStrings.form;
  const captionId = createUniqueId();
  const rows = () => registrationRows(readRecords(props.records));
  return (
    <Show when={rows().length > 0} fallback={<p class="empty-state">{strings.empty}</p>}>
      {/* A focusable, named region so keyboard users can scroll it (axe: scrollable-region-focusable). */}
      <section class="table-scroll" aria-labelledby={captionId} tabindex="0">
        <table class="registration-table">
          <caption id={captionId} class="visually-hidden">
            {strings.caption}
          </caption>
          <thead>
            <tr>
              <For each={strings.columns}>{(column) => <th scope="col">{column}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(row) => (
                <tr>
                  <th scope="row">
                    {row.step}
                    <Show when={row.revision}>
                      <span class="registration-table__revision">{row.revision}</span>
                    </Show>
                  </th>
                  <td>
                    <span class="decision" data-decision={row.decisionCode}>
                      {row.decision}
                    </span>
                  </td>
                  <td class="registration-table__opinion">{row.opinion}</td>
                  <td>{row.person}</td>
                  <td>{row.roles}</td>
                  <td class="registration-table__time">
                    <time datetime={row.at}>{row.time}</time>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
      <p class="inline-note table-scroll__hint">{strings.scrollHint}</p>
    </Show>
  );
}
