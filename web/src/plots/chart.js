// One plot's curves, drawn by Chart.js. Only the parts used are registered (a linear line
// chart and its legend), which keeps the bundle small. Curves are replaced and drawn with
// update('none'): no animation, no chart rebuilt while a slider is dragged. Markers and the
// crosshair are not drawn here but on the plot's overlay (overlay.js), which onDrawn redraws
// after each Chart.js render, when the scales may have moved.
import { Chart, LineController, LineElement, PointElement, LinearScale, Legend } from 'chart.js';
import { chartPoints, jumpDots } from './series.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend);

const afterRender = {
  id: 'afterRender',
  afterDraw(chart) {
    chart.$onDrawn?.();
  },
};

// onDrawn: after each render (the overlay follows); onResize: the plot changed size.
export function createPlot(canvas, theme, onDrawn, onResize) {
  const options = {
    animation: false,
    parsing: false,
    normalized: true,
    maintainAspectRatio: false,
    onResize: () => onResize?.(),
    // The widget handles the pointer itself (crosshair, drag to pan).
    events: [],
    layout: { padding: { top: 4, right: 8 } },
    scales: {
      x: { type: 'linear', title: { display: true, text: 'x' } },
      // The figure's caption names the y axis (f(x) or f'(x)).
      y: { type: 'linear', grace: '6%', title: { display: false } },
    },
    plugins: {
      legend: {
        position: 'bottom',
        labels: {
          usePointStyle: true,
          boxHeight: 7,
          filter: (item, data) => !data.datasets[item.datasetIndex].$aux,
          sort: (a, b) => a.datasetIndex - b.datasetIndex,
        },
      },
      tooltip: { enabled: false },
    },
  };
  // Themed (tick labels included) before the first layout, so Chart.js never builds its
  // default Intl.NumberFormat for ticks.
  themeOptions(options, theme);
  const chart = new Chart(canvas, { type: 'line', data: { datasets: [] }, options, plugins: [afterRender] });
  chart.$theme = theme;
  chart.$onDrawn = onDrawn;
  return chart;
}

export function applyTheme(chart, theme) {
  chart.$theme = theme;
  themeOptions(chart.options, theme);
}

function themeOptions({ scales, plugins }, theme) {
  for (const axis of [scales.x, scales.y]) {
    axis.grid = { color: theme.grid, tickColor: theme.grid };
    axis.border = { color: theme.axis };
    axis.ticks = { color: theme.muted, font: { family: theme.font }, callback: tickLabel };
    axis.title.color = theme.muted;
    axis.title.font = { family: theme.font, size: 13, style: 'italic' };
  }
  plugins.legend.labels.color = theme.fg;
  plugins.legend.labels.font = { family: theme.font, size: 13 };
}

// Tick values are round numbers made inexact by binary steps (0.30000000000000004): ten
// significant digits show them as typed, without Chart.js building an Intl.NumberFormat.
function tickLabel(value) {
  return String(Number(value.toPrecision(10)));
}

// series: [{ key, label, color, record }] (record: a curve record, see series.js); a series
// whose key and record are those already drawn keeps its Chart.js data. withMarkers: a
// legend entry for the test vector's markers (drawn on the overlay).
export function drawCurves(chart, { series, withMarkers, xmin, xmax }) {
  const theme = chart.$theme;
  const previous = chart.$series ?? new Map();
  const current = new Map();
  const lines = [];
  const dots = [];
  for (const { key, label, color, record } of series) {
    const old = previous.get(key);
    const data = old?.record === record ? old.data : { points: chartPoints(record), dots: jumpDots(record.jumps) };
    current.set(key, { record, data });
    lines.push({
      label,
      data: data.points,
      borderColor: color,
      backgroundColor: color,
      borderWidth: 2.25,
      pointRadius: 0,
      pointHoverRadius: 0,
      spanGaps: false,
      order: 2,
    });
    if (data.dots.length > 0) {
      dots.push({
        $aux: true,
        data: data.dots,
        showLine: false,
        pointRadius: 4.5,
        pointBorderWidth: 2,
        pointBorderColor: color,
        pointBackgroundColor: data.dots.map((d) => (d.filled ? color : theme.panel)),
        order: 1,
      });
    }
  }
  chart.$series = current;
  const datasets = [...lines, ...dots];
  if (withMarkers) {
    // Only for the legend: the markers themselves are on the overlay.
    datasets.push({
      label: 'test vector',
      data: [],
      showLine: false,
      pointStyle: 'rectRot',
      borderColor: theme.marker,
      backgroundColor: theme.marker,
    });
  }
  chart.options.scales.x.min = xmin;
  chart.options.scales.x.max = xmax;
  chart.data.datasets = datasets;
  chart.update('none');
}

// Data coordinates <-> canvas coordinates (CSS pixels from the canvas's top left).
export function valueAtPixel(chart, px) {
  return chart.scales.x.getValueForPixel(px);
}

export function plotArea(chart) {
  return chart.chartArea;
}

export function pixelAt(chart, x, y) {
  return { x: chart.scales.x.getPixelForValue(x), y: chart.scales.y.getPixelForValue(y) };
}
