// Starts the core's download and compile as this module is evaluated, before Chart.js and the
// rest of the bundle run and before any element connects: the binary then arrives while the
// page builds the widget, not after (the critical path of a cold load). Only in a browser
// (a server-side render in Node fetches nothing); a failure is reported by the widget that
// waits for the core (loadCore), not here.
import { compileCore } from './module.js';

export function prefetchCore() {
  if (typeof window === 'undefined' || typeof fetch !== 'function' || typeof WebAssembly !== 'object') return;
  compileCore().catch(() => {});
}

prefetchCore();
