// The program reader is fetched only when a reader types a program (issue 13's weight, issue
// 11's embed): the page's first paint fetches activations.wasm, the core without the program
// reader; the first program typed fetches activations-programs.wasm (the whole core) once, and
// the worker (or, where none can run, the main thread) answers it. A program read in the worker
// still chooses the function its last catalogue call names: the page's controls follow it.
// Served under the strict CSP of the README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { startCspServer } from './csp-server.mjs';
import { logWorkerTraffic, waitForWidgets } from './widget-page.mjs';
import { seedExamples } from '../wasm/load-core.mjs';

const session = useBrowser(startCspServer);
const region = (page, name) => page.getByLabel(name, { exact: true });
const shadowText = (page, label) => page.evaluate((l) => document.querySelector('activation-widget').shadowRoot
  .querySelector(`output[aria-label="${l}"]`).textContent, label);

// A page whose .wasm requests are counted from before its first byte.
async function open(url, { init } = {}) {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const wasm = [];
  page.on('console', (msg) => problems.push(`console.${msg.type()}: ${msg.text()}`));
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname.slice(1)); });
  if (init) await context.addInitScript(init);
  await page.goto(url);
  await waitForWidgets(page);
  return { page, problems, wasm, close: () => context.close() };
}

const waitForX = (page, text) => page.waitForFunction((t) => document.querySelector('activation-widget').shadowRoot
  .querySelector('output[aria-label="x"]').textContent === t, text);

test('the first paint fetches only the lite core; the first program fetches the full core once, and it answers', async () => {
  const { page, problems, wasm, close } = await open(`${session.server.url}?fn=relu`);
  assert.deepEqual(wasm, ['activations.wasm'], 'first paint: the core without the program reader');
  await page.getByLabel('Test vector').fill('[1, -2, 3]');
  assert.equal(await region(page, 'x').textContent(), '[ 1 -2  3]', 'a literal: read at once, on this thread');
  assert.deepEqual(wasm, ['activations.wasm'], 'a literal needs no program reader');
  await page.getByLabel('Test vector').fill('np.linspace(-1, 1, 5)');
  await waitForX(page, '[-1.  -0.5  0.   0.5  1. ]');
  assert.equal(await shadowText(page, 'f(x)'), '[-0.  -0.   0.   0.5  1. ]');
  assert.deepEqual(wasm, ['activations.wasm', 'activations-programs.wasm'], 'the full core, fetched for the program');
  await page.getByLabel('Test vector').fill('np.arange(-2, 2)');
  await waitForX(page, '[-2 -1  0  1]');
  await page.getByLabel('Test vector').fill('[0.5, -0.5]');
  await waitForX(page, '[ 0.5 -0.5]');
  assert.deepEqual(wasm, ['activations.wasm', 'activations-programs.wasm'], 'each fetched once');
  assert.deepEqual(problems, []);
  await close();
});

test("the tutorial's cell read in the worker: the controls follow its last call (Leaky ReLU, leak .1)", async () => {
  const example = seedExamples.find((e) => e.fn === 'leaky_relu');
  const { page, problems, close } = await open(session.server.url, { init: logWorkerTraffic });
  const cell = [
    'import numpy as np',
    `x = np.array(${example.x})`,
    `relu(x, leak = ${example.params.leak})`,
  ].join('\n');
  await page.getByLabel('Test vector').fill(cell);
  await page.waitForFunction(() => document.querySelector('activation-widget').state?.fn === 'leaky_relu');
  assert.equal(await page.getByLabel('Activation').inputValue(), 'leaky_relu');
  assert.equal(await page.getByLabel('Leak', { exact: true }).inputValue(), example.params.leak);
  await page.waitForFunction((t) => document.querySelector('activation-widget').shadowRoot
    .querySelector('output[aria-label="f(x)"]').textContent === t, example.print_fx);
  assert.equal(await region(page, 'x').textContent(), example.print_x);
  assert.equal(await region(page, "f'(x)").textContent(), example.repr_dfx);
  assert.ok((await page.evaluate(() => window.workerLog)).vectors.includes(cell), 'read in the worker');
  assert.deepEqual(problems, []);
  await close();
});

test('where no worker can run, the first program fetches the full core once and the main thread answers it', async () => {
  const noWorker = () => { delete window.Worker; };
  const { page, problems, wasm, close } = await open(session.server.url, { init: noWorker });
  assert.equal(await page.evaluate(() => typeof Worker), 'undefined');
  assert.deepEqual(wasm, ['activations.wasm']);
  await page.getByLabel('Test vector').fill('np.random.seed(42); x = np.random.randn(2)');
  await waitForX(page, '[ 0.49671415 -0.1382643 ]');
  await page.getByLabel('Test vector').fill('x = np.arange(-1, 2); relu(x, leak=0.5)');
  await page.waitForFunction(() => document.querySelector('activation-widget').state?.fn === 'leaky_relu');
  await waitForX(page, '[-1  0  1]');
  assert.equal(await page.getByLabel('Leak', { exact: true }).inputValue(), '0.5');
  assert.deepEqual(wasm, ['activations.wasm', 'activations-programs.wasm']);
  assert.deepEqual(problems, []);
  await close();
});
