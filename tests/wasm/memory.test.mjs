// Memory (issue 7): 10^5 evaluate/parse/print round trips from JavaScript leave the WASM heap
// at the same size, with no leaked Embind handles, instances or buffers.
//
// Three measures, each printed as a diagnostic:
//  1. heap size: the WASM memory's byteLength after a warm-up and after the 10^5 round trips.
//     It only ever grows, so "the same" means nothing was left behind that needed more room.
//  2. bytes in use: the memory's size less the 256-byte blocks malloc hands out before it has to
//     grow, in a module that did the 10^5 round trips and in a fresh one that did only the
//     warm-up. Anything left allocated by the round trips shows up here: this sees a leak of a
//     fraction of a byte per round trip, which the heap size alone would not.
//  3. Embind: live emval handles, before and after.
// A control run proves measure 2 sees a leak (C++ instances JS forgot to delete()): round trips
// that drop a core Session without Session.delete() every 100 times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCore } from './load-core.mjs';
import { CoreSession } from '../../web/src/core/session.js';

const ROUND_TRIPS = 100_000;
const WARM_UP = 1_000;
const BLOCK = 256;

const VECTORS = [
  '[[0.2], [0.5], [1.2], [-2.3], [0]]',
  '[[0.11], [-2.2], [0], [50.2], [33.5], [-0.6]]',
  'np.array([1, 2, -3])',
  '0.2, 0.5, -2.3',
  '[nan, inf, -inf, -0.0, 5e-324, 1e308]',
  '[[1, 2], [3, 4]]',
  '[[1], [2]',  // unbalanced: an error with a column
  'hello',  // unknown name
  '[1, 2] <script>alert(1)</script>',
  '\u22121.5e3, \u00a02',
  '',
  '[1, 2, -3]',
  'np.array([[1.5], [-0.5]])',
  '[1, 2,, 3]',
  `[${Array.from({ length: 24 }, (_, i) => (i - 12) / 4).join(', ')}]`,
];
const PARAM_TEXTS = ['0', '0.1', '-1', '1e308', 'nan', 'abc', '', '0.0'];

// One round trip, as the page makes it, on the core's Session binding itself: set the function,
// parameters and vector (which parses), then read every printed text and array view, or the
// errors; now and then the curve views and the shape, the NumPy printer, a new Session; and the
// same through the page's core client (web/src/core/session.js).
function roundTrip(core, catalogue, state, i) {
  const fn = catalogue[i % catalogue.length];
  const params = {};
  for (const [k, p] of fn.params.entries()) params[p.id] = PARAM_TEXTS[(i + k) % PARAM_TEXTS.length];
  const x = VECTORS[i % VECTORS.length];
  const w = state.widget;
  w.setFunction(fn.id);
  for (const p of fn.params) {
    if (i % 3 === 0) w.resetParam(p.id);
    else w.setParam(p.id, params[p.id]);
  }
  w.setVector(x);
  if (w.evaluated()) {
    state.sink += w.xText().length + w.fxText().length + w.dfxText().length;
    state.sink += w.xValues().length + w.fxValues().length + w.dfxValues().length;
  }
  for (const e of w.errors()) state.sink += e.message.length + e.field.length + e.column;
  if (i % 10 === 0) {
    const c = w.curve(i % 20 ? 0 : 1, -5, 5, -2, 3, 600, 300);
    state.sink += c.x.length + c.y.length + c.segments.length + c.jumps.length + w.coarseRange(0, -5, 5).length;
    state.sink += w.shape(i % 20 ? 0 : 1).pieces.length + w.valueAt(0.5).length;
  }
  if (i % 7 === 0) {
    const printed = core.numpyPrint(x);
    state.sink += printed.ok ? printed.str.length + printed.repr.length : printed.message.length;
  }
  // The same through the page's core client (web/src/core/session.js) and the core's Session.
  const s = state.session;
  s.setFunction(fn.id);
  for (const p of fn.params) {
    if (i % 3 === 0) s.resetParam(p.id);
    else s.setParam(p.id, params[p.id]);
  }
  const r = s.setVector(x);
  state.sink += (r.transcript ? r.transcript.x.length + r.transcript.dfx.length + r.points.x.length : 0) + r.errors.length;
  if (i % 10 === 0) {
    const c = s.curve(i % 20 ? 'f' : 'df', { x0: -5, x1: 5, y0: -2, y1: 3, width: 600, height: 300 });
    state.sink += c.x.length + c.jumps.length + (s.coarseRange('f', -5, 5)?.hi ?? 0) + s.valueAt(0.5).df;
  }
  if (i % 50 === 0) state.sink += s.pythonScript().length;
  if (i % 100 === 0 && state.deleteWidgets) {
    state.widget.delete();
    state.widget = new core.Session();
    state.session.dispose();
    state.session = new CoreSession(core);
  } else if (i % 100 === 0) {
    state.widget = new core.Session();  // the control: the old one is never deleted
    state.session = new CoreSession(core);  // nor the session
  }
  if (i % 5000 === 0) state.sink += JSON.parse(core.catalogueJson()).length;
}

