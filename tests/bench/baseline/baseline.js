// The baseline page of `npm run bench`: a function and ReLU (the widget's pair for
// ?fn=leaky_relu, and for ?fn=elu&compare=relu) and their derivatives, 2,001 samples each on
// [-5, 5], computed in plain JavaScript and drawn with the same Chart.js parts and options as
// the widget's plots (web/src/plots/chart.js). ?fn=leaky_relu (the default) or ?fn=elu picks
// the function and its parameter box (#param-leak or #param-alpha).
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

// x <= 0 takes the leak branch, as the core's relu_f64 does; ELU as the catalogue defines it.
const FUNCTIONS = {
  leaky_relu: {
    name: 'Leaky ReLU', param: 'leak', label: 'Leak', initial: '0.1',
    f: (x, a) => (x <= 0 ? a * x : x), df: (x, a) => (x <= 0 ? a : 1),
  },
  elu: {
    name: 'ELU', param: 'alpha', label: 'Alpha', initial: '1.0',
    f: (x, a) => (x > 0 ? x : a * Math.expm1(x)), df: (x, a) => (x > 0 ? 1 : a * Math.exp(x)),
  },
};
const RELU = { f: (x) => (x <= 0 ? 0 * x : x), df: (x) => (x <= 0 ? 0 : 1) };
const chosen = FUNCTIONS[new URLSearchParams(location.search).get('fn')] ?? FUNCTIONS.leaky_relu;

function sample(fn, a) {
  const f = new Array(SAMPLES);
  const df = new Array(SAMPLES);
  for (let i = 0; i < SAMPLES; i++) {
    const x = i + 1 === SAMPLES ? X1 : X0 + ((X1 - X0) * i) / (SAMPLES - 1);
    f[i] = { x, y: fn.f(x, a) };
    df[i] = { x, y: fn.df(x, a) };
  }
  return { f, df };
}

function dataset(label, color, data) {
  return { label, data, borderColor: color, backgroundColor: color, borderWidth: 2, pointRadius: 0, spanGaps: false };
}

const charts = { f: createPlot(document.querySelector('#chart-f'), 'f(x)'), df: createPlot(document.querySelector('#chart-df'), 'f′(x)') };
const box = document.querySelector('#param-leak');
const slider = document.querySelector('#slider-leak');
box.id = `param-${chosen.param}`;
slider.id = `slider-${chosen.param}`;
box.value = chosen.initial;
slider.value = chosen.initial;
document.querySelector('label[for="param-leak"]').htmlFor = box.id;
document.querySelector(`label[for="${box.id}"]`).textContent = chosen.label;

function render() {
  const a = Number(box.value);
  if (!Number.isFinite(a)) return;
  const curves = [
    { label: `${chosen.name} (${chosen.param} = ${box.value})`, ...sample(chosen, a) },
    { label: 'ReLU', ...sample(RELU, 0) },
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
