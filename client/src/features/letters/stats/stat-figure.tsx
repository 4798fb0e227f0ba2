import { createSignal, createUniqueId, ErrorBoundary, type JSX, lazy, onMount, Show, Suspense } from "solid-js";
import { type ChartModel, chartHeightRem, hasValues } from "./chart-data";
import { DataTableView } from "./data-table-view";
import { statsStrings } from "./strings";

// chart.js arrives with the first chart drawn, in a chunk of its own (see letter-chart.tsx).
const LetterChart = lazy(() => import("./letter-chart"));

/**
 * One figure of the statistics: heading, note, the chart, and the same numbers as a table in a
 * <details> (the accessible form of the chart, and what shows when the chart cannot load offline).
 */
export function StatFigure(props: {
  title: string;
  /** The header of the table's first column (渠道, 月份 …). */
  category: string;
  model: ChartModel;
  note?: string | undefined;
  children?: JSX.Element;
}) {
  const headingId = createUniqueId();
  const [chartFailed, setChartFailed] = createSignal(false);

  return (
    <section class="card stat-figure" aria-labelledby={headingId}>
      <h2 id={headingId} class="card__title">
        {props.title}
      </h2>
      <Show when={props.note}>{(note) => <p class="card__intro">{note()}</p>}</Show>
      {props.children}
      <Show when={hasValues(props.model)}>
        <ErrorBoundary fallback={<ChartUnavailable onShow={() => setChartFailed(true)} />}>
          <Suspense
            fallback={
              <div class="stat-chart stat-chart--loading" style={{ height: `${chartHeightRem(props.model)}rem` }}>
                <span class="inline-note">{statsStrings.chart.loading}</span>
              </div>
            }
          >
            <LetterChart model={props.model} label={statsStrings.chart.label(props.title)} />
          </Suspense>
        </ErrorBoundary>
      </Show>
      <details class="stat-table" open={chartFailed() || !hasValues(props.model)}>
        <summary class="stat-table__summary">{statsStrings.table.show(props.title)}</summary>
        <DataTableView caption={props.title} category={props.category} model={props.model} />
      </details>
    </section>
  );
}

/** Said in place of a chart whose code could not be loaded (offline before it was ever cached). */
function ChartUnavailable(props: { onShow: () => void }) {
  onMount(() => props.onShow());
  return <p class="inline-note inline-note--offline">{statsStrings.chart.unavailable}</p>;
}
