// The widget's state as plain data, and the rules that change it: where it starts (the URL
// over the attributes), which functions are compared, which parameters a function keeps,
// and what an attribute change does. No DOM, no core: `byId` is the catalogue by id.
//   state: { fn, params: { id: text as typed }, x, compare: ids | null (null: the default), xmin, xmax,
//            ymin, ymax (null, null: automatic) }
import { DEFAULTS, defaultCompare, splitCompare } from './url-state.js';
import { parseRange, parseYRange } from './range.js';

export const MAX_COMPARED = 6;

// fromAttributes, fromUrl: readState() of each (fromUrl {} without sync-url).
export function initialState(fromAttributes, fromUrl, byId) {
  const pick = (key) => fromUrl[key] ?? fromAttributes[key] ?? null;
  const notices = [];
  let fn = pick('fn') ?? DEFAULTS.fn;
  if (!byId.has(fn)) {
    notices.push(`Activation: unknown function '${fn}', showing ${DEFAULTS.fn}`);
    fn = DEFAULTS.fn;
  }
  let range = parseRange(pick('xmin') ?? String(DEFAULTS.xmin), pick('xmax') ?? String(DEFAULTS.xmax));
  if (!range.ok) {
    notices.push(`${range.message}; showing ${DEFAULTS.xmin} to ${DEFAULTS.xmax}`);
    range = { xmin: DEFAULTS.xmin, xmax: DEFAULTS.xmax };
  }
  let y = parseYRange(pick('ymin'), pick('ymax'));
  if (!y.ok) notices.push(`${y.message}; showing an automatic y range`);
  if (!y.ok) y = { ymin: null, ymax: null };
  const state = {
    fn,
    params: keepParams(byId.get(fn), { ...fromAttributes.params, ...fromUrl.params }),
    x: pick('x') ?? DEFAULTS.x,
    compare: validCompare(pick('compare'), fn, byId),
    xmin: range.xmin,
    xmax: range.xmax,
    ymin: y.ymin,
    ymax: y.ymax,
  };
  return { state, notice: notices.join('. ') };
}

export function validCompare(list, fn, byId) {
  if (list === null || list === undefined) return null;
  return [...new Set(list)].filter((id) => byId.has(id) && id !== fn).slice(0, MAX_COMPARED);
}

/** The functions drawn beside the main one, in colour order. */
export function compared(state) {
  return (state.compare ?? defaultCompare(state.fn)).filter((id) => id !== state.fn);
}

/** Only the function's own parameters; missing ones mean their defaults. */
export function keepParams(spec, params) {
  return Object.fromEntries(spec.params.filter((p) => p.id in params).map((p) => [p.id, params[p.id]]));
}

export function selectFunction(state, id, byId) {
  return {
    ...state,
    fn: id,
    params: keepParams(byId.get(id), state.params),
    compare: state.compare === null ? null : state.compare.filter((c) => c !== id),
  };
}

/** The state as the URL and the embed spell it (an explicit compare list written out). */
export function linkState(state) {
  return { ...state, params: { ...state.params }, compare: state.compare === null ? null : compared(state) };
}

/** The public `state` property: the compare list always written out. */
export function publicState(state) {
  const y = state.ymin != null && state.ymax != null ? { ymin: state.ymin, ymax: state.ymax } : {};  // absent: automatic
  return { fn: state.fn, params: { ...state.params }, x: state.x, compare: [...compared(state)], xmin: state.xmin, xmax: state.xmax, ...y };
}

export function seriesLabel(spec, params) {
  if (spec.params.length === 0) return spec.name;
  const values = spec.params.map((p) => `${p.id} = ${params[p.id] ?? p.default}`);
  return `${spec.name} (${values.join(', ')})`;
}

// Attributes changed by a host script, applied in order ('fn' first, so its parameters
// are read for the new function). read(name): the attribute's value or null;
// attributeParams(): every parameter-like attribute. Returns the new state and what changed.
export function applyAttributes(state, names, read, attributeParams, byId) {
  let s = state;
  const changed = { any: false, fn: false, params: false, x: false, range: false };
  const ordered = [...new Set(names)].sort((a, b) => (b === 'fn') - (a === 'fn'));
  for (const name of ordered) {
    const value = read(name);
    changed.any = true;
    if (name === 'fn') {
      const id = value ?? DEFAULTS.fn;
      if (!byId.has(id)) continue;
      s = selectFunction({ ...s, params: attributeParams() }, id, byId);
      changed.fn = true;
    } else if (name === 'x') {
      s = { ...s, x: value ?? DEFAULTS.x };
      changed.x = true;
    } else if (name === 'compare') {
      s = { ...s, compare: validCompare(splitCompare(value), s.fn, byId) };
    } else if (name === 'xmin' || name === 'xmax') {
      const range = parseRange(read('xmin') ?? String(DEFAULTS.xmin), read('xmax') ?? String(DEFAULTS.xmax));
      if (range.ok) s = { ...s, xmin: range.xmin, xmax: range.xmax };
      changed.range = true;
    } else if (name === 'ymin' || name === 'ymax') {
      const y = parseYRange(read('ymin'), read('ymax'));
      if (y.ok) s = { ...s, ymin: y.ymin, ymax: y.ymax };
      changed.range = true;
    } else if (byId.get(s.fn).params.some((p) => p.id === name)) {
      const params = { ...s.params };
      if (value === null) delete params[name];
      else params[name] = value;
      s = { ...s, params };
      changed.params = true;
    }
  }
  return { state: s, changed };
}
