import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VectorWorker, WORKER_FAILED } from './worker-client.js';

// A Worker stand-in: records what it is sent; the test answers for it.
class FakeWorker {
  static started = [];
  constructor() {
    this.sent = [];
    this.terminated = false;
    FakeWorker.started.push(this);
  }
  postMessage(message) { this.sent.push(message); }
  terminate() { this.terminated = true; }
  answer(id, result) { this.onmessage({ data: { id, result } }); }
  lastState() { return this.sent.filter((m) => m.type === 'core-state').at(-1); }
}

function make() {
  FakeWorker.started = [];
  return new VectorWorker({ start: () => new FakeWorker(), wasmModule: 'module' });
}
const state = (vector, params = {}) => ({ fn: 'relu', params, vector });
const tick = () => new Promise((r) => setTimeout(r, 0));

test('starts the worker once, sends the vector once', async () => {
  const w = make();
  const first = w.evaluate(state('[long]'), true);
  const worker = FakeWorker.started[0];
  assert.deepEqual(worker.sent[0], { type: 'core-start', wasmModule: 'module' });
  assert.equal(worker.lastState().vector, '[long]');
  worker.answer(worker.lastState().id, 'r1');
  assert.equal(await first, 'r1');
  const second = w.evaluate(state('[long]', { leak: '0.2' }), false);
  assert.equal('vector' in worker.lastState(), false);  // the worker has it, parsed
  assert.deepEqual(worker.lastState().params, { leak: '0.2' });
  worker.answer(worker.lastState().id, 'r2');
  assert.equal(await second, 'r2');
  assert.equal(FakeWorker.started.length, 1);
});

test("the seed of the vector's unseeded draws travels with every state, the vector with a new seed", async () => {
  const w = make();
  const first = w.evaluate({ ...state('np.random.randn(30000)'), seed: '42' }, true);
  const worker = FakeWorker.started[0];
  assert.equal(worker.lastState().seed, '42');
  worker.answer(worker.lastState().id, 'r1');
  await first;
  const again = w.evaluate({ ...state('np.random.randn(30000)'), seed: '7' }, true);
  assert.equal(worker.lastState().seed, '7');
  assert.equal(worker.lastState().vector, 'np.random.randn(30000)');
  worker.answer(worker.lastState().id, 'r2');
  await again;
});

test('parameter changes during an evaluation are sent together once it answers', async () => {
  const w = make();
  const a = w.evaluate(state('[long]'), true);
  const worker = FakeWorker.started[0];
  const busy = worker.lastState().id;
  const b = w.evaluate(state('[long]', { leak: '0.1' }), false);
  const c = w.evaluate(state('[long]', { leak: '0.3' }), false);
  assert.equal(worker.lastState().id, busy);  // nothing more sent yet
  worker.answer(busy, 'old');
  assert.equal(await a, null);  // replaced
  assert.equal(await b, null);
  assert.deepEqual(worker.lastState().params, { leak: '0.3' });
  worker.answer(worker.lastState().id, 'new');
  assert.equal(await c, 'new');
  assert.equal(worker.terminated, false);
});

test('a new vector stops a busy worker and starts a fresh one with the whole state', async () => {
  const w = make();
  const a = w.evaluate(state('[first]', { leak: '0.5' }), true);
  const b = w.evaluate(state('[second]', { leak: '0.5' }), true);
  assert.equal(await a, null);
  assert.equal(FakeWorker.started.length, 2);
  assert.equal(FakeWorker.started[0].terminated, true);
  const fresh = FakeWorker.started[1];
  assert.equal(fresh.lastState().vector, '[second]');
  assert.deepEqual(fresh.lastState().params, { leak: '0.5' });
  fresh.answer(fresh.lastState().id, 'second');
  assert.equal(await b, 'second');
});

test('scripts are answered in turn and not replaced', async () => {
  const w = make();
  const e = w.evaluate(state('[v]'), true);
  const s = w.script(state('[v]'));
  const worker = FakeWorker.started[0];
  const [evalMsg, scriptMsg] = worker.sent.filter((m) => m.type === 'core-state');
  assert.equal(scriptMsg.want, 'script');
  worker.answer(evalMsg.id, 'ev');
  worker.answer(scriptMsg.id, 'import numpy as np');
  assert.equal(await e, 'ev');
  assert.equal(await s, 'import numpy as np');
});

test('no worker, or a failing one: every request says WORKER_FAILED', async () => {
  const none = new VectorWorker({ start: () => null });
  assert.equal(await none.evaluate(state('[v]'), true), WORKER_FAILED);
  assert.equal(none.failed, true);
  const w = make();
  const a = w.evaluate(state('[v]'), true);
  FakeWorker.started[0].onerror({ preventDefault() {} });
  assert.equal(await a, WORKER_FAILED);
  assert.equal(FakeWorker.started[0].terminated, true);
  assert.equal(await w.evaluate(state('[v]'), false), WORKER_FAILED);
  const thrower = new VectorWorker({ start: () => { throw new Error('CSP'); } });
  assert.equal(await thrower.script(state('[v]')), WORKER_FAILED);
});

test('clear lets go of the vector; terminate answers null to whoever waits', async () => {
  const w = make();
  const a = w.evaluate(state('[v]'), true);
  const worker = FakeWorker.started[0];
  worker.answer(worker.lastState().id, 'done');
  await a;
  w.clear();
  assert.deepEqual(worker.sent.at(-1), { type: 'core-state', id: 0, want: 'none', vector: '' });
  const b = w.evaluate(state('[v]'), false);
  assert.equal(worker.lastState().vector, '[v]');  // sent again: the worker let go of it
  w.terminate();
  assert.equal(await b, null);
  assert.equal(worker.terminated, true);
  await tick();
});
