// TEMPORARY: the core client's session API (see /work/contract.md §3 and web/src/core/ once
// it lands) on the old `Widget` binding, so the element is written against the session from
// the start and switching to the real client is an import. Deleted with the old binding.
//   loadCore() -> { catalogue, createSession() }
//   session: setFunction(id), setParam(id, text), resetParam(id), setVector(text) -> Outputs | Promise<Outputs | null>
//            (null: superseded by a newer call), curve(plot, view), coarseRange(plot, x0, x1) -> { lo, hi } | null,
//            valueAt(x) -> { f, df }, pythonScript(), dispose()
//   Outputs: { transcript: { x, fx, dfx } | null, points: { x, fx, dfx } | null, error: { field, message, column } | null }
import { loadCore as loadOldCore } from '../core.js';
import { VectorEvaluator } from '../vector-evaluator.js';
import { numpyScript } from '../numpy-code.js';

const SAMPLES = 2001;
/** Test vectors longer than this are evaluated in the worker. */
export const LONG_VECTOR = 20000;
const VISIBLE_JUMP = 1e-6;

export async function loadCore() {
  const { module, wasmModule, catalogue } = await loadOldCore();
  const byId = new Map(catalogue.map((fn) => [fn.id, fn]));
  return { catalogue, createSession: () => new LegacySession(module, wasmModule, byId) };
}

class LegacySession {
  #module;
  #wasmModule;
  #byId;
  #widget;
  #vectors = null;
  #fn = null;
  #params = {};
  #good = {};
  #x = '';
  #transcript = null;
  #sample = null;
  #pending = null;

  constructor(module, wasmModule, byId) {
    this.#module = module;
    this.#wasmModule = wasmModule;
    this.#byId = byId;
    this.#widget = new module.Widget();
  }

  setFunction(id) {
    this.#fn = id;
    this.#params = {};
    this.#good = {};
    this.#sample = null;
    return this.#evaluate();
  }

  resetParam(id) {
    delete this.#params[id];
    return this.setParam(id, null);
  }

  setParam(id, text) {
    if (text === null || text === undefined) delete this.#params[id];
    else this.#params[id] = String(text);
    if (this.#widget.sample(this.#fn, this.#params, 0, 1, 1)) {
      this.#good = { ...this.#params };
      this.#sample = null;
    }
    return this.#evaluate();
  }

  setVector(text) {
    this.#x = text;
    return this.#evaluate();
  }

  coarseRange(plot, x0, x1) {
    const { y } = this.curve(plot, { x0, x1 });
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of y) if (Number.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    return lo <= hi ? { lo, hi } : null;
  }

  curve(plot, { x0, x1 }) {
    const key = `${x0} ${x1}`;
    if (this.#sample?.key !== key) this.#sample = { key, ...this.#sampleBoth(x0, x1) };
    return this.#sample[plot];
  }

  valueAt(x) {
    this.#widget.sample(this.#fn, this.#good, x, x, 1);
    return { f: this.#widget.curveY()[0], df: this.#widget.curveDY()[0] };
  }

  pythonScript() {
    return numpyScript(this.#byId.get(this.#fn), this.#params, this.#x, this.#transcript);
  }

  dispose() {
    this.#pending?.(null);
    this.#pending = null;
    this.#vectors?.dispose();
    this.#vectors = null;
    if (this.#widget) this.#widget.delete();
    this.#widget = null;
  }

  #evaluate() {
    this.#pending?.(null);
    this.#pending = null;
    // A bad parameter: its error, and no outputs (the curves keep the last good value).
    if (!this.#widget.sample(this.#fn, this.#params, 0, 1, 1)) {
      const w = this.#widget;
      return this.#keep({ transcript: null, points: null, error: { field: w.errorField(), message: w.errorMessage(), column: w.errorColumn() } });
    }
    if (this.#x === '' && !this.#vectors) return this.#keep({ transcript: null, points: null, error: null });
    this.#vectors ??= new VectorEvaluator(new this.#module.Widget(), this.#wasmModule);
    this.#vectors.cancel();
    const request = { fn: this.#fn, params: { ...this.#params }, x: this.#x };
    if (request.x.length <= LONG_VECTOR) return this.#keep(this.#vectors.evaluateNow(request));
    // A long vector: read in the worker.
    return new Promise((resolve) => {
      this.#pending = resolve;
      this.#vectors.evaluateOffThread(request).then((result) => {
        if (this.#pending !== resolve) return;
        this.#pending = null;
        resolve(result ? this.#keep(result) : null);
      });
    });
  }

  #keep(outputs) {
    this.#transcript = outputs.transcript;
    return outputs;
  }

  // The old binding's uniform samples as curve records: segments split at the jumps.
  #sampleBoth(x0, x1) {
    const w = this.#widget;
    if (!w.sample(this.#fn, this.#good, x0, x1, SAMPLES)) return { f: empty(), df: empty() };
    const xs = Float64Array.from(w.curveX());
    const ys = Float64Array.from(w.curveY());
    const dys = Float64Array.from(w.curveDY());
    const all = Array.from(w.curveJumps());
    const sides = Array.from(w.curveJumpSides());
    const f = [];
    const df = [];
    all.forEach((x, k) => {
      if (!(x > x0 && x < x1)) return;
      const [fl, fv, fr, dl, dv, dr] = sides.slice(6 * k, 6 * k + 6);
      if (isJump(fl, fr)) f.push({ x, left: fl, value: fv, right: fr });
      if (isJump(dl, dr)) df.push({ x, left: dl, value: dv, right: dr });
    });
    f.sort((a, b) => a.x - b.x);
    df.sort((a, b) => a.x - b.x);
    return { f: record(xs, ys, f), df: record(xs, dys, df) };
  }
}

function empty() {
  return { x: new Float64Array(0), y: new Float64Array(0), segments: Uint32Array.of(0), jumps: [] };
}

function isJump(left, right) {
  if (!Number.isFinite(left) || !Number.isFinite(right)) return false;
  return Math.abs(left - right) > VISIBLE_JUMP * Math.max(1, Math.abs(left), Math.abs(right));
}

function record(xs, ys, jumps) {
  const x = [];
  const y = [];
  const segments = [0];
  let next = 0;
  for (let i = 0; i < xs.length; i++) {
    while (next < jumps.length && xs[i] >= jumps[next].x) {
      const j = jumps[next];
      x.push(j.x);
      y.push(j.left);
      segments.push(x.length);
      x.push(j.x);
      y.push(j.right);
      next++;
    }
    if (next > 0 && xs[i] === jumps[next - 1].x) continue;
    x.push(xs[i]);
    y.push(ys[i]);
  }
  return { x: Float64Array.from(x), y: Float64Array.from(y), segments: Uint32Array.from(segments), jumps };
}
