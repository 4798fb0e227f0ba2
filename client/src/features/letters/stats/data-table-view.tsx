import { createUniqueId, For } from "solid-js";
import { type ChartModel, dataTable } from "./chart-data";
import "./stats.css";

/** The figures of a ChartModel as a table: a row per category, a column per series, 合计 last. */
export function DataTableView(props: { caption: string; category: string; model: ChartModel }) {
  const table = () => dataTable(props.model);
  const captionId = createUniqueId();
  return (
    // A focusable, named region so keyboard users can scroll a table wider than the phone
    // (axe: scrollable-region-focusable).
    <section class="stat-table__scroll" aria-labelledby={captionId} tabindex="0">
      <table class="stat-table__table">
        <caption id={captionId} class="visually-hidden">
          {props.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{props.category}</th>
            <For each={table().columns}>{(column) => <th scope="col">{column}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={table().rows}>
            {(row) => (
              <tr>
                <th scope="row">{row.label}</th>
                <For each={row.cells}>{(cell) => <td>{cell}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{table().total.label}</th>
            <For each={table().total.cells}>{(cell) => <td>{cell}</td>}</For>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
