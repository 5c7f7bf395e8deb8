// Public API of dist/activation-widget.js: `import 'activation-widget'` defines
// <activation-widget>; the class and the define function are exported for other names.

/** The widget's state, named as in its URL and attributes. */
export interface ActivationWidgetState {
  /** Function id: 'relu', 'leaky_relu', 'sigmoid', … */
  fn: string;
  /** Parameters by id, as typed (`'0'` is a Python int, `'0.0'` a float): `{ leak: '0.1' }`. */
  params: Record<string, string>;
  /** The test vector as typed, e.g. `'[[0.2], [0.5], [1.2], [-2.3], [0]]'`. */
  x: string;
  /** Function ids overlaid on the plots (compare mode). */
  compare: string[];
  /** The plots' x range. */
  xmin: number;
  xmax: number;
  /** The seed of the test vector's unseeded `np.random` draws (decimal), when it draws any. */
  seed?: string;
}

/**
 * `<activation-widget fn="leaky_relu" leak="0.1" x="[[-0.5],[0]]" compare="sigmoid" xmin="-3" xmax="3">`
 *
 * Attributes mirror the URL's names, and changing one updates the widget: `fn`, `x`,
 * `compare` (comma-separated ids), `xmin`, `xmax`, `seed`, and each parameter by id (`leak`, …).
 * Also: `sync-url` (the page's URL follows the widget and opens it in its state),
 * `theme` (`light` or `dark`; default: the reader's `prefers-color-scheme`),
 * `page` (the page "Copy link" points at; default: activation-widget.html beside the script).
 *
 * Events: `ready` once drawn; `change` (detail: ActivationWidgetState) after each reader's change.
 * CSS: `--activation-widget-font` sets the font family.
 */
export declare class ActivationWidget extends HTMLElement {
  /** The function shown (reflects the `fn` attribute; setting it sets the attribute). */
  fn: string;
  /** The test vector as typed (reflects the `x` attribute). */
  x: string;
  /** Resolves when the WASM core is loaded and the widget has drawn; rejects if it cannot start. */
  readonly ready: Promise<void>;
  /** The current state, or null before the widget is ready. */
  readonly state: ActivationWidgetState | null;
  /** Where the point (x, y) of the function ('f') or derivative ('df') plot is drawn, in canvas pixels. */
  plotPixel(plot: 'f' | 'df', x: number, y: number): { x: number; y: number } | null;
  addEventListener<K extends keyof ActivationWidgetEventMap>(
    type: K, listener: (this: ActivationWidget, event: ActivationWidgetEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions): void;
}

export interface ActivationWidgetEventMap extends HTMLElementEventMap {
  ready: CustomEvent<void>;
  change: CustomEvent<ActivationWidgetState>;
}

/**
 * Defines the element under `name` (default 'activation-widget') unless already defined; returns its class.
 * Where there is no `customElements` (Node, during a server-side render) it defines nothing and returns undefined.
 */
export declare function defineActivationWidget(name?: string): CustomElementConstructor | undefined;

declare global {
  interface HTMLElementTagNameMap {
    'activation-widget': ActivationWidget;
  }
}
