import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wheelFactor, zoomAround, wheelZooms, hintText } from './wheel-zoom.js';

test('wheelFactor: down zooms out, up zooms in, lines and pages scaled, one event capped', () => {
  assert.ok(wheelFactor(100) > 1);
  assert.ok(wheelFactor(-100) < 1);
  assert.ok(Math.abs(wheelFactor(100) * wheelFactor(-100) - 1) < 1e-12, 'in and out again is where it was');
  assert.equal(wheelFactor(3, 1), wheelFactor(48));
  assert.equal(wheelFactor(1, 2, 500), wheelFactor(240));
  assert.equal(wheelFactor(1e6), wheelFactor(240));
});

test('zoomAround keeps the anchor in place and the bounds tidy', () => {
  const r = zoomAround(-5, 5, 0.5, 3);
  assert.deepEqual(r, { xmin: -1, xmax: 4 });
  const s = zoomAround(-5, 5, 1 / 1.2214, 1.234);
  const before = (1.234 + 5) / 10;
  const after = (1.234 - s.xmin) / (s.xmax - s.xmin);
  assert.ok(Math.abs(after - before) < 0.002, `the anchor stays within a rounding step: ${before} ${after}`);
  assert.ok(/^-?\d+(\.\d{1,3})?$/.test(String(s.xmin)), String(s.xmin));
});

test('wheelZooms: Ctrl, ⌘ or a focused plot; else the page scrolls', () => {
  assert.equal(wheelZooms({ ctrlKey: true }, false), true);
  assert.equal(wheelZooms({ metaKey: true }, false), true);
  assert.equal(wheelZooms({}, true), true);
  assert.equal(wheelZooms({}, false), false);
});

test('hintText names the modifier of the platform', () => {
  assert.match(hintText('MacIntel'), /^⌘ \+ scroll/);
  assert.match(hintText('Linux x86_64'), /^Ctrl \+ scroll/);
});
