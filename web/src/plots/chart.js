// One plot's curves, drawn by Chart.js. Only the parts used are registered (a linear line
// chart and its legend), which keeps the bundle small. Curves are replaced and drawn with
// update('none'): no animation, no chart rebuilt while a slider is dragged. Markers and the
// crosshair are not drawn here but on the plot's overlay (overlay.js), which onDrawn redraws
// after a render Chart.js does on its own (a resize), when the scales may have moved; after
// draw(), the caller does it, once every plot has drawn (see draw).
import { Chart, LineController, LineElement, PointElement, LinearScale, Legend } from 'chart.js';
import { chartPoints, jumpDots } from './series.js';

// Chart.js resolves the tick font through a new option context for every tick, once to
// measure the labels and once to draw them, on every update. The plots' tick font is one for
// all ticks (no scriptable font), so this scale resolves it once an update.
class PlotScale extends LinearScale {
  static id = 'plotLinear';
  #tickFont = null;

  update(...args) {
    this.#tickFont = null;  // options (the theme's font) are only changed before an update
    return super.update(...args);
  }

  _resolveTickFontOptions(index) {
    this.#tickFont ??= super._resolveTickFontOptions(index);
    return this.#tickFont;
  }
}

Chart.register(LineController, LineElement, PointElement, LinearScale, PlotScale, Legend);

const afterRender = {
  id: 'afterRender',
  afterDraw(chart) {
    chart.$onDrawn?.();
  },
};

const DOT_RADIUS = 4.5;  // px: the jump dots, open and filled

