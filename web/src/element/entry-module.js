// dist/activation-widget.js: one <script type="module"> tag and <activation-widget> works.
// The WASM binary is fetched from beside this file (activations.wasm).
// First: the core's download starts before the rest of the bundle is evaluated.
import '../core/prefetch.js';
import { defineActivationWidget } from './define.js';

export { ActivationWidget } from './activation-widget.js';
export { defineActivationWidget };

defineActivationWidget();
