import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readNumber } from './number.js';

test('readNumber reads Python float literals, the Unicode minus included', () => {
  assert.equal(readNumber('0.1'), 0.1);
  assert.equal(readNumber(' -5 '), -5);
  assert.equal(readNumber('\u22122.5'), -2.5);
  assert.equal(readNumber('.5'), 0.5);
  assert.equal(readNumber('5.'), 5);
  assert.equal(readNumber('1e3'), 1000);
  assert.equal(readNumber('+2E-2'), 0.02);
  assert.equal(readNumber('1_000'), 1000);
});

test('readNumber refuses what Number() would take but Python would not, and non-finite values', () => {
  for (const text of ['', ' ', '0x10', '0b1', 'Infinity', 'inf', 'nan', '1e400', '1,5', '--1', '1_', '_1', '.', 'e5', '1e']) {
    assert.equal(readNumber(text), null, JSON.stringify(text));
  }
});
