import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import TriangleAlert from "lucide-solid/icons/triangle-alert";
import { Show } from "solid-js";
import { graphql } from "../../../lib/graphql";
import { inboxHref } from "./inbox-params";
import "./letters-staff.css";
import { readsLetters } from "./staff-access";
import { lettersStaffStrings } from "./strings";

const OverdueBannerQuery = graphql(`
  query OverdueBanner_Counts {
    me {
      id
      roles
    }
    overdueLetterCount
    oldestOpenLetter {
      trackingCode
      ageDays
      beyondInspectionLine
    }
  }
`);

const strings = lettersStaffStrings.banner;

/**
 * Overdue letters, flagged on every staff screen (StaffPage renders this): how many are past a
 * deadline, with a link to them, and how old the oldest unanswered letter is. Three months
 * unanswered fails the national inspection of government websites, so that gets the strongest
 * warning. Says nothing while loading, when all is on time, or to staff who do not work on letters.
 */
export function OverdueBanner() {
  const [result] = createQuery({ query: OverdueBannerQuery, requestPolicy: "cache-and-network" });
  // Editors and checkers do not work on letters (and may not open the inbox): no banner for them.
  const concerned = () => readsLetters(result.data?.me?.roles ?? []);
  const overdue = () => result.data?.overdueLetterCount ?? 0;
  const oldest = () => result.data?.oldestOpenLetter ?? null;
  const beyondLine = () => oldest()?.beyondInspectionLine === true;

  return (
    <Show when={concerned() && (overdue() > 0 || beyondLine())}>
      <div class="overdue-banner" classList={{ "overdue-banner--critical": beyondLine() }}>
        <TriangleAlert size={24} aria-hidden="true" class="overdue-banner__icon" />
        <div class="overdue-banner__text">
          <Show when={overdue() > 0}>
            <p class="overdue-banner__count">
              <A href={inboxHref({ due: "OVERDUE" })}>{strings.overdue(overdue())}</A>
            </p>
          </Show>
          <Show when={oldest()}>
            {(letter) => (
              <p>
                <A href={inboxHref({ q: letter().trackingCode })}>
                  {strings.oldest(letter().ageDays, letter().trackingCode)}
                </A>
              </p>
            )}
          </Show>
          <Show when={beyondLine()}>
            <p class="overdue-banner__line">{strings.beyondLine}</p>
          </Show>
        </div>
      </div>
    </Show>
  );
}
