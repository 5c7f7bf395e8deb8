import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineEquation, tangentText, tangentLabel, tangentLines } from './tangent.js';

const at = (x, y, slope) => ({ x, leftY: y, leftSlope: slope, rightY: y, rightSlope: slope, snapped: false, jump: false });

test('lineEquation: slope-intercept form, a minus sign for a negative intercept', () => {
  assert.equal(lineEquation(2, 2, 1), 'y = 1·x + 0');
  assert.equal(lineEquation(-1, -0.1, 0.1), 'y = 0.1·x + 0');
  assert.equal(lineEquation(1, 0.5, 0.25), 'y = 0.25·x + 0.25');
  assert.equal(lineEquation(1, 0, 0.5), 'y = 0.5·x − 0.5');
  assert.equal(lineEquation(0, NaN, 1), 'undefined');
});

test('tangentText: one line, or both one-sided tangents at a kink or jump', () => {
  assert.equal(tangentText(at(-1, -0.1, 0.1)), 'tangent: y = 0.1·x + 0');
  assert.equal(tangentText(null), '');
  const kink = { x: 0, leftY: 0, leftSlope: 0.1, rightY: 0, rightSlope: 1, snapped: true, jump: false };
  assert.equal(tangentText(kink), 'one-sided tangents at the kink at x = 0: left y = 0.1·x + 0, right y = 1·x + 0');
  assert.match(tangentText({ ...kink, jump: true, rightY: 1, rightSlope: 0 }), /^one-sided tangents at the jump at x = 0: .* right y = 0·x \+ 1$/);
});

test('tangentLines: across the view, or one per side of a kink with its faint continuation', () => {
  assert.deepEqual(tangentLines(at(1, 1, 2), -5, 5), [{ x0: -5, y0: -11, x1: 5, y1: 9, side: 'both' }]);
  assert.deepEqual(tangentLines(at(1, NaN, 2), -5, 5), []);
  const kink = { x: 0, leftY: 0, leftSlope: 0.1, rightY: 0, rightSlope: 1, snapped: true, jump: false };
  const lines = tangentLines(kink, -5, 5);
  assert.deepEqual(lines.map((l) => l.side), ['left', 'beyond', 'right', 'beyond']);
  assert.deepEqual(lines[0], { x0: -5, y0: -0.5, x1: 0, y1: 0, side: 'left' });
  assert.deepEqual(lines[2], { x0: 0, y0: 0, x1: 5, y1: 5, side: 'right' });
});

test('tangentLabel: the equation, or the kink and each side on its own line', () => {
  assert.equal(tangentLabel(at(-1, -0.1, 0.1)), 'tangent  y = 0.1·x + 0');
  const kink = { x: 0, leftY: 0, leftSlope: 0.1, rightY: 0, rightSlope: 1, snapped: true, jump: false };
  assert.equal(tangentLabel(kink), 'kink at x = 0: one-sided tangents\nleft   y = 0.1·x + 0\nright  y = 1·x + 0');
});
