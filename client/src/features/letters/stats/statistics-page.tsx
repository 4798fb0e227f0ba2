import { A, useSearchParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import ChevronLeft from "lucide-solid/icons/chevron-left";
import Download from "lucide-solid/icons/download";
import { createMemo, createUniqueId, For, Match, Show, Switch } from "solid-js";
import { DataError, DataOffline, OfflineCacheNote, SkeletonList } from "../../../lib/data-states";
import { graphql, type ResultOf } from "../../../lib/graphql";
import { isOnline } from "../../../lib/online";
import { PageHeading } from "../../../lib/page-heading";
import { viewState } from "../../../lib/view-state";
import { LETTERS_PATH } from "../paths";
import {
  channelChart,
  departmentChart,
  formatRate,
  moderationChart,
  monthChart,
  onTimeChart,
  publicationChart,
  satisfactionChart,
  typeChart,
} from "./chart-data";
import { exportHref, type Period, parsePeriod, periodSearch, shanghaiYear, yearOptions } from "./period";
import { StatFigure } from "./stat-figure";
import "./stats.css";
import { statsStrings } from "./strings";

const StatisticsQuery = graphql(`
  query LetterStatisticsPage($year: Int!, $month: Int) {
    me {
      id
    }
    letterStatistics(year: $year, month: $month) {
      year
      month
      total
      byChannel {
        channel
        count
      }
      byType {
        type
        count
      }
      byDepartment {
        departmentName
        count
      }
      byMonth {
        month
        count
        byChannel {
          channel
          count
        }
      }
      acknowledgement {
        onTime
        late
        pending
        rate
      }
      reply {
        onTime
        late
        pending
        rate
      }
      handling {
        replied
        averageWorkingDays
      }
      satisfaction {
        satisfied
        basicallySatisfied
        unsatisfied
        unrated
        rate
      }
      publication {
        published
        hidden
        unpublished
      }
    }
  }
`);

// Its own query: a failure here must not take the letter figures down with it.
const ModerationCountsQuery = graphql(`
  query LetterStatisticsPage_Moderation($year: Int!) {
    moderationCounts(year: $year) {
      month
      letters
      comments
    }
  }
`);

type Statistics = ResultOf<typeof StatisticsQuery>["letterStatistics"];

const s = statsStrings;

/**
 * /letters/statistics — 来信统计, public: counts per channel, type, department and month, the
 * on-time rates, handling time, satisfaction, publication, and how much moderation hid. Every
 * chart has its data table; staff also get the xlsx export of the same period.
 */
export default function StatisticsPage() {
  const currentYear = shanghaiYear(new Date());
  const [params, setParams] = useSearchParams<{ year?: string; month?: string }>();
  const period = createMemo<Period>(() => parsePeriod({ year: params.year, month: params.month }, currentYear));
  const periodText = () => s.period(period().year, period().month);

  const [result, reexecute] = createQuery({
    query: StatisticsQuery,
    variables: () => ({ year: period().year, month: period().month }),
    requestPolicy: "cache-and-network",
  });
  const [moderation, reexecuteModeration] = createQuery({
    query: ModerationCountsQuery,
    variables: () => ({ year: period().year }),
    requestPolicy: "cache-and-network",
  });
  const stats = () => result.data?.letterStatistics;
  const state = () =>
    viewState({
      fetching: result.fetching,
      hasData: stats() !== undefined,
      isEmpty: false,
      hasError: result.error !== undefined,
      online: isOnline(),
    });
  const retry = () => {
    reexecute({ requestPolicy: "network-only" });
    reexecuteModeration({ requestPolicy: "network-only" });
  };
  const choose = (next: Period) => setParams(periodSearch(next), { replace: true });

  return (
    <section class="page letter-stats" aria-busy={state() === "loading"}>
      <A href={LETTERS_PATH} class="back-link">
        <ChevronLeft size={20} aria-hidden="true" />
        {s.backToHub}
      </A>
      <PageHeading documentTitle={s.documentTitle(periodText())}>{s.pageTitle}</PageHeading>
      <p class="card__intro">{s.intro}</p>

      <PeriodPicker period={period()} currentYear={currentYear} onChange={choose} />

      <Show when={result.data?.me}>
        <p class="stat-export">
          <a class="button button--secondary" href={exportHref(period())} download="" rel="external">
            <Download size={18} aria-hidden="true" />
            {s.exportExcel}
          </a>
          <span class="inline-note">{s.exportHint}</span>
        </p>
      </Show>

      <Show when={!isOnline() && stats() !== undefined}>
        <OfflineCacheNote />
      </Show>

      <Switch>
        <Match when={state() === "loading"}>
          <SkeletonList count={4} />
        </Match>
        <Match when={state() === "offline"}>
          <DataOffline onRetry={retry} />
        </Match>
        <Match when={state() === "error" && result.error}>
          {(error) => <DataError error={error()} onRetry={retry} />}
        </Match>
        <Match when={stats()}>
          {(current) => (
            <Show when={current().total > 0} fallback={<p class="empty-state">{s.empty(periodText())}</p>}>
              <LetterFigures stats={current()} />
            </Show>
          )}
        </Match>
      </Switch>

      <Show when={moderation.data?.moderationCounts}>
        {(months) => (
          <StatFigure
            title={s.sections.moderation}
            category={s.table.month}
            note={s.notes.moderation}
            model={moderationChart(months(), period().month)}
          />
        )}
      </Show>
      <Show when={moderation.error && !moderation.data}>
        <p class="inline-note">{s.moderation.unavailable}</p>
      </Show>
      <p class="inline-note">{s.basis}</p>
    </section>
  );
}

function PeriodPicker(props: { period: Period; currentYear: number; onChange: (period: Period) => void }) {
  const ids = { year: createUniqueId(), month: createUniqueId() };
  return (
    <form class="stat-period" onSubmit={(event) => event.preventDefault()}>
      <fieldset class="stat-period__fieldset">
        <legend class="field__label">{s.periodLegend}</legend>
        <div class="stat-period__fields">
          <div class="field">
            <label class="field__hint" for={ids.year}>
              {s.year}
            </label>
            <select
              id={ids.year}
              class="field__input"
              onChange={(event) => props.onChange({ ...props.period, year: Number(event.currentTarget.value) })}
            >
              <For each={yearOptions(props.currentYear, props.period.year)}>
                {(year) => (
                  <option value={String(year)} selected={year === props.period.year}>
                    {`${year} 年`}
                  </option>
                )}
              </For>
            </select>
          </div>
          <div class="field">
            <label class="field__hint" for={ids.month}>
              {s.month}
            </label>
            <select
              id={ids.month}
              class="field__input"
              onChange={(event) => {
                const value = event.currentTarget.value;
                props.onChange({ ...props.period, month: value === "" ? null : Number(value) });
              }}
            >
              <option value="" selected={props.period.month === null}>
                {s.wholeYear}
              </option>
              <For each={Array.from({ length: 12 }, (_, i) => i + 1)}>
                {(month) => (
                  <option value={String(month)} selected={month === props.period.month}>
                    {s.monthOption(month)}
                  </option>
                )}
              </For>
            </select>
          </div>
        </div>
      </fieldset>
    </form>
  );
}

function LetterFigures(props: { stats: Statistics }) {
  const f = s.figures;
  const average = () => props.stats.handling.averageWorkingDays;
  return (
    <>
      <dl class="stat-figures">
        <div class="stat-figures__item">
          <dt>{f.total}</dt>
          <dd>{f.totalValue(props.stats.total)}</dd>
        </div>
        <div class="stat-figures__item">
          <dt>{f.replyOnTime}</dt>
          <dd>{formatRate(props.stats.reply.rate)}</dd>
        </div>
        <div class="stat-figures__item">
          <dt>{f.ackOnTime}</dt>
          <dd>{formatRate(props.stats.acknowledgement.rate)}</dd>
        </div>
        <div class="stat-figures__item">
          <dt>{f.averageDays}</dt>
          <dd>{average() === null ? f.none : f.averageValue(average() ?? 0)}</dd>
        </div>
        <div class="stat-figures__item">
          <dt>{f.satisfaction}</dt>
          <dd>{formatRate(props.stats.satisfaction.rate)}</dd>
        </div>
      </dl>

      <Show when={props.stats.month === null}>
        <StatFigure title={s.sections.byMonth} category={s.table.month} model={monthChart(props.stats.byMonth)} />
      </Show>
      <StatFigure title={s.sections.byChannel} category={s.table.channel} model={channelChart(props.stats.byChannel)} />
      <StatFigure title={s.sections.byType} category={s.table.type} model={typeChart(props.stats.byType)} />
      <StatFigure
        title={s.sections.byDepartment}
        category={s.table.department}
        model={departmentChart(props.stats.byDepartment)}
      />
      <StatFigure
        title={s.sections.onTime}
        category={s.table.item}
        note={s.notes.onTime}
        model={onTimeChart(props.stats.acknowledgement, props.stats.reply)}
      >
        <p class="stat-handling">
          <strong>{s.sections.handling}：</strong>
          {average() === null
            ? s.notes.handlingNone
            : `${f.averageValue(average() ?? 0)}。${s.notes.handling(props.stats.handling.replied)}`}
        </p>
      </StatFigure>
      <StatFigure
        title={s.sections.satisfaction}
        category={s.table.rating}
        note={`${f.satisfaction}：${formatRate(props.stats.satisfaction.rate)}。${s.notes.satisfaction}`}
        model={satisfactionChart(props.stats.satisfaction)}
      />
      <StatFigure
        title={s.sections.publication}
        category={s.table.state}
        note={s.notes.publication}
        model={publicationChart(props.stats.publication)}
      />
    </>
  );
}
