/**
 * The page's one client of the WASM core (web/src/core/): nothing else in web/src touches
 * Embind. It loads the module once per page (shared by every widget and by the worker), and
 * hands out plain data only: strings, plain objects and typed arrays it has copied out of the
 * core's views (a view over WASM memory dies at the next call into the core; that rule lives
 * here and nowhere else).
 *
 *   import { loadCore } from './core/index.js';
 *   const core = await loadCore();          // { catalogue, createSession }
 *   const session = core.createSession();   // ReLU, default parameters, no test vector
 *
 * core.catalogue: the registry as JSON, one entry per function:
 *   { id, name, group, formula, derivativeFormula, convention, numpy, vectorValued,
 *     params: [{ id, label, default, defaultIsInt, min, max, step }] }
 *
 * session (each text is parsed once, by the core, when it is set):
 *   setFunction(id)        -> Evaluation   (an unknown id: error field 'fn', the last good function stays)
 *   setParam(id, text)     -> Evaluation   (a bad text: error for that field, the last good value stays in use)
 *   resetParam(id)         -> Evaluation   (back to the default)
 *   setVector(text)        -> Evaluation   (blank text: no vector, no error)
 *     Evaluation = { transcript: { x, fx, dfx } | null,      print(x), print(f(x)), repr(f_dash(x))
 *                    points: { x, fx, dfx } | null,           Float64Array, the first MAX_MARKERS
 *                                                             values (fx/dfx null when not elementwise)
 *                    error: { field, message, column } | null, the first of `errors`
 *                    errors: [{ field, message, column }] }   function, parameters, then 'x'
 *     A parameter or function change re-evaluates the stored vector without parsing it again;
 *     no setter samples curves. When the vector is longer than LONG_VECTOR characters and a
 *     worker can run, and for any text that is not a plain literal (a program: the page's core,
 *     activations.wasm, has no program reader; the full core, activations-programs.wasm, is
 *     fetched on first need and reads it in the worker, or here where no worker runs), the
 *     setters return a Promise of the Evaluation instead (null when a newer change replaced it;
 *     `await` works for both); session.offThread says which.
 *   coarseRange(plot, x0, x1) -> { lo, hi } | null   plot 'f' or 'df': the range of the curve
 *     over [x0, x1] from a coarse pass; union the series' ranges, pad, then ask for curves.
 *   curve(plot, { x0, x1, y0, y1, width, height }) -> { x: Float64Array, y: Float64Array,
 *     segments: Uint32Array, jumps: [{ x, left, value, right }] }
 *     width and height in device pixels. Adaptive: within 0.25 device px of the true curve,
 *     exactly at every kink; segments[k] is the index where segment k starts (a new segment at
 *     each jump and wherever the function is not finite); each jump has its one-sided limits
 *     and the value taken (draw a filled dot at value, open ones at the limits that differ).
 *   valueAt(x) -> { f, df }
 *   shape(plot) -> { pieces: [{ from, to, kind: 'zero'|'constant'|'linear'|'curved', value, slope }],
 *     points: [{ x, left, value, right, jump, kink }], lo, hi }   the curve over the whole line
 *     (ends ±Infinity; lo/hi: its limits as x -> -inf/+inf, NaN when there is none)
 *   pythonScript() -> string (a Promise of it while the vector is off-thread): "Copy as NumPy",
 *     a script that prints x, f(x) and repr(f'(x)) in a notebook cell and as a file.
 *   programChoice() -> { fn, params: [[id, text]] } | null   (issue 13: a program's last call;
 *     off-thread, the one of the last evaluation answered)
 *   dispose()          deletes the core's objects and stops the worker; idempotent; any other
 *                      call afterwards throws.
 */
import { compileProgramCore, coreReadsPrograms, loadModule, loadProgramModule, startVectorWorker } from './module.js';
import { CoreSession } from './session.js';
import { startLocalReader } from './program-reader.js';

export { configureCore, compileProgramCore } from './module.js';
export { LONG_VECTOR, MAX_MARKERS } from './results.js';
export { CoreSession };

let core = null;

/** @returns {Promise<{ catalogue: object[], createSession: () => CoreSession }>} */
export function loadCore() {
  core ??= loadModule().then(({ module, catalogue, wasmModule }) => Object.freeze({
    catalogue,
    // Programs (and long vectors) go to the full core: compiled on first need, in the worker, or
    // on this thread where no worker runs.
    createSession: () => new CoreSession(module, {
      wasmModule, startWorker: startVectorWorker, compilePrograms: compileProgramCore, readsPrograms: coreReadsPrograms(),
      startLocal: () => startLocalReader(() => loadProgramModule()),
    }),
  }));
  return core;
}
