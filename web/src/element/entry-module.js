// dist/activation-widget.js: one <script type="module"> tag and <activation-widget> works.
// The WASM binary is fetched from beside this file (activations.wasm).
import { defineActivationWidget } from './define.js';

export { ActivationWidget } from './activation-widget.js';
export { defineActivationWidget };

defineActivationWidget();
