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
  const session = new core.Session();
  session.setFunction('leaky_relu');
  session.setParam('leak', '0.1');
  const { x, y, segments, jumps } = session.curve(0, -2, 2, -0.5, 2.5, 400, 300);
  assert.ok(x instanceof Float64Array);
  assert.equal(x.buffer, core.HEAPF64.buffer, 'a view, not a copy');
  assert.ok(segments instanceof Uint32Array);
  assert.deepEqual(Array.from(x), [-2, 0, 2], 'the ends and the kink');
  assert.deepEqual(Array.from(y), [-0.2, 0, 2]);
  assert.deepEqual(Array.from(jumps), []);
  const df = session.curve(1, -2, 2, -0.1, 1.1, 400, 300);
  assert.deepEqual(Array.from(df.jumps), [0, 0.1, 0.1, 1], "f' jumps at 0: left limit, value taken, right limit");
  session.delete();
});

test('evaluated values are views too, with the x <= 0 convention', () => {
  const session = new core.Session();
  assert.equal(session.setVector('[-1, 0, 2]'), true);
  assert.equal(session.xValues().buffer, core.HEAPF64.buffer, 'a view, not a copy');
  assert.deepEqual(Array.from(session.xValues()), [-1, 0, 2]);
  assert.deepEqual(Array.from(session.fxValues()), [0, 0, 2]);
  assert.deepEqual(Array.from(session.dfxValues()), [0, 0, 1]);
  session.delete();
});

test('a bad test vector reports the field and a 1-based column', () => {
  const session = new core.Session();
  assert.equal(session.setVector('[[1], [2]'), false);
  const [error] = session.errors();
  assert.equal(error.field, 'x');
  assert.ok(error.column >= 1);
  assert.match(error.message, /^column \d+: /);
  assert.equal(session.evaluated(), false);
  session.delete();
});

test('a bad parameter names its control; the last good value stays in use', () => {
  const session = new core.Session();
  session.setFunction('leaky_relu');
  session.setVector('[-1]');
  assert.equal(session.setParam('leak', 'abc'), false);
  const [error] = session.errors();
  assert.equal(error.field, 'leak');
  assert.match(error.message, /^Leak: /);
  assert.equal(session.fxText(), '[-0.1]', 'the default leak');
  session.delete();
});

test('an unknown activation is an error, not a crash', () => {
  const session = new core.Session();
  assert.equal(session.setFunction('no_such_fn'), false);
  assert.equal(session.errors()[0].field, 'fn');
  session.delete();
});

test('a leak typed as int keeps relu_dash an int array, as NumPy does', () => {
  const session = new core.Session();
  session.setFunction('leaky_relu');
  session.setVector('[-1.5, 2.0]');
  session.setParam('leak', '0');
  assert.equal(session.dfxText(), 'array([0, 1])');
  session.setParam('leak', '0.0');
  assert.equal(session.dfxText(), 'array([0., 1.])');
  session.delete();
});
