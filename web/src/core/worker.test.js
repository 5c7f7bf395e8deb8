import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyState, createWorkerHandler } from './worker.js';

function fakeSession(log) {
  return {
    setFunction: (id) => log.push(['fn', id]),
    setParam: (id, text) => log.push(['param', id, text]),
    resetParam: (id) => log.push(['reset', id]),
    setVector: (text) => log.push(['vector', text]),
    setSeed: (text) => log.push(['seed', text]),
    drawnSeed: () => '',
    pythonScript: () => 'import numpy as np\n',
    programChoice: () => ({ fn: 'leaky_relu', params: [['leak', '0.1']] }),
    evaluated: () => false,
    errors: () => [],
  };
}

test('applyState sets what the message carries and resets parameters it no longer has', () => {
  const log = [];
  const s = fakeSession(log);
  let params = applyState(s, { fn: 'elu', params: { alpha: '2' }, seed: '42', vector: '[1]' });
  params = applyState(s, { fn: 'elu', params: {} }, params);
  assert.deepEqual(log, [['fn', 'elu'], ['param', 'alpha', '2'], ['seed', '42'], ['vector', '[1]'], ['fn', 'elu'], ['reset', 'alpha']]);
  assert.equal(params.size, 0);
});

test('the handler answers evaluations and scripts, and ignores other messages', async () => {
  const log = [];
  const posted = [];
  const handle = createWorkerHandler((m) => posted.push(m), async () => ({ Session: function Session() { return fakeSession(log); } }));
  assert.equal(handle({ type: 'evaluate' }), false);
  assert.equal(handle({ type: 'core-start', wasmModule: null }), true);
  handle({ type: 'core-state', id: 1, want: 'evaluation', fn: 'relu', params: {}, vector: '[1]' });
  handle({ type: 'core-state', id: 2, want: 'script', fn: 'relu', params: {} });
  await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(posted.map((m) => m.id), [1, 2]);
  assert.equal(posted[0].result.transcript, null);
  assert.deepEqual(posted[0].result.choice, { fn: 'leaky_relu', params: [['leak', '0.1']] }, "the program's choice travels back");
  assert.equal(posted[1].result, 'import numpy as np\n');
});

test('a worker that cannot instantiate the core says so', async () => {
  const posted = [];
  const handle = createWorkerHandler((m) => posted.push(m), () => Promise.reject(new Error('no memory')));
  handle({ type: 'core-start' });
  handle({ type: 'core-state', id: 7, want: 'evaluation' });
  await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(posted, [{ id: 7, failed: 'no memory' }]);
});
