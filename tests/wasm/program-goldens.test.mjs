// The committed program corpus (tests/program/program_goldens.json, NumPy 1.24's prints of
// 1,800 programs, from tests/program/make_program_goldens.py) through the WASM module's Session,
// as the page reads a typed program: the same bytes the native suite checks
// (cpp/numpy/program/program_golden_test.cpp). Every comparison is byte for byte: the corpus
// holds the ReLU family only, which the native check also requires exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadCore } from './load-core.mjs';

const core = await loadCore();
const corpus = JSON.parse(readFileSync(new URL('../program/program_goldens.json', import.meta.url), 'utf8'));

// What the reader refuses by design, as the native check skips it: int8 results, big ints.
const byDesign = (message) => /gives int8|big integers are not supported/.test(message);

test(`all ${corpus.cases.length} golden programs read by the WASM Session print as NumPy does`, () => {
  const session = new core.Session();
  session.setSeed('0');  // the native check's default seed (every corpus program seeds itself)
  const mismatches = [];
  let checked = 0;
  let refused = 0;
  const check = (what, program, actual, expected) => {
    if (actual !== expected && mismatches.length < 20) mismatches.push({ what, program, actual, expected });
  };
  for (const c of corpus.cases) {
    const ok = session.setVector(c.program);
    if (!ok && byDesign(session.errors().map((e) => e.message).join(' '))) {
      refused++;
      continue;
    }
    checked++;
    check('read', c.program, ok, true);
    if (!ok) continue;
    check('choice', c.program, session.programChoice()?.fn ?? null, c.choice);
    check('print(x)', c.program, session.xText(), c.str);
    const printed = core.numpyPrint(c.program);
    check('repr(x)', c.program, printed.repr, c.repr);
    session.setFunction('leaky_relu');  // relu(x, leak = L) of the tutorial
    for (const r of c.relu) {
      session.setParam('leak', r.leak);
      check(`leak ${r.leak}: str(relu(x))`, c.program, session.fxText(), r.str);
      check(`leak ${r.leak}: repr(relu_dash(x))`, c.program, session.dfxText(), r.dash_repr);
    }
  }
  session.delete();
  assert.deepEqual(mismatches, []);
  assert.ok(checked >= 1500, `${checked} programs checked`);
  assert.ok(refused * 20 <= checked + 20, `${refused} refused by design`);
});

test(`the ${corpus.errors.length} programs NumPy refuses are refused, with a message`, () => {
  const session = new core.Session();
  const accepted = corpus.errors.filter(({ program }) => {
    const ok = session.setVector(program);
    const error = session.errors().find((e) => e.field === 'x');
    return ok || !error?.message;
  });
  session.delete();
  assert.deepEqual(accepted, []);
});
