// "Copy as NumPy" round trip (issue 11): for every input of the golden corpus and every accepted
// entry of the hostile catalogue, the core's script (session.pythonScript()) run in Debian's
// NumPy prints exactly what the page shows: print(x), print(f(x)) and repr(f'(x)). The scripts
// run in one Python process (tests/wasm/run_scripts.py), as files and as notebook cells (which
// must print the same); a few also as real files, `python3 file.py`.
// Every catalogue function's script runs too, on a few vectors (values compared to 1e-7: NumPy's
// own exp/log may differ from the core's in the last digit; catalogue_numpy_snippets checks the
// formulas themselves, and the infinities, where the core returns the limit and a formula nan).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore, seedExamples } from './load-core.mjs';
import { hostileCatalogue } from '../hostile/catalogue.mjs';
import { CoreSession } from '../../web/src/core/session.js';

const module = await loadCore();
const goldens = JSON.parse(readFileSync(new URL('../golden/numpy_goldens.json', import.meta.url), 'utf8'));
const runner = fileURLToPath(new URL('./run_scripts.py', import.meta.url));
const catalogue = JSON.parse(module.catalogueJson());

function runScripts(scripts) {
  const r = spawnSync('/usr/bin/python3', [runner], { input: JSON.stringify(scripts), maxBuffer: 1 << 30, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  // Pasted into a notebook cell, a script prints exactly what it prints as a file.
  return JSON.parse(r.stdout).map(([asFile, asCell], i) => {
    if (asCell !== null) assert.equal(asCell, asFile, `as a notebook cell:\n${scripts[i].slice(-400)}`);
    return asFile;
  });
}

// One case: a function, its parameter texts, a test vector. Returns { script, expected } or null
// when the page shows an error for it.
function caseOf(session, fn, params, text) {
  session.setFunction(fn);
  for (const p of catalogue.find((f) => f.id === fn).params) session.resetParam(p.id);
  for (const [id, t] of Object.entries(params)) session.setParam(id, t);
  const r = session.setVector(text);
  if (r.error) return null;
  const { x, fx, dfx } = r.transcript;
  return { fn, params, text, script: session.pythonScript(), expected: `${x}\n${fx}\n${dfx}\n` };
}

test('golden and hostile corpora: the script prints what the page shows, byte for byte', () => {
  const session = new CoreSession(module);
  const cases = [];
  for (const c of goldens.cases) {
    cases.push(caseOf(session, 'relu', {}, c.input));
    for (const { leak } of c.relu ?? []) cases.push(caseOf(session, 'leaky_relu', { leak }, c.input));
  }
  let hostile = 0;
  for (const entry of hostileCatalogue()) {
    if (!entry.ok) continue;
    hostile++;
    cases.push(caseOf(session, 'relu', {}, entry.text));
    // The megabyte ones once: each takes NumPy seconds to compile.
    if (entry.text.length < 100_000) cases.push(caseOf(session, 'leaky_relu', { leak: '0.1' }, entry.text));
  }
  session.dispose();
  const runnable = cases.filter(Boolean);
  assert.equal(runnable.length, cases.length, 'every accepted input evaluates');
  const printed = runScripts(runnable.map((c) => c.script));
  let mismatches = 0;
  runnable.forEach((c, i) => {
    if (printed[i] === c.expected) return;
    mismatches++;
    if (mismatches <= 10) {
      assert.fail(`${c.fn}(${JSON.stringify(c.params)}) on ${JSON.stringify(c.text.slice(0, 200))}\n` +
        `script:\n${c.script.slice(-600)}\nNumPy printed:\n${printed[i].slice(0, 600)}\nthe page shows:\n${c.expected.slice(0, 600)}`);
    }
  });
  assert.equal(mismatches, 0);
  assert.ok(hostile > 50 && runnable.length > 4000, `${runnable.length} scripts (${hostile} hostile inputs)`);
});

// The numbers in a NumPy printout, and what is left when they are taken out.
function numbersOf(text) {
  const re = /-?(?:nan|inf|(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)/g;
  return { numbers: (text.match(re) ?? []).map(Number), skeleton: text.replace(re, '#').replace(/\s+/g, '') };
}

function close(a, b) {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= 1e-7 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

test('every catalogue function: its script runs and prints the page\'s outputs', () => {
  const vectors = [...seedExamples.map((c) => c.x), '0.2 -1.5', '5', 'np.asarray([1, -2])', '[0.0, -0.0, 3.5, -7]', '[[1, 2], [3, 4]]'];
  const session = new CoreSession(module);
  const cases = [];
  for (const fn of catalogue) {
    const params = Object.fromEntries(fn.params.map((p) => [p.id, String(p.min + (p.max - p.min) / 3)]));
    for (const text of vectors) {
      cases.push(caseOf(session, fn.id, {}, text));
      if (fn.params.length) cases.push(caseOf(session, fn.id, params, text));
    }
  }
  session.dispose();
  const runnable = cases.filter(Boolean);
  const printed = runScripts(runnable.map((c) => c.script));
  runnable.forEach((c, i) => {
    const where = `${c.fn}(${JSON.stringify(c.params)}) on ${c.text}:\nNumPy printed:\n${printed[i]}\nthe page shows:\n${c.expected}`;
    assert.doesNotMatch(printed[i], /^EXCEPTION/, where);
    const got = printed[i].split('\n');
    const want = c.expected.split('\n');
    assert.equal(got[0], want[0], where);  // print(x): exact
    // On a 0-d x (`5`) NumPy's ufuncs give a scalar, whose repr is 0.25, not array(0.25); the
    // snippets that end in np.where give a 0-d array. The page follows each (the skeleton says).
    const a = numbersOf(got.join('\n'));
    const b = numbersOf(want.join('\n'));
    assert.equal(a.skeleton, b.skeleton, where);
    assert.equal(a.numbers.length, b.numbers.length, where);
    a.numbers.forEach((v, k) => assert.ok(close(v, b.numbers[k]), `${where}\nnumber ${k}: ${v} vs ${b.numbers[k]}`));
  });
  assert.ok(runnable.length > 300, `${runnable.length} scripts`);
});

test('run as a file, the script prints all three outputs too', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'copy-as-numpy-'));
  try {
    const session = new CoreSession(module);
    const inputs = [['relu', {}, '[[0.2], [0.5], [1.2], [-2.3], [0]]'], ['leaky_relu', { leak: '.1' }, '0.2 -1.5'],
      ['leaky_relu', { leak: '0' }, '1 -2 3'], ['relu', {}, '[1, 2]  # my numbers'], ['relu', {}, 'np.asarray([1, -2])'],
      ['relu', {}, 'infinity, -inf, nan'], ['relu', {}, '1,\u00a0\u22122'], ['relu', {}, '5'], ['softmax', {}, '[1, 2, 3]']];
    for (const [fn, params, text] of inputs) {
      const c = caseOf(session, fn, params, text);
      const file = path.join(dir, 'snippet.py');
      writeFileSync(file, c.script);
      const r = spawnSync('/usr/bin/python3', [file], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, c.expected, `${fn} on ${text}`);
    }
    session.dispose();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
