// Loads the built WASM module in Node exactly as shipped (build/wasm/activations.mjs, the one
// glue of both binaries). Node 20's fetch cannot read a file path, so the binary is handed over
// from disk, and the ES module glue looks up __dirname, which ES modules lack.
// loadCore(): the full core (activations-programs.wasm: what reads programs, in the page's
// worker); loadCore({ lite: true }): the page's first-paint core (activations.wasm: literals
// only, anything else needs the full core).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// ACT_WASM_DIR: another build of the module (e.g. a size experiment), with a trailing slash.
const wasmDir = process.env.ACT_WASM_DIR ?? fileURLToPath(new URL('../../build/wasm/', import.meta.url));

export async function loadCore({ lite = false } = {}) {
  globalThis.__dirname ??= wasmDir;
  const { default: createActivationModule } = await import(`${wasmDir}activations.mjs`);
  const binary = lite ? 'activations.wasm' : 'activations-programs.wasm';
  return createActivationModule({ wasmBinary: readFileSync(`${wasmDir}${binary}`) });
}

export const seedExamples = JSON.parse(
  readFileSync(new URL('../seed/seed_examples.json', import.meta.url), 'utf8'),
).cases;

// What the tests used to ask of the old Embind Widget (removed, issue 11), asked of the core's
// Session: each evaluate() and sample() on a fresh Session (the Widget kept no state between
// calls), the first of its errors, copies of its views. sample(): n even points of [x0, x1]
// (the last exactly x1), f and f' through Session.valueAt, read lazily (a test reads a few
// thousand of 655,361 points), and the x of each jump of f and f' (Session.curve's records).
export class OneShotSession {
  #core;
  #sampler = null;  // the Session behind the last sample()
  #error = null;
  #texts = { x: '', fx: '', dfx: '' };
  #values = { x: new Float64Array(0), fx: new Float64Array(0), dfx: new Float64Array(0) };
  #curve = { x: [], y: [], dy: [], jumps: new Float64Array(0) };

  constructor(core) {
    this.#core = core;
  }

  #session(fn, params) {
    this.delete();
    const s = new this.#core.Session();
    s.setFunction(fn);
    for (const [id, text] of Object.entries(params ?? {})) s.setParam(id, String(text));
    return s;
  }

  evaluate(fn, params, x) {
    const s = this.#session(fn, params);
    s.setVector(x);
    this.#error = s.errors()[0] ?? null;
    this.#texts = { x: s.xText(), fx: s.fxText(), dfx: s.dfxText() };
    this.#values = { x: s.xValues().slice(), fx: s.fxValues().slice(), dfx: s.dfxValues().slice() };
    s.delete();
    return this.#error === null;
  }

  sample(fn, params, x0, x1, n) {
    const s = this.#session(fn, params);
    this.#sampler = s;
    this.#error = s.errors()[0] ?? null;
    if (this.#error) return false;
    const xAt = (i) => (i + 1 === n && n > 1 ? x1 : x0 + ((x1 - x0) * i) / Math.max(n - 1, 1));
    const lazy = (at) => new Proxy([], {
      get(target, key) {
        if (key === 'length') return n;
        if (typeof key === 'string' && /^\d+$/.test(key)) return Number(key) < n ? at(Number(key)) : undefined;
        return Reflect.get(target, key);
      },
    });
    const jumps = new Set();
    for (const plot of x1 > x0 ? [0, 1] : []) {
      const flat = s.curve(plot, x0, x1, -1, 1, 1000, 500).jumps;
      for (let i = 0; i < flat.length; i += 4) jumps.add(flat[i]);
    }
    this.#curve = {
      x: lazy(xAt),
      y: lazy((i) => s.valueAt(xAt(i))[0]),
      dy: lazy((i) => s.valueAt(xAt(i))[1]),
      jumps: Float64Array.from([...jumps].sort((a, b) => a - b)),
    };
    return true;
  }

  errorField() { return this.#error?.field ?? ''; }
  errorMessage() { return this.#error?.message ?? ''; }
  errorColumn() { return this.#error?.column ?? 0; }
  xText() { return this.#texts.x; }
  fxText() { return this.#texts.fx; }
  dfxText() { return this.#texts.dfx; }
  xValues() { return this.#values.x; }
  fxValues() { return this.#values.fx; }
  dfxValues() { return this.#values.dfx; }
  curveX() { return this.#curve.x; }
  curveY() { return this.#curve.y; }
  curveDY() { return this.#curve.dy; }
  curveJumps() { return this.#curve.jumps; }

  delete() {
    this.#sampler?.delete();
    this.#sampler = null;
  }
}
