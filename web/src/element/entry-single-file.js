// dist/activation-widget.html: everything inlined, so the file works from disk with no
// network. The WASM binary comes from the bundle (base64): the full core, program reader
// included (activations-programs.wasm), for the page and its worker alike (a file that fetches
// nothing saves nothing by splitting the core; one binary inlined is smaller than two). The
// page's own styles are adopted as a constructed stylesheet, so the file needs no inline <style>
// under its CSP.
import wasmBinary from 'activation-core-wasm-binary';
import pageCss from '../page.css';
import { configureCore } from '../core/index.js';
import { defineActivationWidget } from './define.js';
import { postFrameHeight } from '../frame-height.js';

const pageSheet = new CSSStyleSheet();
pageSheet.replaceSync(pageCss);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];

// Framed in a blog post, the post is the page: drop our heading and margins.
if (window.self !== window.top) document.body.classList.add('bare');

// __VECTOR_WORKER_SCRIPT__: the worker's bundled code, put in by web/tools/single-file.mjs.
configureCore({ wasmBinary, programsBinary: wasmBinary, workerScript: __VECTOR_WORKER_SCRIPT__ });
defineActivationWidget();
postFrameHeight();
