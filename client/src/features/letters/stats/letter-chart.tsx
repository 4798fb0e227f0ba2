// The only module that imports chart.js: the statistics page loads it with lazy(), so the library
// is a chunk of its own that no other page downloads, and the service worker leaves it out of the
// precache (vite.config.ts) and caches it the first time someone opens the statistics.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  Tooltip,
} from "chart.js";
import { createEffect, onCleanup, onMount } from "solid-js";
import { type ChartModel, chartHeightRem } from "./chart-data";

// Tree-shaken registration: bar charts only (every figure here is a count per category).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const PALETTE = ["--chart-1", "--chart-2", "--chart-3", "--chart-4", "--chart-5"];

interface Theme {
  colors: (name: string) => string;
  text: string;
  grid: string;
  surface: string;
  font: { family: string; size: number };
}

/**
 * Colours and type come from the design tokens on the canvas, so the high-contrast theme and the
 * 关怀 large-text mode apply to the chart as they do to the page.
 */
function themeOf(element: HTMLElement): Theme {
  const style = getComputedStyle(element);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    colors: (name) => token(name, "#0b5cab"),
    text: token("--color-text", "#1a1f26"),
    grid: token("--color-border", "#c9d1db"),
    surface: token("--color-surface", "#ffffff"),
    font: { family: style.fontFamily, size: Number.parseFloat(style.fontSize) || 14 },
  };
}

function configOf(model: ChartModel, theme: Theme): ChartConfiguration<"bar"> {
  const valueAxis = {
    stacked: model.stacked,
    beginAtZero: true,
    ticks: { precision: 0, color: theme.text, font: theme.font },
    grid: { color: theme.grid },
    border: { color: theme.text },
  };
  const categoryAxis = {
    stacked: model.stacked,
    ticks: { color: theme.text, font: theme.font, autoSkip: false },
    grid: { display: false },
    border: { color: theme.text },
  };
  return {
    type: "bar",
    data: {
      labels: model.labels,
      datasets: model.series.map((series, i) => ({
        label: series.label,
        data: series.values,
        backgroundColor: theme.colors(model.colors?.[i] ?? PALETTE[i % PALETTE.length] ?? "--chart-1"),
        // A line of the page colour between stacked parts keeps neighbouring colours apart.
        borderColor: theme.surface,
        borderWidth: model.stacked ? 1 : 0,
        maxBarThickness: 40,
      })),
    },
    options: {
      indexAxis: model.horizontal ? "y" : "x",
      responsive: true,
      maintainAspectRatio: false,
      // Figures, not a show: nothing moves (and prefers-reduced-motion needs no special case).
      animation: false,
      scales: model.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: {
          display: model.series.length > 1,
          position: "bottom",
          labels: { color: theme.text, font: theme.font, boxWidth: theme.font.size },
        },
        tooltip: { bodyFont: theme.font, titleFont: theme.font },
      },
    },
  };
}

/** A bar chart of one ChartModel. Decorative for screen readers beyond its label: the table has the data. */
export default function LetterChart(props: { model: ChartModel; label: string }) {
  let canvas: HTMLCanvasElement | undefined;
  let chart: Chart<"bar"> | undefined;

  const draw = (model: ChartModel) => {
    if (!canvas) return;
    chart?.destroy();
    chart = new Chart(canvas, configOf(model, themeOf(canvas)));
  };

  onMount(() => {
    createEffect(() => draw(props.model));
    // The display settings switch attributes on <html>; redraw with the tokens they select.
    const observer = new MutationObserver(() => draw(props.model));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ["data-text-size", "data-contrast"],
    });
    onCleanup(() => {
      observer.disconnect();
      chart?.destroy();
    });
  });

  return (
    <div class="stat-chart" style={{ height: `${chartHeightRem(props.model)}rem` }}>
      <canvas ref={canvas} role="img" aria-label={props.label} />
    </div>
  );
}
