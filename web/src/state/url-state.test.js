import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULTS, MAX_LINK_X, readState, searchSource, stateEntries, stateToSearch, isStateAttribute, defaultCompare, parseCompare, compareText } from './url-state.js';

test('readState: the known keys, every other key a parameter as typed', () => {
  const s = readState(searchSource('?fn=leaky_relu&leak=0.10&x=[[-0.5],[0]]&compare=sigmoid, tanh,&xmin=-3'));
  assert.deepEqual(s, { fn: 'leaky_relu', x: '[[-0.5],[0]]', compare: ['sigmoid', 'tanh'], compareParams: {}, xmin: '-3', xmax: null, ymin: null, ymax: null, params: { leak: '0.10' } });
  assert.equal(readState(searchSource('')).compare, null);
  assert.deepEqual(readState(searchSource('?compare=')).compare, []);
});

test('stateToSearch: readable brackets, defaults left out, a long vector left out', () => {
  const state = { fn: 'leaky_relu', params: { leak: '0.1' }, x: '[[-0.5],[0]]', compare: null, xmin: -5, xmax: 5 };
  assert.equal(stateToSearch(state), '?fn=leaky_relu&leak=0.1&x=[[-0.5],[0]]');
  assert.equal(stateToSearch({ ...state, x: DEFAULTS.x }), '?fn=leaky_relu&leak=0.1');
  assert.equal(stateToSearch({ ...state, x: '1'.repeat(MAX_LINK_X + 1) }), '?fn=leaky_relu&leak=0.1');
  assert.equal(stateToSearch({ ...state, compare: ['sigmoid', 'tanh'], xmin: -3, xmax: 3 }),
    '?fn=leaky_relu&leak=0.1&x=[[-0.5],[0]]&compare=sigmoid,tanh&xmin=-3&xmax=3');
  assert.equal(stateToSearch({ ...state, compare: [] }), '?fn=leaky_relu&leak=0.1&x=[[-0.5],[0]]&compare=');
});

test('what stateToSearch writes, readState reads back', () => {
  const state = { fn: 'elu', params: { alpha: '1.0' }, x: '[1, \u22122, nan]', compare: ['relu'], xmin: -2.5, xmax: 7.5 };
  const back = readState(searchSource(stateToSearch(state)));
  assert.deepEqual(back, { fn: 'elu', params: { alpha: '1.0' }, x: state.x, compare: ['relu'], compareParams: {}, xmin: '-2.5', xmax: '7.5', ymin: null, ymax: null });
  const y = readState(searchSource(stateToSearch({ ...state, ymin: -0.5, ymax: 2 })));
  assert.deepEqual([y.ymin, y.ymax], ['-0.5', '2']);
  assert.deepEqual(stateEntries({ ...state, x: undefined }).map(([k]) => k), ['fn', 'alpha', 'compare', 'xmin', 'xmax']);
});

test('host attributes are not state', () => {
  for (const name of ['sync-url', 'theme', 'class', 'data-ready', 'aria-label', 'page']) assert.equal(isStateAttribute(name), false, name);
  for (const name of ['fn', 'leak', 'x', 'compare']) assert.equal(isStateAttribute(name), true, name);
  assert.deepEqual(defaultCompare('relu'), ['leaky_relu']);
  assert.deepEqual(defaultCompare('tanh'), []);
});

test('compare: ids, each with its own parameters after colons; old lists read as before', () => {
  assert.deepEqual(parseCompare('relu,elu'), { ids: ['relu', 'elu'], params: {} });
  assert.deepEqual(parseCompare(' relu , elu:alpha=0.5,hard_tanh:min_val=-2.0:max_val= 1 ,'),
    { ids: ['relu', 'elu', 'hard_tanh'], params: { elu: { alpha: '0.5' }, hard_tanh: { min_val: '-2.0', max_val: ' 1 ' } } });
  assert.deepEqual(parseCompare('elu:alpha:=3:beta=,'), { ids: ['elu'], params: { elu: { beta: '' } } }, 'pieces without a name are ignored');
  assert.deepEqual(parseCompare(null), { ids: null, params: {} });
  assert.deepEqual(parseCompare(''), { ids: [], params: {} });
  assert.equal(compareText(['relu', 'elu'], { elu: { alpha: '0.5' } }), 'relu,elu:alpha=0.5');
  assert.equal(compareText(['relu', 'elu']), 'relu,elu');
  // Whatever a reader types survives: the separators inside a value are escaped.
  const odd = { elu: { alpha: '0,5:a=b%3A' } };
  assert.equal(compareText(['elu'], odd), 'elu:alpha=0%2C5%3Aa%3Db%253A');
  assert.deepEqual(parseCompare(compareText(['elu'], odd)).params, odd);
});

test('compare parameters in a URL: readable, and read back', () => {
  const state = { fn: 'relu', params: {}, x: DEFAULTS.x, compare: ['leaky_relu', 'elu'], compareParams: { elu: { alpha: '0.5' } }, xmin: -5, xmax: 5 };
  const search = stateToSearch(state);
  assert.equal(search, '?fn=relu&compare=leaky_relu,elu:alpha=0.5');
  const back = readState(searchSource(search));
  assert.deepEqual([back.compare, back.compareParams], [state.compare, state.compareParams]);
  const odd = stateToSearch({ ...state, compareParams: { elu: { alpha: '1&x=2' } }, x: 'x = np.arange(3)[1:]' });
  assert.equal(readState(searchSource(odd)).compareParams.elu.alpha, '1&x=2');
  assert.equal(readState(searchSource(odd)).x, 'x = np.arange(3)[1:]');
  assert.ok(odd.includes('&x=x+%3D+np.arange%283%29[1%3A]&'), `other values are encoded as before: ${odd}`);
});
