import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initialState, compared, selectFunction, applyAttributes, seriesLabel, linkState, publicState, validCompare, setCompareParam, comparedParams } from './widget-state.js';
import { DEFAULTS } from './url-state.js';

const catalogue = [
  { id: 'relu', name: 'ReLU', params: [] },
  { id: 'leaky_relu', name: 'Leaky ReLU', params: [{ id: 'leak', default: 0.1 }] },
  { id: 'elu', name: 'ELU', params: [{ id: 'alpha', default: 1 }] },
  { id: 'sigmoid', name: 'Sigmoid', params: [] },
];
const byId = new Map(catalogue.map((f) => [f.id, f]));
const empty = { fn: null, x: null, compare: null, xmin: null, xmax: null, params: {} };

test('initialState: the URL wins over the attributes; unknown functions and bad ranges are noticed', () => {
  const { state, notice } = initialState(
    { ...empty, fn: 'elu', params: { alpha: '2', leak: '0.3' }, xmin: '-2', xmax: '2' },
    { ...empty, fn: 'leaky_relu', params: { leak: '0.5' } }, byId);
  assert.deepEqual(state, { fn: 'leaky_relu', params: { leak: '0.5' }, x: DEFAULTS.x, compare: null, compareParams: {}, xmin: -2, xmax: 2, ymin: null, ymax: null });
  assert.equal(notice, '');
  const y = initialState({ ...empty, ymin: '-1', ymax: '3' }, {}, byId);
  assert.deepEqual([y.state.ymin, y.state.ymax], [-1, 3]);
  assert.match(initialState({ ...empty, ymin: '3', ymax: '1' }, {}, byId).notice, /y to.*automatic y range/);
  const bad = initialState({ ...empty, fn: 'nope', xmin: '3', xmax: '1' }, {}, byId);
  assert.equal(bad.state.fn, 'relu');
  assert.deepEqual([bad.state.xmin, bad.state.xmax], [DEFAULTS.xmin, DEFAULTS.xmax]);
  assert.match(bad.notice, /unknown function 'nope'.*x to/);
});

test('compare: the tutorial pair by default; an explicit list is checked and capped', () => {
  const s = { fn: 'relu', compare: null };
  assert.deepEqual(compared(s), ['leaky_relu']);
  assert.deepEqual(compared({ fn: 'sigmoid', compare: null }), []);
  assert.deepEqual(validCompare(['sigmoid', 'sigmoid', 'nope', 'relu', 'elu'], 'relu', byId), ['sigmoid', 'elu']);
  assert.equal(validCompare(null, 'relu', byId), null);
});

test('selectFunction keeps only the new function\'s parameters and drops it from compare', () => {
  const s = { fn: 'leaky_relu', params: { leak: '0.2' }, compare: ['elu', 'sigmoid'], x: '1', xmin: -5, xmax: 5 };
  assert.deepEqual(selectFunction(s, 'elu', byId), { ...s, fn: 'elu', params: {}, compare: ['sigmoid'] });
});

test('applyAttributes: fn first, then its parameters from the attributes', () => {
  const s = { fn: 'relu', params: {}, compare: null, x: '1', xmin: -5, xmax: 5 };
  const attrs = { fn: 'leaky_relu', leak: '0.3', xmin: '-1', xmax: '1', x: '[2]' };
  const read = (n) => attrs[n] ?? null;
  const { state, changed } = applyAttributes(s, ['leak', 'xmin', 'fn', 'x'], read, () => ({ leak: attrs.leak }), byId);
  assert.deepEqual(state, { fn: 'leaky_relu', params: { leak: '0.3' }, compare: null, x: '[2]', xmin: -1, xmax: 1 });
  assert.equal(changed.fn && changed.x && changed.range && changed.params, true);
  const removed = applyAttributes(state, ['leak'], () => null, () => ({}), byId);
  assert.deepEqual(removed.state.params, {});
  const unknown = applyAttributes(state, ['fn'], () => 'nope', () => ({}), byId);
  assert.equal(unknown.state.fn, 'leaky_relu');
});

test('labels and the state as the page shows it', () => {
  assert.equal(seriesLabel(byId.get('leaky_relu'), {}), 'Leaky ReLU (leak = 0.1)');
  assert.equal(seriesLabel(byId.get('leaky_relu'), { leak: '0.25' }), 'Leaky ReLU (leak = 0.25)');
  assert.equal(seriesLabel(byId.get('relu'), {}), 'ReLU');
  const s = { fn: 'relu', params: {}, compare: null, x: '1', xmin: -5, xmax: 5 };
  assert.equal(linkState(s).compare, null);
  assert.deepEqual(publicState(s).compare, ['leaky_relu']);
});

test('compared functions keep their own parameters, alongside the list of ids', () => {
  const fromUrl = { ...empty, fn: 'relu', compare: ['elu', 'leaky_relu', 'nope'], compareParams: { elu: { alpha: '0.5', leak: '9' }, nope: { a: '1' }, sigmoid: { b: '2' } } };
  const attrs = { ...empty, compare: ['sigmoid'], compareParams: { sigmoid: {} } };
  const { state } = initialState(attrs, fromUrl, byId);
  assert.deepEqual([state.compare, state.compareParams], [['elu', 'leaky_relu'], { elu: { alpha: '0.5' } }]);
  // Attributes give them when the URL has no compare list.
  const fromAttributes = initialState({ ...empty, compare: ['elu'], compareParams: { elu: { alpha: '2' } } }, {}, byId).state;
  assert.deepEqual(fromAttributes.compareParams, { elu: { alpha: '2' } });
  assert.deepEqual(publicState(state), {
    fn: 'relu', params: {}, x: DEFAULTS.x, compare: ['elu', 'leaky_relu'], xmin: -5, xmax: 5, compareParams: { elu: { alpha: '0.5' } },
  });
  assert.equal('compareParams' in publicState(fromAttributes), true);
  assert.equal('compareParams' in publicState({ ...state, compareParams: {} }), false, 'no new field without parameters: 0.1.0\'s shape');
});

test('setCompareParam: the default pair becomes an explicit list, so the link keeps the parameter', () => {
  const s = { fn: 'relu', params: {}, compare: null, compareParams: {}, x: '1', xmin: -5, xmax: 5 };
  const next = setCompareParam(s, 'leaky_relu', 'leak', '0.3', byId);
  assert.deepEqual([next.compare, next.compareParams], [['leaky_relu'], { leaky_relu: { leak: '0.3' } }]);
  assert.deepEqual(linkState(next).compareParams, { leaky_relu: { leak: '0.3' } });
  // A function dropped from the list, or shown as the main one, leaves its parameters out.
  assert.deepEqual(comparedParams({ ...next, compare: [] }), {});
  assert.deepEqual(comparedParams(selectFunction(next, 'leaky_relu', byId)), {});
  const attrs = { compare: 'elu:alpha=0.7,sigmoid:alpha=1' };
  const applied = applyAttributes(next, ['compare'], (n) => attrs[n] ?? null, () => ({}), byId).state;
  assert.deepEqual([applied.compare, applied.compareParams], [['elu', 'sigmoid'], { elu: { alpha: '0.7' } }]);
});
