// The page: wires the controls, the core and the charts, and keeps the URL in step.
import './styles.css';
import { loadCore } from './core.js';
import { createChart, drawCurves, PALETTE } from './charts.js';
import { fillPicker, buildParamControls } from './controls.js';
import { sampleCurves } from './curves.js';
import { showTranscript, showError } from './transcript.js';
import { readState, stateToSearch } from './url-state.js';

const DEFAULT_FN = 'relu';
const X_RANGE = [-5, 5];
const SAMPLES = 2001;
// The tutorial's figure draws ReLU and Leaky ReLU together; either one brings the other.
const TUTORIAL_PAIR = { relu: 'leaky_relu', leaky_relu: 'relu' };

const $ = (selector) => document.querySelector(selector);

async function main() {
  const core = await loadCore();
  const catalogue = core.catalogue();
  const byId = new Map(catalogue.map((fn) => [fn.id, fn]));
  const widget = new core.Widget();

  const ui = {
    picker: $('#fn'),
    params: $('#params'),
    vector: $('#x'),
    alert: $('#error'),
    outputs: { x: $('output[aria-label="x"]'), fx: $('output[aria-label="f(x)"]'), dfx: $(`output[aria-label="f'(x)"]`) },
    captions: { fx: $('#fx-caption'), dfx: $('#dfx-caption') },
    formula: $('#formula'),
    convention: $('#convention'),
    snippet: $('#snippet'),
  };
  const charts = { f: createChart($('#chart-f'), 'f(x)'), df: createChart($('#chart-df'), "f'(x)") };

  const initial = readState(location.search);
  let startupError = '';
  if (initial.fn && !byId.has(initial.fn)) startupError = `Activation: unknown function '${initial.fn}', showing ${DEFAULT_FN}`;
  const state = {
    fn: byId.has(initial.fn) ? initial.fn : DEFAULT_FN,
    params: initial.params,
    x: initial.x ?? ui.vector.value,
  };
  ui.vector.value = state.x;

  fillPicker(ui.picker, catalogue);

  function selectFunction(id) {
    const fn = byId.get(id);
    state.fn = id;
    ui.picker.value = id;
    // Keep only this function's parameters; missing ones show their defaults.
    state.params = Object.fromEntries(fn.params.filter((p) => p.id in state.params).map((p) => [p.id, state.params[p.id]]));
    buildParamControls(ui.params, fn, state.params, (paramId, text) => {
      state.params[paramId] = text;
      render();
    });
    showAbout(ui, fn);
  }

  function render() {
    const errors = [];
    const series = [];
    const names = [state.fn, TUTORIAL_PAIR[state.fn]].filter(Boolean);
    names.forEach((id, i) => {
      const params = id === state.fn ? state.params : {};
      const curves = sampleCurves(widget, id, params, X_RANGE[0], X_RANGE[1], SAMPLES);
      if (curves) series.push({ label: byId.get(id).name, color: PALETTE[i], curves });
      else errors.push({ message: widget.errorMessage() });
    });

    let markers = { f: [], df: [] };
    let transcript = null;
    if (state.x.trim() !== '') {
      if (widget.evaluate(state.fn, state.params, state.x)) {
        transcript = { x: widget.xText(), fx: widget.fxText(), dfx: widget.dfxText() };
        markers = markerPoints(widget);
      } else if (widget.errorField() === 'x') {
        errors.push({ message: `Test vector, ${widget.errorMessage()}`, column: widget.errorColumn() });
      }
    }
    ui.vector.setAttribute('aria-invalid', String(errors.some((e) => e.column)));

    if (series.length > 0) {
      drawCurves(charts.f, series.map((s) => ({ label: s.label, color: s.color, points: s.curves.f })), markers.f);
      drawCurves(charts.df, series.map((s) => ({ label: s.label, color: s.color, points: s.curves.df })), markers.df);
    }
    showTranscript(ui.outputs, ui.captions, state.fn, transcript);
    const first = errors[0] ?? { message: startupError };
    showError(ui.alert, first.message, state.x, first.column ?? 0);
    history.replaceState(null, '', stateToSearch(state));
  }

  ui.picker.addEventListener('change', () => {
    startupError = '';
    selectFunction(ui.picker.value);
    render();
  });
  ui.vector.addEventListener('input', () => {
    state.x = ui.vector.value;
    render();
  });

  selectFunction(state.fn);
  render();
  document.documentElement.dataset.ready = 'true';
}

// The typed vector's points on both curves (f' only when it is elementwise, not a Jacobian).
function markerPoints(widget) {
  const xs = Array.from(widget.xValues());
  const fx = Array.from(widget.fxValues());
  const dfx = Array.from(widget.dfxValues());
  const on = (ys) => xs.map((x, i) => ({ x, y: ys[i] })).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  return { f: fx.length === xs.length ? on(fx) : [], df: dfx.length === xs.length ? on(dfx) : [] };
}

function showAbout(ui, fn) {
  // The formula is MathML from our own compiled catalogue, never reader text.
  const parsed = new DOMParser().parseFromString(`${fn.formula} ${fn.derivativeFormula}`, 'text/html');
  ui.formula.replaceChildren(...parsed.body.childNodes);
  ui.convention.textContent = fn.convention;
  ui.snippet.textContent = fn.numpy;
}

main().catch((error) => {
  showError(document.querySelector('#error'), `The widget could not start: ${error.message ?? error}`);
});
