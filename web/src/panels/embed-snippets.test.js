import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedSnippets } from './embed-snippets.js';
import { DEFAULTS } from '../state/url-state.js';

const base = new URL('https://example.org/widget/');

test('the script tag carries the state as attributes, escaped', () => {
  const { script } = embedSnippets({ fn: 'leaky_relu', params: { leak: '0.1' }, x: '[1, "2"]', compare: ['relu'], xmin: -3, xmax: 3 }, base);
  assert.equal(script, '<script type="module" src="https://example.org/widget/activation-widget.js"></script>\n' +
    '<activation-widget fn="leaky_relu" leak="0.1" x="[1, &quot;2&quot;]" compare="relu" xmin="-3" xmax="3"></activation-widget>');
});

test('the iframe points at the single file with the same state; defaults left out', () => {
  const { iframe } = embedSnippets({ fn: 'relu', params: {}, x: DEFAULTS.x, compare: null, xmin: -5, xmax: 5 }, base);
  assert.match(iframe, /^<iframe src="https:\/\/example.org\/widget\/activation-widget.html\?fn=relu" /);
});
