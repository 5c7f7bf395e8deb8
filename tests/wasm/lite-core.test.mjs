// The page's two binaries (issue 13, issue 11): activations.wasm, fetched at load, has no
// program reader; activations-programs.wasm is the whole core. One glue drives both. The lite
// core reads every literal the tests type exactly as the full one does (the NumPy goldens, the
// tutorial's examples, the hostile catalogue's literals), and refuses nothing: a text that is not
// a plain literal (every golden program, every program the full core refuses) gets no message
// and no output from it, only needsWorker(), which sends it to the full core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCore, seedExamples } from './load-core.mjs';
import { hostileCatalogue } from '../hostile/catalogue.mjs';

const lite = await loadCore({ lite: true });
const full = await loadCore();
const goldens = JSON.parse(readFileSync(new URL('../golden/numpy_goldens.json', import.meta.url), 'utf8'));
const programs = JSON.parse(readFileSync(new URL('../program/program_goldens.json', import.meta.url), 'utf8'));
const wasmDir = process.env.ACT_WASM_DIR ?? fileURLToPath(new URL('../../build/wasm/', import.meta.url));

// What a Session shows for a text: outputs, messages, and whether it wants the full core.
function read(core, fn, text) {
  const s = new core.Session();
  s.setFunction(fn);
  s.setSeed('1');
  s.setVector(text);
  const seen = {
    needsWorker: s.needsWorker(), evaluated: s.evaluated(), x: s.xText(), fx: s.fxText(), dfx: s.dfxText(),
    errors: s.errors().map((e) => `${e.field} ${e.column} ${e.message}`), script: s.pythonScript(),
  };
  s.delete();
  return seen;
}

test('one glue drives both binaries: the two glues Emscripten wrote differ only in the .wasm file name', () => {
  const liteGlue = readFileSync(`${wasmDir}activations.mjs`, 'utf8');
  const fullGlue = readFileSync(`${wasmDir}activations-programs.mjs`, 'utf8');
  assert.equal(fullGlue.replaceAll('activations-programs.wasm', 'activations.wasm'), liteGlue);
  const imports = (bytes) => WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((i) => `${i.module}.${i.name} ${i.kind}`);
  const exports = (bytes) => WebAssembly.Module.exports(new WebAssembly.Module(bytes)).map((e) => `${e.name} ${e.kind}`);
  const liteBytes = readFileSync(`${wasmDir}activations.wasm`);
  const fullBytes = readFileSync(`${wasmDir}activations-programs.wasm`);
  assert.deepEqual(exports(liteBytes), exports(fullBytes), 'the same exports, by the same (minified) names');
  const fullImports = new Set(imports(fullBytes));
  for (const i of imports(liteBytes)) assert.ok(fullImports.has(i), `the glue provides the lite core's import ${i}`);
  assert.ok(liteBytes.length < fullBytes.length * 0.8, `the lite core is smaller: ${liteBytes.length} vs ${fullBytes.length} B`);
});

test(`every literal of the NumPy goldens (${goldens.cases.length}) and the tutorial's examples: the lite core reads it as the full one does`, () => {
  const texts = [...goldens.cases.map((c) => ['relu', c.input]), ...seedExamples.map((e) => [e.fn, e.x])];
  let differ = 0;
  for (const [fn, text] of texts) {
    const a = read(lite, fn, text);
    const b = read(full, fn, text);
    assert.equal(a.needsWorker, false, `a literal needs no program reader: ${text}`);
    if (JSON.stringify(a) !== JSON.stringify(b) && differ++ < 5) assert.deepEqual(a, b, text);
  }
  assert.equal(differ, 0);
});

test('the hostile catalogue: the lite core answers as the full one, or hands the text over without a word', () => {
  let handedOver = 0;
  let same = 0;
  for (const entry of hostileCatalogue()) {
    if (entry.text.length > 20000) continue;  // long texts go to the worker (the full core) anyway
    const a = read(lite, 'relu', entry.text);
    if (a.needsWorker) {
      handedOver++;
      assert.deepEqual([a.evaluated, a.x, a.errors], [false, '', []], `no output and no message of its own: ${entry.id}`);
      continue;
    }
    assert.deepEqual(a, read(full, 'relu', entry.text), entry.id);
    same++;
  }
  assert.ok(handedOver > 0 && same > 0, `${same} read alike, ${handedOver} handed over`);
});

test('a literal typed unfinished or wrong is answered by the lite core itself, with the full core\'s message', () => {
  for (const text of ['[[1, 2], [3', '[1, 2,, 3]', '[-1.5, nan, -', '((1, 2), (3, 4)', '[1, 2]]', '[1 2 3', '[]]']) {
    const a = read(lite, 'relu', text);
    assert.equal(a.needsWorker, false, `no program reader needed: ${text}`);
    assert.equal(a.errors.length, 1, text);
    assert.deepEqual(a, read(full, 'relu', text), text);
  }
  // A program's tokens (a call, an index, arithmetic, a second statement, True) still go over.
  for (const text of ['np.pi * 2', '[1, 2][0]', '[1] + [2', 'x = [1\n', '[True, False', '1\n2 +']) {
    assert.equal(read(lite, 'relu', text).needsWorker, true, text);
  }
});

test(`every golden program (${programs.cases.length}) and every refused one: the lite core says it needs the program reader (or, a plain literal, reads it as the full core does)`, () => {
  const texts = [...programs.cases.map((c) => c.program), ...programs.errors.map((e) => e.program)];
  const s = new lite.Session();
  s.setFunction('leaky_relu');
  let literals = 0;
  for (const text of texts) {
    s.setVector(text);
    if (!s.needsWorker()) {  // np.array([3., 7.25]): a literal the corpus also holds
      literals++;
      assert.deepEqual(read(lite, 'leaky_relu', text), read(full, 'leaky_relu', text), text);
      continue;
    }
    assert.equal(s.evaluated(), false, text);
    assert.deepEqual(s.errors(), [], `no message from the lite core: ${text}`);
    assert.equal(s.programChoice(), null, text);
    assert.equal(s.drawnSeed(), '', text);
  }
  assert.ok(literals < texts.length / 10, `${literals} of ${texts.length} are plain literals`);
  // The tutorial's cell: the full core reads it and chooses Leaky ReLU, leak 0.1.
  const cell = 'x = np.array([[-1.0], [2.0]])\nrelu(x, leak = .1)';
  s.setVector(cell);
  assert.equal(s.needsWorker(), true);
  const f = new full.Session();
  f.setVector(cell);
  assert.equal(f.needsWorker(), false);
  assert.deepEqual(f.programChoice(), { fn: 'leaky_relu', params: [['leak', '.1']] });
  s.delete();
  f.delete();
});
