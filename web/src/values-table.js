// The plots' text alternative: every function on them at evenly spaced x, and each jump
// with its one-sided limits, in a table a screen reader can walk.
import { h } from './dom.js';

const ROWS = 11;

// series: [{ label, fnId, params, curve: { f: { jumps }, df: { jumps } } }]
export function fillValuesTable(table, widget, series, xmin, xmax) {
  const columns = series.flatMap((s) => [`${s.label}: f(x)`, `${s.label}: f′(x)`]);
  const values = series.map((s) => {
    widget.sample(s.fnId, s.params, xmin, xmax, ROWS);
    return { xs: Array.from(widget.curveX()), f: Array.from(widget.curveY()), df: Array.from(widget.curveDY()) };
  });
  const head = h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'x' }),
    columns.map((c) => h('th', { scope: 'col', text: c }))));
  const rows = [];
  for (let i = 0; i < ROWS; i++) {
    rows.push(h('tr', {}, h('th', { scope: 'row', text: formatNumber(values[0]?.xs[i] ?? NaN) }),
      values.flatMap((v) => [h('td', { text: formatNumber(v.f[i]) }), h('td', { text: formatNumber(v.df[i]) })])));
  }
  const notes = series.flatMap((s) => [
    ...s.curve.f.jumps.map((j) => jumpNote(s.label, 'f', j)),
    ...s.curve.df.jumps.map((j) => jumpNote(s.label, 'f′', j)),
  ]);
  table.replaceChildren(
    h('caption', { text: `Values on the plots, x from ${formatNumber(xmin)} to ${formatNumber(xmax)}` }),
    head,
    h('tbody', {}, rows),
  );
  if (notes.length > 0) table.append(h('tfoot', {}, notes.map((n) => h('tr', {}, h('td', { colSpan: columns.length + 1, text: n })))));
}

function jumpNote(label, what, { x, left, value, right }) {
  return `${label}: ${what} jumps at x = ${formatNumber(x)}, from ${formatNumber(left)} on the left to ` +
    `${formatNumber(right)} on the right, and ${what}(${formatNumber(x)}) = ${formatNumber(value)}.`;
}

// Short, readable numbers for people (the transcript is where NumPy's exact digits live).
export function formatNumber(value) {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const text = abs >= 1e6 || abs < 1e-4 ? value.toExponential(3) : String(Number(value.toPrecision(4)));
  return text.replace('-', '−');
}
