// Evaluates the typed vector: short ones at once on the main thread, long ones in a worker
// (core.js starts it), so the page keeps responding while the core reads 10^6 numbers. The
// newest text wins: a worker still busy with an older one is stopped and replaced.
// Without a worker (a script served from another origin; a policy that forbids workers)
// long vectors are evaluated on the main thread too.
import { startVectorWorker } from './core.js';
import { evaluateVector } from './vector-evaluation.js';

export class VectorEvaluator {
  #widget;
  #wasmModule;
  #worker = null;
  #workerFailed = false;
  #pending = null;  // { id, request, resolve }
  #nextId = 1;

  constructor(widget, wasmModule) {
    this.#widget = widget;
    this.#wasmModule = wasmModule;
  }

  evaluateNow(request) {
    return evaluateVector(this.#widget, request);
  }

  /** Resolves with the result, or with null if a newer request or cancel() came first. */
  evaluateOffThread(request) {
    this.cancel();
    const worker = this.#workerOrNull();
    if (!worker) return Promise.resolve(this.evaluateNow(request));
    return new Promise((resolve) => {
      this.#pending = { id: this.#nextId++, request, resolve };
      worker.postMessage({ type: 'evaluate', id: this.#pending.id, request });
    });
  }

  /** Drops the evaluation under way, if any (the worker busy with it is stopped). */
  cancel() {
    if (!this.#pending) return;
    this.#pending.resolve(null);
    this.#pending = null;
    this.#worker?.terminate();
    this.#worker = null;
  }

  /** Stops the worker and deletes the core object: the evaluator is not used again. */
  dispose() {
    this.cancel();
    this.#worker?.terminate();
    this.#worker = null;
    this.#workerFailed = true;
    this.#widget?.delete();
    this.#widget = null;
  }

  #workerOrNull() {
    if (this.#worker || this.#workerFailed) return this.#worker;
    let worker = null;
    try {
      worker = startVectorWorker();
    } catch {
      worker = null;
    }
    if (!worker) {
      this.#workerFailed = true;
      return null;
    }
    worker.onmessage = ({ data }) => {
      if (data.failed) return this.#workerBroke();
      if (data.id !== this.#pending?.id) return;
      const { resolve } = this.#pending;
      this.#pending = null;
      resolve(data.result);
    };
    // The worker could not start or died: answer on the main thread from now on.
    worker.onerror = worker.onmessageerror = (event) => {
      event.preventDefault();
      this.#workerBroke();
    };
    worker.postMessage({ type: 'start', wasmModule: this.#wasmModule });
    this.#worker = worker;
    return worker;
  }

  // The worker could not start or failed: answer on the main thread from now on.
  #workerBroke() {
    this.#workerFailed = true;
    this.#worker?.terminate();
    this.#worker = null;
    const pending = this.#pending;
    this.#pending = null;
    pending?.resolve(this.evaluateNow(pending.request));
  }
}
