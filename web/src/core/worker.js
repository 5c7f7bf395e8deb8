// The worker's side of the core client: a core Session of its own, kept in step with the page's
// session by messages, so a long test vector is parsed once, in the worker, and a parameter
// change re-evaluates it there without parsing it again.
//
// Messages in:  { type: 'core-start', wasmModule }
//               { type: 'core-state', id, want: 'evaluation' | 'script' | 'none',
//                 fn, params: { id: text }, seed: text, vector?: text }   (vector only when it
//                 or the seed changed)
// Messages out: { id, result } (an evaluation as results.js reads it plus `choice`, the
//               program's last catalogue call as Session.programChoice gives it; or the script's text),
//               or { id, failed: message } when the core could not start.
import { readEvaluation, transferables } from './results.js';

/**
 * @param {(message: object, transfer: ArrayBuffer[]) => void} post
 * @param {(wasmModule: WebAssembly.Module) => Promise<object>} instantiate module.js's instantiateCore
 * @returns {(data: object) => boolean} handles a message; false if it is not the core client's
 */
export function createWorkerHandler(post, instantiate) {
  let session = null;  // Promise of a core Session
  let params = new Map();
  return (data) => {
    if (data?.type === 'core-start') {
      session = instantiate(data.wasmModule).then((module) => new module.Session());
      return true;
    }
    if (data?.type !== 'core-state') return false;
    if (!session) {
      post({ id: data.id, failed: 'the worker was not started' }, []);
      return true;
    }
    session.then((s) => {
      params = applyState(s, data, params);
      if (data.want === 'script') {
        post({ id: data.id, result: s.pythonScript() }, []);
      } else if (data.want === 'evaluation') {
        // With the program's last catalogue call: the page's controls follow it (mount.js).
        const result = { ...readEvaluation(s), choice: s.programChoice() };
        post({ id: data.id, result }, transferables(result));
      }
    }).catch((error) => {
      post({ id: data.id, failed: String(error?.message ?? error) }, []);
    });
    return true;
  };
}

// Brings a core Session to the state a message describes; returns the parameters now set.
export function applyState(session, { fn, params = {}, seed, vector }, before = new Map()) {
  if (typeof fn === 'string') session.setFunction(fn);
  const now = new Map(Object.entries(params));
  for (const id of before.keys()) if (!now.has(id)) session.resetParam(id);
  for (const [id, text] of now) session.setParam(id, text);
  if (typeof seed === 'string') session.setSeed(seed);
  if (typeof vector === 'string') session.setVector(vector);
  return now;
}