// The dots at each jump, over the curves: filled where the function is, open (the panel's
// colour inside a ring) at a limit it only approaches. Drawn here rather than as Chart.js
// point datasets, which would cost an element and resolved options per dot on every update.
const jumpDotsPlugin = {
  id: 'jumpDots',
  afterDatasetsDraw(chart) {
    const groups = chart.$dots;
    if (!groups || groups.length === 0) return;
    const { ctx, chartArea: area, scales } = chart;
    ctx.save();
    ctx.beginPath();
    ctx.rect(area.left - DOT_RADIUS - 2, area.top - DOT_RADIUS - 2, area.right - area.left + 2 * DOT_RADIUS + 4, area.bottom - area.top + 2 * DOT_RADIUS + 4);
    ctx.clip();
    ctx.lineWidth = 2;
    for (const { color, panel, dots } of groups) {
      ctx.strokeStyle = color;
      for (const { x, y, filled } of dots) {
        const px = scales.x.getPixelForValue(x);
        const py = scales.y.getPixelForValue(y);
        ctx.fillStyle = filled ? color : panel;
        ctx.beginPath();
        ctx.arc(px, py, DOT_RADIUS, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
      }
    }
    ctx.restore();
  },
};

// One plot. Its Chart.js chart is made on the first draw, with that draw's curves, so the
// first picture costs one layout and one render, not an empty chart's first and then another.
// onDrawn: after a render of Chart.js's own (a resize: the overlay follows); onResize: the
// plot changed size.
export class Plot {
  #canvas;
  #theme;
  #onDrawn;
  #onResize;
  #chart = null;
  #drawn = new Map();  // series key -> { record, data, dataset }: kept while the series is drawn
  #legendOnly = null;  // the test vector's legend entry

  constructor(canvas, theme, { onDrawn, onResize }) {
    this.#canvas = canvas;
    this.#theme = theme;
    this.#onDrawn = onDrawn;
    this.#onResize = onResize;
  }

  /** The Chart.js chart, or null before the first draw. */
  get chart() {
    return this.#chart;
  }

  get canvas() {
    return this.#canvas;
  }

  get theme() {
    return this.#theme;
  }

  setTheme(theme) {
    this.#theme = theme;
    if (this.#chart) themeOptions(this.#chart.options, theme);
  }

  // series: [{ key, label, color, record, hidden }] (record: a curve record, see series.js); a
  // series whose key and record are those already drawn keeps its Chart.js data. withMarkers: a
  // legend entry for the test vector's markers (drawn on the overlay). ymin, ymax: a fixed y
  // range, or null for Chart.js's automatic one.
  // onDrawn is not called here: the caller draws every plot first, then what goes over them
  // (overlays, legend buttons). Each Chart.js render sets canvas fonts, and Chromium's font
  // setter brings the page's style and layout up to date first: a DOM write between two plots'
  // renders would cost a layout of the widget in the middle of the frame, on top of the frame's own.
  draw({ series, withMarkers, xmin, xmax, ymin = null, ymax = null }) {
    const datasets = this.#datasets(series, withMarkers);
    if (!this.#chart) {
      const options = plotOptions(() => this.#onResize?.());
      themeOptions(options, this.#theme);
      options.scales.x.min = xmin;
      options.scales.x.max = xmax;
      setYRange(options.scales.y, ymin, ymax);
      this.#chart = new Chart(this.#canvas, { type: 'line', data: { datasets }, options, plugins: [jumpDotsPlugin, afterRender] });
      this.#chart.$onDrawn = this.#onDrawn;
      this.#chart.$dots = this.#dots;
      return;
    }
    const chart = this.#chart;
    chart.options.scales.x.min = xmin;
    chart.options.scales.x.max = xmax;
    setYRange(chart.options.scales.y, ymin, ymax);
    chart.data.datasets = datasets;
    chart.$dots = this.#dots;
    chart.$onDrawn = null;
    chart.update('none');
    chart.$onDrawn = this.#onDrawn;
  }

  destroy() {
    this.#chart?.destroy();
    this.#chart = null;
    this.#drawn.clear();
  }

  // Data coordinates <-> canvas coordinates (CSS pixels from the canvas's top left).
  pixelAt(x, y) {
    const { scales } = this.#chart;
    return { x: scales.x.getPixelForValue(x), y: scales.y.getPixelForValue(y) };
  }

  valueAtPixel(px) {
    return this.#chart.scales.x.getValueForPixel(px);
  }

  /** The plot area (CSS pixels), or null before the first draw. */
  get area() {
    return this.#chart?.chartArea ?? null;
  }

  #dots = [];

  // Chart.js datasets, the same objects from one draw to the next while a series stays on
  // the plot (Chart.js then keeps its elements and resolved options); only what changed is set.
  #datasets(series, withMarkers) {
    const theme = this.#theme;
    const drawn = new Map();
    const lines = [];
    const dots = [];
    for (const { key, label, color, record, hidden = false } of series) {
      const old = this.#drawn.get(key);
      const data = old?.record === record ? old.data : { points: chartPoints(record), dots: jumpDots(record.jumps) };
      const dataset = old?.dataset ?? {
        borderWidth: 2.25,
        pointRadius: 0,
        pointHoverRadius: 0,
        spanGaps: false,
      };
      dataset.label = label;
      dataset.data = data.points;
      dataset.borderColor = color;
      dataset.backgroundColor = color;
      dataset.hidden = hidden;
      drawn.set(key, { record, data, dataset });
      lines.push(dataset);
      if (data.dots.length > 0 && !hidden) dots.push({ color, panel: theme.panel, dots: data.dots });
    }
    this.#drawn = drawn;
    this.#dots = dots;
    if (withMarkers) {
      // Only for the legend: the markers themselves are on the overlay.
      this.#legendOnly ??= { label: 'test vector', data: [], showLine: false, pointStyle: 'rectRot' };
      this.#legendOnly.borderColor = theme.marker;
      this.#legendOnly.backgroundColor = theme.marker;
      lines.push(this.#legendOnly);
    }
    return lines;
  }
}

function plotOptions(onResize) {
  return {
    animation: false,
    parsing: false,
    normalized: true,
    maintainAspectRatio: false,
    onResize,
    // The widget handles the pointer itself (crosshair, drag to pan).
    events: [],
    layout: { padding: { top: 4, right: 8 } },
    scales: {
      // Ticks at even steps only: the range's own ends (-5, 5) are not squeezed in beside them.
      x: { type: 'plotLinear', title: { display: true, text: 'x' }, ticks: { includeBounds: false } },
      // The figure's caption names the y axis (f(x) or f'(x)).
      y: { type: 'plotLinear', grace: '6%', title: { display: false } },
    },
    plugins: {
      legend: {
        position: 'bottom',
        labels: {
          usePointStyle: true,
          boxHeight: 7,
        },
      },
      tooltip: { enabled: false },
    },
  };
}

// A typed or locked y range is drawn exactly (the core sampled the curves for it); the
// automatic one is the data's, padded by 6%.
function setYRange(y, ymin, ymax) {
  const fixed = ymin !== null && ymax !== null;
  y.min = fixed ? ymin : undefined;
  y.max = fixed ? ymax : undefined;
  y.grace = fixed ? 0 : '6%';
}

// Chart.js resolves a scale's tick font for every tick on every update, through its option
// proxies: a font object on the scale makes that ~25% of an update. So the widget's font family
// is Chart.js's default (this bundle's own Chart.js: no other chart on the page shares it), set
// by the first plot; a plot whose theme has another family (two widgets with different
// --activation-widget-font) names it on its scales and legend.
let defaultFamilySet = false;

function themeOptions({ scales, plugins }, theme) {
  if (!defaultFamilySet) {
    Chart.defaults.font.family = theme.font;
    defaultFamilySet = true;
  }
  const family = theme.font === Chart.defaults.font.family ? {} : { family: theme.font };
  for (const axis of [scales.x, scales.y]) {
    axis.grid = { color: theme.grid, tickColor: theme.grid };
    axis.border = { color: theme.axis };
    axis.ticks = { ...axis.ticks, color: theme.muted, callback: tickLabel };
    if (family.family) axis.ticks.font = family;
    else delete axis.ticks.font;
    axis.title.color = theme.muted;
    axis.title.font = { ...family, size: 13, style: 'italic' };
  }
  plugins.legend.labels.color = theme.fg;
  plugins.legend.labels.font = { ...family, size: 13 };
}

// Tick values are round numbers made inexact by binary steps (0.30000000000000004): ten
// significant digits show them as typed, without Chart.js building an Intl.NumberFormat.
function tickLabel(value) {
  return String(Number(value.toPrecision(10)));
}