// Every binding a round trip calls: a missing one fails here by name rather than passing unused.
const BINDINGS = {
  module: ['Session', 'catalogueJson', 'numpyPrint', 'count_emval_handles', '_malloc', '_free'],
  session: ['setFunction', 'setParam', 'resetParam', 'setVector', 'evaluated', 'xText', 'fxText', 'dfxText', 'xValues',
    'fxValues', 'dfxValues', 'errors', 'curve', 'coarseRange', 'shape', 'valueAt', 'delete'],
};

function run(core, count, deleteWidgets = true) {
  const catalogue = JSON.parse(core.catalogueJson());
  const state = { widget: new core.Session(), session: new CoreSession(core), sink: 0, deleteWidgets };
  for (let i = 0; i < count; i++) roundTrip(core, catalogue, state, i);
  if (deleteWidgets) {
    state.widget.delete();
    state.session.dispose();
  }
  return state.sink;
}

const heapSize = (core) => core.HEAP8.buffer.byteLength;

// Bytes in use: the memory's size less the 256-byte blocks malloc hands out before it must grow
// (all freed again). Call it last: it may grow the memory.
function inUse(core) {
  const start = heapSize(core);
  const blocks = [];
  for (;;) {
    const p = core._malloc(BLOCK);
    if (p === 0 || heapSize(core) !== start) {
      if (p) core._free(p);
      break;
    }
    blocks.push(p);
  }
  for (const p of blocks) core._free(p);
  return start - blocks.length * BLOCK;
}

// Embind's table of JS values held for C++ (val): each one left behind is a leaked handle.
const embindCounts = (core) => ({ emvalHandles: core.count_emval_handles() });

const MiB = (n) => `${(n / 1048576).toFixed(2)} MiB`;

test('every binding the round trips use is there', async () => {
  const core = await loadCore();
  const session = new core.Session();
  for (const name of BINDINGS.module) assert.equal(typeof core[name], 'function', `Module.${name}`);
  for (const name of BINDINGS.session) assert.equal(typeof session[name], 'function', `Session.${name}`);
  session.delete();
});

test(`${ROUND_TRIPS.toLocaleString('en')} evaluate/parse/print round trips leave the WASM heap as it was`, async (t) => {
  const fresh = await loadCore();
  run(fresh, WARM_UP);
  const reference = inUse(fresh);

  const core = await loadCore();
  run(core, WARM_UP);
  const before = { heap: heapSize(core), ...embindCounts(core) };
  const started = performance.now();
  run(core, ROUND_TRIPS);
  const seconds = (performance.now() - started) / 1000;
  const after = { heap: heapSize(core), ...embindCounts(core) };
  const used = inUse(core);

  t.diagnostic(`heap size before ${before.heap} bytes (${MiB(before.heap)}), after ${after.heap} bytes (${MiB(after.heap)})`);
  t.diagnostic(`bytes in use: ${used} after ${ROUND_TRIPS} round trips, ${reference} in a module after the warm-up only`);
  t.diagnostic(`emval handles ${before.emvalHandles} -> ${after.emvalHandles}`);
  t.diagnostic(`${ROUND_TRIPS} round trips in ${seconds.toFixed(1)} s`);

  assert.equal(after.heap, before.heap, 'the WASM memory did not grow');
  assert.equal(after.emvalHandles, before.emvalHandles, 'no emval handle left behind');
  // Counted in whole blocks; allow one block per 10,000 round trips (fragmentation): a leak of
  // more than 1/40 byte per round trip is seen.
  assert.ok(used - reference <= BLOCK * (ROUND_TRIPS / 10_000),
    `${used - reference} more bytes in use after the round trips: something is left allocated`);
});

test('the control: the bytes-in-use measure sees a leak of one undeleted Session per 100 round trips', async (t) => {
  const fresh = await loadCore();
  run(fresh, WARM_UP);
  const reference = inUse(fresh);
  const core = await loadCore();
  run(core, WARM_UP);
  run(core, 10_000, false);
  const used = inUse(core);
  t.diagnostic(`bytes in use ${used} after 100 undeleted Sessions, ${reference} in a module after the warm-up only`);
  assert.ok(used - reference >= 100 * 8, 'the leaked Sessions are seen');
});
