// The two plots. Only the Chart.js parts we use are registered, which keeps the bundle small.
import {
  Chart, LineController, LineElement, PointElement, LinearScale, ScatterController, Legend, Tooltip,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, ScatterController, Legend, Tooltip);

export const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b'];
const MARKER_COLOR = '#d62728';

export function createChart(canvas, title) {
  return new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', intersect: false },
      scales: {
        x: { type: 'linear', title: { display: true, text: 'x' } },
        y: { type: 'linear', title: { display: true, text: title } },
      },
      plugins: { legend: { position: 'bottom' }, tooltip: { enabled: true } },
    },
  });
}

// series: [{ label, color, points: [{x, y}] }]; markers: [{x, y}] for the typed test vector.
export function drawCurves(chart, series, markers) {
  const datasets = series.map(({ label, color, points }) => ({
    type: 'line',
    label,
    data: points,
    borderColor: color,
    backgroundColor: color,
    borderWidth: 2,
    pointRadius: 0,
    spanGaps: false,
  }));
  if (markers.length > 0) {
    datasets.push({
      type: 'scatter',
      label: 'test vector',
      data: markers,
      borderColor: MARKER_COLOR,
      backgroundColor: MARKER_COLOR,
      pointRadius: 4,
    });
  }
  chart.data.datasets = datasets;
  chart.update('none');
}
