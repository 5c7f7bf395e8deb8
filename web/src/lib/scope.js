// Everything one connection of a widget acquires, released in one call: event listeners
// (through one AbortController), timers, animation frames, and any other cleanup (observers,
// charts, core sessions, workers). disconnectedCallback disposes the scope; the next
// connection gets a new one. After dispose() nothing more can be acquired: late callbacks
// (a core that loads after the element left) find the scope disposed and do nothing.
export class Scope {
  #controller = new AbortController();
  #cleanups = [];
  #timers = new Set();
  #frames = new Set();
  #clock;

  // clock: the timer functions (globalThis's by default; tests pass fakes).
  constructor(clock = globalThis) {
    this.#clock = clock;
  }

  get disposed() {
    return this.#controller.signal.aborted;
  }

  /** For addEventListener(type, fn, { signal }) and anything else that takes one. */
  get signal() {
    return this.#controller.signal;
  }

  listen(target, type, listener, options = {}) {
    if (this.disposed) return;
    target.addEventListener(type, listener, { ...options, signal: this.#controller.signal });
  }

  /** Runs cleanup on dispose (last added, first run); returns it. */
  add(cleanup) {
    if (this.disposed) cleanup();
    else this.#cleanups.push(cleanup);
    return cleanup;
  }

  timeout(callback, ms) {
    if (this.disposed) return 0;
    const id = this.#clock.setTimeout(() => {
      this.#timers.delete(id);
      callback();
    }, ms);
    this.#timers.add(id);
    return id;
  }

  /** Whether the timer is still to fire. */
  hasTimeout(id) {
    return this.#timers.has(id);
  }

  clearTimeout(id) {
    if (!this.#timers.delete(id)) return;
    this.#clock.clearTimeout(id);
  }

  frame(callback) {
    if (this.disposed) return 0;
    const id = this.#clock.requestAnimationFrame((time) => {
      this.#frames.delete(id);
      callback(time);
    });
    this.#frames.add(id);
    return id;
  }

  cancelFrame(id) {
    if (!this.#frames.delete(id)) return;
    this.#clock.cancelAnimationFrame(id);
  }

  dispose() {
    if (this.disposed) return;
    this.#controller.abort();
    for (const id of this.#timers) this.#clock.clearTimeout(id);
    for (const id of this.#frames) this.#clock.cancelAnimationFrame(id);
    this.#timers.clear();
    this.#frames.clear();
    const errors = [];
    for (const cleanup of this.#cleanups.reverse()) {
      try {
        cleanup();
      } catch (error) {
        errors.push(error);
      }
    }
    this.#cleanups = [];
    if (errors.length > 0) throw new AggregateError(errors, 'a cleanup failed');
  }
}
