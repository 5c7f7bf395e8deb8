// <activation-widget>: the whole product in one element. The full page is this element with
// `sync-url`; the module and the single-file build define it too. One implementation, so
// the page, a blog's embed and the iframe behave alike.
import css from './widget.css';
import { loadCore } from './core.js';
import { h } from './dom.js';
import { buildLayout } from './layout.js';
import { createPlot, applyTheme, drawPlot, setMarkers, setCrosshair, valueAtPixel, plotArea, pixelAt } from './charts.js';
import { fillPicker, buildParamControls, markParamErrors } from './controls.js';
import { fillComparePicker, showCompared, syncComparePicker, MAX_COMPARED } from './compare.js';
import { sampleCurves } from './curves.js';
import { showTranscript, showError } from './transcript.js';
import { DEFAULTS, MAX_LINK_X, defaultCompare, readState, searchSource, stateToSearch } from './url-state.js';
import { parseRange, zoom, pan, tidy } from './range.js';
import { readTheme, watchColorScheme } from './theme.js';
import { mathmlNodes } from './formula.js';
import { fillValuesTable, formatNumber } from './values-table.js';
import { numpyScript } from './numpy-code.js';
import { embedSnippets } from './embed.js';
import { copyText } from './clipboard.js';
import { VectorEvaluator } from './vector-evaluator.js';

const SAMPLES = 2001;
const LARGE_INPUT = 20000;      // characters: a longer vector is evaluated in a worker once typing pauses
const LARGE_INPUT_PAUSE = 250;  // ms
const URL_INTERVAL = 250;       // ms between history updates: Chromium throttles faster ones
// Attributes about the host element itself, never read as parameters.
const HOST_ATTRIBUTES = new Set(['sync-url', 'theme', 'page', 'class', 'id', 'style', 'slot', 'lang',
  'dir', 'title', 'hidden', 'tabindex', 'part', 'is', 'nonce', 'autofocus', 'inert', 'role']);
const MODULE_URL = import.meta.url;

