// The hostile-input catalogue (tests/hostile/catalogue.mjs) through the WASM core, as the page
// calls it (a core Session: function, vector): every entry gives its clear message at its column, or the result
// NumPy gives for the same values (print(x), print(relu(x)) and repr(relu_dash(x)) checked against
// /usr/bin/python3's NumPy running the catalogue's snippet); nothing
// throws, every message is one short printable line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadCore, OneShotSession } from './load-core.mjs';
import { hostileCatalogue } from '../hostile/catalogue.mjs';

const core = await loadCore();
const catalogue = hostileCatalogue();
const numpyPrint = fileURLToPath(new URL('../hostile/numpy_print.py', import.meta.url));

// Characters a message must never carry: controls, and invisible or reordering format marks.
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- they are what it looks for
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff\ud800-\udfff]/u;

test(`the catalogue holds at least 150 hostile vectors (${catalogue.length})`, () => {
  assert.ok(catalogue.length >= 150);
  assert.equal(new Set(catalogue.map((e) => e.id)).size, catalogue.length, 'ids are unique');
  const counts = {};
  for (const e of catalogue) counts[e.category] = (counts[e.category] ?? 0) + 1;
  for (const category of ['malformed', 'enormous', 'nesting', 'control', 'rtl', 'payload', 'megabyte', 'million']) {
    assert.ok(counts[category] > 0, category);
  }
});

const accepted = [];
for (const entry of catalogue) {
  test(`core: ${entry.id}`, () => {
    const widget = new OneShotSession(core);
    try {
      const started = performance.now();
      const ok = widget.evaluate('relu', {}, entry.text);
      const ms = performance.now() - started;
      // A guard against hangs only (a million numbers take 2-6 s on a busy 2-core machine);
      // how fast the core reads them is npm run bench's business, not a test's.
      assert.ok(ms < 60000, `evaluated in ${ms.toFixed(0)} ms`);
      if (entry.ok) {
        assert.equal(ok, true, `accepted (got: ${ok ? '' : widget.errorMessage()})`);
        accepted.push({ entry, x: widget.xText(), fx: widget.fxText(), dfx: widget.dfxText() });
        return;
      }
      if (entry.text.trim() === '') {
        // A blank box: the page's session has no vector and says nothing (as the page shows
        // nothing); the reader on its own still rejects the text, at its column.
        assert.equal(ok, true, 'no message for a blank box');
        assert.equal(widget.xText(), '');
        const printed = core.numpyPrint(entry.text);
        assert.equal(printed.ok, false);
        assert.equal(printed.column, entry.column);
        assert.match(printed.message, entry.message);
        return;
      }
      assert.equal(ok, false, 'rejected');
      const message = widget.errorMessage();
      assert.equal(widget.errorField(), 'x');
      assert.equal(widget.errorColumn(), entry.column, `column (message: ${message})`);
      assert.match(message, new RegExp(`^column ${entry.column}: `));
      assert.match(message, entry.message);
      assert.ok(message.length <= 200, `a short message (${message.length} characters)`);
      assert.doesNotMatch(message, UNPRINTABLE, 'nothing invisible in the message');
      assert.ok(!message.includes('\n'));
    } finally {
      widget.delete();
    }
  });
}

test('every accepted vector: x, relu(x) and relu_dash(x) print as NumPy prints them', () => {
  assert.ok(accepted.length > 40);
  const snippet = JSON.parse(core.catalogueJson()).find((fn) => fn.id === 'relu').numpy;
  const run = spawnSync('/usr/bin/python3', [numpyPrint], {
    input: JSON.stringify({ snippet, exprs: accepted.map((a) => a.entry.py) }),
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  assert.equal(run.status, 0, run.stderr);
  const { printed } = JSON.parse(run.stdout);
  const wrong = [];
  for (const [i, a] of accepted.entries()) {
    for (const what of ['x', 'fx', 'dfx']) {
      if (a[what] !== printed[what][i]) {
        wrong.push(`${a.entry.id} ${what}: core ${JSON.stringify(a[what].slice(0, 200))}, NumPy ${JSON.stringify(printed[what][i].slice(0, 200))}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});
