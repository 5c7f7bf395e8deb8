// The widget's markup, built once per shadow root. Accessible names here are the public
// contract (PRODUCT.md): Activation, one box per parameter, Test vector, x, f(x), f'(x),
// one role=alert. No other name may contain "Activation" or "Test vector", or be exactly
// a parameter's or an output's name, since tests and readers find controls by them.
import { h } from '../lib/dom.js';
import { PRESETS } from '../state/range.js';

export function buildLayout(root) {
  const ui = {};
  const keep = (name, el) => { ui[name] = el; return el; };

  const toolbar = h('section', { class: 'toolbar', 'aria-label': 'Function and parameters' },
    h('div', { class: 'field' },
      h('label', { for: 'fn', text: 'Activation' }),
      keep('picker', h('select', { id: 'fn', name: 'fn' }))),
    keep('params', h('div', { id: 'params', class: 'params' })),
    h('div', { class: 'field compare' },
      h('label', { for: 'compare-pick', text: 'Compare with' }),
      h('div', { class: 'inline' },
        keep('comparePicker', h('select', { id: 'compare-pick' })),
        keep('compareAdd', h('button', { type: 'button', class: 'button', text: 'Add' }))),
      keep('compared', h('ul', { class: 'chips', 'aria-label': 'Compared functions' }))));

  // Each plot is a keyboard stop: arrow keys move a crosshair (role=application passes them
  // through screen readers' browse mode); its description (aria-describedby, which reads
  // hidden text, so it is not read twice) is the curve's shape in words and the keys.
  const plot = (id, caption, sub) => {
    const which = id === 'canvasF' ? 'f' : 'df';
    return h('figure', { class: 'plot' },
      h('figcaption', {}, h('span', { text: caption }), ' ', h('span', { class: 'sub', text: sub })),
      h('div', { class: 'chart-box' }, keep(id, h('canvas', {
        id: `chart-${which}`, role: 'application', 'aria-roledescription': 'plot', tabIndex: 0,
        'aria-describedby': `shape-${which} plot-keys`,
      })), keep(`touch${which === 'f' ? 'F' : 'Df'}`, h('p', { class: 'touch-reading', hidden: true, 'aria-hidden': 'true' }))),
      keep(`shape${which === 'f' ? 'F' : 'Df'}`, h('p', { id: `shape-${which}`, hidden: true })));
  };
  const charts = h('div', { class: 'charts' },
    plot('canvasF', 'Function', 'f(x)'),
    plot('canvasDf', 'Derivative', 'f′(x)'));

  // The readout follows the pointer and is not announced; keyboard moves of the crosshair
  // are, once per key, in crosshairStatus.
  const readout = keep('readout', h('p', { class: 'readout' }));
  const plotKeys = h('p', { id: 'plot-keys', hidden: true, text: 'Left and right arrows move a crosshair and read f(x) and f′(x); Shift moves further, Home and End go to the ends.' });
  const crosshairStatus = keep('crosshairStatus', h('p', { class: 'visually-hidden', role: 'status' }));
  const rangeBar = h('div', { class: 'plot-bar' },
    h('div', { class: 'range', role: 'group', 'aria-label': 'Range of the plots' },
      h('label', { for: 'xmin', text: 'x from' }),
      keep('xmin', h('input', { id: 'xmin', type: 'text', inputMode: 'text', autocomplete: 'off', spellcheck: false })),
      h('label', { for: 'xmax', text: 'to' }),
      keep('xmax', h('input', { id: 'xmax', type: 'text', inputMode: 'text', autocomplete: 'off', spellcheck: false, 'aria-label': 'x to' })),
      h('div', { class: 'segmented', role: 'group', 'aria-label': 'Preset ranges' },
        PRESETS.map((p) => h('button', { type: 'button', class: 'button seg', dataset: { preset: String(p) }, text: `±${p}` }))),
      h('div', { class: 'segmented', role: 'group', 'aria-label': 'Zoom and pan' },
        keep('panLeft', h('button', { type: 'button', class: 'button seg', text: '←', title: 'Pan left', 'aria-label': 'Pan left' })),
        keep('zoomOut', h('button', { type: 'button', class: 'button seg', text: '−', title: 'Zoom out', 'aria-label': 'Zoom out' })),
        keep('zoomIn', h('button', { type: 'button', class: 'button seg', text: '+', title: 'Zoom in', 'aria-label': 'Zoom in' })),
        keep('panRight', h('button', { type: 'button', class: 'button seg', text: '→', title: 'Pan right', 'aria-label': 'Pan right' }))),
      keep('resetView', h('button', { type: 'button', class: 'button quiet', text: 'Reset view', title: 'The default range (or double-click a plot)' }))),
    // The function plot's y range: automatic while both boxes are empty.
    h('div', { class: 'range', role: 'group', 'aria-label': 'y range of the function plot' },
      h('label', { for: 'ymin', text: 'y from' }),
      keep('ymin', h('input', { id: 'ymin', type: 'text', inputMode: 'text', autocomplete: 'off', spellcheck: false, placeholder: 'auto' })),
      h('label', { for: 'ymax', text: 'to' }),
      keep('ymax', h('input', { id: 'ymax', type: 'text', inputMode: 'text', autocomplete: 'off', spellcheck: false, placeholder: 'auto', 'aria-label': 'y to' })),
      keep('yLock', h('button', { type: 'button', class: 'button', 'aria-pressed': 'false', text: 'Lock y', title: 'Keep the y range as it is now' }))),
    h('div', { class: 'share' },
      keep('copyLink', h('button', { type: 'button', class: 'button quiet', text: 'Copy link' })),
      keep('embed', h('button', { type: 'button', class: 'button quiet', text: 'Embed', 'aria-haspopup': 'dialog' })),
      keep('exportPng', h('button', { type: 'button', class: 'button quiet', 'aria-label': 'Download PNG', title: 'Download the plots as PNG' }, h('span', { 'aria-hidden': 'true', text: '↓ ' }), 'PNG')),
      keep('exportSvg', h('button', { type: 'button', class: 'button quiet', 'aria-label': 'Download SVG', title: 'Download the plots as SVG' }, h('span', { 'aria-hidden': 'true', text: '↓ ' }), 'SVG'))));

  const valuesBox = keep('valuesBox', h('details', { class: 'values' },
    h('summary', { text: 'Values table' }),
    h('div', { class: 'table-scroll', tabIndex: 0, role: 'region', 'aria-label': 'Values on the plots' },
      keep('values', h('table', {})))));

  const cell = (prompt, name) => h('div', { class: 'cell' },
    keep(`${name}Caption`, h('span', { class: 'prompt', text: prompt })),
    // Not live: every keystroke changes them; `announcer` reads the results once typing pauses.
    keep(name, h('output', { class: 'numpy', 'aria-live': 'off', 'aria-label': { x: 'x', fx: 'f(x)', dfx: "f'(x)" }[name] })));
  const vector = h('section', { class: 'vector', 'aria-label': 'NumPy transcript' },
    h('div', { class: 'field' },
      h('div', { class: 'label-row' },
        h('label', { for: 'x', text: 'Test vector' }),
        keep('copyNumpy', h('button', { type: 'button', class: 'button quiet small', text: 'Copy as NumPy' }))),
      keep('vector', h('textarea', { id: 'x', name: 'x', rows: 2, spellcheck: false, autocomplete: 'off', 'aria-describedby': 'x-hint' })),
      h('p', { id: 'x-hint', class: 'hint' }, 'As you would type it in NumPy: ',
        h('code', { text: '[[0.2], [0.5]]' }), ', ', h('code', { text: '0.2, -1.5' }), ', ',
        h('code', { text: 'np.linspace(-5, 5, 11)' }), ', ', h('code', { text: 'np.random.seed(42); np.random.randn(5, 1)' }),
        ', or a whole notebook cell.')),
    keep('alert', h('div', { class: 'error', role: 'alert' })),
    keep('outputs', h('div', { class: 'outputs' }, cell('print(x)', 'x'), cell('print(f(x))', 'fx'), cell('f_dash(x)', 'dfx'))));

  const about = h('section', { class: 'about', 'aria-label': 'About this function' },
    keep('formula', h('div', { class: 'formula' })),
    h('p', { class: 'convention' }, keep('conventionHead', h('strong', { text: 'At the kink. ' })), keep('convention', h('span'))),
    h('details', { class: 'code' },
      h('summary', { text: 'The NumPy definition' }),
      keep('snippet', h('pre', { class: 'snippet' }))));

  // Copy feedback for screen readers; sighted readers see the button say "Copied".
  const status = keep('status', h('p', { class: 'visually-hidden', role: 'status' }));
  // The results of what was typed, read once typing pauses.
  const announcer = keep('announcer', h('p', { class: 'visually-hidden', role: 'status' }));

  const snippetField = (id, label, name) => h('div', { class: 'field' },
    h('div', { class: 'label-row' },
      h('label', { for: id, text: label }),
      keep(`${name}Copy`, h('button', { type: 'button', class: 'button quiet small', text: 'Copy' }))),
    keep(name, h('textarea', { id, readOnly: true, rows: 4, spellcheck: false })));
  const dialog = keep('dialog', h('dialog', { class: 'embed-dialog', 'aria-labelledby': 'embed-title' },
    h('h2', { id: 'embed-title', text: 'Embed this widget' }),
    h('p', { class: 'hint', text: 'Both show the widget as it is now. The script tag puts it in your page (its styles stay inside it); the iframe needs nothing but the one HTML file.' }),
    snippetField('embed-script', 'Script tag', 'embedScript'),
    snippetField('embed-iframe', 'Iframe', 'embedIframe'),
    h('div', { class: 'dialog-actions' },
      keep('dialogStatus', h('p', { class: 'visually-hidden', role: 'status' })),
      keep('dialogClose', h('button', { type: 'button', class: 'button', text: 'Done' })))));

  // Until the core has loaded and the first picture is drawn, only "Loading…" shows (out of
  // the flow): the rows that fill in on load (parameters, chips, formulas) never push the
  // plots down in front of the reader (no layout shift).
  const loading = h('p', { class: 'loading', text: 'Loading…' });
  root.append(keep('widget', h('div', { class: 'widget' }, loading, toolbar, charts, readout, plotKeys, crosshairStatus, rangeBar, valuesBox, vector, about, status, announcer, dialog)));
  return ui;
}
