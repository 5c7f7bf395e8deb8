// The two ways to put the widget in a post, in the reader's current state: one module
// script tag with the element, or an iframe of the single-file page.

export function embedSnippets(state, base) {
  const attributes = Object.entries(stateAttributes(state))
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const script = `<script type="module" src="${escapeAttribute(new URL('activation-widget.js', base).href)}"></script>\n` +
    `<activation-widget${attributes}></activation-widget>`;
  const query = new URLSearchParams(stateAttributes(state)).toString();
  const src = new URL(`activation-widget.html?${query}`, base).href;
  const iframe = `<iframe src="${escapeAttribute(src)}" title="Activation function and its derivative" ` +
    'width="100%" height="1060" loading="lazy"></iframe>';
  return { script, iframe };
}

// The state as attribute names and values, defaults left out.
function stateAttributes({ fn, params, x, compare, xmin, xmax }, defaults = { xmin: -5, xmax: 5 }) {
  const out = { fn, ...params };
  if (x !== undefined) out.x = x;
  if (compare !== null) out.compare = compare.join(',');
  if (xmin !== defaults.xmin || xmax !== defaults.xmax) Object.assign(out, { xmin: String(xmin), xmax: String(xmax) });
  return out;
}

function escapeAttribute(text) {
  return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
