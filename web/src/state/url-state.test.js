import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULTS, MAX_LINK_X, readState, searchSource, stateEntries, stateToSearch, isStateAttribute, defaultCompare } from './url-state.js';

test('readState: the known keys, every other key a parameter as typed', () => {
  const s = readState(searchSource('?fn=leaky_relu&leak=0.10&x=[[-0.5],[0]]&compare=sigmoid, tanh,&xmin=-3'));
  assert.deepEqual(s, { fn: 'leaky_relu', x: '[[-0.5],[0]]', compare: ['sigmoid', 'tanh'], xmin: '-3', xmax: null, ymin: null, ymax: null, params: { leak: '0.10' } });
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
  assert.deepEqual(back, { fn: 'elu', params: { alpha: '1.0' }, x: state.x, compare: ['relu'], xmin: '-2.5', xmax: '7.5', ymin: null, ymax: null });
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
