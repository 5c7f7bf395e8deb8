// What the page must show, from the core itself in Node: the same Session the page uses
// (web/src/core/, without a worker, so every vector is read on this thread).
import { loadCore } from '../wasm/load-core.mjs';
import { CoreSession } from '../../web/src/core/session.js';

let module = null;

/** An evaluator: evaluate(fn, params, x) -> { ok, x, fx, dfx, message }. */
export async function expectedCore() {
  module ??= await loadCore();
  return {
    evaluate(fn, params, x) {
      const session = new CoreSession(module);
      try {
        session.setFunction(fn);
        for (const [id, text] of Object.entries(params)) session.setParam(id, text);
        const { transcript, error } = session.setVector(x);
        return transcript ? { ok: true, ...transcript } : { ok: false, message: error?.message ?? 'no output' };
      } finally {
        session.dispose();
      }
    },
  };
}
