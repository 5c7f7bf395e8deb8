// dist/activation-worker.js: evaluates long test vectors off the page's main thread (a
// pasted vector of 10^6 numbers takes the core a second or two to read). It is handed the
// page's compiled core, so it neither downloads nor compiles the binary again.
//
// Deprecated (issue 11): the core client's worker is core/worker-entry.js. Until the element moves
// to it, this entry answers both: the core client's 'core-*' messages and the old Widget ones.
import { instantiateCore } from './core.js';
import { createWorkerHandler } from './core/worker.js';
import { evaluateVector } from './vector-evaluation.js';

let widget = null;
const handleCore = createWorkerHandler((message, transfer) => self.postMessage(message, transfer), instantiateCore);

self.onmessage = ({ data }) => {
  if (handleCore(data)) return;
  if (data.type === 'start') {
    widget = instantiateCore(data.wasmModule).then((module) => new module.Widget());
    return;
  }
  widget.then((w) => {
    const result = evaluateVector(w, data.request);
    const { points } = result;
    const buffers = points ? [points.x, points.fx, points.dfx].filter(Boolean).map((a) => a.buffer) : [];
    self.postMessage({ id: data.id, result }, buffers);
  }).catch((error) => {
    // The page then evaluates on its main thread (vector-evaluator.js).
    self.postMessage({ id: data.id, failed: String(error?.message ?? error) });
  });
};
