// Plain data out of the core's answers (pure: no Embind, no DOM). Each function copies out of
// the typed-array views it is given: a view over WASM memory dies at the next call into the core.

/** Markers drawn of the typed vector: 10^6 pasted numbers must not stall the plots. */
export const MAX_MARKERS = 2000;

/** Test vectors longer than this (in UTF-16 code units) are evaluated in the worker. */
export const LONG_VECTOR = 20000;

/** Programs whose arrays exceed this many elements are evaluated in the worker (issue 13). */
export const MAIN_THREAD_ELEMENTS = 20000;

export const PLOTS = Object.freeze({ f: 0, df: 1 });

/** The core's plot number for 'f' or 'df'. */
export function plotIndex(plot) {
  const index = PLOTS[plot];
  if (index === undefined) throw new TypeError(`plot must be 'f' or 'df', not ${String(plot)}`);
  return index;
}

/**
 * An evaluation from a binding's getters (a core Session after a setter).
 * @param {{ evaluated(): boolean, xText(): string, fxText(): string, dfxText(): string,
 *           xValues(): Float64Array, fxValues(): Float64Array, dfxValues(): Float64Array,
 *           errors(): {field: string, message: string, column: number}[] }} s
 */
export function readEvaluation(s) {
  const errors = s.errors();
  const error = errors[0] ?? null;
  const seed = s.drawnSeed();  // the seed the program drew with unseeded, '' if none
  if (!s.evaluated()) return { transcript: null, points: null, error, errors, seed };
  const transcript = { x: s.xText(), fx: s.fxText(), dfx: s.dfxText() };
  // Copied out of each view before the next call: a view dies when the core is called again.
  const x = s.xValues();
  const length = x.length;
  const n = Math.min(length, MAX_MARKERS);
  const xs = x.slice(0, n);
  // f and f' are elementwise only when they have x's length (softmax's f' is a Jacobian).
  const fx = s.fxValues();
  const fxs = fx.length === length ? fx.slice(0, n) : null;
  const dfx = s.dfxValues();
  const dfxs = dfx.length === length ? dfx.slice(0, n) : null;
  return { transcript, points: { x: xs, fx: fxs, dfx: dfxs }, error, errors, seed };
}

/** A curve record from the binding's views {x, y, segments, jumps (4 numbers per jump)}. */
export function readCurve(views) {
  const flat = views.jumps;
  const jumps = [];
  for (let i = 0; i + 3 < flat.length; i += 4) {
    jumps.push({ x: flat[i], left: flat[i + 1], value: flat[i + 2], right: flat[i + 3] });
  }
  return {
    x: Float64Array.from(views.x),
    y: Float64Array.from(views.y),
    segments: Uint32Array.from(views.segments),
    jumps,
  };
}

/** [lo, hi] from the core, or null when the function has no finite value there. */
export function readRange(view) {
  const lo = view[0];
  const hi = view[1];
  return lo <= hi ? { lo, hi } : null;
}

/** The arrays of an evaluation, for postMessage's transfer list. */
export function transferables(evaluation) {
  const p = evaluation?.points;
  return p ? [p.x, p.fx, p.dfx].filter(Boolean).map((a) => a.buffer) : [];
}
