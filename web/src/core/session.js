// One widget's (or one compared function's) session with the core: a core Session (C++, through
// Embind) plus, for long test vectors, a worker holding a Session of its own. Everything it
// returns is plain data, copied out of the core's views before the next call.
import { LONG_VECTOR, plotIndex, readCurve, readEvaluation, readRange } from './results.js';
import { VectorWorker, WORKER_FAILED } from './worker-client.js';

export class CoreSession {
  #binding;
  #options;
  #worker = null;
  #inWorker = false;  // the current vector lives in the worker, not in #binding
  #state = { fn: 'relu', params: {}, vector: '' };
  #disposed = false;
  // Answers that depend only on the function and its parameters (coarse ranges, shapes), kept
  // until the next setter: a compared function's stay while the main one's parameter moves, and
  // a repeated question costs no call into the core. Each answer is frozen, as it is shared.
  #memo = new Map();

  /**
   * @param {object} module the Emscripten module (module.Session is the core's Session)
   * @param {{ startWorker?: () => (Worker | null), wasmModule?: WebAssembly.Module }} options
   *   without startWorker, long vectors are evaluated on this thread too
   */
  constructor(module, options = {}) {
    this.#binding = new module.Session();
    this.#options = options;
  }

  setFunction(id) {
    this.#live();
    this.#memo.clear();
    this.#state.fn = String(id);
    this.#binding.setFunction(this.#state.fn);
    return this.#evaluation(false);
  }

  setParam(id, text) {
    this.#live();
    this.#memo.clear();
    this.#state.params[id] = String(text);
    this.#binding.setParam(String(id), String(text));
    return this.#evaluation(false);
  }

  resetParam(id) {
    this.#live();
    this.#memo.clear();
    delete this.#state.params[id];
    this.#binding.resetParam(String(id));
    return this.#evaluation(false);
  }

  setVector(text) {
    this.#live();
    this.#memo.clear();  // a program's last catalogue call may choose the function
    text = String(text);
    const changed = text !== this.#state.vector;
    this.#state.vector = text;
    if (text.length > LONG_VECTOR && this.#workerUsable()) {
      if (!this.#inWorker) this.#binding.setVector('');  // this thread lets go of its vector
      this.#inWorker = true;
      return this.#evaluation(changed);
    }
    if (this.#inWorker) {
      this.#inWorker = false;
      this.#worker.clear();
    }
    this.#binding.setVector(text);
    return readEvaluation(this.#binding);
  }

  /** Whether the current vector is evaluated in the worker (its answers are Promises). */
  get offThread() { return this.#inWorker; }

  coarseRange(plot, x0, x1) {
    this.#live();
    return this.#remember(`range ${plot} ${x0} ${x1}`, () => readRange(this.#binding.coarseRange(plotIndex(plot), x0, x1)));
  }

  curve(plot, { x0, x1, y0, y1, width, height }) {
    this.#live();
    return readCurve(this.#binding.curve(plotIndex(plot), x0, x1, y0, y1, width, height));
  }

  valueAt(x) {
    this.#live();
    const v = this.#binding.valueAt(x);
    return { f: v[0], df: v[1] };
  }

  /** The curve's shape as facts, for its text description (plain objects: copied by Embind). */
  shape(plot) {
    this.#live();
    return this.#remember(`shape ${plot}`, () => deepFreeze(this.#binding.shape(plotIndex(plot))));
  }

  pythonScript() {
    this.#live();
    if (!this.#inWorker) return this.#binding.pythonScript();
    return this.#worker.script(this.#state).then((script) => {
      if (script !== WORKER_FAILED || this.#disposed) return script === WORKER_FAILED ? null : script;
      this.#fallBack();
      return this.#binding.pythonScript();
    });
  }

  programChoice() {
    this.#live();
    return this.#binding.programChoice();
  }

  /** Deletes the core's objects and stops the worker. Safe to call twice. */
  dispose() {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#worker?.terminate();
    this.#worker = null;
    this.#binding.delete();
    this.#binding = null;
  }

  get disposed() { return this.#disposed; }

  #remember(key, ask) {
    if (!this.#memo.has(key)) this.#memo.set(key, Object.freeze(ask()));
    return this.#memo.get(key);
  }

  #live() {
    if (this.#disposed) throw new Error('this core session was disposed');
  }

  #workerUsable() {
    if (!this.#options.startWorker) return false;
    this.#worker ??= new VectorWorker({ start: this.#options.startWorker, wasmModule: this.#options.wasmModule });
    return this.#worker.start();
  }

  #evaluation(vectorChanged) {
    if (!this.#inWorker) return readEvaluation(this.#binding);
    return this.#worker.evaluate(this.#state, vectorChanged).then((result) => {
      if (result !== WORKER_FAILED) return result;
      if (this.#disposed) return null;
      this.#fallBack();
      return readEvaluation(this.#binding);
    });
  }

  // The worker is gone: this thread reads the long vector after all.
  #fallBack() {
    if (!this.#inWorker) return;
    this.#inWorker = false;
    this.#binding.setVector(this.#state.vector);
  }
}

function deepFreeze(value) {
  if (value && typeof value === 'object') for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}
