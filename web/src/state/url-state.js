// The widget's state, as the URL and the element's attributes spell it:
//   ?fn=leaky_relu&leak=0.1&x=[[-0.5],[0],[1]]&compare=sigmoid,elu:alpha=0.5&xmin=-3&xmax=3
// Every other key is a parameter of the chosen function, kept exactly as the reader typed it.
// `compare` lists the compared ids; each may carry its own parameters as `:name=value`
// (`elu:alpha=0.5`, `hard_tanh:min_val=-2:max_val=2`), so `compare=relu,elu` reads as it always did.
// One reader (readState) and one writer (stateEntries) serve the URL, the attributes and
// the embed snippets alike.
export const DEFAULTS = Object.freeze({
  fn: 'relu',
  x: '[[0.2], [0.5], [1.2], [-2.3], [0]]',
  xmin: -5,
  xmax: 5,
});
export const STATE_KEYS = ['fn', 'x', 'compare', 'xmin', 'xmax', 'ymin', 'ymax', 'seed'];
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

// `%`, `,`, `:` and `=` inside a compared function's parameter value, percent-escaped.
const escapeValue = (value) => String(value).replace(/[%,:=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const unescapeValue = (value) => value.replace(/%(25|2C|3A|3D)/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)));

export function splitCompare(text) {
  return parseCompare(text).ids;
}

// `relu,elu:alpha=0.5` -> { ids: ['relu', 'elu'], params: { elu: { alpha: '0.5' } } }; ids null
// when there is no text. Values are kept as typed (the core reads them); `%`, `,`, `:` and `=`
// inside a value are percent-escaped by compareText. A piece without `=` is ignored.
export function parseCompare(text) {
  if (text === null || text === undefined) return { ids: null, params: {} };
  const ids = [];
  const params = {};
  for (const item of text.split(',')) {
    const [head, ...pieces] = item.split(':');
    const id = head.trim();
    if (!id) continue;
    ids.push(id);
    for (const piece of pieces) {
      const at = piece.indexOf('=');
      if (at <= 0) continue;
      (params[id] ??= {})[piece.slice(0, at).trim()] = unescapeValue(piece.slice(at + 1));
    }
  }
  return { ids, params };
}

// The inverse of parseCompare: ids in order, each with its parameters as given.
export function compareText(ids, params = {}) {
  return ids.map((id) => [id, ...Object.entries(params[id] ?? {}).map(([name, value]) => `${name}=${escapeValue(value)}`)].join(':')).join(',');
}


// get(name) -> string | null, names() -> every name present. Works for URLSearchParams
// and for an element's attributes alike.
export function readState({ get, names }) {
  const params = {};
  for (const name of names()) if (!STATE_KEYS.includes(name)) params[name] = get(name);
  const compare = parseCompare(get('compare'));
  return {
    fn: get('fn'),
    x: get('x'),
    compare: compare.ids,
    compareParams: compare.params,
    xmin: get('xmin'),
    xmax: get('xmax'),
    ymin: get('ymin'),  // the function plot's y range; absent: automatic
    ymax: get('ymax'),
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
export function stateEntries({ fn, params, x, compare, compareParams, xmin, xmax, ymin = null, ymax = null, seed }) {
  const entries = [['fn', fn], ...Object.entries(params)];
  if (x !== undefined && x !== DEFAULTS.x && x.length <= MAX_LINK_X) entries.push(['x', x]);
  if (compare !== null && compare !== undefined) entries.push(['compare', compareText(compare, compareParams)]);
  if (xmin !== DEFAULTS.xmin || xmax !== DEFAULTS.xmax) entries.push(['xmin', String(xmin)], ['xmax', String(xmax)]);
  if (ymin !== null && ymax !== null) entries.push(['ymin', String(ymin)], ['ymax', String(ymax)]);
  if (seed) entries.push(['seed', seed]);
  return entries;
}

export function stateToSearch(state) {
  // Brackets and commas stay readable in a shared link, and so do the compare list's `:` and `=`.
  return '?' + stateEntries(state).map(([name, value]) => {
    const pair = new URLSearchParams([[name, value]]).toString().replace(/%5B/g, '[').replace(/%5D/g, ']').replace(/%2C/g, ',');
    return name === 'compare' ? pair.replace(/%3A/g, ':').replace(/%3D/g, '=') : pair;
  }).join('&');
}
