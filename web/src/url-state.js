// The widget's state, as the URL and the element's attributes spell it:
//   ?fn=leaky_relu&leak=0.1&x=[[-0.5],[0],[1]]&compare=sigmoid,tanh&xmin=-3&xmax=3
// Every other key is a parameter of the chosen function, kept exactly as the reader typed it.
export const DEFAULTS = Object.freeze({
  fn: 'relu',
  x: '[[0.2], [0.5], [1.2], [-2.3], [0]]',
  xmin: -5,
  xmax: 5,
});
export const STATE_KEYS = ['fn', 'x', 'compare', 'xmin', 'xmax'];
// Past this, x is left out of the link: browsers and servers refuse very long URLs.
export const MAX_LINK_X = 4000;

// The tutorial's figure draws ReLU and Leaky ReLU together: with no `compare` given,
// either one brings the other.
const TUTORIAL_PAIR = { relu: ['leaky_relu'], leaky_relu: ['relu'] };

export function defaultCompare(fn) {
  return TUTORIAL_PAIR[fn] ?? [];
}

// get(name) -> string | null, names() -> every name present. Works for URLSearchParams
// and for an element's attributes alike.
export function readState({ get, names }) {
  const params = {};
  for (const name of names()) if (!STATE_KEYS.includes(name)) params[name] = get(name);
  const compare = get('compare');
  return {
    fn: get('fn'),
    x: get('x'),
    compare: compare === null ? null : compare.split(',').map((s) => s.trim()).filter(Boolean),
    xmin: get('xmin'),
    xmax: get('xmax'),
    params,
  };
}

export function searchSource(search) {
  const query = new URLSearchParams(search);
  return { get: (name) => query.get(name), names: () => [...new Set(query.keys())] };
}

export function stateToSearch({ fn, params, x, compare, xmin, xmax }) {
  const query = new URLSearchParams({ fn });
  for (const [key, value] of Object.entries(params)) query.set(key, value);
  if (x !== DEFAULTS.x && x.length <= MAX_LINK_X) query.set('x', x);
  if (compare !== null) query.set('compare', compare.join(','));
  if (xmin !== DEFAULTS.xmin || xmax !== DEFAULTS.xmax) {
    query.set('xmin', String(xmin));
    query.set('xmax', String(xmax));
  }
  // Brackets and commas stay readable in a shared link.
  return '?' + query.toString().replace(/%5B/g, '[').replace(/%5D/g, ']').replace(/%2C/g, ',');
}
