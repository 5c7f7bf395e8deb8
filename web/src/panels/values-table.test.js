import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableXs, jumpNote } from './values-table.js';

test('eleven evenly spaced rows, the last exactly at the end', () => {
  const xs = tableXs(-5, 5);
  assert.equal(xs.length, 11);
  assert.equal(xs[0], -5);
  assert.equal(xs[5], 0);
  assert.equal(xs[10], 5);
  assert.equal(tableXs(0, 0.3)[10], 0.3);
});

test('a jump is told with both limits and the value taken', () => {
  assert.equal(jumpNote('ReLU', 'f′', { x: 0, left: 0, value: 0, right: 1 }),
    'ReLU: f′ jumps at x = 0, from 0 on the left to 1 on the right, and f′(0) = 0.');
});
