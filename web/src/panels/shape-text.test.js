import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeShape } from './shape-text.js';

// The facts the core gives for ReLU (cpp/api/shape_test.cpp holds them).
const reluF = {
  pieces: [{ from: -Infinity, to: 0, kind: 'zero' }, { from: 0, to: Infinity, kind: 'linear', slope: 1 }],
  points: [{ x: 0, left: 0, value: 0, right: 0, jump: false, kink: true }],
  lo: 0, hi: Infinity,
};
const reluDf = {
  pieces: [{ from: -Infinity, to: 0, kind: 'zero' }, { from: 0, to: Infinity, kind: 'constant', value: 1 }],
  points: [{ x: 0, left: 0, value: 0, right: 1, jump: true, kink: false }],
  lo: 0, hi: 1,
};

test('ReLU: zero then a line, a kink, its limits', () => {
  assert.equal(describeShape(reluF, 'f(x)'),
    'f(x) is zero for x < 0, a straight line of slope 1 for x > 0. It has a kink at x = 0. It tends to 0 as x → −∞ and to +∞ as x → +∞.');
});

test("ReLU's derivative: a jump with its size and the value taken", () => {
  assert.equal(describeShape(reluDf, 'f′(x)'),
    'f′(x) is zero for x < 0, constant at 1 for x > 0. It has a jump at x = 0 from 0 to 1 (a step of 1); at x = 0 it takes 0. It tends to 0 as x → −∞ and to 1 as x → +∞.');
});

test('a smooth curve without limits (NaN) says so and names no limit', () => {
  assert.equal(describeShape({ pieces: [{ from: -Infinity, to: Infinity, kind: 'curved' }], points: [], lo: NaN, hi: NaN }, 'f(x)'),
    'f(x) is curved everywhere. No jumps or kinks.');
});

test('a jump takes the side its value rounds to', () => {
  const shape = { pieces: [{ from: -Infinity, to: Infinity, kind: 'curved' }], points: [{ x: -3, left: 0, value: -0.49999999999999994, right: -0.5, jump: true }], lo: NaN, hi: NaN };
  assert.match(describeShape(shape, 'f′(x)'), /a jump at x = −3 from 0 to −0\.5 \(a step of −0\.5\); at x = −3 it takes −0\.5\./);
});
