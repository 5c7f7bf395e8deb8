// The page shows NumPy's own text: a spread of golden cases (wrapping, summarised, 3-D,
// int and float, nan/inf) typed into the Test vector box, with the leak as typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser } from './harness.mjs';
import { openWidgets } from './widget-page.mjs';

const corpus = JSON.parse(readFileSync(new URL('../golden/numpy_goldens.json', import.meta.url), 'utf8'));
// Every 100th case: about 20 inputs of every kind the generator makes, in one page session.
const sample = corpus.cases.filter((_, i) => i % 100 === 0);

const session = useBrowser();

test(`${sample.length} golden cases typed into the page read exactly as NumPy prints them`, async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=leaky_relu`);
  const text = (name) => page.getByLabel(name, { exact: true }).textContent();
  for (const c of sample) {
    const { leak, str, dash_repr: dashRepr } = c.relu[0];
    await page.getByLabel('Leak', { exact: true }).fill(leak);
    await page.getByLabel('Test vector').fill(c.input);
    assert.equal(await text('x'), c.str, `print(x) for ${c.input}`);
    assert.equal(await text('f(x)'), str, `print(relu(x, leak=${leak})) for ${c.input}`);
    assert.equal(await text("f'(x)"), dashRepr, `relu_dash(x, leak=${leak}) for ${c.input}`);
  }
  assert.deepEqual(messages, []);
  await close();
});
