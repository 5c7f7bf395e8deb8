// The page's side of the vector worker (pure JS over a Worker-like object, so it is unit-tested
// with a fake): one worker per session, started when a long vector first arrives.
//
// Newest wins. While an evaluation is under way:
//  - a new test vector stops the busy worker (it may be parsing 10^6 numbers) and starts a
//    fresh one with the whole state;
//  - a parameter or function change waits for it, then sends everything that changed meanwhile
//    as one message (a slider dragged over a long vector costs one evaluation per answer, not one
//    per step).
// A request that a newer one replaces resolves with null. If the worker cannot start or fails,
// every request resolves with WORKER_FAILED and the session answers on its own thread.

export const WORKER_FAILED = Object.freeze({ failed: true });

export class VectorWorker {
  #start;
  #wasmModule;
  #worker = null;
  #failed = false;
  #nextId = 1;
  #waiting = new Map();  // id -> { resolve, kind: 'evaluation' | 'script' }
  #inFlight = 0;         // id of the evaluation the worker is working on, 0 if none
  #queued = null;        // { state, resolve }: the newest evaluation, sent when #inFlight answers
  #hasVector = false;    // the worker holds the session's current vector text

  /**
   * @param {{ start: () => (Worker | null), wasmModule: WebAssembly.Module }} options
   */
  constructor({ start, wasmModule }) {
    this.#start = start;
    this.#wasmModule = wasmModule;
  }

  get failed() { return this.#failed; }

  /** Starts the worker if it is not running; false if it cannot run (no Worker, a CSP, a crash). */
  start() { return this.#ensure(); }

  /**
   * Evaluates the state ({ fn, params: { id: text }, vector }) in the worker.
   * @param {boolean} vectorChanged the vector text differs from the last one sent
   * @returns {Promise<object | null | typeof WORKER_FAILED>}
   */
  evaluate(state, vectorChanged) {
    if (!this.#ensure()) return Promise.resolve(WORKER_FAILED);
    if (vectorChanged) this.#hasVector = false;
    if (this.#inFlight) {
      if (vectorChanged) {
        this.#restart();
      } else {
        return new Promise((resolve) => {
          this.#supersede();
          this.#queued = { state, resolve };
        });
      }
    }
    this.#supersede();
    return new Promise((resolve) => {
      this.#inFlight = this.#post(state, 'evaluation', resolve);
    });
  }

  /** The "Copy as NumPy" script of the state, from the worker's session (it holds the vector). */
  script(state) {
    if (!this.#ensure()) return Promise.resolve(WORKER_FAILED);
    // Answered in turn: after the evaluation under way; a queued one follows with the same state.
    return new Promise((resolve) => this.#post(state, 'script', resolve));
  }

  /** The session's vector is short again: the worker lets go of the long one. */
  clear() {
    this.#supersede();
    if (this.#inFlight) {
      this.#restart();  // stop a long parse nobody waits for
      return;
    }
    if (this.#worker && this.#hasVector) this.#worker.postMessage({ type: 'core-state', id: 0, want: 'none', vector: '' });
    this.#hasVector = false;
  }

  /** Stops the worker; every request still waiting resolves with null. */
  terminate() {
    this.#stopWorker(null);
  }

  #post(state, kind, resolve) {
    const id = this.#nextId++;
    this.#waiting.set(id, { resolve, kind });
    const message = { type: 'core-state', id, want: kind, fn: state.fn, params: { ...state.params }, seed: state.seed ?? '' };
    if (!this.#hasVector) message.vector = state.vector;
    this.#hasVector = true;
    this.#worker.postMessage(message);
    return id;
  }

  // Older evaluations get null: their answer would be out of date.
  #supersede() {
    if (this.#queued) {
      this.#queued.resolve(null);
      this.#queued = null;
    }
    const waiting = this.#waiting.get(this.#inFlight);
    if (waiting) waiting.resolve(null);
    this.#waiting.delete(this.#inFlight);
  }

  #ensure() {
    if (this.#worker || this.#failed) return !this.#failed;
    let worker = null;
    try {
      worker = this.#start();
    } catch {
      worker = null;
    }
    if (!worker) {
      this.#failed = true;
      return false;
    }
    worker.onmessage = ({ data }) => this.#answer(data);
    // The worker could not start or died: the session answers on its own thread from now on.
    worker.onerror = worker.onmessageerror = (event) => {
      event?.preventDefault?.();
      this.#fail();
    };
    worker.postMessage({ type: 'core-start', wasmModule: this.#wasmModule });
    this.#worker = worker;
    this.#hasVector = false;
    return true;
  }

  #answer(data) {
    if (data?.failed) {
      this.#fail();
      return;
    }
    const waiting = this.#waiting.get(data?.id);
    this.#waiting.delete(data?.id);
    if (data?.id === this.#inFlight) {
      this.#inFlight = 0;
      if (this.#queued) {
        const { state, resolve } = this.#queued;
        this.#queued = null;
        this.#inFlight = this.#post(state, 'evaluation', resolve);
      }
    }
    waiting?.resolve(data.result);
  }

  #restart() {
    this.#stopWorker(null);
    this.#ensure();
  }

  #fail() {
    this.#failed = true;
    this.#stopWorker(WORKER_FAILED);
  }

  #stopWorker(answer) {
    this.#worker?.terminate();
    this.#worker = null;
    this.#inFlight = 0;
    this.#hasVector = false;
    const waiting = [...this.#waiting.values()];
    this.#waiting.clear();
    if (this.#queued) waiting.push(this.#queued);
    this.#queued = null;
    for (const w of waiting) w.resolve(answer);
  }
}
