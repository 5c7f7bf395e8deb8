// What the page relies on from the Embind layer: the catalogue, errors, and arrays that
// arrive as views over WASM memory rather than element by element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCore } from './load-core.mjs';

const core = await loadCore();

test('the catalogue offers the tutorial functions with the Leak parameter', () => {
  const catalogue = JSON.parse(core.catalogueJson());
  const ids = catalogue.map((fn) => fn.id);
  assert.ok(ids.includes('relu'));
  const leaky = catalogue.find((fn) => fn.id === 'leaky_relu');
  assert.deepEqual(leaky.params.map((p) => p.label), ['Leak']);
  assert.equal(leaky.params[0].id, 'leak');
  assert.match(leaky.numpy, /np\.where\(x <= 0, leak \* x, x\)/);
});

test('curves arrive as Float64Array views over WASM memory', () => {
  const widget = new core.Widget();
  assert.equal(widget.sample('leaky_relu', { leak: '0.1' }, -2, 2, 5), true);
  const xs = widget.curveX();
  const ys = widget.curveY();
  const dys = widget.curveDY();
  assert.ok(xs instanceof Float64Array);
  assert.equal(xs.buffer, core.HEAPF64.buffer, 'a view, not a copy');
  assert.deepEqual(Array.from(xs), [-2, -1, 0, 1, 2]);
  assert.deepEqual(Array.from(ys), [-0.2, -0.1, 0, 1, 2]);
  assert.deepEqual(Array.from(dys), [0.1, 0.1, 0.1, 1, 1]);
  widget.delete();
});

test('evaluated values are views too, with the x <= 0 convention', () => {
  const widget = new core.Widget();
  assert.equal(widget.evaluate('relu', {}, '[-1, 0, 2]'), true);
  assert.deepEqual(Array.from(widget.xValues()), [-1, 0, 2]);
  assert.deepEqual(Array.from(widget.fxValues()), [0, 0, 2]);
  assert.deepEqual(Array.from(widget.dfxValues()), [0, 0, 1]);
  widget.delete();
});

test('a bad test vector reports the field and a 1-based column', () => {
  const widget = new core.Widget();
  assert.equal(widget.evaluate('relu', {}, '[[1], [2]'), false);
  assert.equal(widget.errorField(), 'x');
  assert.ok(widget.errorColumn() >= 1);
  assert.match(widget.errorMessage(), /^column \d+: /);
  widget.delete();
});

test('a bad parameter names its control and leaves no partial result', () => {
  const widget = new core.Widget();
  assert.equal(widget.evaluate('leaky_relu', { leak: 'abc' }, '[1]'), false);
  assert.equal(widget.errorField(), 'leak');
  assert.match(widget.errorMessage(), /^Leak: /);
  assert.equal(widget.sample('leaky_relu', { leak: 'abc' }, -1, 1, 3), false);
  assert.match(widget.errorMessage(), /^Leak: /);
  widget.delete();
});

test('an unknown activation is an error, not a crash', () => {
  const widget = new core.Widget();
  assert.equal(widget.evaluate('no_such_fn', {}, '[1]'), false);
  assert.equal(widget.errorField(), 'fn');
  assert.equal(widget.sample('no_such_fn', {}, -1, 1, 3), false);
  widget.delete();
});

test('a leak typed as int keeps relu_dash an int array, as NumPy does', () => {
  const widget = new core.Widget();
  widget.evaluate('leaky_relu', { leak: '0' }, '[-1.5, 2.0]');
  assert.equal(widget.dfxText(), 'array([0, 1])');
  widget.evaluate('leaky_relu', { leak: '0.0' }, '[-1.5, 2.0]');
  assert.equal(widget.dfxText(), 'array([0., 1.])');
  widget.delete();
});
