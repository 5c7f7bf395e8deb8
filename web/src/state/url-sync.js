// Keeps the page's URL in step with a widget that has `sync-url`: history.replaceState at
// most every URL_INTERVAL ms (Chromium throttles faster ones), the last state always written;
// push() starts a new history entry at once (history.js decides when).
import { stateToSearch } from './url-state.js';

const URL_INTERVAL = 250;  // ms

export class UrlSync {
  #scope;
  #timer = 0;
  #written = -Infinity;
  #state = null;
  #pending = false;
  #history;
  #location;

  // win: the window whose history and location are written (tests give a fake one).
  constructor(scope, win = globalThis) {
    this.#scope = scope;
    this.#history = win.history;
    this.#location = win.location;
  }

  request(state) {
    this.#state = state;
    this.#pending = true;
    this.#scope.clearTimeout(this.#timer);
    const wait = this.#written + URL_INTERVAL - performance.now();
    if (wait <= 0) this.writeNow();
    else this.#timer = this.#scope.timeout(() => this.writeNow(), wait);
  }

  writeNow(state = this.#state) {
    this.#scope.clearTimeout(this.#timer);
    this.#written = performance.now();
    this.#pending = false;
    if (state) this.#history.replaceState(this.#history.state, '', stateToSearch(state) + this.#location.hash);
  }

  /** A new history entry for this state: what was waiting is written to the current one first. */
  push(state) {
    if (this.#pending) this.writeNow();
    this.#state = state;
    this.#written = performance.now();
    this.#history.pushState(null, '', stateToSearch(state) + this.#location.hash);
  }

  /** Forgets a write still waiting (Back or Forward moved to another entry). */
  cancel() {
    this.#scope.clearTimeout(this.#timer);
    this.#pending = false;
    this.#state = null;
  }
}
