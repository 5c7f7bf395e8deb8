import { test } from 'node:test';
import assert from 'node:assert/strict';
import { widthClasses, WIDE, NARROW } from './width-classes.js';

test('the plots sit side by side from 600 px of content width', () => {
  assert.equal(widthClasses(WIDE - 0.5).wide, false);
  assert.equal(widthClasses(WIDE).wide, true);
  assert.equal(widthClasses(1080).wide, true);
});

test('the compact layout applies up to 480 px, inclusive', () => {
  assert.equal(widthClasses(NARROW).narrow, true);
  assert.equal(widthClasses(NARROW + 0.5).narrow, false);
  assert.deepEqual(widthClasses(280), { wide: false, narrow: true });
  assert.deepEqual(widthClasses(540), { wide: false, narrow: false });
});
