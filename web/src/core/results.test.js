import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_MARKERS, plotIndex, readCurve, readEvaluation, readRange, transferables } from './results.js';

// A stand-in for the core's Session binding whose views, like Embind's, die at the next call.
function fakeBinding({ evaluated = true, x = [1, 2], fx = [1, 2], dfx = [1, 1], errors = [], seed = '' } = {}) {
  const live = [];
  const view = (values) => {
    live.forEach((v) => { v.dead = true; });
    const a = Float64Array.from(values);
    const handle = { dead: false };
    live.push(handle);
    return new Proxy(a, {
      get(target, key) {
        if (handle.dead && key !== 'length') throw new Error('a dead view was read');
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return {
    evaluated: () => evaluated,
    xText: () => 'X', fxText: () => 'FX', dfxText: () => 'DFX',
    xValues: () => view(x), fxValues: () => view(fx), dfxValues: () => view(dfx),
    errors: () => errors,
    drawnSeed: () => seed,
  };
}

test('an evaluation is copied out before the next view is asked for', () => {
  const e = readEvaluation(fakeBinding());
  assert.deepEqual(e.transcript, { x: 'X', fx: 'FX', dfx: 'DFX' });
  assert.deepEqual([...e.points.x], [1, 2]);
  assert.deepEqual([...e.points.fx], [1, 2]);
  assert.deepEqual([...e.points.dfx], [1, 1]);
  assert.equal(e.error, null);
  assert.deepEqual(e.errors, []);
  assert.equal(e.seed, '');
});

test('the seed a program drew with unseeded comes with the evaluation, evaluated or not', () => {
  assert.equal(readEvaluation(fakeBinding({ seed: '1234' })).seed, '1234');
  assert.equal(readEvaluation(fakeBinding({ evaluated: false, seed: '7' })).seed, '7');
});

test('a Jacobian is not drawn as markers; markers stop at MAX_MARKERS', () => {
  const n = MAX_MARKERS + 5;
  const x = Array.from({ length: n }, (_, i) => i);
  const e = readEvaluation(fakeBinding({ x, fx: x, dfx: [1, 2, 3] }));
  assert.equal(e.points.x.length, MAX_MARKERS);
  assert.equal(e.points.fx.length, MAX_MARKERS);
  assert.equal(e.points.dfx, null);
});

test('errors: the first is the error; no transcript when not evaluated', () => {
  const errors = [{ field: 'leak', message: 'Leak: invalid number', column: 1 }, { field: 'x', message: 'column 2: x', column: 2 }];
  const e = readEvaluation(fakeBinding({ evaluated: false, errors }));
  assert.equal(e.transcript, null);
  assert.equal(e.points, null);
  assert.equal(e.error, errors[0]);
  assert.equal(e.errors.length, 2);
});

test('a curve record: typed copies, jumps as objects', () => {
  const r = readCurve({
    x: new Float64Array([-5, 0, 0, 5]), y: new Float64Array([0, 0, 1, 1]),
    segments: new Uint32Array([0, 2]), jumps: new Float64Array([0, 0, 0, 1]),
  });
  assert.ok(r.x instanceof Float64Array && r.segments instanceof Uint32Array);
  assert.deepEqual(r.jumps, [{ x: 0, left: 0, value: 0, right: 1 }]);
});

test('ranges and plots', () => {
  assert.deepEqual(readRange(new Float64Array([0, 1])), { lo: 0, hi: 1 });
  assert.equal(readRange(new Float64Array([Infinity, -Infinity])), null);
  assert.equal(plotIndex('f'), 0);
  assert.equal(plotIndex('df'), 1);
  assert.throws(() => plotIndex('g'), TypeError);
  const e = readEvaluation(fakeBinding());
  assert.equal(transferables(e).length, 3);
  assert.deepEqual(transferables({ points: null }), []);
});