let sheet = null;
function widgetSheet() {
  // One constructed stylesheet for every widget: allowed under style-src 'self', no <style>.
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

// In Node (a static-site generator rendering on the server) there is no HTMLElement: the
// module still loads, and define.js defines nothing there.
export class ActivationWidget extends (globalThis.HTMLElement ?? class {}) {
  #ui = null;
  #started = false;
  #core = null;  // { catalogue, byId, widgets: { curves, probe }, vectors: VectorEvaluator }
  #state = null;
  #charts = null;
  #theme = null;
  #series = [];
  // Compared functions take no parameters: their curves change only with the x range.
  #comparedCurves = { range: '', byId: new Map() };
  #shownCompared = null;
  #transcript = null;
  #markers = { f: [], df: [] };
  #errors = { params: null, range: null, vector: null, notice: '' };
  #crosshairX = null;
  #drag = null;
  #frame = 0;
  #drawFrame = 0;
  #pendingDraw = { curves: false, markers: false };
  #vectorTimer = 0;
  #urlTimer = 0;
  #urlWritten = -Infinity;
  #observer = null;
  #resolveReady;
  #rejectReady;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [widgetSheet()];
    /** Resolves once the core is loaded and the widget has drawn. */
    this.ready = new Promise((resolve, reject) => {
      this.#resolveReady = resolve;
      this.#rejectReady = reject;
    });
    this.ready.catch(() => {});  // reported in the widget's alert; a page need not listen
  }

  connectedCallback() {
    // Properties set before the element was defined would hide our accessors.
    for (const name of ['fn', 'x']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (this.#started) return;
    this.#started = true;
    this.#ui = buildLayout(this.shadowRoot);
    this.#ui.readout.textContent = 'Loading…';
    loadCore().then((core) => this.#init(core)).catch((error) => {
      showError(this.#ui.alert, `The widget could not start: ${error?.message ?? error}`);
      this.#rejectReady(error);
    });
  }

  // ---- public API (see web/types/activation-widget.d.ts) ----

  get fn() { return this.#state?.fn ?? this.getAttribute('fn') ?? DEFAULTS.fn; }
  set fn(value) { this.#setAttributeNow('fn', value); }
  get x() { return this.#state?.x ?? this.getAttribute('x') ?? DEFAULTS.x; }
  set x(value) { this.#setAttributeNow('x', value); }

  /** The state as the URL spells it: function, parameters as typed, test vector, compared functions, x range. */
  get state() {
    const s = this.#state;
    if (!s) return null;
    return { fn: s.fn, params: { ...s.params }, x: s.x, compare: [...this.#compared()], xmin: s.xmin, xmax: s.xmax };
  }

  /** Where the point (x, y) of a plot ('f' or 'df') is drawn, in its canvas's pixels. */
  plotPixel(plot, x, y) {
    const chart = this.#charts?.[plot];
    if (!chart) return null;
    const p = pixelAt(chart, x, y);
    const scale = chart.canvas.width / chart.canvas.clientWidth;
    return { x: p.x * scale, y: p.y * scale };
  }

  // ---- start-up ----

  #init(loaded) {
    const { module, wasmModule, catalogue } = loaded;
    const ui = this.#ui;
    this.#core = {
      catalogue,
      byId: new Map(catalogue.map((fn) => [fn.id, fn])),
      // Separate core objects, so one's views are never invalidated by another's calls.
      widgets: { curves: new module.Widget(), probe: new module.Widget() },
      vectors: new VectorEvaluator(new module.Widget(), wasmModule),
    };
    fillPicker(ui.picker, catalogue);
    fillComparePicker(ui.comparePicker, catalogue);
    this.#theme = readTheme(this);
    this.#charts = { f: createPlot(ui.canvasF, this.#theme), df: createPlot(ui.canvasDf, this.#theme) };
    this.#state = this.#initialState();
    ui.vector.value = this.#state.x;
    this.#showRange();
    this.#selectFunction(this.#state.fn);
    this.#wire();
    this.#update({ curves: true, vector: true, fromReader: false });
    this.#drawNow();  // the first picture is there when `ready` resolves
    this.#observer = new MutationObserver((records) => this.#onAttributes(records));
    this.#observer.observe(this, { attributes: true });
    watchColorScheme(() => this.#refreshTheme());
    this.dataset.ready = 'true';
    if (this.hasAttribute('sync-url')) document.documentElement.dataset.ready = 'true';
    this.#resolveReady();
    this.dispatchEvent(new CustomEvent('ready'));
  }

  #initialState() {
    const fromAttributes = readState(this.#attributeSource());
    const fromUrl = this.hasAttribute('sync-url') ? readState(searchSource(location.search)) : {};
    const pick = (key) => fromUrl[key] ?? fromAttributes[key] ?? null;
    const notices = [];
    let fn = pick('fn') ?? DEFAULTS.fn;
    if (!this.#core.byId.has(fn)) {
      notices.push(`Activation: unknown function '${fn}', showing ${DEFAULTS.fn}`);
      fn = DEFAULTS.fn;
    }
    let range = parseRange(pick('xmin') ?? String(DEFAULTS.xmin), pick('xmax') ?? String(DEFAULTS.xmax));
    if (!range.ok) {
      notices.push(`${range.message}; showing ${DEFAULTS.xmin} to ${DEFAULTS.xmax}`);
      range = { xmin: DEFAULTS.xmin, xmax: DEFAULTS.xmax };
    }
    this.#errors.notice = notices.join('. ');
    return {
      fn,
      params: { ...fromAttributes.params, ...fromUrl.params },
      x: pick('x') ?? DEFAULTS.x,
      compare: this.#validCompare(pick('compare'), fn),
      xmin: range.xmin,
      xmax: range.xmax,
    };
  }

  #attributeSource() {
    const isState = (name) => !HOST_ATTRIBUTES.has(name) && !name.startsWith('data-') && !name.startsWith('aria-');
    return { get: (name) => this.getAttribute(name), names: () => this.getAttributeNames().filter(isState) };
  }

  #validCompare(list, fn) {
    if (list === null || list === undefined) return null;
    return [...new Set(list)].filter((id) => this.#core.byId.has(id) && id !== fn).slice(0, MAX_COMPARED);
  }

  #compared() {
    const s = this.#state;
    return (s.compare ?? defaultCompare(s.fn)).filter((id) => id !== s.fn);
  }

  // ---- reader's changes ----

  #wire() {
    const ui = this.#ui;
    ui.picker.addEventListener('change', () => {
      this.#selectFunction(ui.picker.value);
      this.#update({ curves: true, vector: true });
    });
    ui.vector.addEventListener('input', () => {
      this.#state.x = ui.vector.value;
      this.#update({ vector: true });
    });
    ui.compareAdd.addEventListener('click', () => {
      const id = ui.comparePicker.value;
      if (!id) return;
      this.#state.compare = this.#validCompare([...this.#compared(), id], this.#state.fn);
      this.#update({ curves: true });
    });
    for (const box of [ui.xmin, ui.xmax]) {
      box.addEventListener('input', () => {
        const range = parseRange(ui.xmin.value, ui.xmax.value);
        if (!range.ok) {
          this.#errors.range = range;
          this.#showErrors();
          return;
        }
        this.#setRange(range.xmin, range.xmax, { fromBoxes: true });
      });
    }
    for (const button of this.shadowRoot.querySelectorAll('[data-preset]')) {
      button.addEventListener('click', () => this.#setRange(-Number(button.dataset.preset), Number(button.dataset.preset)));
    }
    const step = (f) => () => { const r = f(this.#state.xmin, this.#state.xmax); this.#setRange(r.xmin, r.xmax); };
    ui.zoomIn.addEventListener('click', step((a, b) => zoom(a, b, 0.5)));
    ui.zoomOut.addEventListener('click', step((a, b) => zoom(a, b, 2)));
    ui.panLeft.addEventListener('click', step((a, b) => pan(a, b, -0.25)));
    ui.panRight.addEventListener('click', step((a, b) => pan(a, b, 0.25)));
    this.#wirePlots();
    ui.valuesBox.addEventListener('toggle', () => this.#showValues());
    ui.copyNumpy.addEventListener('click', () => this.#copy(ui.copyNumpy,
      numpyScript(this.#core.byId.get(this.#state.fn), this.#state.params, this.#state.x, this.#transcript),
      'Copied the NumPy code.'));
    ui.copyLink.addEventListener('click', () => {
      const tooLong = this.#state.x.length > MAX_LINK_X;
      this.#copy(ui.copyLink, this.#shareLink(), tooLong ? 'Copied the link, without the test vector: it is too long for a URL.' : 'Copied the link.');
    });
    ui.embed.addEventListener('click', () => this.#openEmbed());
    ui.dialogClose.addEventListener('click', () => ui.dialog.close());
    ui.embedScriptCopy.addEventListener('click', () => this.#copy(ui.embedScriptCopy, ui.embedScript.value, 'Copied the script tag.', ui.dialogStatus));
    ui.embedIframeCopy.addEventListener('click', () => this.#copy(ui.embedIframeCopy, ui.embedIframe.value, 'Copied the iframe.', ui.dialogStatus));
  }

  #selectFunction(id) {
    const { byId } = this.#core;
    const fn = byId.get(id);
    const s = this.#state;
    s.fn = id;
    this.#ui.picker.value = id;
    // Keep only this function's parameters; missing ones show their defaults.
    s.params = Object.fromEntries(fn.params.filter((p) => p.id in s.params).map((p) => [p.id, s.params[p.id]]));
    if (s.compare) s.compare = s.compare.filter((c) => c !== id);
    this.#buildParams();
    this.#showAbout(fn);
  }

  #buildParams() {
    const fn = this.#core.byId.get(this.#state.fn);
    buildParamControls(this.#ui.params, fn, this.#state.params, (paramId, text) => {
      this.#state.params[paramId] = text;
      this.#update({ curves: true, vector: true });
    });
  }

  #setRange(xmin, xmax, { fromBoxes = false } = {}) {
    this.#state.xmin = tidy(xmin);
    this.#state.xmax = tidy(xmax);
    this.#errors.range = null;
    if (!fromBoxes) this.#showRange();
    this.#update({ curves: true });
  }

  #showRange() {
    this.#ui.xmin.value = String(this.#state.xmin);
    this.#ui.xmax.value = String(this.#state.xmax);
  }

  // Host scripts drive the widget through its attributes, named as in the URL.
  #onAttributes(records) {
    if (!this.#state) return;
    const names = [...new Set(records.map((r) => r.attributeName))].sort((a, b) => (b === 'fn') - (a === 'fn'));
    const s = this.#state;
    let changed = false;
    for (const name of names) {
      const value = this.getAttribute(name);
      if (name === 'theme') this.#refreshTheme();
      if (HOST_ATTRIBUTES.has(name) || name.startsWith('data-') || name.startsWith('aria-')) continue;
      changed = true;
      if (name === 'fn') {
        const id = value ?? DEFAULTS.fn;
        if (!this.#core.byId.has(id)) continue;
        s.params = readState(this.#attributeSource()).params;
        this.#selectFunction(id);
      } else if (name === 'x') {
        s.x = value ?? DEFAULTS.x;
        this.#ui.vector.value = s.x;
      } else if (name === 'compare') {
        s.compare = this.#validCompare(value === null ? null : value.split(','), s.fn);
      } else if (name === 'xmin' || name === 'xmax') {
        const range = parseRange(this.getAttribute('xmin') ?? String(DEFAULTS.xmin), this.getAttribute('xmax') ?? String(DEFAULTS.xmax));
        if (range.ok) Object.assign(s, { xmin: range.xmin, xmax: range.xmax });
        this.#showRange();
      } else if (this.#core.byId.get(s.fn).params.some((p) => p.id === name)) {
        if (value === null) delete s.params[name];
        else s.params[name] = value;
        this.#buildParams();
      }
    }
    if (changed) this.#update({ curves: true, vector: true, event: false });
  }

  #setAttributeNow(name, value) {
    this.setAttribute(name, value);
    if (this.#observer) this.#onAttributes(this.#observer.takeRecords());
  }

  // ---- computing and drawing ----

  // curves: re-sample the plotted functions; vector: re-evaluate the test vector.
  #update({ curves = false, vector = false, fromReader = true, event = fromReader } = {}) {
    if (fromReader) this.#errors.notice = '';
    if (curves) this.#sampleCurves();
    if (vector) this.#evaluateVector();
    this.#requestDraw(curves ? 'curves' : 'markers');
    this.#showErrors();
    this.#syncUrl();
    if (event) this.dispatchEvent(new CustomEvent('change', { detail: this.state }));
  }

  #sampleCurves() {
    const { byId, widgets } = this.#core;
    const s = this.#state;
    const main = sampleCurves(widgets.curves, s.fn, s.params, s.xmin, s.xmax, SAMPLES);
    const series = [];
    this.#errors.params = null;
    if (main) {
      series.push({ fnId: s.fn, params: { ...s.params }, label: this.#mainLabel(), colorIndex: 0, curve: main });
    } else {
      const field = widgets.curves.errorField();
      this.#errors.params = { field, message: widgets.curves.errorMessage(), column: widgets.curves.errorColumn(), source: s.params[field] ?? '' };
      // Keep the last good curve on the plot while a parameter is being typed.
      const last = this.#series[0];
      if (last?.fnId === s.fn && last.colorIndex === 0) series.push({ ...last, curve: sampleCurves(widgets.curves, s.fn, last.params, s.xmin, s.xmax, SAMPLES) ?? last.curve });
    }
    const range = `${s.xmin} ${s.xmax}`;
    if (this.#comparedCurves.range !== range) this.#comparedCurves = { range, byId: new Map() };
    const cached = this.#comparedCurves.byId;
    this.#compared().forEach((id, i) => {
      if (!cached.has(id)) cached.set(id, sampleCurves(widgets.curves, id, {}, s.xmin, s.xmax, SAMPLES));
      const curve = cached.get(id);
      if (curve) series.push({ fnId: id, params: {}, label: byId.get(id).name, colorIndex: i + 1, curve });
    });
    this.#series = series;
    // The chips and the picker change with the list, not with every parameter step.
    const shown = [s.fn, ...this.#compared()].join(' ');
    if (shown !== this.#shownCompared) {
      this.#shownCompared = shown;
      showCompared(this.#ui.compared, this.#compared(), byId, (id) => this.#stopComparing(id));
      syncComparePicker(this.#ui.comparePicker, this.#ui.compareAdd, s.fn, this.#compared());
    }
  }

  #stopComparing(id) {
    this.#state.compare = this.#compared().filter((c) => c !== id);
    this.#update({ curves: true });
    this.#ui.comparePicker.focus();
  }

  #mainLabel() {
    const fn = this.#core.byId.get(this.#state.fn);
    if (fn.params.length === 0) return fn.name;
    const values = fn.params.map((p) => `${p.id} = ${this.#state.params[p.id] ?? p.default}`);
    return `${fn.name} (${values.join(', ')})`;
  }

  #evaluateVector() {
    clearTimeout(this.#vectorTimer);
    const { vectors } = this.#core;
    vectors.cancel();  // a newer text or function replaces an evaluation under way
    const request = { fn: this.#state.fn, params: { ...this.#state.params }, x: this.#state.x };
    if (request.x.length <= LARGE_INPUT) {
      this.#showVector(vectors.evaluateNow(request));
      return;
    }
    // A pasted vector of 10^5 numbers takes the core a while to read: wait for a pause in
    // typing, then read it in the worker; the last result stays shown meanwhile.
    this.#ui.vector.setAttribute('aria-busy', 'true');
    this.#vectorTimer = setTimeout(async () => {
      const result = await vectors.evaluateOffThread(request);
      if (!result) return;  // superseded by a newer text
      this.#showVector(result);
      this.#requestDraw('markers');
      this.#showErrors();
    }, LARGE_INPUT_PAUSE);
  }

  #showVector({ transcript, points, error }) {
    const s = this.#state;
    this.#ui.vector.removeAttribute('aria-busy');
    this.#transcript = transcript;
    this.#markers = points && !this.#core.byId.get(s.fn).vectorValued ? markerPoints(points) : { f: [], df: [] };
    this.#errors.vector = error?.field === 'x'
      ? { message: `Test vector, ${error.message}`, column: error.column, source: s.x } : null;
    showTranscript(this.#ui, { fx: this.#ui.fxCaption, dfx: this.#ui.dfxCaption }, s.fn, transcript);
  }

  // Drawing waits for the next frame, so a burst of input events (a paste, a drag, a
  // multi-line insert that fires one event per line) costs one picture, not one each.
  #requestDraw(kind) {
    this.#pendingDraw[kind] = true;
    if (!this.#drawFrame) this.#drawFrame = requestAnimationFrame(() => this.#drawNow());
  }

  #drawNow() {
    cancelAnimationFrame(this.#drawFrame);
    this.#drawFrame = 0;
    const { curves } = this.#pendingDraw;
    this.#pendingDraw = { curves: false, markers: false };
    const s = this.#state;
    for (const plot of ['f', 'df']) {
      const chart = this.#charts[plot];
      setMarkers(chart, this.#markers[plot]);
      if (!curves) {
        chart.draw();
        continue;
      }
      drawPlot(chart, {
        series: this.#series.map((x) => ({ label: x.label, color: this.#theme.palette[x.colorIndex], curve: x.curve[plot] })),
        withMarkers: s.x.trim() !== '' && !this.#core.byId.get(s.fn).vectorValued,
        xmin: s.xmin,
        xmax: s.xmax,
      });
    }
    if (curves) {
      const names = this.#series.map((x) => x.label).join(', ');
      const where = `x from ${formatNumber(s.xmin)} to ${formatNumber(s.xmax)}`;
      this.#ui.canvasF.setAttribute('aria-label', `Plot of ${names}, ${where}. The values table lists its values.`);
      this.#ui.canvasDf.setAttribute('aria-label', `Plot of the derivatives of ${names}, ${where}. The values table lists its values.`);
      this.#showValues();
    }
    this.#showReadout();
  }

  #showValues() {
    if (!this.#ui.valuesBox.open) return;
    const s = this.#state;
    fillValuesTable(this.#ui.values, this.#core.widgets.probe,
      this.#series.map((x) => ({ ...x, curve: x.curve })), s.xmin, s.xmax);
  }

  #showErrors() {
    const e = this.#errors;
    const ui = this.#ui;
    const first = e.params ?? e.range ?? e.vector ?? { message: e.notice };
    showError(ui.alert, first.message, first.source ?? '', first.column ?? 0);
    ui.vector.setAttribute('aria-invalid', String(Boolean(e.vector)));
    markParamErrors(ui.params, e.params?.field);
    ui.xmin.setAttribute('aria-invalid', String(e.range?.which === 'from'));
    ui.xmax.setAttribute('aria-invalid', String(e.range?.which === 'to'));
  }

  #showAbout(fn) {
    this.#ui.formula.replaceChildren(
      h('div', { class: 'math' }, mathmlNodes(fn.formula)),
      h('div', { class: 'math' }, mathmlNodes(fn.derivativeFormula)));
    this.#ui.convention.textContent = fn.convention;
    this.#ui.snippet.textContent = fn.numpy;
  }

  #refreshTheme() {
    if (!this.#charts) return;
    this.#theme = readTheme(this);
    applyTheme(this.#charts.f, this.#theme);
    applyTheme(this.#charts.df, this.#theme);
    this.#requestDraw('curves');
  }

  // ---- pointer: crosshair readout and drag to pan ----

  #wirePlots() {
    for (const [plot, canvas] of [['f', this.#ui.canvasF], ['df', this.#ui.canvasDf]]) {
      const chart = () => this.#charts[plot];
      canvas.addEventListener('pointermove', (event) => {
        if (this.#drag) {
          this.#drag.dx = event.clientX - this.#drag.startX;
          this.#nextFrame();
          return;
        }
        const area = plotArea(chart());
        const inside = event.offsetX >= area.left && event.offsetX <= area.right;
        this.#crosshairX = inside ? valueAtPixel(chart(), event.offsetX) : null;
        this.#nextFrame();
      });
      canvas.addEventListener('pointerleave', () => {
        if (this.#drag) return;
        this.#crosshairX = null;
        this.#nextFrame();
      });
      canvas.addEventListener('pointerdown', (event) => {
        if (event.pointerType !== 'mouse' || event.button !== 0) return;
        const { left, right } = plotArea(chart());
        this.#drag = { startX: event.clientX, dx: 0, width: right - left, xmin: this.#state.xmin, xmax: this.#state.xmax };
        canvas.setPointerCapture(event.pointerId);
        canvas.classList.add('dragging');
      });
      const endDrag = () => {
        this.#drag = null;
        canvas.classList.remove('dragging');
      };
      canvas.addEventListener('pointerup', endDrag);
      canvas.addEventListener('pointercancel', endDrag);
    }
  }

  // Pointer moves arrive faster than frames; draw once per frame.
  #nextFrame() {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const drag = this.#drag;
      if (drag && drag.dx !== 0) {
        const shift = (-drag.dx / drag.width) * (drag.xmax - drag.xmin);
        const r = pan(drag.xmin, drag.xmax, shift / (drag.xmax - drag.xmin));
        this.#setRange(r.xmin, r.xmax);
        return;
      }
      setCrosshair(this.#charts.f, this.#crosshairX);
      setCrosshair(this.#charts.df, this.#crosshairX);
      this.#showReadout();
    });
  }

  #showReadout() {
    const x = this.#crosshairX;
    const readout = this.#ui.readout;
    if (x === null || x === undefined || this.#series.length === 0) {
      readout.replaceChildren(h('span', { class: 'hint' }, 'Point at a plot to read f(x) and f′(x)',
        h('span', { class: 'fine-pointer', text: '; drag it to pan' }), '.'));
      return;
    }
    const probe = this.#core.widgets.probe;
    const items = this.#series.map((s) => {
      probe.sample(s.fnId, s.params, x, x, 1);
      const [f, df] = [probe.curveY()[0], probe.curveDY()[0]];
      return h('span', { class: 'reading' },
        h('span', { class: 'swatch', dataset: { series: String(s.colorIndex) }, 'aria-hidden': 'true' }),
        h('span', { class: 'reading-name', text: s.label }),
        ` f(x) = ${formatNumber(f)}, f′(x) = ${formatNumber(df)}`);
    });
    readout.replaceChildren(h('span', { class: 'reading-x', text: `x = ${formatNumber(x)}` }), ...items);
  }

  // ---- sharing ----

  #syncUrl() {
    if (!this.hasAttribute('sync-url')) return;
    clearTimeout(this.#urlTimer);
    const wait = this.#urlWritten + URL_INTERVAL - performance.now();
    if (wait <= 0) this.#writeUrl();
    else this.#urlTimer = setTimeout(() => this.#writeUrl(), wait);
  }

  #writeUrl() {
    clearTimeout(this.#urlTimer);
    this.#urlWritten = performance.now();
    history.replaceState(history.state, '', stateToSearch(this.#linkState()) + location.hash);
  }

  #linkState() {
    const s = this.#state;
    return { ...s, compare: s.compare === null ? null : this.#compared() };
  }

  // The page itself when it owns the URL; else the `page` attribute's page, or the
  // single-file widget published beside this script.
  #shareLink() {
    if (this.hasAttribute('sync-url')) {
      this.#writeUrl();
      return location.href;
    }
    const base = this.getAttribute('page');
    const url = base ? new URL(base, location.href) : new URL('activation-widget.html', MODULE_URL);
    url.search = stateToSearch(this.#linkState());
    return url.href;
  }

  #openEmbed() {
    const s = this.#linkState();
    const shown = { ...s, x: s.x === DEFAULTS.x || s.x.length > MAX_LINK_X ? undefined : s.x };
    const { script, iframe } = embedSnippets(shown, new URL('.', MODULE_URL));
    this.#ui.embedScript.value = script;
    this.#ui.embedIframe.value = iframe;
    this.#ui.dialogStatus.textContent = '';
    this.#ui.dialog.showModal();
  }

  // The button itself says "Copied" for a moment (its width kept, so nothing shifts); the
  // status region tells screen readers, who do not see the button change.
  async #copy(button, text, done, status = this.#ui.status) {
    const ok = await copyText(text, this.shadowRoot);
    status.textContent = ok ? done : 'Could not reach the clipboard: select the text and press Ctrl+C.';
    button.dataset.label ??= button.textContent;
    button.style.minWidth = `${button.getBoundingClientRect().width}px`;
    button.textContent = ok ? 'Copied ✓' : 'Copy failed';
    clearTimeout(button.$timer);
    button.$timer = setTimeout(() => {
      button.textContent = button.dataset.label;
      button.style.minWidth = '';
      status.textContent = '';
    }, 2500);
  }
}

// The typed vector's points on both curves, in x order, for the markers (f' only when it
// is elementwise; vector-evaluation.js sends at most MAX_MARKERS of them).
function markerPoints({ x, fx, dfx }) {
  const on = (ys) => (ys ? Array.from(x, (v, i) => ({ x: v, y: ys[i] }))
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).sort((a, b) => a.x - b.x) : []);
  return { f: on(fx), df: on(dfx) };
}
