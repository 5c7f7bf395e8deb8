// dist/activation-worker.js: evaluates long test vectors off the page's main thread (a pasted
// vector of 10^6 numbers takes the core a second or two to read). It is handed the page's
// compiled core, so it neither downloads nor compiles the binary again.
import { instantiateCore } from './module.js';
import { createWorkerHandler } from './worker.js';

const handle = createWorkerHandler((message, transfer) => self.postMessage(message, transfer), instantiateCore);
self.onmessage = ({ data }) => {
  handle(data);
};
