import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caretExcerpt } from './caret.js';

test('the caret sits under the column, on the line that holds it', () => {
  assert.equal(caretExcerpt('[[1], [2]', 10), '[[1], [2]\n         ^');
  assert.equal(caretExcerpt('[1,\n 2x]', 7), ' 2x]\n  ^');
  assert.equal(caretExcerpt('[1, 2]', 0), null);
});

test('columns count code points; long lines are cut around the spot', () => {
  assert.equal(caretExcerpt('[\u{1F600}, x]', 5), '[\u{1F600}, x]\n    ^');
  const long = `[${'1, '.repeat(100)}x]`;
  const excerpt = caretExcerpt(long, 302);
  const [line, caret] = excerpt.split('\n');
  assert.equal(line.length, 42);
  assert.equal(caret.indexOf('^'), 40);
  assert.equal(line[40], 'x');
});
