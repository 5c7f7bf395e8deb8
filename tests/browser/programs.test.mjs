// Test vectors as NumPy programs, typed by a reader: a pasted tutorial cell picks the function
// and parameters it calls (the controls follow), and constructors print as NumPy does. Programs
// are read by the full core in the worker (fetched on the first one): each test waits for the
// answer before it reads the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { openWidgets } from './widget-page.mjs';
import { seedExamples } from '../wasm/load-core.mjs';

const session = useBrowser();
const region = (page, name) => page.getByLabel(name, { exact: true });
const answered = (page, label, text) => page.waitForFunction(([l, t]) => document.querySelector('activation-widget').shadowRoot
  .querySelector(`output[aria-label="${l}"]`).textContent === t, [label, text]);

test("the tutorial's third cell pasted whole: Leaky ReLU with leak .1 is chosen and printed", async () => {
  const example = seedExamples.find((e) => e.fn === 'leaky_relu');
  const { page, messages, close } = await openWidgets(session.browser, session.server.url);
  const cell = [
    'import numpy as np',
    `x = np.array(${example.x})`,
    'print(x)',
    `print(relu(x, leak = ${example.params.leak}))`,
    `relu_dash(x, leak = ${example.params.leak})`,
  ].join('\n');
  await page.getByLabel('Test vector').fill(cell);
  await answered(page, "f'(x)", example.repr_dfx);
  assert.equal(await page.getByLabel('Activation').inputValue(), 'leaky_relu');
  assert.equal(await page.getByLabel('Leak', { exact: true }).inputValue(), example.params.leak);
  assert.equal(await region(page, 'x').textContent(), example.print_x);
  assert.equal(await region(page, 'f(x)').textContent(), example.print_fx);
  assert.equal(await region(page, "f'(x)").textContent(), example.repr_dfx);
  assert.equal(await page.getByLabel('Test vector').inputValue(), cell, 'the typed program is kept');
  assert.deepEqual(messages, []);
  await close();
});

test('a program without a catalogue call leaves the function as it is', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=sigmoid`);
  await page.getByLabel('Test vector').fill('np.linspace(-1, 1, 5)');
  await answered(page, 'x', '[-1.  -0.5  0.   0.5  1. ]');
  assert.equal(await page.getByLabel('Activation').inputValue(), 'sigmoid');
  assert.equal(await region(page, 'x').textContent(), '[-1.  -0.5  0.   0.5  1. ]');
  assert.deepEqual(messages, []);
  await close();
});
