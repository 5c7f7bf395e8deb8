// The full core's side of one session (issue 13): texts the page's core cannot read (programs:
// its activations.wasm has no program reader) and long vectors are read by the full core
// (activations-programs.wasm), compiled only when the first such text arrives. It runs in the
// vector worker; where no worker can run (no Worker, the script served cross-origin, a worker
// that failed) it runs on this thread, through the worker's own message handler. Pure JS over
// what it is given (compile, start), so it is unit-tested with fakes. Same requests as
// VectorWorker (evaluate, script, clear, terminate), whose newest-wins rules apply once the core
// is there; before that, an evaluation waiting for the core is answered null by a newer one.
import { VectorWorker, WORKER_FAILED } from './worker-client.js';
import { createWorkerHandler } from './worker.js';

export class ProgramReader {
  #compile;
  #startWorker;
  #startLocal;
  #core = null;      // Promise of the compiled full core, once asked for
  #wasmModule = null;
  #reader = null;    // a VectorWorker once the core is compiled
  #local = false;    // #reader runs on this thread
  #held = null;      // a worker started (by canUseWorker) before the core was compiled; false: none can
  #waiting = [];     // requests made before the core was compiled: { request, resolve, evaluation }

  /**
   * @param {{ compile: () => Promise<WebAssembly.Module>, startWorker: () => (Worker | null),
   *           startLocal: () => object }} options startLocal: a Worker-like object on this thread
   */
  constructor({ compile, startWorker, startLocal }) {
    this.#compile = compile;
    this.#startWorker = startWorker;
    this.#startLocal = startLocal;
  }

  /** Starts fetching and compiling the full core (once, unless it fails). */
  prepare() {
    if (this.#core === null) {
      // Not there (offline, a 404): whoever waits is told; the next text asks again.
      this.#core = this.#compile().then((wasmModule) => this.#open(wasmModule), () => {
        this.#core = null;
        this.#flush(() => Promise.resolve(WORKER_FAILED));
      });
    }
    return this;
  }

  /** Whether a worker (not this thread) can read long vectors. */
  canUseWorker() {
    if (this.#reader) return !this.#local && !this.#reader.failed;
    if (this.#held === null) {
      try {
        this.#held = this.#startWorker() ?? false;
      } catch {
        this.#held = false;
      }
    }
    return this.#held !== false;
  }

  /** @returns {Promise<object | null | typeof WORKER_FAILED>} as VectorWorker.evaluate */
  evaluate(state, vectorChanged) {
    return this.#ask((reader) => reader.evaluate(state, vectorChanged), true);
  }

  script(state) {
    return this.#ask((reader) => reader.script(state), false);
  }

  clear() {
    this.#reader?.clear();
    this.#answerWaiting((w) => w.evaluation, null);
  }

  terminate() {
    this.#reader?.terminate();
    this.#reader = null;
    if (this.#held) this.#held.terminate();
    this.#held = false;
    this.#answerWaiting(() => true, null);
  }

  #ask(request, evaluation) {
    if (this.#reader) return this.#retrying(request);
    this.prepare();
    if (evaluation) this.#answerWaiting((w) => w.evaluation, null);  // newest wins
    return new Promise((resolve) => this.#waiting.push({ request, resolve, evaluation }));
  }

  #answerWaiting(which, answer) {
    const answered = this.#waiting.filter(which);
    this.#waiting = this.#waiting.filter((w) => !which(w));
    for (const w of answered) w.resolve(answer);
  }

  #open(wasmModule) {
    this.#wasmModule = wasmModule;
    if (this.canUseWorker()) {
      // The worker started early is the reader's first; a restart starts a new one.
      const start = () => {
        const held = this.#held;
        this.#held = null;
        return held || this.#startWorker();
      };
      this.#reader = new VectorWorker({ wasmModule, start });
    } else {
      this.#useLocal();
    }
    this.#flush((request) => this.#retrying(request));
  }

  #flush(send) {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const w of waiting) send(w.request).then(w.resolve);
  }

  // A worker that fails (cannot start, crashes) hands over to this thread, once.
  #retrying(request) {
    return request(this.#reader).then((answer) => {
      if (answer !== WORKER_FAILED || this.#local || !this.#reader) return answer;
      this.#reader.terminate();
      this.#useLocal();
      return request(this.#reader);
    });
  }

  #useLocal() {
    this.#local = true;
    this.#reader = new VectorWorker({ wasmModule: this.#wasmModule, start: this.#startLocal });
  }
}

/**
 * A Worker-like object that runs the worker's message handler on this thread (where no worker
 * can run): the same messages, the same answers, a turn of the event loop later.
 * @param {(wasmModule: WebAssembly.Module) => Promise<object>} instantiate the full core's module
 */
export function startLocalReader(instantiate) {
  let handle = null;
  const local = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    terminated: false,
    postMessage(data) {
      handle(data);
    },
    terminate() {
      local.terminated = true;
    },
  };
  handle = createWorkerHandler((message) => {
    if (!local.terminated) local.onmessage?.({ data: message });
  }, instantiate);
  return local;
}
