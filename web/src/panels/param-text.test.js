import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultText, sliderText, steppedText } from './param-text.js';

const leak = { id: 'leak', default: 0, defaultIsInt: true, step: 0.01 };
const alpha = { id: 'alpha', default: 1, defaultIsInt: false, step: 0.05 };

test('defaults keep their Python type', () => {
  assert.equal(defaultText(leak), '0');
  assert.equal(defaultText(alpha), '1.0');
  assert.equal(defaultText({ default: 0.1, defaultIsInt: false }), '0.1');
  assert.equal(defaultText({ default: 1e-8, defaultIsInt: false }), '1e-8');
});

test('the slider and the arrow keys keep a float a float', () => {
  assert.equal(sliderText('2', alpha), '2.0');
  assert.equal(sliderText('2', leak), '2');
  assert.equal(sliderText('0.35', alpha), '0.35');
  assert.equal(steppedText('1.0', 1, alpha), '1.05');
  assert.equal(steppedText('1.05', -1, alpha), '1.0');
  assert.equal(steppedText('0.1', 1, leak), '0.11');
  assert.equal(steppedText('\u22120.5', 1, leak), '-0.49');
  assert.equal(steppedText('abc', 1, leak), null);
});
