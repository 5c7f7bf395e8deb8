import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProgramReader, startLocalReader } from './program-reader.js';
import { WORKER_FAILED } from './worker-client.js';

// A Worker stand-in that answers every evaluation with `answer(state)` a turn later, or fails.
class FakeWorker {
  constructor(name, { fail = false } = {}) {
    this.name = name;
    this.fail = fail;
    this.sent = [];
  }
  postMessage(message) {
    this.sent.push(message);
    if (message.type !== 'core-state' || message.want === 'none') return;
    setTimeout(() => {
      if (this.fail) this.onerror?.({ preventDefault() {} });
      else this.onmessage?.({ data: { id: message.id, result: `${this.name}: ${message.vector ?? '(kept)'}` } });
    }, 0);
  }
  terminate() { this.terminated = true; }
}

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

test('the full core is compiled on the first request only; evaluations waiting for it: the newest answers', async () => {
  const compiled = deferred();
  let compiles = 0;
  const workers = [];
  const reader = new ProgramReader({
    compile: () => { compiles++; return compiled.promise; },
    startWorker: () => { const w = new FakeWorker('worker'); workers.push(w); return w; },
    startLocal: () => new FakeWorker('local'),
  });
  assert.equal(compiles, 0, 'nothing fetched before a text needs it');
  const first = reader.evaluate({ fn: 'relu', params: {}, vector: 'np.arange(' }, true);
  const second = reader.evaluate({ fn: 'relu', params: {}, vector: 'np.arange(3)' }, true);
  const script = reader.script({ fn: 'relu', params: {}, vector: 'np.arange(3)' });
  assert.equal(compiles, 1);
  assert.equal(await first, null, 'replaced while the core was on its way');
  compiled.resolve('full core');
  assert.equal(await second, 'worker: np.arange(3)');
  assert.equal(workers.length, 1);
  assert.deepEqual(workers[0].sent[0], { type: 'core-start', wasmModule: 'full core' });
  assert.equal(workers[0].sent.filter((m) => m.want === 'evaluation').length, 1, 'one evaluation sent, not two');
  assert.equal(typeof await script, 'string');
  assert.equal(await reader.evaluate({ fn: 'elu', params: {}, vector: 'np.arange(3)' }, false), 'worker: (kept)');
  assert.equal(compiles, 1);
  reader.terminate();
  assert.equal(workers[0].terminated, true);
});

test('where no worker runs, or the worker fails, the reader runs on this thread', async () => {
  const none = new ProgramReader({ compile: async () => 'core', startWorker: () => null, startLocal: () => new FakeWorker('local') });
  assert.equal(none.canUseWorker(), false);
  assert.equal(await none.evaluate({ fn: 'relu', params: {}, vector: 'np.pi' }, true), 'local: np.pi');
  const failing = new ProgramReader({ compile: async () => 'core', startWorker: () => new FakeWorker('worker', { fail: true }), startLocal: () => new FakeWorker('local') });
  assert.equal(failing.canUseWorker(), true);
  assert.equal(await failing.evaluate({ fn: 'relu', params: {}, vector: 'np.e' }, true), 'local: np.e');
  assert.equal(failing.canUseWorker(), false);
});

test('a core that cannot be fetched: WORKER_FAILED, and the next text tries again', async () => {
  let attempts = 0;
  const reader = new ProgramReader({
    compile: async () => { attempts++; if (attempts === 1) throw new Error('offline'); return 'core'; },
    startWorker: () => new FakeWorker('worker'),
  });
  assert.equal(await reader.evaluate({ fn: 'relu', params: {}, vector: 'np.pi' }, true), WORKER_FAILED);
  assert.equal(await reader.evaluate({ fn: 'relu', params: {}, vector: 'np.pi' }, true), 'worker: np.pi');
  assert.equal(attempts, 2);
});

test("startLocalReader answers through the worker's own handler", async () => {
  const session = {
    setFunction() {}, setParam() {}, resetParam() {}, setSeed() {}, setVector() {},
    evaluated: () => false, errors: () => [], drawnSeed: () => '', programChoice: () => null, pythonScript: () => 'script',
  };
  const local = startLocalReader(async () => ({ Session: function Session() { return session; } }));
  const answers = [];
  local.onmessage = ({ data }) => answers.push(data);
  local.postMessage({ type: 'core-start', wasmModule: null });
  local.postMessage({ type: 'core-state', id: 3, want: 'script', fn: 'relu', params: {} });
  await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(answers, [{ id: 3, result: 'script' }]);
  local.terminate();
  local.postMessage({ type: 'core-state', id: 4, want: 'script', fn: 'relu', params: {} });
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(answers.length, 1, 'a terminated reader answers nothing');
});
