// The widget's state, as the URL and the element's attributes spell it:
//   ?fn=leaky_relu&leak=0.1&x=[[-0.5],[0],[1]]&compare=sigmoid,tanh&xmin=-3&xmax=3
// Every other key is a parameter of the chosen function, kept exactly as the reader typed it.
// One reader (readState) and one writer (stateEntries) serve the URL, the attributes and
// the embed snippets alike.
export const DEFAULTS = Object.freeze({
  fn: 'relu',
  x: '[[0.2], [0.5], [1.2], [-2.3], [0]]',
  xmin: -5,
  xmax: 5,
});
export const STATE_KEYS = ['fn', 'x', 'compare', 'xmin', 'xmax', 'seed'];
// Past this, x is left out of the link: browsers and servers refuse very long URLs.
export const MAX_LINK_X = 4000;
// Attributes about the host element itself, never read as parameters.
const HOST_ATTRIBUTES = new Set(['sync-url', 'theme', 'page', 'class', 'id', 'style', 'slot', 'lang',
  'dir', 'title', 'hidden', 'tabindex', 'part', 'is', 'nonce', 'autofocus', 'inert', 'role']);

export function isStateAttribute(name) {
  return !HOST_ATTRIBUTES.has(name) && !name.startsWith('data-') && !name.startsWith('aria-');
}

// The tutorial's figure draws ReLU and Leaky ReLU together: with no `compare` given,
// either one brings the other.
const TUTORIAL_PAIR = { relu: ['leaky_relu'], leaky_relu: ['relu'] };

export function defaultCompare(fn) {
  return TUTORIAL_PAIR[fn] ?? [];
}

export function splitCompare(text) {
  return text === null || text === undefined ? null : text.split(',').map((s) => s.trim()).filter(Boolean);
}

// get(name) -> string | null, names() -> every name present. Works for URLSearchParams
// and for an element's attributes alike.
export function readState({ get, names }) {
  const params = {};
  for (const name of names()) if (!STATE_KEYS.includes(name)) params[name] = get(name);
  return {
    fn: get('fn'),
    x: get('x'),
    compare: splitCompare(get('compare')),
    xmin: get('xmin'),
    xmax: get('xmax'),
    params,
    ...(get('seed') !== null ? { seed: get('seed') } : {}),  // of x's unseeded draws (issue 13)
  };
}

export function searchSource(search) {
  const query = new URLSearchParams(search);
  return { get: (name) => query.get(name), names: () => [...new Set(query.keys())] };
}

export function attributeSource(element) {
  return {
    get: (name) => element.getAttribute(name),
    names: () => element.getAttributeNames().filter(isStateAttribute),
  };
}

// The state as [name, value] pairs, in URL order, defaults and over-long vectors left out:
// the one serializer behind the URL, "Copy link" and the embed snippets.
export function stateEntries({ fn, params, x, compare, xmin, xmax, seed }) {
  const entries = [['fn', fn], ...Object.entries(params)];
  if (x !== undefined && x !== DEFAULTS.x && x.length <= MAX_LINK_X) entries.push(['x', x]);
  if (compare !== null && compare !== undefined) entries.push(['compare', compare.join(',')]);
  if (xmin !== DEFAULTS.xmin || xmax !== DEFAULTS.xmax) entries.push(['xmin', String(xmin)], ['xmax', String(xmax)]);
  if (seed) entries.push(['seed', seed]);
  return entries;
}

export function stateToSearch(state) {
  const query = new URLSearchParams(stateEntries(state));
  // Brackets and commas stay readable in a shared link.
  return '?' + query.toString().replace(/%5B/g, '[').replace(/%5D/g, ']').replace(/%2C/g, ',');
}
