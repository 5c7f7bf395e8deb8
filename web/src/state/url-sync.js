// Keeps the page's URL in step with a widget that has `sync-url`: history.replaceState at
// most every URL_INTERVAL ms (Chromium throttles faster ones), the last state always written.
import { stateToSearch } from './url-state.js';

const URL_INTERVAL = 250;  // ms

export class UrlSync {
  #scope;
  #timer = 0;
  #written = -Infinity;
  #state = null;

  constructor(scope) {
    this.#scope = scope;
  }

  request(state) {
    this.#state = state;
    this.#scope.clearTimeout(this.#timer);
    const wait = this.#written + URL_INTERVAL - performance.now();
    if (wait <= 0) this.writeNow();
    else this.#timer = this.#scope.timeout(() => this.writeNow(), wait);
  }

  writeNow(state = this.#state) {
    this.#scope.clearTimeout(this.#timer);
    this.#written = performance.now();
    if (state) history.replaceState(history.state, '', stateToSearch(state) + location.hash);
  }
}
