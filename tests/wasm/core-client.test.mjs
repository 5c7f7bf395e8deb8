// The page's core client (web/src/core/session.js) against the real WASM module: the tutorial's
// examples, the messages the page has always shown (a reused session agrees with a fresh one
// on every golden and hostile input), curve records, the worker protocol (in-process, through
// the worker's own message handler), and dispose() leaving nothing behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadCore, OneShotSession, seedExamples } from './load-core.mjs';
import { hostileCatalogue } from '../hostile/catalogue.mjs';
import { CoreSession } from '../../web/src/core/session.js';
import { createWorkerHandler } from '../../web/src/core/worker.js';
import { LONG_VECTOR } from '../../web/src/core/results.js';

const module = await loadCore();
const goldens = JSON.parse(readFileSync(new URL('../golden/numpy_goldens.json', import.meta.url), 'utf8'));

test('the tutorial examples, through a session', () => {
  const session = new CoreSession(module);
  for (const c of seedExamples) {
    session.setFunction(c.fn);
    for (const [id, text] of Object.entries(c.params ?? {})) session.setParam(id, text);
    const r = session.setVector(c.x);
    assert.equal(r.error, null);
    assert.equal(r.transcript.x, c.print_x);
    assert.equal(r.transcript.fx, c.print_fx);
    assert.equal(r.transcript.dfx, c.repr_dfx);
  }
  session.dispose();
});

test('a parameter change answers with the re-evaluated vector', () => {
  const s = new CoreSession(module);
  s.setFunction('leaky_relu');
  const first = s.setVector('[-1, 2]');
  assert.equal(first.transcript.fx, '[-0.1  2. ]');
  assert.deepEqual([...first.points.x], [-1, 2]);
  const bad = s.setParam('leak', '0.2x');
  assert.deepEqual(bad.error, { field: 'leak', message: "Leak: invalid number '0.2x'", column: 1 });
  assert.equal(bad.transcript.fx, '[-0.1  2. ]', 'the last good leak stays in use');
  const good = s.setParam('leak', '0');
  assert.equal(good.error, null);
  assert.equal(good.transcript.fx, '[0 2]');
  assert.equal(good.transcript.dfx, 'array([0, 1])');
  assert.equal(s.resetParam('leak').transcript.fx, '[-0.1  2. ]');
  assert.equal(s.setFunction('nope').error.message, "unknown activation 'nope'");
  const blank = s.setVector('   ');
  assert.equal(blank.transcript, null);
  assert.equal(blank.points, null);
  s.dispose();
});

// The client's session, reused from input to input, and a fresh core Session for each input
// (as the old Widget was) give the same transcript or the same message: no state is carried over.
function sameAsWidget(widget, session, fn, params, text, where) {
  const ok = widget.evaluate(fn, params, text);
  session.setFunction(fn);
  for (const [id, t] of Object.entries(params)) session.setParam(id, t);
  const r = session.setVector(text);
  if (!ok) {
    assert.deepEqual(r.error, { field: widget.errorField(), message: widget.errorMessage(), column: widget.errorColumn() }, where);
    return;
  }
  assert.equal(r.error, null, where);
  assert.deepEqual(r.transcript, { x: widget.xText(), fx: widget.fxText(), dfx: widget.dfxText() }, where);
}

test('every golden and hostile input: the same transcript or message as a fresh core Session', () => {
  const widget = new OneShotSession(module);
  let n = 0;
  for (const c of goldens.cases) {
    for (const { leak } of c.relu ?? [{ leak: '0' }]) {
      const session = new CoreSession(module);
      sameAsWidget(widget, session, 'leaky_relu', { leak }, c.input, `golden ${c.input} leak ${leak}`);
      session.dispose();
      n++;
    }
  }
  const session = new CoreSession(module);
  for (const text of goldens.rejects) sameAsWidget(widget, session, 'relu', {}, text, `reject ${text}`);
  for (const entry of hostileCatalogue()) {
    if (entry.text.trim() === '') continue;  // the page shows nothing for an empty box
    sameAsWidget(widget, session, 'relu', {}, entry.text, entry.id);
    n++;
  }
  session.dispose();
  widget.delete();
  assert.ok(n > 2000, `${n} inputs`);
});

test('curves: ReLU is its ends and its kink; f′ jumps at 0', () => {
  const s = new CoreSession(module);
  const range = s.coarseRange('f', -5, 5);
  assert.deepEqual(range, { lo: 0, hi: 5 });
  const f = s.curve('f', { x0: -5, x1: 5, y0: -0.3, y1: 5.3, width: 600, height: 300 });
  assert.deepEqual([...f.x], [-5, 0, 5]);
  assert.deepEqual([...f.y], [-0, 0, 5]);  // relu(-5) = 0 * -5
  assert.deepEqual([...f.segments], [0]);
  assert.deepEqual(f.jumps, []);
  const df = s.curve('df', { x0: -5, x1: 5, y0: -0.06, y1: 1.06, width: 600, height: 300 });
  assert.deepEqual([...df.x], [-5, 0, 0, 5]);
  assert.deepEqual([...df.segments], [0, 2]);
  assert.deepEqual(df.jumps, [{ x: 0, left: 0, value: 0, right: 1 }]);
  assert.deepEqual(s.valueAt(2), { f: 2, df: 1 });
  s.setFunction('sigmoid');
  const sig = s.curve('f', { x0: -5, x1: 5, y0: 0, y1: 1, width: 600, height: 300 });
  assert.ok(sig.x.length > 5 && sig.x.length < 100, `${sig.x.length} points for sigmoid`);
  assert.equal(s.coarseRange('f', 2, 1), null);
  assert.throws(() => s.curve('g', { x0: 0, x1: 1, y0: 0, y1: 1, width: 1, height: 1 }), TypeError);
  s.dispose();
});

