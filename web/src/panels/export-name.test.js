import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportName } from './export-name.js';

const leaky = { id: 'leaky_relu', params: [{ id: 'leak', default: 0.01 }] };

test('exportName: the function and its parameters, typed or default', () => {
  assert.equal(exportName(leaky, { leak: '0.1' }, 'svg'), 'leaky_relu-leak-0.1.svg');
  assert.equal(exportName(leaky, {}, 'png'), 'leaky_relu-leak-0.01.png');
  assert.equal(exportName({ id: 'relu', params: [] }, {}, 'png'), 'relu.png');
  assert.equal(exportName({ id: 'elu', params: [{ id: 'alpha', default: 1 }] }, { alpha: '-1e-3' }, 'svg'), 'elu-alpha--1e-3.svg');
});

test('exportName: characters a file system refuses become _', () => {
  assert.equal(exportName(leaky, { leak: '1/2 "x"' }, 'svg'), 'leaky_relu-leak-1_2__x_.svg');
  assert.equal(exportName(leaky, { leak: '\u22120.5' }, 'svg'), 'leaky_relu-leak-_0.5.svg');
});
