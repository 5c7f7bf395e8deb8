// The catalogue checks of the native suite, run against the WASM build (issue 4: "all checks
// pass natively and in WASM"). Emscripten links its own libm (musl's), not glibc's, so the
// WASM core may round exp/log/tanh/sin differently from the native one that the NumPy
// snippet check (tests/catalogue/check_numpy_snippets.py) was written against.
//
// 1. The native dump test writes the dense grid, parameter sets and f, f' of every function;
//    each case goes through the core Session (the page's path) as text, and the WASM values,
//    in the same dump format, must pass the same NumPy snippet check and agree with native;
//    the native dump's 0-d texts, typed into a WASM Session, give its echoes and "Copy as
//    NumPy" script, which the check runs (NumPy scalar or 0-d array: it prints the echoes).
// 2. The analytic f' of every function in WASM against a Richardson-extrapolated central
//    difference of its WASM f, both from Session.valueAt (the readout's and curves' scalar path).
// 3. The native stability test's finiteness at x = +-1000 and +-1e308, in WASM.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore, OneShotSession } from './load-core.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const coreTests = join(root, 'build/native/core_tests');
const snippetCheck = join(root, 'tests/catalogue/check_numpy_snippets.py');
// WASM links Emscripten's libm, native links glibc: their exp/tanh/hypot may each be 1 ulp
// off in opposite directions, and a formula can magnify that (r^3 in isru_dash: 7 ulp; the
// cancellation in x - tanh(x): tiny absolute, large relative). So WASM and native agree within
// MAX_ULP, or within 4 eps of |x| where f subtracts terms of that size.
const MAX_ULP = 8;
const CANCELLATION_EPS = 4 * Number.EPSILON;

const core = await loadCore();
const catalogue = JSON.parse(core.catalogueJson());
// Softmax is vector-valued: its curve is sigmoid and its f' a Jacobian, so part 2 skips it.
const isVectorValued = (fn) => fn.id === 'softmax' || fn.vectorValued === true;

// ---- doubles as bits and as text ---------------------------------------------------------

const scratch = new DataView(new ArrayBuffer(8));
const bitsOf = (v) => {
  scratch.setFloat64(0, v);
  return scratch.getBigUint64(0).toString(16).padStart(16, '0');
};
const fromBits = (hex) => {
  scratch.setBigUint64(0, BigInt(`0x${hex}`));
  return scratch.getFloat64(0);
};

