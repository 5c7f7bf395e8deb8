// The baseline page of `npm run bench`: Leaky ReLU and ReLU (the widget's default pair for
// ?fn=leaky_relu) and their derivatives, 2,001 samples each on [-5, 5], computed in plain
// JavaScript and drawn with the same Chart.js parts and options as web/src/charts.js.
import { Chart, LineController, LineElement, PointElement, LinearScale, Legend } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend);

const SAMPLES = 2001;
const X0 = -5;
const X1 = 5;
const COLORS = ['#1f77b4', '#ff7f0e'];

function createPlot(canvas, yTitle) {
  return new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      maintainAspectRatio: false,
      events: [],
      layout: { padding: { top: 4, right: 8 } },
      scales: {
        x: { type: 'linear', min: X0, max: X1, title: { display: true, text: 'x' } },
        y: { type: 'linear', grace: '6%', title: { display: true, text: yTitle } },
      },
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 7 } }, tooltip: { enabled: false } },
    },
  });
}

// x <= 0 takes the leak branch, as the core's relu_f64 does.
function sample(leak) {
  const f = new Array(SAMPLES);
  const df = new Array(SAMPLES);
  for (let i = 0; i < SAMPLES; i++) {
    const x = i + 1 === SAMPLES ? X1 : X0 + ((X1 - X0) * i) / (SAMPLES - 1);
    f[i] = { x, y: x <= 0 ? leak * x : x };
    df[i] = { x, y: x <= 0 ? leak : 1 };
  }
  return { f, df };
}

function dataset(label, color, data) {
  return { label, data, borderColor: color, backgroundColor: color, borderWidth: 2, pointRadius: 0, spanGaps: false };
}

const charts = { f: createPlot(document.querySelector('#chart-f'), 'f(x)'), df: createPlot(document.querySelector('#chart-df'), 'f′(x)') };
const box = document.querySelector('#param-leak');
const slider = document.querySelector('#slider-leak');

function render() {
  const leak = Number(box.value);
  if (!Number.isFinite(leak)) return;
  const curves = [
    { label: `Leaky ReLU (leak = ${box.value})`, ...sample(leak) },
    { label: 'ReLU', ...sample(0) },
  ];
  for (const plot of ['f', 'df']) {
    charts[plot].data.datasets = curves.map((c, i) => dataset(c.label, COLORS[i], c[plot]));
    charts[plot].update('none');
  }
}

box.addEventListener('input', () => {
  if (Number.isFinite(Number(box.value))) slider.value = box.value;
  render();
});
slider.addEventListener('input', () => {
  box.value = slider.value;
  render();
});

render();
document.documentElement.dataset.ready = 'true';
