// The crosshair's readout: x under the pointer and each plotted function's f(x) and f'(x).
import { h } from '../lib/dom.js';
import { formatNumber } from '../lib/format.js';

// series: [{ label, colorIndex, valueAt(x) -> { f, df } }]
export function showReadout(readout, x, series) {
  if (x === null || x === undefined || series.length === 0) {
    if (readout.querySelector(':scope > .hint')) return;  // the hint is already there
    readout.replaceChildren(h('span', { class: 'hint' },
      h('span', { class: 'fine-pointer', text: 'Point at a plot to read f(x) and f′(x); drag it to pan.' }),
      h('span', { class: 'coarse-pointer', text: 'Touch a plot to read f(x) and f′(x); drag sideways to pan, pinch to zoom.' })));
    return;
  }
  const items = series.map((s) => {
    const { f, df } = s.valueAt(x);
    return h('span', { class: 'reading' },
      h('span', { class: 'swatch', dataset: { series: String(s.colorIndex) }, 'aria-hidden': 'true' }),
      h('span', { class: 'reading-name', text: s.label }),
      ` f(x) = ${formatNumber(f)}, f′(x) = ${formatNumber(df)}`);
  });
  readout.replaceChildren(h('span', { class: 'reading-x', text: `x = ${formatNumber(x)}` }), ...items);
}

// The same reading as one sentence, for the crosshair's announcement.
export function readingText(x, series) {
  const parts = series.map((s) => {
    const { f, df } = s.valueAt(x);
    return `${s.label}: f(x) = ${formatNumber(f)}, f′(x) = ${formatNumber(df)}`;
  });
  return `x = ${formatNumber(x)}. ${parts.join('. ')}.`;
}
