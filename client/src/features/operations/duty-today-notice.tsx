import { A } from "@solidjs/router";
import { type FragmentOf, graphql, readFragment } from "../../lib/graphql";
import { dutyTodayNotice } from "./duty-today";
import { DUTY_ROSTER } from "./paths";
import { operationsStrings } from "./strings";
import "./operations.css";

export const DutyTodayNotice_DutyDay = graphql(`
  fragment DutyTodayNotice_DutyDay on DutyDay {
    date
    viewerOnDuty
    shifts {
      id
      user {
        id
        displayName
      }
    }
  }
`);

const strings = operationsStrings.dutyToday;

/**
 * 今日值班 on the emergency page: whether the signed-in user may publish in an emergency today
 * and, if not, who is on duty, so nobody is offered a step the server will refuse.
 */
export function DutyTodayCard(props: { day: FragmentOf<typeof DutyTodayNotice_DutyDay>; roles: readonly string[] }) {
  const notice = () => {
    const day = readFragment(DutyTodayNotice_DutyDay, props.day);
    return dutyTodayNotice({
      date: day.date,
      viewerOnDuty: day.viewerOnDuty,
      onDuty: day.shifts.map((s) => s.user.displayName),
      viewerRoles: props.roles,
    });
  };
  return (
    <section class="card duty-today" data-tone={notice().tone} aria-labelledby="duty-today-heading">
      <h2 id="duty-today-heading" class="card__title">
        {strings.heading}
      </h2>
      <p>{notice().text}</p>
      <A href={DUTY_ROSTER}>{strings.rosterLink}</A>
    </section>
  );
}
