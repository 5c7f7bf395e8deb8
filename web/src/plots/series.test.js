import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartPoints, jumpDots } from './series.js';

test('chartPoints: one segment is its points as they are', () => {
  const record = { x: Float64Array.of(-1, 0, 1), y: Float64Array.of(0, 0, 1), segments: Uint32Array.of(0), jumps: [] };
  assert.deepEqual(chartPoints(record), [{ x: -1, y: 0 }, { x: 0, y: 0 }, { x: 1, y: 1 }]);
});

test('chartPoints: a break between segments, each side ending at its limit', () => {
  // ReLU's derivative on [-1, 1]: 0 up to the jump at 0, then 1.
  const record = { x: Float64Array.of(-1, 0, 0, 1), y: Float64Array.of(0, 0, 1, 1), segments: Uint32Array.of(0, 2), jumps: [{ x: 0, left: 0, value: 0, right: 1 }] };
  const points = chartPoints(record);
  assert.equal(points.length, 5);
  assert.deepEqual(points.slice(0, 2), [{ x: -1, y: 0 }, { x: 0, y: 0 }]);
  assert.equal(points[2].x, 0);
  assert.ok(Number.isNaN(points[2].y));
  assert.deepEqual(points.slice(3), [{ x: 0, y: 1 }, { x: 1, y: 1 }]);
});

test('jumpDots: filled at the value taken, open at a limit not taken', () => {
  assert.deepEqual(jumpDots([{ x: 0, left: 0, value: 0, right: 1 }]), [{ x: 0, y: 0, filled: true }, { x: 0, y: 1, filled: false }]);
  assert.deepEqual(jumpDots([{ x: 0, left: 0, value: 0.5, right: 1 }]).map((d) => d.filled), [true, false, false]);
  assert.deepEqual(jumpDots([]), []);
});
