// <activation-widget>: the custom element. Its job is the element's own life: connect,
// disconnect, attributes and the public API (web/types/activation-widget.d.ts). Each
// connection is a Mount (mount.js), which builds and wires everything and releases it all
// when the element leaves the page; the element keeps only the reader's state, so the same
// element re-added carries on where it was. The full page is this element with `sync-url`;
// the module and the single-file build define it too.
import css from '../widget.css';
import { Mount } from './mount.js';
import { DEFAULTS } from '../state/url-state.js';
import { publicState } from '../state/widget-state.js';

const MODULE_URL = import.meta.url;

let sheet = null;
function widgetSheet() {
  // One constructed stylesheet for every widget: allowed under style-src 'self', no <style>.
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

// In Node (a static-site generator rendering on the server) there is no HTMLElement: the
// module still loads, and define.js defines nothing there.
export class ActivationWidget extends (globalThis.HTMLElement ?? class {}) {
  #mount = null;
  #saved = null;  // the state of the last connection, for the next one
  #ready = null;  // { promise, resolve, reject, settled }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [widgetSheet()];
    this.#newReady();
  }

  /** Resolves once the core is loaded and the widget has drawn. */
  get ready() {
    return this.#ready.promise;
  }

  connectedCallback() {
    // Properties set before the element was defined would hide our accessors.
    for (const name of ['fn', 'x']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (this.#mount) return;  // moved within the page: the same connection carries on
    if (this.#ready.settled) this.#newReady();
    const mount = new Mount(this, {
      previous: this.#saved,
      moduleUrl: MODULE_URL,
      onReady: () => {
        this.dataset.ready = 'true';
        if (this.hasAttribute('sync-url')) document.documentElement.dataset.ready = 'true';
        this.#settle('resolve');
        this.dispatchEvent(new CustomEvent('ready'));
      },
      onFail: (error) => this.#settle('reject', error),
    });
    this.#mount = mount;
  }

  disconnectedCallback() {
    // A move (removed and inserted in one task) keeps the connection; a removal ends it.
    queueMicrotask(() => {
      if (this.isConnected || !this.#mount) return;
      this.#saved = this.#mount.savedState ?? this.#saved;
      const mount = this.#mount;
      this.#mount = null;
      delete this.dataset.ready;
      mount.dispose();
    });
  }

  // ---- public API (see web/types/activation-widget.d.ts) ----

  get fn() { return this.#mount?.state?.fn ?? this.getAttribute('fn') ?? DEFAULTS.fn; }
  set fn(value) { this.#setAttributeNow('fn', value); }
  get x() { return this.#mount?.state?.x ?? this.getAttribute('x') ?? DEFAULTS.x; }
  set x(value) { this.#setAttributeNow('x', value); }

  /** The state as the URL spells it: function, parameters as typed, test vector, compared functions, x range. */
  get state() {
    return this.#mount?.state ?? (this.#saved ? publicState(this.#saved) : null);
  }

  /** Where the point (x, y) of a plot ('f' or 'df') is drawn, in its canvas's pixels. */
  plotPixel(plot, x, y) {
    return this.#mount?.plotPixel(plot, x, y) ?? null;
  }

  #setAttributeNow(name, value) {
    this.setAttribute(name, value);
    this.#mount?.flushAttributes();
  }

  #newReady() {
    const ready = { settled: false };
    ready.promise = new Promise((resolve, reject) => {
      ready.resolve = resolve;
      ready.reject = reject;
    });
    ready.promise.catch(() => {});  // reported in the widget's alert; a page need not listen
    this.#ready = ready;
  }

  #settle(how, value) {
    if (this.#ready.settled) return;
    this.#ready.settled = true;
    this.#ready[how](value);
  }
}
