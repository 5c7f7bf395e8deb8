// The two plots. Only the Chart.js parts we use are registered, which keeps the bundle small.
// Curves are replaced and drawn with update('none'): no animation, no chart rebuilt while a
// slider is dragged. The test vector's markers are painted by a plugin, so typing in the
// vector costs a redraw, never a Chart.js update of 2 x 2,001 points per function.
import { Chart, LineController, LineElement, PointElement, LinearScale, Legend } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend);

// The vertical line under the pointer, drawn on both plots at once.
const crosshair = {
  id: 'crosshair',
  afterDatasetsDraw(chart) {
    const x = chart.$crosshairX;
    if (x === undefined || x === null) return;
    const { ctx, chartArea: area, scales } = chart;
    const px = scales.x.getPixelForValue(x);
    if (px < area.left || px > area.right) return;
    ctx.save();
    ctx.strokeStyle = chart.$theme.muted;
    ctx.lineWidth = 1;
    ctx.setLineDash([4, 4]);
    ctx.beginPath();
    ctx.moveTo(px, area.top);
    ctx.lineTo(px, area.bottom);
    ctx.stroke();
    ctx.restore();
  },
};

// The typed vector's points, drawn over the curves as red diamonds ringed in the panel colour.
const markers = {
  id: 'markers',
  afterDatasetsDraw(chart) {
    const points = chart.$markers;
    if (!points || points.length === 0) return;
    const { ctx, chartArea: area, scales } = chart;
    const r = 5;
    ctx.save();
    ctx.beginPath();
    ctx.rect(area.left - r, area.top - r, area.right - area.left + 2 * r, area.bottom - area.top + 2 * r);
    ctx.clip();
    ctx.fillStyle = chart.$theme.marker;
    ctx.strokeStyle = chart.$theme.panel;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    // One diamond per pixel: a pasted vector repeats values, and stacked copies look the same.
    const drawn = new Set();
    for (const { x, y } of points) {
      const px = Math.round(scales.x.getPixelForValue(x));
      const py = Math.round(scales.y.getPixelForValue(y));
      if (px < area.left - r || px > area.right + r || py < area.top - r || py > area.bottom + r) continue;
      if (drawn.has(px * 65536 + py)) continue;
      drawn.add(px * 65536 + py);
      ctx.moveTo(px, py - r);
      ctx.lineTo(px + r, py);
      ctx.lineTo(px, py + r);
      ctx.lineTo(px - r, py);
      ctx.closePath();
    }
    ctx.fill();
    ctx.stroke();
    ctx.restore();
  },
};

export function createPlot(canvas, theme) {
  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      maintainAspectRatio: false,
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
    },
    plugins: [markers, crosshair],
  });
  applyTheme(chart, theme);
  return chart;
}

export function applyTheme(chart, theme) {
  chart.$theme = theme;
  const { scales, plugins } = chart.options;
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

// series: [{ label, color, curve: { points, dots } }]; withMarkers: a legend entry for the
// test vector's markers (set them with setMarkers).
export function drawPlot(chart, { series, withMarkers, xmin, xmax }) {
  const theme = chart.$theme;
  const datasets = series.map(({ label, color, curve }) => ({
    label,
    data: curve.points,
    borderColor: color,
    backgroundColor: color,
    borderWidth: 2.25,
    pointRadius: 0,
    pointHoverRadius: 0,
    spanGaps: false,
    order: 2,
  }));
  for (const { color, curve } of series) {
    if (curve.dots.length === 0) continue;
    datasets.push({
      $aux: true,
      data: curve.dots,
      showLine: false,
      pointRadius: 4.5,
      pointBorderWidth: 2,
      pointBorderColor: color,
      pointBackgroundColor: curve.dots.map((d) => (d.filled ? color : theme.panel)),
      order: 1,
    });
  }
  if (withMarkers) {
    // Only for the legend: the markers themselves are drawn by the plugin above.
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

// The typed vector's points; vector-evaluation.js already keeps them to MAX_MARKERS, so a
// pasted vector of 10^6 numbers still draws in a frame.
export function setMarkers(chart, points) {
  chart.$markers = points;
}

export function setCrosshair(chart, x) {
  chart.$crosshairX = x;
  chart.draw();
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
