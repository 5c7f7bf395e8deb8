// A sample of the committed program corpus (tests/program/program_goldens.json, NumPy 1.24's
// prints) typed into the page by a reader: the x, f(x) and f'(x) regions show NumPy's bytes.
// The sample is spread over the constructs: one program per (dtype, drawn or not, first
// construct) among those with no catalogue call (so Leaky ReLU with leak 0.5 stays chosen),
// every other one of those groups. All of the corpus runs through the WASM Session in
// tests/wasm/program-goldens.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser } from './harness.mjs';
import { openWidgets } from './widget-page.mjs';

const session = useBrowser();
const corpus = JSON.parse(readFileSync(new URL('../program/program_goldens.json', import.meta.url), 'utf8'));
const LEAK = '0.5';

function sample() {
  const groups = new Map();
  for (const c of corpus.cases) {
    if (c.choice !== null) continue;
    const construct = c.program.match(/np\.(random\.)?[a-z_]+|\.reshape|\.T\b|\[/)?.[0] ?? 'literal';
    const key = `${c.dtype} ${c.random} ${construct}`;
    if (!groups.has(key)) groups.set(key, c);
  }
  return [...groups.values()].filter((_, i) => i % 2 === 0);
}

test('a sample of the golden programs typed into the page prints as NumPy does', async () => {
  const cases = sample();
  assert.ok(cases.length >= 20, `${cases.length} programs`);
  assert.ok(cases.some((c) => c.random) && cases.some((c) => c.dtype === 'float32') && cases.some((c) => c.dtype === 'bool'));
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=leaky_relu&leak=${LEAK}`);
  const box = page.getByLabel('Test vector');
  const mismatches = [];
  for (const c of cases) {
    const relu = c.relu.find((r) => r.leak === LEAK);
    await box.fill(c.program);
    const want = { x: c.str, fx: relu.str, dfx: relu.dash_repr };
    // The page answers on the next task at the latest; wait for x, then read all three.
    await page.waitForFunction((x) => document.querySelector('activation-widget').shadowRoot
      .querySelector('output[aria-label="x"]').textContent === x, c.str, { timeout: 10_000 }).catch(() => {});
    const got = await page.evaluate(() => {
      const root = document.querySelector('activation-widget').shadowRoot;
      const text = (name) => root.querySelector(`output[aria-label="${name}"]`).textContent;
      return { x: text('x'), fx: text('f(x)'), dfx: text("f'(x)") };
    });
    if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push({ program: c.program, got, want });
  }
  assert.equal(await page.getByLabel('Activation').inputValue(), 'leaky_relu');
  assert.deepEqual(mismatches, []);
  assert.deepEqual(messages, []);
  await close();
});
