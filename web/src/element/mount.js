// One connection of an <activation-widget>: from connectedCallback to disconnectedCallback.
// It builds the widget's markup, asks the core for a session, wires the panels and the
// plots, and on dispose() releases all of it (listeners, observers, timers, frames, core
// sessions and their worker, charts) through one Scope. The element keeps only the state.
import { Scope } from '../lib/scope.js';
import { readTheme, watchColorScheme } from '../lib/theme.js';
import { formatNumber } from '../lib/format.js';
import { buildLayout } from './layout.js';
import { watchWidth } from './width-classes.js';
import { loadCore, LONG_VECTOR } from '../core/index.js';
import { DEFAULTS, MAX_LINK_X, attributeSource, isStateAttribute, readState, searchSource, stateToSearch } from '../state/url-state.js';
import { applyAttributes, compared, initialState, linkState, publicState, selectFunction, seriesLabel, setCompareParam, validCompare } from '../state/widget-state.js';
import { parseRange, parseYRange, zoom, pan, tidy, clampRange, roundForSpan } from '../state/range.js';
import { UrlSync } from '../state/url-sync.js';
import { UrlHistory } from '../state/history.js';
import { Plot } from '../plots/chart.js';
import { Overlay } from '../plots/overlay.js';
import { markerPoints } from '../plots/markers.js';
import { fillPicker, buildParamControls, markParamErrors } from '../panels/controls.js';
import { fillComparePicker, markCompareErrors, showCompared, syncComparePicker } from '../panels/compare.js';
import { showTranscript, showError, markScrollable } from '../panels/transcript.js';
import { fillValuesTable } from '../panels/values-table.js';
import { showAbout, noteHeading } from '../panels/about.js';
import { showReadout, readingText } from '../panels/readout.js';
import { describeShape } from '../panels/shape-text.js';
import { wireSharing } from '../panels/share.js';
import { wireExport } from '../panels/export.js';
import { h } from '../lib/dom.js';
import { wireWheelZoom, hintText, zoomAround } from '../plots/wheel-zoom.js';
import { LegendToggles } from '../plots/legend-toggles.js';
import { SNAP_PX, tangentText, tangentLabel } from '../plots/tangent.js';

const PLOTS = ['f', 'df'];
const LONG_VECTOR_PAUSE = 250;  // ms: a long vector is read once typing pauses
const ANNOUNCE_PAUSE = 600;     // ms: results and errors are announced once typing pauses
const KEY_STEPS = 100;
const TOUCH_SLOP = 10;
const SCROLL_MARK_DELAY = 150;  // ms after the outputs change: see #markScrollableSoon          // px a finger moves sideways before a touch becomes a pan          // a crosshair key moves 1/100 of the range (Shift: 1/10)

export class Mount {
  #host;
  #scope = new Scope();
  #ui;
  #byId = null;
  #createSession = null;
  #session = null;          // the main function's
  #comparedSessions = new Map();  // id -> { session, records, viewKey }
  #mainRecords = null;      // { viewKey, f, df } or null when the main curves must be asked again
  #state = null;
  #theme = null;
  #plots = null;            // { f: { plot, overlay }, df: ... }
  #series = [];
  #shownCompared = null;
  #markers = { f: [], df: [] };
  #errors = { params: null, range: null, vector: null, notice: '', compare: null };
  #crosshairX = null;
  #drag = null;
  #pointerFrame = 0;
  #drawFrame = 0;
  #pendingCurves = false;
  #vectorTimer = 0;
  #resizeTimer = 0;
  #announceTimer = 0;
  #scrollMarkTimer = 0;
  #announced = { alert: null, results: null };
  #shapeKey = null;
  #touchReading = null;     // { plot, x, y }: where the finger read the curve
  #pendingRange = null;     // a pinch's range for the next frame
  #urlSync = null;
  #observer = null;
  #moduleUrl;
  #history = null;          // with sync-url: deliberate changes are history entries (Back undoes them)
  #hidden = new Set();      // keys of the series whose curves the legend hid
  #legends = {};            // plot -> LegendToggles
  #tangent = null;          // the core's tangent at the crosshair on the function plot
  #tangentLabel = null;     // its equation, on the function plot

