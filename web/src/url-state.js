// The page's state lives in its URL: ?fn=leaky_relu&leak=0.1&x=[[-0.5],[0],[1]]
// Every other key is a parameter of the chosen function, kept as the reader typed it.
const RESERVED = new Set(['fn', 'x']);

export function readState(search) {
  const query = new URLSearchParams(search);
  const params = {};
  for (const [key, value] of query) if (!RESERVED.has(key)) params[key] = value;
  return { fn: query.get('fn'), x: query.get('x'), params };
}

export function stateToSearch({ fn, params, x }) {
  const query = new URLSearchParams({ fn });
  for (const [key, value] of Object.entries(params)) query.set(key, value);
  if (x) query.set('x', x);
  // Brackets and commas stay readable in a shared link.
  return '?' + query.toString().replace(/%5B/g, '[').replace(/%5D/g, ']').replace(/%2C/g, ',');
}