test('Copy as NumPy comes from the core', () => {
  const s = new CoreSession(module);
  s.setFunction('leaky_relu');
  s.setParam('leak', '\u22120.25');
  s.setVector('0.2 -1.5  # two numbers');
  const script = s.pythonScript();
  assert.match(script, /^import numpy as np\n/);
  assert.match(script, /\nx = np\.array\(\[0\.2, -1\.5\]\)\nprint\(x\)\nprint\(leaky_relu\(x, leak=-0\.25\)\)\nprint\(repr\(leaky_relu_dash\(x, leak=-0\.25\)\)\)\n$/);
  assert.equal(s.programChoice(), null);
  s.dispose();
});

// A worker in this process: the client's messages go to the worker's own handler, which runs a
// second core Session, and its answers come back as a Worker's would (asynchronously).
class LoopbackWorker {
  static count = 0;
  constructor() {
    LoopbackWorker.count++;
    this.terminated = false;
    this.handle = createWorkerHandler((message) => {
      if (!this.terminated) setTimeout(() => this.onmessage?.({ data: structuredClone(message) }), 0);
    }, async () => module);
  }
  postMessage(message) { setTimeout(() => { if (!this.terminated) this.handle(message); }, 0); }
  terminate() { this.terminated = true; }
}

test('long vectors are evaluated in the worker: parsed once there, newest wins', async () => {
  const s = new CoreSession(module, { startWorker: () => new LoopbackWorker(), wasmModule: null });
  s.setFunction('leaky_relu');
  const values = Array.from({ length: 4000 }, (_, i) => ((i % 17) - 8) / 4);
  const long = `[${values.join(', ')}]`;
  assert.ok(long.length > LONG_VECTOR);
  const pending = s.setVector(long);
  assert.ok(pending instanceof Promise);
  assert.equal(s.offThread, true);
  const r = await pending;
  assert.equal(r.error, null);
  assert.equal(r.points.x.length, 2000);
  assert.equal(r.points.x[0], -2);
  const main = new CoreSession(module);
  main.setFunction('leaky_relu');
  main.setParam('leak', '0.5');
  const expected = main.setVector(long);
  // Two quick parameter changes: the first is replaced, the second answers.
  const a = s.setParam('leak', '0.3');
  const b = s.setParam('leak', '0.5');
  assert.equal(await a, null);
  assert.deepEqual((await b).transcript, expected.transcript);
  assert.match(await s.pythonScript(), /leaky_relu\(x, leak=0\.5\)/);
  // A short vector comes back to this thread.
  const short = s.setVector('[1, -1]');
  assert.equal(short.transcript.fx, '[ 1.  -0.5]');
  assert.equal(s.offThread, false);
  // A bad long vector: its message, from the worker.
  const bad = await s.setVector(`${long.slice(0, -1)}, foo]`);
  assert.equal(bad.error.field, 'x');
  assert.match(bad.error.message, /unknown name 'foo'/);
  s.dispose();
  main.dispose();
});

test('without a worker (or when it fails) long vectors are read on this thread', async () => {
  const long = `[${Array.from({ length: 6000 }, (_, i) => i - 3000).join(', ')}]`;
  const none = new CoreSession(module, { startWorker: () => null });
  const r = none.setVector(long);
  assert.equal(r.transcript.x.slice(0, 7), '[-3000 ');
  none.dispose();
  class Broken extends LoopbackWorker {
    postMessage() { setTimeout(() => this.onerror?.({ preventDefault() {} }), 0); }
  }
  const broken = new CoreSession(module, { startWorker: () => new Broken() });
  const answer = await broken.setVector(long);
  assert.equal(answer.transcript.x.slice(0, 7), '[-3000 ');
  assert.equal(broken.offThread, false);
  broken.dispose();
});

test('dispose deletes every core object and stops the worker; calls afterwards throw', async () => {
  const round = async (i, startWorker) => {
    const s = new CoreSession(module, { startWorker });
    s.setFunction(i % 2 ? 'gelu' : 'elu');
    s.setParam('alpha', '0.5');
    s.setVector('[[0.2], [-1]]');
    s.curve('df', { x0: -5, x1: 5, y0: -1, y1: 2, width: 600, height: 300 });
    s.coarseRange('f', -5, 5);
    s.pythonScript();
    if (i % 100 === 0) await s.setVector(`[${'1, '.repeat(8000)}1]`);
    s.dispose();
    s.dispose();  // idempotent
    assert.throws(() => s.setVector('[1]'), /disposed/);
  };
  const workers = [];
  const start = () => {
    const w = new LoopbackWorker();
    workers.push(w);
    return w;
  };
  for (let i = 0; i < 20; i++) await round(i, start);  // warm-up: the heap grows to what it needs
  const handles = module.count_emval_handles();
  const heap = module.HEAP8.buffer.byteLength;
  for (let i = 0; i < 500; i++) await round(i, start);
  assert.equal(workers.length, 6, 'a worker only for long vectors');
  assert.ok(workers.every((w) => w.terminated), 'every worker stopped');
  assert.equal(module.count_emval_handles(), handles, 'no emval handle left');
  assert.equal(module.HEAP8.buffer.byteLength, heap, 'the heap did not grow');
});
