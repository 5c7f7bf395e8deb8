// The committed NumPy golden corpus (tests/golden/numpy_goldens.json, made by real NumPy)
// through the WASM module: the same bytes the native suite checks, as the page gets them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadCore, OneShotSession } from './load-core.mjs';

const core = await loadCore();
const corpus = JSON.parse(readFileSync(new URL('../golden/numpy_goldens.json', import.meta.url), 'utf8'));

test(`all ${corpus.cases.length} golden cases print as NumPy does: str, repr, relu, relu_dash`, () => {
  const widget = new OneShotSession(core);
  const mismatches = [];
  const check = (what, input, actual, expected) => {
    if (actual !== expected && mismatches.length < 20) mismatches.push({ what, input, actual, expected });
  };
  for (const c of corpus.cases) {
    const printed = core.numpyPrint(c.input);
    check('parse', c.input, printed.ok, true);
    check('str', c.input, printed.str, c.str);
    check('repr', c.input, printed.repr, c.repr);
    for (const r of c.relu) {
      const ok = widget.evaluate('leaky_relu', { leak: r.leak }, c.input);
      check(`leak ${r.leak}: evaluate`, c.input, ok, true);
      check(`leak ${r.leak}: relu str`, c.input, widget.fxText(), r.str);
      check(`leak ${r.leak}: relu_dash repr`, c.input, widget.dfxText(), r.dash_repr);
    }
  }
  widget.delete();
  assert.deepEqual(mismatches, []);
});

test(`all ${corpus.rejects.length} inputs NumPy refuses as ragged are refused with a column`, () => {
  const accepted = corpus.rejects.filter((input) => {
    const printed = core.numpyPrint(input);
    return printed.ok || !(printed.column >= 1) || !printed.message;
  });
  assert.deepEqual(accepted, []);
});
