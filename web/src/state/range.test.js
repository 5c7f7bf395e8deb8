import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRange, zoom, pan, clampRange, tidy } from './range.js';

test('parseRange: two numbers in order, or which box is wrong', () => {
  assert.deepEqual(parseRange('-2', '\u22121'.replace('\u2212', '')), { ok: true, xmin: -2, xmax: 1 });
  assert.deepEqual(parseRange('\u22123', '3'), { ok: true, xmin: -3, xmax: 3 });
  assert.equal(parseRange('', '1').which, 'from');
  assert.equal(parseRange('1', 'x').which, 'to');
  assert.equal(parseRange('0x1', '5').which, 'from');
  assert.equal(parseRange('-5', '-100').which, 'to');
  assert.match(parseRange('-5', '-100').message, /x to/);
  assert.equal(parseRange('-2e6', '1').which, 'from');
});

test('zoom and pan keep round bounds and stay within the limit', () => {
  assert.deepEqual(zoom(-5, 5, 0.5), { xmin: -2.5, xmax: 2.5 });
  assert.deepEqual(zoom(-2.5, 2.5, 2), { xmin: -5, xmax: 5 });
  assert.deepEqual(pan(-5, 5, 0.25), { xmin: -2.5, xmax: 7.5 });
  assert.deepEqual(pan(-0.3, 0.3, 0.5), { xmin: 0, xmax: 0.6 });
  assert.deepEqual(clampRange(-2e6, -1e6 + 10), { xmin: -1e6, xmax: -1e6 + 1e6 + 10 });
  assert.equal(tidy(0.1 + 0.2), 0.3);
});

test('roundForSpan: a dragged bound reads as a person would type it', async () => {
  const { roundForSpan } = await import('./range.js');
  assert.equal(roundForSpan(-3.60317759861, 10), -3.6);
  assert.equal(roundForSpan(1.23456, 10), 1.23);
  assert.equal(roundForSpan(0.0123456, 0.1), 0.0123);
  assert.equal(roundForSpan(-123.456, 1000), -123);
});

test('parseYRange: both empty is automatic, else two numbers in order', async () => {
  const { parseYRange } = await import('./range.js');
  assert.deepEqual(parseYRange('', ' '), { ok: true, ymin: null, ymax: null });
  assert.deepEqual(parseYRange(null, undefined), { ok: true, ymin: null, ymax: null });
  assert.deepEqual(parseYRange('\u22121', '2.5'), { ok: true, ymin: -1, ymax: 2.5 });
  assert.equal(parseYRange('1', '').which, 'yto');
  assert.equal(parseYRange('x', '1').which, 'yfrom');
  assert.match(parseYRange('2', '1').message, /"y to" must be above "y from"/);
  assert.equal(parseYRange('-1e13', '1').which, 'yfrom');
});