  // previous: the state of an earlier connection of the same element, or null.
  constructor(host, { previous, moduleUrl, onReady, onFail }) {
    this.#host = host;
    this.#moduleUrl = moduleUrl;
    this.#ui = buildLayout(host.shadowRoot);
    this.#scope.add(() => host.shadowRoot.replaceChildren());
    loadCore().then((core) => {
      if (this.#scope.disposed) return;  // removed while the core loaded
      this.#init(core, previous);
      this.#ui.widget.classList.add('live');
      onReady();
    }).catch((error) => {
      if (this.#scope.disposed) return;
      this.#ui.widget.classList.add('live');
      showError(this.#ui.alert, `The widget could not start: ${error?.message ?? error}`);
      onFail(error);
    });
  }

  get state() {
    return this.#state ? publicState(this.#state) : null;
  }

  /** The raw state, kept by the element for its next connection. */
  get savedState() {
    return this.#state;
  }

  plotPixel(plot, x, y) {
    const chart = this.#plots?.[plot]?.plot.chart;
    if (!chart) return null;
    const p = this.#plots[plot].plot.pixelAt(x, y);
    const scale = chart.canvas.width / chart.canvas.clientWidth;
    return { x: p.x * scale, y: p.y * scale };
  }

  /** Attribute changes the element's observer has not delivered yet. */
  flushAttributes() {
    if (this.#observer) this.#onAttributes(this.#observer.takeRecords());
  }

  dispose() {
    this.#scope.dispose();
  }

  // ---- start-up ----

  #init({ catalogue, createSession }, previous) {
    const ui = this.#ui;
    const scope = this.#scope;
    this.#byId = new Map(catalogue.map((fn) => [fn.id, fn]));
    this.#createSession = createSession;
    fillPicker(ui.picker, catalogue);
    fillComparePicker(ui.comparePicker, catalogue);
    this.#theme = readTheme(this.#host);
    watchWidth(ui.widget, scope);  // before the plots measure their boxes
    this.#plots = {};
    for (const plot of PLOTS) {
      const canvas = plot === 'f' ? ui.canvasF : ui.canvasDf;
      const overlay = new Overlay(canvas);
      const chart = new Plot(canvas, this.#theme, { onDrawn: () => { overlay.draw(); this.#legends[plot]?.place(); }, onResize: () => this.#onResize() });
      overlay.attach(chart);
      this.#plots[plot] = { plot: chart, overlay };
      scope.add(() => {
        chart.destroy();
        overlay.remove();
      });
    }
    if (previous) {
      this.#state = previous;
    } else {
      const fromUrl = this.#host.hasAttribute('sync-url') ? readState(searchSource(location.search)) : {};
      const { state, notice } = initialState(readState(attributeSource(this.#host)), fromUrl, this.#byId);
      this.#state = state;
      this.#errors.notice = notice;
    }
    if (this.#host.hasAttribute('sync-url')) this.#wireHistory();
    this.#session = createSession();
    scope.add(() => {
      this.#session.dispose();
      for (const { session } of this.#comparedSessions.values()) session.dispose();
      this.#comparedSessions.clear();
    });
    ui.vector.value = this.#state.x;
    this.#showRange();
    this.#selectFunction(this.#state.fn, { fromReader: false });
    this.#takeOutputs(this.#session.setVector(this.#state.x, this.#state.seed));
    this.#wire();
    // The outputs' boxes change width with the widget: which of them scroll changes too.
    const outputsObserver = new ResizeObserver(() => this.#markScrollableSoon());
    outputsObserver.observe(ui.outputs);
    scope.add(() => outputsObserver.disconnect());
    this.#afterChange({ curves: true, fromReader: false });
    this.#drawNow();  // the first picture is there when `ready` resolves
    this.#observer = new MutationObserver((records) => this.#onAttributes(records));
    this.#observer.observe(this.#host, { attributes: true });
    scope.add(() => this.#observer.disconnect());
    watchColorScheme(() => this.#refreshTheme(), scope.signal);
  }

  // ---- the reader's changes ----

  #wire() {
    const ui = this.#ui;
    const scope = this.#scope;
    scope.listen(ui.picker, 'change', () => {
      this.#takeOutputs(this.#selectFunction(ui.picker.value));
      this.#afterChange({ curves: true });
    });
    scope.listen(ui.vector, 'input', () => this.#setVector(ui.vector.value));
    this.#wirePlotKeys();
    scope.listen(ui.compareAdd, 'click', () => {
      const id = ui.comparePicker.value;
      if (!id) return;
      this.#state = { ...this.#state, compare: validCompare([...compared(this.#state), id], this.#state.fn, this.#byId) };
      this.#afterChange({ curves: true });
    });
    for (const box of [ui.xmin, ui.xmax]) {
      scope.listen(box, 'input', () => {
        const range = parseRange(ui.xmin.value, ui.xmax.value);
        if (!range.ok) {
          this.#errors.range = range;
          this.#showErrors({ typing: true });
          return;
        }
        this.#setRange(range.xmin, range.xmax, { fromBoxes: true });
      });
    }
    for (const button of this.#host.shadowRoot.querySelectorAll('[data-preset]')) {
      scope.listen(button, 'click', () => this.#setRange(-Number(button.dataset.preset), Number(button.dataset.preset)));
    }
    const step = (f) => () => { const r = f(this.#state.xmin, this.#state.xmax); this.#setRange(r.xmin, r.xmax); };
    scope.listen(ui.zoomIn, 'click', step((a, b) => zoom(a, b, 0.5)));
    scope.listen(ui.zoomOut, 'click', step((a, b) => zoom(a, b, 2)));
    scope.listen(ui.panLeft, 'click', step((a, b) => pan(a, b, -0.25)));
    scope.listen(ui.panRight, 'click', step((a, b) => pan(a, b, 0.25)));
    scope.listen(ui.valuesBox, 'toggle', () => this.#showValues());
    this.#wirePointer();
    this.#wireView();
    wireSharing(ui, this.#host.shadowRoot, scope, {
      numpy: () => this.#session.pythonScript(),
      link: () => ({ href: this.#shareLink(), tooLong: this.#state.x.length > MAX_LINK_X }),
      embedState: () => {
        const s = linkState(this.#state);
        return { ...s, x: s.x === DEFAULTS.x || s.x.length > MAX_LINK_X ? undefined : s.x };
      },
      base: new URL('.', this.#moduleUrl),
    });
    wireExport(ui, scope, () => this.#exportSources());
  }

  #selectFunction(id, { fromReader = true } = {}) {
    if (fromReader) this.#state = selectFunction(this.#state, id, this.#byId);
    const spec = this.#byId.get(id);
    this.#ui.picker.value = id;
    let outputs = this.#session.setFunction(id);
    this.#mainRecords = null;
    for (const [param, text] of Object.entries(this.#state.params)) outputs = this.#session.setParam(param, text);
    this.#buildParams();
    showAbout(this.#ui, spec);
    return outputs;
  }

  #buildParams() {
    buildParamControls(this.#ui.params, this.#byId.get(this.#state.fn), this.#state.params,
      (id, text) => this.#setParam(id, text), this.#scope.signal);
  }

  // The parameter path: one parse in the core, then the main curves and the outputs.
  #setParam(id, text) {
    this.#state = { ...this.#state, params: { ...this.#state.params, [id]: text } };
    this.#mainRecords = null;
    this.#takeOutputs(this.#session.setParam(id, text));
    this.#afterChange({ curves: true, typing: true });
  }

  // The vector path: the core reads it (a long one in its worker); curves are untouched.
  #setVector(text) {
    this.#state = { ...this.#state, x: text };
    this.#scope.clearTimeout(this.#vectorTimer);
    if (text.length > LONG_VECTOR) {
      // 10^5 pasted numbers take the core a while: wait for a pause in typing (the last
      // result stays shown meanwhile), then the core reads it in its worker.
      this.#ui.vector.setAttribute('aria-busy', 'true');
      this.#vectorTimer = this.#scope.timeout(() => this.#takeOutputs(this.#session.setVector(text)), LONG_VECTOR_PAUSE);
    } else {
      const outputs = this.#session.setVector(text);
      if (this.#followProgramChoice()) return;
      this.#takeOutputs(outputs);
    }
    this.#afterChange({ curves: false, typing: true });
  }

  // A program's last catalogue call (`relu(x, leak = .1)`) decides the function and the
  // parameters shown: the core applied it to the session; the controls follow, visibly, and the
  // vector is read again under them. True when it moved the controls (the caller is done).
  #followProgramChoice() {
    const choice = this.#session.programChoice();
    if (!choice || !this.#byId.has(choice.fn)) return false;
    const params = Object.fromEntries(choice.params);
    const s = this.#state;
    const same = choice.fn === s.fn && Object.keys(params).length === Object.keys(s.params).length &&
      Object.entries(params).every(([id, text]) => s.params[id] === text);
    if (same) return false;
    this.#state = { ...selectFunction(s, choice.fn, this.#byId), params };
    this.#selectFunction(choice.fn, { fromReader: false });
    this.#takeOutputs(this.#session.setVector(this.#state.x));
    this.#afterChange({ curves: true, typing: true });
    return true;
  }

  #setRange(xmin, xmax, { fromBoxes = false } = {}) {
    this.#state = { ...this.#state, xmin: tidy(xmin), xmax: tidy(xmax) };
    this.#errors.range = null;
    if (!fromBoxes) this.#showRange();
    this.#afterChange({ curves: true, typing: fromBoxes });
  }

  #showRange() {
    this.#ui.xmin.value = String(this.#state.xmin);
    this.#ui.xmax.value = String(this.#state.xmax);
    this.#showYRange();
  }

  // Host scripts drive the widget through its attributes, named as in the URL.
  #onAttributes(records) {
    if (!this.#state) return;
    const names = [...new Set(records.map((r) => r.attributeName))];
    if (names.includes('theme')) this.#refreshTheme();
    const stateNames = names.filter(isStateAttribute);
    if (stateNames.length === 0) return;
    const host = this.#host;
    const before = this.#state;
    const { state, changed } = applyAttributes(before, stateNames, (n) => host.getAttribute(n),
      () => readState(attributeSource(host)).params, this.#byId);
    this.#state = state;
    let outputs = null;
    if (changed.fn) {
      outputs = this.#selectFunction(state.fn, { fromReader: false });
    } else if (changed.params) {
      for (const [id, text] of Object.entries(state.params)) if (before.params[id] !== text) outputs = this.#session.setParam(id, text);
      for (const id of Object.keys(before.params)) if (!(id in state.params)) outputs = this.#session.resetParam(id);
      this.#mainRecords = null;
      this.#buildParams();
    }
    if (changed.x) {
      this.#ui.vector.value = state.x;
      outputs = this.#session.setVector(state.x, state.seed);
    }
    if (changed.range) this.#showRange();
    if (outputs) this.#takeOutputs(outputs);
    if (changed.any) this.#afterChange({ curves: true, fromReader: false, event: false });
  }

  // ---- outputs, errors, drawing ----

  #afterChange({ curves, fromReader = true, event = fromReader, typing = false }) {
    if (fromReader) this.#errors.notice = '';
    if (curves) this.#syncCompared();
    this.#requestDraw(curves);
    // Before the announcement's timer: typing's history entry is closed as its results are read.
    this.#history?.change(linkState(this.#state), { typing, fromReader });
    this.#showErrors({ typing });
    if (event) this.#host.dispatchEvent(new CustomEvent('change', { detail: publicState(this.#state) }));
  }

  // A session's answer: now, or (a long vector read in the worker) later; null: superseded.
  #takeOutputs(result) {
    if (result && typeof result.then === 'function') {
      this.#ui.vector.setAttribute('aria-busy', 'true');
      result.then((outputs) => {
        if (!outputs || this.#scope.disposed) return;
        // A program read in the worker chose the function: the controls follow, as on this thread.
        if (this.#followProgramChoice()) return;
        this.#showOutputs(outputs);
        this.#requestDraw(false);
        this.#showErrors({ typing: true });
        this.#urlSync?.request(linkState(this.#state));  // the seed the worker's program drew with
      });
      return;
    }
    this.#showOutputs(result);
  }

  #showOutputs({ transcript, points, error, errors = error ? [error] : [], seed }) {
    if (seed !== undefined) this.#state = { ...this.#state, seed: seed || undefined };  // kept in the URL
    const s = this.#state;
    if (!this.#vectorTimer || !this.#scope.hasTimeout(this.#vectorTimer)) this.#ui.vector.removeAttribute('aria-busy');
    const spec = this.#byId.get(s.fn);
    this.#markers = points && !spec.vectorValued ? markerPoints(points) : { f: [], df: [] };
    const vector = errors.find((e) => e.field === 'x');
    const param = errors.find((e) => e.field !== 'x' && e.field !== 'fn');
    this.#errors.vector = vector ? { message: `Test vector, ${vector.message}`, column: vector.column, source: s.x } : null;
    this.#errors.params = param
      ? { field: param.field, message: param.message, column: param.column, source: s.params[param.field] ?? '' } : null;
    showTranscript(this.#ui, { fx: this.#ui.fxCaption, dfx: this.#ui.dfxCaption }, s.fn, transcript, this.#typedParams());
    this.#markScrollableSoon();
  }

  // Which output boxes scroll is read once the browser has laid them out on its own (reading
  // scrollWidth in the input handler would force a layout of the whole widget per keystroke).
  #markScrollableSoon() {
    this.#scope.clearTimeout(this.#scrollMarkTimer);
    this.#scrollMarkTimer = this.#scope.timeout(() => markScrollable([this.#ui.x, this.#ui.fx, this.#ui.dfx]), SCROLL_MARK_DELAY);
  }

  // The parameters as typed, in the function's order, for the captions.
  #typedParams() {
    const spec = this.#byId.get(this.#state.fn);
    return spec.params.filter((p) => this.#state.params[p.id] !== undefined).map((p) => [p.id, this.#state.params[p.id]]);
  }

  // aria-invalid changes at once; the alert (assertive) and the results (polite) are
  // announced once typing pauses, so a screen reader speaks each only once.
  #showErrors({ typing = false } = {}) {
    const e = this.#errors;
    const ui = this.#ui;
    setAttr(ui.vector, 'aria-invalid', String(Boolean(e.vector)));
    markParamErrors(ui.params, e.params?.field);
    markCompareErrors(ui.compared, e.compare);
    setAttr(ui.xmin, 'aria-invalid', String(e.range?.which === 'from'));
    setAttr(ui.xmax, 'aria-invalid', String(e.range?.which === 'to'));
    this.#scope.clearTimeout(this.#announceTimer);
    if (!typing) {
      this.#announceTimer = 0;
      this.#announce({ results: false });
      return;
    }
    ui.alert.setAttribute('aria-busy', 'true');
    this.#announceTimer = this.#scope.timeout(() => {
      this.#announceTimer = 0;
      this.#announce({ results: true });
    }, ANNOUNCE_PAUSE);
  }

  #announce({ results }) {
    const e = this.#errors;
    const ui = this.#ui;
    ui.alert.removeAttribute('aria-busy');
    const first = e.params ?? e.compare ?? e.range ?? e.vector ?? { message: e.notice };
    const key = `${first.message}\u0000${first.source ?? ''}\u0000${first.column ?? 0}`;
    if (key !== this.#announced.alert) {
      this.#announced.alert = key;
      showError(ui.alert, first.message, first.source ?? '', first.column ?? 0);
    }
    if (!results || first.message || !ui.fx.textContent) return;
    const text = `Results: f(x) is ${ui.fx.textContent}; f′(x) is ${ui.dfx.textContent}`;
    if (text === this.#announced.results) return;
    this.#announced.results = text;
    ui.announcer.textContent = text.length > 400 ? `Results: f(x) and f′(x) have ${ui.fx.textContent.split('\n').length} lines each, in the boxes below.` : text;
  }

  // Compared functions: one session each, kept while they are on the plots. The chips and
  // the picker change with the list, not with every parameter step.
  #syncCompared() {
    const ids = compared(this.#state);
    for (const [id, entry] of this.#comparedSessions) {
      if (!ids.includes(id)) {
        entry.session.dispose();
        this.#comparedSessions.delete(id);
      }
    }
    for (const id of ids) {
      if (this.#comparedSessions.has(id)) continue;
      const session = this.#createSession();
      session.setFunction(id);
      this.#comparedSessions.set(id, { session, records: null });
    }
    this.#errors.compare = this.#applyCompareParams(ids);
    showCompared(this.#ui.compared, ids, this.#byId, this.#state.compareParams ?? {},
      { remove: (id) => this.#stopComparing(id), param: (id, param, text) => this.#setCompareParam(id, param, text) });
    const shown = [this.#state.fn, ...ids].join(' ');
    if (shown !== this.#shownCompared) {
      this.#shownCompared = shown;
      syncComparePicker(this.#ui.comparePicker, this.#ui.compareAdd, this.#state.fn, ids);
    }
  }

  #stopComparing(id) {
    this.#state = { ...this.#state, compare: compared(this.#state).filter((c) => c !== id) };
    this.#afterChange({ curves: true });
    this.#ui.comparePicker.focus();
  }

  // Drawing waits for the next frame, so a burst of input events (a paste, a drag, a
  // multi-line insert that fires one event per line) costs one picture, not one each.
  #requestDraw(curves) {
    if (curves) this.#pendingCurves = true;
    if (!this.#drawFrame) this.#drawFrame = this.#scope.frame(() => this.#drawNow());
  }

  #drawNow() {
    this.#scope.cancelFrame(this.#drawFrame);
    this.#drawFrame = 0;
    const curves = this.#pendingCurves;
    this.#pendingCurves = false;
    for (const plot of PLOTS) this.#plots[plot].overlay.setMarkers(this.#markers[plot]);
    this.#updateTangent();
    if (!curves) {
      // Only the markers moved: the overlay, never the curves.
      for (const plot of PLOTS) this.#plots[plot].overlay.draw();
      this.#showReadout();
      return;
    }
    this.#series = this.#curveSeries();
    const s = this.#state;
    const withMarkers = s.x.trim() !== '' && !this.#byId.get(s.fn).vectorValued;
    // Both plots first, then everything written over and around them (see Plot.draw).
    for (const plot of PLOTS) {
      this.#plots[plot].plot.draw({
        series: this.#series.map((x) => ({ key: x.key, label: x.label, color: this.#theme.palette[x.colorIndex], record: x.records[plot], hidden: this.#hidden.has(x.key) })),
        withMarkers,
        xmin: s.xmin,
        xmax: s.xmax,
        ymin: plot === 'f' ? s.ymin ?? null : null,
        ymax: plot === 'f' ? s.ymax ?? null : null,
      });
    }
    for (const plot of PLOTS) {
      this.#plots[plot].overlay.draw();
      this.#legends[plot]?.setSeries(this.#series.map((x) => ({ key: x.key, label: x.label, hidden: this.#hidden.has(x.key) })));
    }
    const names = this.#series.map((x) => x.label).join(', ');
    const where = `x from ${formatNumber(s.xmin)} to ${formatNumber(s.xmax)}`;
    setAttr(this.#ui.canvasF, 'aria-label', `Plot of ${names}, ${where}`);
    setAttr(this.#ui.canvasDf, 'aria-label', `Plot of the derivatives of ${names}, ${where}`);
    this.#describeShapes();
    this.#showValues();
    this.#showReadout();
  }

  // Chart.js redraws a resized plot from the points it has; once resizing pauses, the curves
  // are asked again if the plot area's size in device pixels changed (the core's tolerance).
  #onResize() {
    this.#scope.clearTimeout(this.#resizeTimer);
    this.#resizeTimer = this.#scope.timeout(() => {
      if (this.#mainRecords && JSON.stringify(this.#views()) !== this.#mainRecords.viewKey) this.#requestDraw(true);
    }, 100);
  }

  // Each function's curve records for the plots' current range and size; a record is asked
  // again only when its function, parameters or view changed.
  #curveSeries() {
    const s = this.#state;
    const views = this.#views();
    const viewKey = JSON.stringify(views);
    if (this.#mainRecords?.viewKey !== viewKey) {
      this.#mainRecords = { viewKey, f: this.#session.curve('f', views.f), df: this.#session.curve('df', views.df) };
    }
    const series = [{
      key: `main ${s.fn}`, label: seriesLabel(this.#byId.get(s.fn), s.params), colorIndex: 0,
      session: this.#session, records: this.#mainRecords,
    }];
    compared(s).forEach((id, i) => {
      const entry = this.#comparedSessions.get(id);
      if (!entry) return;
      if (entry.records?.viewKey !== viewKey) entry.records = { viewKey, f: entry.session.curve('f', views.f), df: entry.session.curve('df', views.df) };
      const params = s.compareParams?.[id] ?? {};
      const label = Object.keys(params).length > 0 ? seriesLabel(this.#byId.get(id), params) : this.#byId.get(id).name;
      series.push({ key: id, label, colorIndex: i + 1, session: entry.session, records: entry.records });
    });
    return series;
  }

  // The view each plot's curves are sampled for: the x range, the plot area in device
  // pixels, and the y range settled from every series' coarse pass.
  #views() {
    const s = this.#state;
    const sessions = [this.#session, ...compared(s).map((id) => this.#comparedSessions.get(id)?.session).filter(Boolean)];
    const views = {};
    for (const plot of PLOTS) {
      const { plot: p } = this.#plots[plot];
      const ratio = p.chart?.currentDevicePixelRatio || globalThis.devicePixelRatio || 1;
      const area = p.area;
      const width = Math.max(1, Math.round((area ? area.right - area.left : p.canvas.clientWidth) * ratio));
      const height = Math.max(1, Math.round((area ? area.bottom - area.top : p.canvas.clientHeight) * ratio));
      let y0 = Infinity;
      let y1 = -Infinity;
      for (const session of sessions) {
        const r = session.coarseRange(plot, s.xmin, s.xmax);
        if (Number.isFinite(r?.lo)) y0 = Math.min(y0, r.lo);
        if (Number.isFinite(r?.hi)) y1 = Math.max(y1, r.hi);
      }
      // Chart.js pads the y axis by 6% (grace): so do the curves' tolerance.
      if (y1 > y0) [y0, y1] = [y0 - 0.06 * (y1 - y0), y1 + 0.06 * (y1 - y0)];
      if (!(y1 > y0)) [y0, y1] = Number.isFinite(y0) ? [y0 - 1, y0 + 1] : [-1, 1];
      if (plot === 'f' && s.ymin != null && s.ymax != null) [y0, y1] = [s.ymin, s.ymax];  // typed or locked: drawn exactly
      views[plot] = { x0: s.xmin, x1: s.xmax, y0, y1, width, height };
    }
    return views;
  }

  // Each curve's shape in words (the core's facts), asked again only when a function or a
  // parameter changed; the values table lists the numbers.
  #describeShapes() {
    const key = this.#series.map((x) => `${x.key} ${x.label} ${JSON.stringify(x.session === this.#session ? this.#state.params : {})}`).join('|');
    if (key === this.#shapeKey) return;
    this.#shapeKey = key;
    // The note under the formulas is headed by what f has at its breakpoints, with these parameters.
    setText(this.#ui.conventionHead, `${noteHeading(this.#session.shape('f'))} `);
    for (const [plot, box, y] of [['f', this.#ui.shapeF, 'f(x)'], ['df', this.#ui.shapeDf, 'f′(x)']]) {
      setText(box, `${this.#series.map((x) => `${x.label}: ${describeShape(x.session.shape(plot), y)}`).join(' ')} The table of values below lists numbers.`);
    }
  }

  #showValues() {
    if (!this.#ui.valuesBox.open) return;
    const s = this.#state;
    fillValuesTable(this.#ui.values, this.#series.map((x) => ({
      label: x.label,
      valueAt: (v) => x.session.valueAt(v),
      jumps: { f: x.records.f.jumps, df: x.records.df.jumps },
    })), s.xmin, s.xmax);
  }

  #showReadout() {
    showReadout(this.#ui.readout, this.#crosshairX, this.#readoutSeries());
    this.#showTangentLabel();
  }

  #readoutSeries() {
    return this.#series.map((x) => ({ label: x.label, colorIndex: x.colorIndex, valueAt: (v) => x.session.valueAt(v) }));
  }

  #refreshTheme() {
    if (!this.#plots) return;
    this.#theme = readTheme(this.#host);
    for (const plot of PLOTS) this.#plots[plot].plot.setTheme(this.#theme);
    this.#requestDraw(true);
  }

  // ---- pointer: crosshair readout (on the overlay), drag to pan, touch ----

  // Mouse: the crosshair follows the pointer, a drag pans. Touch: a tap or hold reads the
  // curve next to the finger (kept after the finger lifts), a horizontal drag pans, two fingers
  // pinch-zoom the x range; vertical drags are the page's (touch-action: pan-y).
  #wirePointer() {
    for (const plot of PLOTS) {
      const canvas = plot === 'f' ? this.#ui.canvasF : this.#ui.canvasDf;
      const { plot: chart } = this.#plots[plot];
      const touches = new Map();  // pointerId -> clientX, for this plot's fingers
      let gesture = null;         // a touch gesture: { startX, panning } or a pinch
      const readAt = (offsetX, offsetY) => {
        const area = chart.area;
        const inside = area !== null && offsetX >= area.left && offsetX <= area.right;
        this.#crosshairX = inside ? chart.valueAtPixel(offsetX) : null;
        this.#touchReading = inside && offsetY !== undefined ? { plot, x: offsetX, y: offsetY } : null;
        this.#nextPointerFrame();
      };
      const startPinch = () => {
        const [a, b] = [...touches.values()];
        const rect = canvas.getBoundingClientRect();
        const mid = (a + b) / 2 - rect.left;
        gesture = {
          pinch: true, distance: Math.max(8, Math.abs(a - b)), anchor: chart.valueAtPixel(mid),
          left: rect.left + chart.area.left, width: chart.area.right - chart.area.left,
          span: this.#state.xmax - this.#state.xmin,
        };
        this.#drag = null;
        this.#touchReading = null;
      };
      this.#scope.listen(canvas, 'pointermove', (event) => {
        if (event.pointerType !== 'mouse' && touches.has(event.pointerId)) {
          touches.set(event.pointerId, event.clientX);
          if (gesture?.pinch && touches.size === 2) {
            const [a, b] = [...touches.values()];
            const span = gesture.span * gesture.distance / Math.max(8, Math.abs(a - b));
            const t = ((a + b) / 2 - gesture.left) / gesture.width;
            this.#pendingRange = clampRange(gesture.anchor - t * span, gesture.anchor + (1 - t) * span);
            this.#nextPointerFrame();
          } else if (gesture && !gesture.pinch) {
            const dx = event.clientX - gesture.startX;
            if (!gesture.panning && Math.abs(dx) > TOUCH_SLOP) {
              gesture.panning = true;
              this.#touchReading = null;
              this.#drag = { startX: event.clientX, dx: 0, width: gesture.width, xmin: this.#state.xmin, xmax: this.#state.xmax };
            }
            if (this.#drag) {
              this.#drag.dx = event.clientX - this.#drag.startX;
              this.#nextPointerFrame();
            } else {
              readAt(event.offsetX, event.offsetY);  // a hold that slides reads along the curve
            }
          }
          return;
        }
        if (this.#drag) {
          this.#drag.dx = event.clientX - this.#drag.startX;
          this.#nextPointerFrame();
          return;
        }
        if (event.pointerType === 'mouse') readAt(event.offsetX);
      });
      this.#scope.listen(canvas, 'pointerleave', (event) => {
        // A touch reading stays after the finger lifts.
        if (this.#drag || event.pointerType !== 'mouse') return;
        this.#crosshairX = null;
        this.#nextPointerFrame();
      });
      this.#scope.listen(canvas, 'pointerdown', (event) => {
        if (!chart.area) return;
        const { left, right } = chart.area;
        if (event.pointerType !== 'mouse') {
          touches.set(event.pointerId, event.clientX);
          if (touches.size === 2) {
            startPinch();
          } else if (touches.size === 1) {
            this.#history?.begin();
            gesture = { startX: event.clientX, panning: false, width: right - left };
            readAt(event.offsetX, event.offsetY);
          }
          return;
        }
        if (event.button !== 0) return;
        this.#history?.begin();
        this.#drag = { startX: event.clientX, dx: 0, width: right - left, xmin: this.#state.xmin, xmax: this.#state.xmax };
        canvas.setPointerCapture(event.pointerId);
        canvas.classList.add('dragging');
      });
      const endDrag = (event) => {
        if (event.pointerType !== 'mouse') {
          touches.delete(event.pointerId);
          if (touches.size > 0) {
            gesture = null;  // one finger left of a pinch: it ends here, without a jump
            return;
          }
          gesture = null;
        }
        this.#history?.commit();  // a drag, a pinch: one history entry
        this.#drag = null;
        canvas.classList.remove('dragging');
      };
      this.#scope.listen(canvas, 'pointerup', endDrag);
      this.#scope.listen(canvas, 'pointercancel', endDrag);
    }
  }

  // Pointer moves arrive faster than frames; draw once per frame.
  #nextPointerFrame() {
    if (this.#pointerFrame) return;
    this.#pointerFrame = this.#scope.frame(() => {
      this.#pointerFrame = 0;
      const drag = this.#drag;
      if (this.#pendingRange) {
        const { xmin, xmax } = this.#pendingRange;
        this.#pendingRange = null;
        this.#setRange(roundForSpan(xmin, xmax - xmin), roundForSpan(xmax, xmax - xmin));
        return;
      }
      if (drag && drag.dx !== 0) {
        // The shift is rounded, not the bounds: the span stays as it was.
        const span = drag.xmax - drag.xmin;
        const shift = roundForSpan((-drag.dx / drag.width) * span, span);
        const r = pan(drag.xmin, drag.xmax, shift / span);
        this.#setRange(r.xmin, r.xmax);
        return;
      }
      this.#updateTangent();
      for (const plot of PLOTS) {
        this.#plots[plot].overlay.setCrosshair(this.#crosshairX);
        this.#plots[plot].overlay.draw();
      }
      this.#showReadout();
      this.#showTouchReading();
    });
  }

  // The reading beside the finger: above it, kept inside the plot.
  #showTouchReading() {
    const at = this.#touchReading;
    for (const plot of PLOTS) {
      const bubble = plot === 'f' ? this.#ui.touchF : this.#ui.touchDf;
      if (!at || at.plot !== plot || this.#crosshairX === null) {
        bubble.hidden = true;
        continue;
      }
      const main = this.#series[0];
      const { f, df } = main.session.valueAt(this.#crosshairX);
      const tangent = plot === 'f' && this.#tangent ? `\n${tangentLabel(this.#tangent)}` : '';  // one bubble on a phone
      bubble.textContent = `x = ${formatNumber(this.#crosshairX)}  f = ${formatNumber(f)}  f′ = ${formatNumber(df)}${tangent}`;
      bubble.hidden = false;
      const box = bubble.parentElement.clientWidth;
      const half = bubble.offsetWidth / 2;
      bubble.style.left = `${Math.min(Math.max(at.x, half), box - half)}px`;
      bubble.style.top = `${Math.max(at.y - 24 - bubble.offsetHeight, 0)}px`;
    }
  }

  // Arrow keys on a focused plot move the crosshair; each move is announced once.
  #wirePlotKeys() {
    for (const canvas of [this.#ui.canvasF, this.#ui.canvasDf]) {
      this.#scope.listen(canvas, 'keydown', (event) => {
        const s = this.#state;
        const step = (s.xmax - s.xmin) / KEY_STEPS * (event.shiftKey ? 10 : 1);
        const from = this.#crosshairX ?? Math.min(Math.max(0, s.xmin), s.xmax);
        const moves = {
          ArrowRight: from + step, ArrowUp: from + step, ArrowLeft: from - step, ArrowDown: from - step,
          PageUp: from + 10 * step, PageDown: from - 10 * step, Home: s.xmin, End: s.xmax,
        };
        if (event.key === 'Escape' && this.#crosshairX !== null) {
          this.#crosshairX = null;
        } else if (event.key in moves) {
          // Keys land on round multiples of the step, within the range.
          const unit = (s.xmax - s.xmin) / KEY_STEPS;
          let x = this.#crosshairX === null && !['Home', 'End'].includes(event.key) ? from : moves[event.key];
          if (!['Home', 'End'].includes(event.key)) x = Math.round(x / unit) * unit;
          this.#crosshairX = Number(Math.min(Math.max(x, s.xmin), s.xmax).toPrecision(12));
        } else {
          return;
        }
        event.preventDefault();
        this.#nextPointerFrame();
        const tangent = this.#updateTangent();
        this.#ui.crosshairStatus.textContent = this.#crosshairX === null ? 'Crosshair off.'
          : `${readingText(this.#crosshairX, this.#readoutSeries())}${tangent ? ` ${tangent[0].toUpperCase()}${tangent.slice(1)}.` : ''}`;
      });
    }
  }

  // ---- sharing ----

  // The page itself when it owns the URL; else the `page` attribute's page, or the
  // single-file widget published beside this script.
  #shareLink() {
    if (this.#urlSync) {
      this.#urlSync.writeNow(linkState(this.#state));
      return location.href;
    }
    const base = this.#host.getAttribute('page');
    const url = base ? new URL(base, location.href) : new URL('activation-widget.html', this.#moduleUrl);
    url.search = stateToSearch(linkState(this.#state));
    return url.href;
  }

  // What the export buttons draw: the plots as they are now (a pending draw done first).
  #exportSources() {
    if (this.#drawFrame) this.#drawNow();
    const s = this.#state;
    if (this.#series.length === 0) return null;
    return {
      host: this.#host, spec: this.#byId.get(s.fn), params: s.params, title: this.#series[0].label, theme: this.#theme,
      plots: this.#plots, markers: this.#markers, series: this.#series.map((x) => ({ color: this.#theme.palette[x.colorIndex], records: x.records })),
    };
  }

  // ---- compared functions' own parameters, and history (Back and Forward) ----

  // A compared function's parameter box: the core reads the text in that function's session.
  #setCompareParam(id, param, text) {
    this.#state = setCompareParam(this.#state, id, param, text, this.#byId);
    this.#afterChange({ curves: true, typing: true });
  }

  // Each compared session gets its function's parameters as typed (defaults for the others),
  // when they changed; returns the first one the core refused, for the alert.
  #applyCompareParams(ids) {
    let refused = null;
    for (const id of ids) {
      const entry = this.#comparedSessions.get(id);
      const params = this.#state.compareParams?.[id] ?? {};
      const key = JSON.stringify(params);
      if (entry.paramsKey !== key) {
        entry.paramsKey = key;
        entry.records = null;
        let outputs = null;
        for (const p of this.#byId.get(id).params) outputs = p.id in params ? entry.session.setParam(p.id, params[p.id]) : entry.session.resetParam(p.id);
        entry.error = outputs?.errors.find((e) => e.field !== 'x' && e.field !== 'fn') ?? null;
      }
      if (entry.error && !refused) {
        const { field, message, column } = entry.error;
        refused = { fn: id, param: field, message: `Compared ${this.#byId.get(id).name}, ${message}`, column, source: params[field] ?? '' };
      }
    }
    return refused;
  }

  // The URL is written through a history of the reader's deliberate changes: a slider drag is
  // one entry (begun on press, finished on its change), Back and Forward restore the entry's state.
  #wireHistory() {
    const scope = this.#scope;
    this.#urlSync = new UrlSync(scope);
    this.#history = new UrlHistory(this.#urlSync, scope, { pause: ANNOUNCE_PAUSE });
    const isSlider = (event) => event.target instanceof HTMLInputElement && event.target.type === 'range';
    scope.listen(this.#ui.params, 'pointerdown', (event) => { if (isSlider(event)) this.#history.begin(); });
    scope.listen(this.#ui.params, 'change', (event) => { if (isSlider(event)) this.#history.commit(); });
    // A press that moved nothing fires no change: the drag ends anyway, after a change would have come.
    scope.listen(this.#ui.params, 'pointerup', (event) => { if (isSlider(event)) scope.timeout(() => this.#history.commit(), 0); });
    scope.listen(globalThis, 'popstate', () => this.#restore());
  }

  // Back or Forward: the state is read from the entry's URL as at start-up.
  #restore() {
    this.#history.moved();
    const fromUrl = readState(searchSource(location.search));
    const { state } = initialState(readState(attributeSource(this.#host)), fromUrl, this.#byId);
    if (stateToSearch(linkState(state)) === stateToSearch(linkState(this.#state))) return;
    const before = this.#state;
    this.#state = state;
    this.#errors.range = null;
    this.#showRange();
    this.#showYRange();
    for (const p of this.#byId.get(state.fn).params) if (!(p.id in state.params)) this.#session.resetParam(p.id);
    this.#takeOutputs(this.#selectFunction(state.fn, { fromReader: false }));
    if (state.x !== before.x || state.seed !== before.seed) {
      this.#ui.vector.value = state.x;
      this.#takeOutputs(this.#session.setVector(state.x, state.seed));
    }
    this.#afterChange({ curves: true, fromReader: false, event: true });
  }

  // ---- the view: wheel zoom, double click and Reset view, the y range, legend toggles, tangent ----

  #wireView() {
    const ui = this.#ui;
    const scope = this.#scope;
    for (const plot of PLOTS) {
      const canvas = plot === 'f' ? ui.canvasF : ui.canvasDf;
      const { plot: chart } = this.#plots[plot];
      const hint = h('p', { class: 'wheel-hint', hidden: true, 'aria-hidden': 'true', text: hintText() });
      canvas.parentElement.append(hint);
      wireWheelZoom(canvas, hint, scope, {
        valueAt: (px) => (chart.area && px >= chart.area.left && px <= chart.area.right ? chart.valueAtPixel(px) : null),
        onZoom: (factor, anchor) => {
          this.#history?.burst();  // a wheel burst is one Back entry
          const r = zoomAround(this.#state.xmin, this.#state.xmax, factor, anchor);
          this.#setRange(r.xmin, r.xmax);
        },
      });
      scope.listen(canvas, 'dblclick', () => this.#resetView());
      if (plot === 'f') this.#tangentLabel = canvas.parentElement.appendChild(h('p', { class: 'tangent-reading', hidden: true, 'aria-hidden': 'true' }));
      this.#legends[plot] = new LegendToggles(canvas.parentElement, chart, { keyboard: plot === 'f', onToggle: (key) => this.#toggleSeries(key) });
    }
    scope.listen(ui.resetView, 'click', () => this.#resetView());
    for (const box of [ui.ymin, ui.ymax]) {
      scope.listen(box, 'input', () => {
        const y = parseYRange(ui.ymin.value, ui.ymax.value);
        setAttr(ui.ymin, 'aria-invalid', String(y.which === 'yfrom'));
        setAttr(ui.ymax, 'aria-invalid', String(y.which === 'yto'));
        if (!y.ok) {
          this.#errors.range = y;
          this.#showErrors({ typing: true });
          return;
        }
        this.#setYRange(y.ymin, y.ymax, { fromBoxes: true });
      });
    }
    // Lock: the automatic range as drawn now, kept (and shown in the boxes); again: automatic.
    scope.listen(ui.yLock, 'click', () => {
      const y = this.#plots.f.plot.chart?.scales.y;
      if (this.#state.ymin != null || !y) this.#setYRange(null, null);
      else this.#setYRange(roundForSpan(y.min, y.max - y.min), roundForSpan(y.max, y.max - y.min));
    });
  }

  #setYRange(ymin, ymax, { fromBoxes = false } = {}) {
    this.#state = { ...this.#state, ymin, ymax };
    if (this.#errors.range?.which?.startsWith('y')) this.#errors.range = null;
    if (!fromBoxes) this.#showYRange();
    else setAttr(this.#ui.yLock, 'aria-pressed', String(ymin !== null));
    this.#afterChange({ curves: true, typing: fromBoxes });
  }

  #showYRange() {
    const { ymin = null, ymax = null } = this.#state;
    this.#ui.ymin.value = ymin === null ? '' : String(ymin);
    this.#ui.ymax.value = ymax === null ? '' : String(ymax);
    setAttr(this.#ui.ymin, 'aria-invalid', 'false');
    setAttr(this.#ui.ymax, 'aria-invalid', 'false');
    setAttr(this.#ui.yLock, 'aria-pressed', String(ymin !== null));
  }

  // The range the widget was given (its attributes), else the default; the y range automatic.
  #resetView() {
    const given = readState(attributeSource(this.#host));
    const x = parseRange(given.xmin ?? String(DEFAULTS.xmin), given.xmax ?? String(DEFAULTS.xmax));
    const y = parseYRange(given.ymin, given.ymax);
    this.#state = { ...this.#state, ymin: y.ok ? y.ymin : null, ymax: y.ok ? y.ymax : null };
    this.#setRange(x.ok ? x.xmin : DEFAULTS.xmin, x.ok ? x.xmax : DEFAULTS.xmax);
  }

  #toggleSeries(key) {
    if (!this.#hidden.delete(key)) this.#hidden.add(key);
    this.#requestDraw(true);
  }

  // The tangent at the crosshair, asked of the core (snapped to a kink within SNAP_PX); its words.
  #updateTangent() {
    const main = this.#series[0];
    const chart = this.#plots.f.plot;
    const x = this.#crosshairX;
    this.#tangent = null;
    if (x !== null && main && !this.#hidden.has(main.key) && chart.area) {
      const px = chart.pixelAt(x, 0).x;
      const snap = Math.abs(chart.valueAtPixel(px + SNAP_PX) - x);
      this.#tangent = main.session.tangentAt(x, snap);
    }
    this.#plots.f.overlay.setTangent(this.#tangent);
    return tangentText(this.#tangent);
  }

  // The tangent's equation in the function plot's top left corner (activations rise: it is
  // mostly empty there), so the readout below keeps its one line; keyboard moves announce it.
  #showTangentLabel() {
    const label = this.#tangentLabel;
    const area = this.#plots.f.plot.area;
    if (!label) return;
    const touched = this.#touchReading?.plot === 'f';  // then the finger's bubble says it
    const text = this.#crosshairX !== null && area && !touched ? tangentLabel(this.#tangent) : '';
    if (label.textContent !== text) label.textContent = text;
    if (label.hidden !== !text) label.hidden = !text;
    if (!text) return;
    label.style.left = `${Math.round(area.left + 6)}px`;
    label.style.top = `${Math.round(area.top + 4)}px`;
  }
}

// An attribute set only when its value changes (no style or accessibility work otherwise).
function setAttr(element, name, value) {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

// Text set only when it changes: a new text node costs a layout even when it reads the same.
function setText(element, text) {
  if (element.textContent !== text) element.textContent = text;
}
