// One widget's (or one compared function's) session with the core: a core Session (C++, through
// Embind) plus, for programs and long test vectors, the full core's reader (program-reader.js: a
// worker holding a Session of its own). Everything it returns is plain data, copied out of the
// core's views before the next call.
import { LONG_VECTOR, MAIN_THREAD_ELEMENTS, plotIndex, readCurve, readEvaluation, readRange } from './results.js';
import { WORKER_FAILED } from './worker-client.js';
import { ProgramReader } from './program-reader.js';

export class CoreSession {
  #binding;
  #options;
  #worker = null;
  #inWorker = false;  // the current vector lives in the worker, not in #binding
  #choice = null;     // the worker's program's last catalogue call (programChoice)
  #state = { fn: 'relu', params: {}, vector: '', seed: '' };
  #disposed = false;
  // Answers that depend only on the function and its parameters (coarse ranges, shapes), kept
  // until the next setter: a compared function's stay while the main one's parameter moves, and
  // a repeated question costs no call into the core. Each answer is frozen, as it is shared.
  #memo = new Map();

  /**
   * @param {object} module the Emscripten module (module.Session is the core's Session)
   * @param {{ startWorker?: () => (Worker | null), wasmModule?: WebAssembly.Module,
   *           compilePrograms?: () => Promise<WebAssembly.Module>, startLocal?: () => object,
   *           readsPrograms?: boolean }} options
   *   without startWorker, long vectors are evaluated on this thread too. compilePrograms: the
   *   full core for the worker, when `module` is the page's core without the program reader
   *   (default: wasmModule, `module`'s own); startLocal: a Worker-like reader on this thread,
   *   with the full core, where no worker runs (program-reader.js); readsPrograms: `module` has
   *   the program reader (then a program is read here when no worker runs)
   */
  constructor(module, options = {}) {
    this.#binding = new module.Session();
    this.#options = options;
    // A program whose arrays outgrow this is read in the worker: the core says so (needsWorker).
    if (options.startWorker) this.#binding.setElementBudget(MAIN_THREAD_ELEMENTS);
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

  /**
   * @param {string} text the test vector
   * @param {string} [seed] the seed of unseeded draws (the URL's); without it, a new text draws a
   *   fresh 32-bit seed, kept while the text is (Evaluation.seed says whether the text used it)
   */
  setVector(text, seed) {
    this.#live();
    this.#memo.clear();  // a program's last catalogue call may choose the function
    text = String(text);
    const changed = text !== this.#state.vector;
    const seedBefore = this.#state.seed;
    if (seed !== undefined && seed !== null) this.#state.seed = String(seed);
    else if (changed) this.#state.seed = freshSeed();
    const reread = changed || this.#state.seed !== seedBefore;
    this.#state.vector = text;
    if (text.length > LONG_VECTOR && this.#workerUsable()) return this.#toWorker(reread);
    this.#binding.setSeed(this.#state.seed);
    this.#binding.setVector(text);
    // Not a literal, and this core has no program reader; or a short program with big arrays
    // (the core stopped before making them): the full core reads it, in the worker if one runs.
    if (this.#binding.needsWorker()) {
      if (this.#workerUsable() || (!this.#options.readsPrograms && this.#options.startLocal)) return this.#toWorker(reread);
      this.#readHere();
    }
    if (this.#inWorker) {
      this.#inWorker = false;
      this.#worker.clear();
    }
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

  /**
   * The tangent to f at x for the crosshair, snapped to a kink or jump of f within `snap` (x units):
   * { x, leftY, leftSlope, rightY, rightSlope, snapped, jump } (one line when not snapped).
   */
  tangentAt(x, snap) {
    this.#live();
    return this.#binding.tangentAt(x, snap);
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
    return this.#inWorker ? this.#choice : this.#binding.programChoice();
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

  #toWorker(reread) {
    if (!this.#inWorker) this.#binding.setVector('');  // this thread lets go of its vector
    this.#inWorker = true;
    if (reread) this.#choice = null;
    return this.#evaluation(reread);
  }

  // No worker after all: this thread reads the whole text, big arrays included.
  #readHere() {
    this.#binding.setElementBudget(0);
    this.#binding.setSeed(this.#state.seed);
    this.#binding.setVector(this.#state.vector);
  }

  // The full core's reader (its download starts with the first text that needs it).
  #reader() {
    const { startWorker, wasmModule, compilePrograms, startLocal } = this.#options;
    if (!startWorker && !startLocal) return null;
    this.#worker ??= new ProgramReader({
      compile: compilePrograms ?? (() => Promise.resolve(wasmModule)),
      startWorker: startWorker ?? (() => null),
      startLocal,
    });
    return this.#worker;
  }

  #workerUsable() {
    return this.#reader()?.canUseWorker() ?? false;
  }

  #evaluation(vectorChanged) {
    if (!this.#inWorker) return readEvaluation(this.#binding);
    return this.#worker.evaluate(this.#state, vectorChanged).then((result) => {
      if (result !== WORKER_FAILED) {
        if (result) this.#choice = result.choice ?? null;
        return result;
      }
      if (this.#disposed) return null;
      this.#fallBack();
      return this.#unread() ?? readEvaluation(this.#binding);
    });
  }

  // The worker is gone: this thread reads the long vector after all.
  #fallBack() {
    if (!this.#inWorker) return;
    this.#inWorker = false;
    this.#readHere();
  }

  // This thread's core could not read the text either (a program, and the full core could not
  // be loaded): an evaluation that says so, where the vector's message would be.
  #unread() {
    if (!this.#binding.needsWorker()) return null;
    const evaluation = readEvaluation(this.#binding);
    const error = { field: 'x', message: 'the program reader (activations-programs.wasm) could not be loaded', column: 0 };
    return { ...evaluation, error: evaluation.error ?? error, errors: [...evaluation.errors, error] };
  }
}

/** A fresh seed for a new text's unseeded draws: 0 .. 2**32 - 1, in decimal. */
function freshSeed() {
  const word = new Uint32Array(1);
  globalThis.crypto.getRandomValues(word);
  return String(word[0]);
}

function deepFreeze(value) {
  if (value && typeof value === 'object') for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}
