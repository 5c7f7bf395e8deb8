import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markerPoints, markerPixels } from './markers.js';

test('markerPoints: finite points in x order; a derivative of another shape is left out', () => {
  const m = markerPoints({ x: Float64Array.of(1, -1, NaN, 0), fx: Float64Array.of(1, 0, NaN, 0), dfx: Float64Array.of(1, 0, 1, 0) });
  assert.deepEqual(m.f, [{ x: -1, y: 0 }, { x: 0, y: 0 }, { x: 1, y: 1 }]);
  assert.deepEqual(m.df.map((p) => p.x), [-1, 0, 1]);
  assert.deepEqual(markerPoints({ x: Float64Array.of(1, 2), fx: Float64Array.of(0.3, 0.7), dfx: Float64Array.of(1, 2, 3, 4) }).df, []);
  assert.deepEqual(markerPoints({ x: Float64Array.of(1), fx: null, dfx: null }), { f: [], df: [] });
});

test('markerPixels: one per pixel, inside the plot area', () => {
  const area = { left: 10, right: 110, top: 0, bottom: 100 };
  const toPixel = (p) => ({ x: 10 + p.x * 10, y: 100 - p.y * 10 });
  const pixels = markerPixels([{ x: 0, y: 0 }, { x: 0.01, y: 0 }, { x: 5, y: 5 }, { x: 50, y: 0 }, { x: 1, y: -0.4 }], toPixel, area, 5);
  assert.deepEqual(pixels, [{ x: 10, y: 100 }, { x: 60, y: 50 }, { x: 20, y: 104 }]);
});
