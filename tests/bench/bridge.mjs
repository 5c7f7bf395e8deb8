// Bridge figures: ReLU over n float64 values in and out of WASM through Embind, by views over
// WASM memory and by std::vector conversion (build/bench-wasm/bench_bridge), as CPU time per
// call and per element; and JS<->WASM crossings, counted, for each of those and for the
// product's own calls (build/bench-wasm/activations, the shipped binding: Session) at two sizes.
// Prints JSON for run.mjs.   node tests/bench/bridge.mjs [--quick]
import { readFileSync } from 'node:fs';
import { loadBenchModule, benchWasmDir } from './lib/wasm.mjs';
import { bestSecondsPerRep } from './lib/timing.mjs';
import { installCrossingCounter } from './lib/crossings.mjs';
import { fillInput } from './lib/js-kernels.mjs';

const quick = process.argv.includes('--quick');
const timing = quick ? { samples: 2, minSeconds: 0.02, budgetSeconds: 0.5 } : { samples: 5, minSeconds: 0.05, budgetSeconds: 2 };
const SIZES = [1, 1000, 100000];
const LEAK = 0.1;

// Each method: (module, input Float64Array) -> output Float64Array (or array), with what it
// needs allocated once, as a page would keep it.
function methods(m, maxN) {
  const xp = m.allocF64(maxN);
  const op = m.allocF64(maxN);
  const outs = new Map();  // n -> the caller's output array, reused
  const outFor = (n) => { if (!outs.has(n)) outs.set(n, new Float64Array(n)); return outs.get(n); };
  return {
    'views: copy in (HEAPF64.set), 1 call, copy out of a view': (x) => {
      m.HEAPF64.set(x, xp / 8);
      m.reluPtr(xp, op, x.length, LEAK);
      const out = outFor(x.length);
      out.set(m.HEAPF64.subarray(op / 8, op / 8 + x.length));
      return out;
    },
    'views, zero-copy: 1 call on data in WASM memory': (x) => {
      m.reluPtr(xp, op, x.length, LEAK);
      return m.HEAPF64.subarray(op / 8, op / 8 + x.length);
    },
    'std::vector via register_vector: push_back/get per element': (x) => {
      const v = new m.VectorDouble();
      for (let i = 0; i < x.length; i++) v.push_back(x[i]);
      const r = m.reluVector(v, LEAK);
      const n = r.size();
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = r.get(i);
      v.delete();
      r.delete();
      return out;
    },
    'std::vector via val: vecFromJSArray in, val::array out': (x) => m.reluValElementwise(x, LEAK),
    'std::vector via val, bulk: convertJSArrayToNumberVector, view out': (x) => {
      const out = outFor(x.length);
      out.set(m.reluValBulk(x, LEAK));
      return out;
    },
  };
}

const inputs = Object.fromEntries(SIZES.map((n) => {
  const x = new Float64Array(n);
  fillInput(x);
  return [n, x];
}));

// Timing, on a module without the counter.
const timed = await loadBenchModule('bench_bridge');
const timedMethods = methods(timed, Math.max(...SIZES));
const seconds = {};
for (const [name, run] of Object.entries(timedMethods)) {
  seconds[name] = {};
  for (const n of SIZES) {
    const x = inputs[n];
    seconds[name][n] = bestSecondsPerRep((reps) => { for (let r = 0; r < reps; r++) run(x); }, timing);
  }
}

// The core's share of one parameter change on the page (?fn=leaky_relu beside ReLU), as
// web/src/core/session.js makes it: the leak set (the default vector re-evaluated, its texts and
// views read), the coarse ranges, both curves of both functions for the new y range (copied out
// of the views), and the main function's shapes; CPU time, on an instance without the counter.
const productGlue = `${benchWasmDir}activations.mjs`;
let coreShare = null;
try {
  globalThis.__dirname ??= benchWasmDir;
  const { default: create } = await import(productGlue);
  const core = await create({ wasmBinary: readFileSync(`${benchWasmDir}activations.wasm`) });
  const main = new core.Session();
  main.setFunction('leaky_relu');
  main.setVector('[[0.2], [0.5], [1.2], [-2.3], [0]]');
  const relu = new core.Session();
  const copy = (c) => [Float64Array.from(c.x), Float64Array.from(c.y), Uint32Array.from(c.segments), Float64Array.from(c.jumps)];
  const change = (leak) => {
    main.setParam('leak', leak);
    main.errors();
    main.xText(); main.fxText(); main.dfxText();
    Array.from(main.xValues()); Array.from(main.fxValues()); Array.from(main.dfxValues());
    const lo = Math.min(main.coarseRange(0, -5, 5)[0], 0);
    main.coarseRange(1, -5, 5);
    for (const s of [main, relu]) {
      copy(s.curve(0, -5, 5, lo - 0.3, 5.3, 1000, 580));
      copy(s.curve(1, -5, 5, -0.06, 1.06, 1000, 580));
    }
    main.shape(0);
    main.shape(1);
  };
  let i = 0;
  coreShare = bestSecondsPerRep((reps) => { for (let r = 0; r < reps; r++) change(String((i++ % 99 + 1) / 100)); }, timing);
  main.delete();
  relu.delete();
} catch (error) {
  coreShare = String(error?.message ?? error);
}

// Crossings, on fresh instances loaded after the counter is installed.
const counter = installCrossingCounter(WebAssembly);
const counted = await loadBenchModule('bench_bridge');
const countedMethods = methods(counted, Math.max(...SIZES));
const crossings = {};
let agree = true;
const expected = Array.from(inputs[1000], (v) => (v <= 0 ? LEAK * v : v));
for (const [name, run] of Object.entries(countedMethods)) {
  crossings[name] = {};
  for (const n of [1000, 100000]) {
    counter.toWasm = counter.toJs = 0;
    const out = run(inputs[n]);
    crossings[name][n] = counter.toWasm + counter.toJs;
    if (n === 1000) agree &&= expected.every((v, i) => Object.is(v, out[i]));
  }
}

// The product's binding: its calls on the page's paths, at two sizes.
const product = { available: false };
try {
  globalThis.__dirname ??= benchWasmDir;
  const { default: create } = await import(`${benchWasmDir}activations.mjs`);
  const core = await create({ wasmBinary: readFileSync(`${benchWasmDir}activations.wasm`) });
  const w = new core.Session();
  w.setFunction('sigmoid');  // smooth: the taller the plot, the more points its curve has
  const count = (f) => {
    counter.toWasm = counter.toJs = 0;
    f();
    return counter.toWasm + counter.toJs;
  };
  const points = {};
  const curves = (height) => count(() => {
    const c = w.curve(0, -8, 8, -0.1, 1.1, 1000, height);
    points[height] = c.x.length;
    for (const view of [c.x, c.y, c.segments, c.jumps]) Float64Array.from(view);
  });
  const vector = (n) => {
    const text = `[${Array.from({ length: n }, (_, i) => ((i % 19) - 9) / 4).join(', ')}]`;
    return count(() => {
      if (!w.setVector(text)) throw new Error(w.errors()[0]?.message);
      for (const view of [w.xValues(), w.fxValues(), w.dfxValues()]) Float64Array.from(view);
      w.xText(); w.fxText(); w.dfxText();
    });
  };
  product.available = true;
  product.sample = { 2001: curves(2001), 20001: curves(20001) };  // by plot height in device pixels
  product.points = points;
  product.evaluate = { 5: vector(5), 500: vector(500) };
} catch (error) {
  product.error = String(error?.message ?? error);
}

process.stdout.write(JSON.stringify({ sizes: SIZES, seconds, crossings, agree, product, coreShare }));
