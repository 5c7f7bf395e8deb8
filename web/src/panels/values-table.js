// The plots' text alternative: every function on them at evenly spaced x, and each jump
// with its one-sided limits, in a table a screen reader can walk.
import { h } from '../lib/dom.js';
import { formatNumber } from '../lib/format.js';

const ROWS = 11;

export function tableXs(xmin, xmax) {
  return Array.from({ length: ROWS }, (_, i) => (i === ROWS - 1 ? xmax : xmin + ((xmax - xmin) * i) / (ROWS - 1)));
}

// series: [{ label, valueAt(x) -> { f, df }, jumps: { f: [...], df: [...] } }]
export function fillValuesTable(table, series, xmin, xmax) {
  const xs = tableXs(xmin, xmax);
  const columns = series.flatMap((s) => [`${s.label}: f(x)`, `${s.label}: f′(x)`]);
  const values = series.map((s) => xs.map((x) => s.valueAt(x)));
  const head = h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'x' }),
    columns.map((c) => h('th', { scope: 'col', text: c }))));
  const rows = xs.map((x, i) => h('tr', {}, h('th', { scope: 'row', text: formatNumber(x) }),
    values.flatMap((v) => [h('td', { text: formatNumber(v[i].f) }), h('td', { text: formatNumber(v[i].df) })])));
  const notes = series.flatMap((s) => [
    ...s.jumps.f.map((j) => jumpNote(s.label, 'f', j)),
    ...s.jumps.df.map((j) => jumpNote(s.label, 'f′', j)),
  ]);
  table.replaceChildren(
    h('caption', { text: `Values on the plots, x from ${formatNumber(xmin)} to ${formatNumber(xmax)}` }),
    head,
    h('tbody', {}, rows),
  );
  if (notes.length > 0) table.append(h('tfoot', {}, notes.map((n) => h('tr', {}, h('td', { colSpan: columns.length + 1, text: n })))));
}

export function jumpNote(label, what, { x, left, value, right }) {
  return `${label}: ${what} jumps at x = ${formatNumber(x)}, from ${formatNumber(left)} on the left to ` +
    `${formatNumber(right)} on the right, and ${what}(${formatNumber(x)}) = ${formatNumber(value)}.`;
}