// Text the parser reads back as the same float64: JS's shortest round-trip digits, Python's
// names for the non-finite values, and always a '.' or exponent so it stays a float.
function floatText(v) {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (Object.is(v, -0)) return '-0.0';
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

// Nested Python list text of flat element texts in the given (C-order) shape.
function listText(items, shape) {
  if (shape.length <= 1) return `[${items.join(', ')}]`;
  const rows = [];
  const stride = items.length / shape[0];
  for (let r = 0; r < shape[0]; r++) rows.push(listText(items.slice(r * stride, (r + 1) * stride), shape.slice(1)));
  return `[${rows.join(', ')}]`;
}

const arrayText = (a) =>
  listText(a.dtype === 'int64' ? a.data : a.data.map((h) => floatText(fromBits(h))), a.shape);

const paramText = (p) => ('int' in p ? p.int : floatText(fromBits(p.float)));

// Distance in representable doubles, +0 and -0 the same point (as in the snippet check).
function ulpsApart(a, b) {
  const ordered = (v) => {
    scratch.setFloat64(0, v);
    const i = scratch.getBigInt64(0);
    return i >= 0n ? i : -(i & 0x7fffffffffffffffn);
  };
  const d = ordered(a) - ordered(b);
  return Number(d < 0n ? -d : d);
}

// ---- part 1: the native dump, re-evaluated in WASM ----------------------------------------

let tmp;
let native; // the native dump
let wasm; // the same cases with f and f' from WASM
let wasmDumpPath;
const roundTripFailures = [];
const evaluateFailures = [];

// The page's print path gives views, no dtype: int64 where native has int64 and the printed
// text shows an int array (no '.', exponent, nan or inf; '...' is a summary, not a decimal point).
function wasmArray(values, text, nativeArray) {
  const printed = text.replaceAll('...', '');
  const looksInt = !/[.e]|nan|inf/.test(printed);
  const dtype = nativeArray.dtype === 'int64' && looksInt ? 'int64' : 'float64';
  // Nesting depth as printed (str, or repr's "array(["); the extents are native's, checked
  // against WASM's element count.
  const depth = /^(?:array\()?(\[*)/.exec(text)[1].length;
  const size = nativeArray.shape.reduce((n, k) => n * k, 1);
  const shape = depth === nativeArray.shape.length && values.length === size ? nativeArray.shape : [values.length];
  const data = dtype === 'int64' ? Array.from(values, (v) => BigInt(v).toString()) : Array.from(values, bitsOf);
  return { dtype, shape, data };
}

// A 0-d text the native dump typed (zero_d), typed into a WASM Session: its echoes and its
// "Copy as NumPy" script, for the snippet check's run C (the script must print the echoes).
// Values from WASM; dtype and shape, which the page's views do not carry, from native.
function zeroDCase(id, nativeCase) {
  const s = new core.Session();
  s.setFunction(id);
  s.setVector(nativeCase.text);
  const out = { text: nativeCase.text, evaluated: s.evaluated() };
  if (out.evaluated) {
    const array = (values, n) => ({ dtype: n.dtype, shape: n.shape, data: n.dtype === 'float64' || n.dtype === 'float32' ? Array.from(values, bitsOf) : Array.from(values, (v) => BigInt(v).toString()) });
    Object.assign(out, {
      x: array(s.xValues(), nativeCase.x),
      f: array(s.fxValues(), nativeCase.f),
      df: array(s.dfxValues(), nativeCase.df),
      x_echo: s.xText(),
      f_echo: s.fxText(),
      df_echo: s.dfxText(),
      script: s.pythonScript(),
    });
  }
  s.delete();
  return out;
}

before(() => {
  assert.ok(existsSync(coreTests), `${coreTests} missing: run npm run build:native`);
  tmp = mkdtempSync(join(tmpdir(), 'catalogue-wasm-'));
  const run = spawnSync(coreTests, ['--gtest_filter=CatalogueNumpyDump.*'], {
    env: { ...process.env, ACT_DUMP_DIR: tmp },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, `native dump failed:\n${run.stdout}${run.stderr}`);
  native = JSON.parse(readFileSync(join(tmp, 'catalogue.json'), 'utf8'));

  const widget = new OneShotSession(core);
  wasm = { functions: [] };
  for (const fn of native.functions) {
    const entry = catalogue.find((c) => c.id === fn.id);
    // The snippet is the one the page copies, so the check runs what a reader gets.
    const out = { id: fn.id, vector_valued: fn.vector_valued, snippet: entry?.numpy ?? '', cases: [] };
    out.zero_d = (fn.zero_d ?? []).map((c) => zeroDCase(fn.id, c));
    for (const c of fn.cases) {
      const params = Object.fromEntries(Object.entries(c.params).map(([k, p]) => [k, paramText(p)]));
      if (!widget.evaluate(fn.id, params, arrayText(c.x))) {
        evaluateFailures.push(`${fn.id}(${JSON.stringify(params)}): ${widget.errorMessage()}`);
        continue;
      }
      const xs = widget.xValues();
      const xBack = c.x.dtype === 'int64' ? Array.from(xs, (v) => BigInt(v).toString()) : Array.from(xs, bitsOf);
      if (xBack.join() !== c.x.data.join()) roundTripFailures.push(`${fn.id}(${JSON.stringify(params)})`);
      // Copy before the next call: the views die with it.
      const f = wasmArray(widget.fxValues().slice(), widget.fxText(), c.f);
      const df = wasmArray(widget.dfxValues().slice(), widget.dfxText(), c.df);
      out.cases.push({ params: c.params, x: c.x, f, df });
    }
    wasm.functions.push(out);
  }
  widget.delete();
  wasmDumpPath = join(tmp, 'catalogue-wasm.json');
  writeFileSync(wasmDumpPath, JSON.stringify(wasm));
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('WASM parses every dumped x back to the same bits and evaluates every case', () => {
  assert.deepEqual(evaluateFailures, []);
  assert.deepEqual(roundTripFailures, []);
  assert.deepEqual(
    wasm.functions.map((fn) => fn.id),
    catalogue.map((fn) => fn.id),
    'the dump covers the WASM catalogue, in order',
  );
  // Also catches one build being stale against the other (a changed snippet rebuilt in one only).
  const snippetsDiffer = native.functions.filter((fn, i) => fn.snippet !== wasm.functions[i].snippet).map((fn) => fn.id);
  assert.deepEqual(snippetsDiffer, [], "the page's NumPy snippets are the native ones");
});

test('WASM agrees with native: same dtype and shape, NaN, infinities and signed zeros, <= 8 ulp', (t) => {
  let values = 0;
  let identical = 0;
  const problems = [];
  const worst = new Map(); // id -> {ulp, where}
  native.functions.forEach((fn, fi) => {
    fn.cases.forEach((c, ci) => {
      for (const which of ['f', 'df']) {
        const n = c[which];
        const w = wasm.functions[fi].cases[ci][which];
        const label = `${fn.id}${which === 'df' ? '_dash' : ''}(params ${JSON.stringify(c.params)})`;
        if (n.dtype !== w.dtype || n.shape.join() !== w.shape.join()) {
          problems.push(`${label}: wasm ${w.dtype}[${w.shape}], native ${n.dtype}[${n.shape}]`);
          continue;
        }
        for (let i = 0; i < n.data.length; i++) {
          values++;
          if (n.data[i] === w.data[i]) {
            identical++;
            continue;
          }
          if (n.dtype === 'int64') {
            problems.push(`${label}[${i}]: wasm ${w.data[i]}, native ${n.data[i]}`);
            continue;
          }
          const a = fromBits(n.data[i]);
          const b = fromBits(w.data[i]);
          const x = c.x.data.length !== n.data.length ? `index ${i}` : c.x.dtype === 'int64' ? c.x.data[i] : fromBits(c.x.data[i]);
          const where = `${label} at x = ${x}: wasm ${b}, native ${a}`;
          if (Number.isNaN(a) && Number.isNaN(b)) continue; // NaN payloads may differ
          const ulp = a === b ? 0 : Number.isFinite(a) && Number.isFinite(b) ? ulpsApart(a, b) : Infinity;
          if (!(worst.get(fn.id)?.ulp >= ulp)) worst.set(fn.id, { ulp, where });
          const cancels = typeof x === 'number' && Math.abs(a - b) <= CANCELLATION_EPS * Math.abs(x);
          if ((ulp > MAX_ULP && !cancels) || Object.is(a, -0) !== Object.is(b, -0)) problems.push(`${where} (${ulp} ulp)`);
        }
      }
    });
  });
  t.diagnostic(`${identical} of ${values} values bit-identical to native`);
  for (const [, { ulp, where }] of [...worst].sort((p, q) => q[1].ulp - p[1].ulp)) {
    t.diagnostic(`largest difference ${ulp} ulp: ${where}`);
  }
  assert.deepEqual(problems.slice(0, 20), []);
  assert.ok(values > 200000, `${values} values compared`);
});

test("the WASM values pass the NumPy snippet check (check_numpy_snippets.py --dump)", (t) => {
  // Run B only: the WASM module's libm is Emscripten's, not the glibc run A routes NumPy to.
  const run = spawnSync('/usr/bin/python3', [snippetCheck, '--dump', wasmDumpPath, '--as-run-only'], { encoding: 'utf8' });
  for (const line of `${run.stdout}${run.stderr}`.trim().split('\n')) t.diagnostic(line);
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
});

// ---- part 2: analytic f' against a numerical derivative, both in WASM ------------------------

// One sample() over [-40, 40] with spacing S = 2^-13 (exact dyadic x) gives f at x +- H0 / 2^j
// for the Richardson levels. Grid as in derivative_test.cpp: odd multiples of 1/128 on
// (-10, 10), odd multiples of 1/8 beyond. Every breakpoint at the default parameters is a
// multiple of 1/64 (jumps checked below; the rest, 0 and +-2, only kink f''), so no stencil,
// at most H0 = 1/256 wide, reaches one.
const S = 2 ** -13;
const LEVELS = 6; // H0 = 2^(LEVELS - 1) S = 1/256 down to S
const SPAN = 40;

function derivativeGrid() {
  const xs = [];
  for (let k = -640; k < 640; k++) xs.push((k + 0.5) / 64);
  for (let k = 40; k < 160; k++) xs.push((k + 0.5) / 4, -(k + 0.5) / 4);
  return xs;
}

// Ridders' tableau (as testing/ridders.h, in double): halve h, extrapolate in h^2, keep the
// entry with the smallest error estimate.
function ridders(fAt, dx) {
  const a = [];
  let best = { value: NaN, error: Infinity };
  for (let i = 0; i < LEVELS; i++) {
    const off = 2 ** (LEVELS - 1 - i);
    a[i] = [(fAt(off) - fAt(-off)) / (dx(off) - dx(-off))];
    if (i === 0) best.value = a[0][0];
    let factor = 4;
    for (let j = 1; j <= i; j++) {
      a[i][j] = (a[i][j - 1] * factor - a[i - 1][j - 1]) / (factor - 1);
      factor *= 4;
      const e = Math.max(Math.abs(a[i][j] - a[i][j - 1]), Math.abs(a[i][j] - a[i - 1][j - 1]));
      if (e <= best.error) best = { value: a[i][j], error: e };
    }
  }
  return best.value;
}

// Criterion: |numerical - analytic| <= 1e-6 max(|f'|, 1e-3 |f|) + DBL_MIN. Relative 1e-6
// where |f'| >= 1e-3 |f|; below that the rounding of f (~1e-16 |f|, divided by steps down to
// 2^-13) hides small slopes, so the bound is 1e-9 |f| absolutely (e.g. tanh' in the tails).
// In double the worst seen is ~1e-9 of that scale (sigmoid's tail), 1000x inside; native
// asks 1e-8 in long double.
const REL = 1e-6;

const defaultParams = (fn) =>
  Object.fromEntries(fn.params.map((p) => [p.id, p.defaultIsInt ? String(p.default) : floatText(p.default)]));

test("WASM's analytic f' matches a Richardson-extrapolated difference of its f (default parameters)", (t) => {
  const widget = new OneShotSession(core);
  const n = (2 * SPAN) / S + 1;
  const grid = derivativeGrid();
  const failures = [];
  let checked = 0;
  for (const fn of catalogue.filter((f) => !isVectorValued(f))) {
    assert.equal(widget.sample(fn.id, defaultParams(fn), -SPAN, SPAN, n), true, widget.errorMessage());
    const jumps = Array.from(widget.curveJumps());
    assert.ok(jumps.every((j) => Number.isInteger(j * 64)), `${fn.id}: jumps ${jumps} off the 1/64 lattice`);
    const xs = widget.curveX();
    const ys = widget.curveY();
    const dys = widget.curveDY();
    let worst = { ratio: 0, x: 0 };
    for (const x of grid) {
      const c = (x + SPAN) / S; // exact: x is a multiple of S
      assert.equal(xs[c], x);
      const numerical = ridders((o) => ys[c + o], (o) => xs[c + o]);
      const analytic = dys[c];
      const scale = Math.max(Math.abs(analytic), 1e-3 * Math.abs(ys[c]));
      const err = Math.abs(numerical - analytic);
      checked++;
      if (!(err <= REL * scale + 2.2250738585072014e-308)) {
        failures.push(`${fn.id}'(${x}): analytic ${analytic}, numerical ${numerical}`);
      }
      if (scale > 1e-290 && err / scale > worst.ratio) worst = { ratio: err / scale, x };
    }
    t.diagnostic(`${fn.id}: worst ${worst.ratio.toExponential(2)} of max(|f'|, 1e-3|f|) at x = ${worst.x}`);
  }
  widget.delete();
  assert.deepEqual(failures.slice(0, 20), []);
  assert.ok(checked > 30000, `${checked} points`);
});

// ---- part 3: stability at the extremes -----------------------------------------------------

// From stability_test.cpp: with default parameters f and f' are finite at these points except
// where the true value overflows float64 (relu_squared: x^2 past 1.3e154, 2x past 8e307), and
// never NaN. Checked on the curve path (sample: the same scalar f, f' native tests) and on
// the printed path (evaluate; softmax's is a vector function there, outside the native test).
const EXTREMES = [1000, -1000, 1e308, -1e308];
const trulyOverflows = (id, x, derivative) =>
  id === 'relu_squared' && (derivative ? x > 8e307 : x > 1.3e154);

test('WASM gives finite f and f\' at x = +-1000 and +-1e308 where native expects finite', () => {
  const widget = new OneShotSession(core);
  const failures = [];
  const expect = (what, id, x, derivative, v) => {
    const ok = trulyOverflows(id, x, derivative) ? v === Infinity : Number.isFinite(v);
    if (!ok) failures.push(`${what} ${id}${derivative ? "'" : ''}(${x}) = ${v}`);
  };
  for (const fn of catalogue) {
    const params = defaultParams(fn);
    for (const x of EXTREMES) {
      assert.equal(widget.sample(fn.id, params, x, x, 1), true, widget.errorMessage());
      expect('sample', fn.id, x, false, widget.curveY()[0]);
      expect('sample', fn.id, x, true, widget.curveDY()[0]);
    }
    if (isVectorValued(fn)) continue;
    assert.equal(widget.evaluate(fn.id, params, `[${EXTREMES.map(floatText).join(', ')}]`), true, widget.errorMessage());
    const fx = widget.fxValues().slice();
    const dfx = widget.dfxValues().slice();
    EXTREMES.forEach((x, i) => {
      expect('evaluate', fn.id, x, false, fx[i]);
      expect('evaluate', fn.id, x, true, dfx[i]);
    });
  }
  widget.delete();
  assert.deepEqual(failures, []);
});
