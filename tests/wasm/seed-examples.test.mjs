// The tutorial's three examples through Embind, byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCore, OneShotSession, seedExamples } from './load-core.mjs';

const core = await loadCore();

for (const example of seedExamples) {
  test(`${example.name}: ${example.fn}(${example.x})`, () => {
    const widget = new OneShotSession(core);
    assert.equal(widget.evaluate(example.fn, example.params, example.x), true, widget.errorMessage());
    assert.equal(widget.xText(), example.print_x);
    assert.equal(widget.fxText(), example.print_fx);
    assert.equal(widget.dfxText(), example.repr_dfx);
    widget.delete();
  });
}
