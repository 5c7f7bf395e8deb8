// Issue 13's page side for programs: every program is evaluated in the worker (the page's core,
// activations.wasm, has no program reader: it says so, and the worker's full core reads the
// text), big arrays included, as long texts are; an unseeded draw keeps its seed in the URL, so a reload shows
// the same numbers, and "Copy as NumPy" seeds NumPy with it. What NumPy prints is checked by
// running the copied script in Debian's NumPy (/usr/bin/python3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { useBrowser } from './harness.mjs';
import { logWorkerTraffic, openWidgets, waitForWidgets } from './widget-page.mjs';

const session = useBrowser();
const region = (page, name) => page.getByLabel(name, { exact: true });

const outputs = async (page) => ({
  x: await region(page, 'x').textContent(),
  fx: await region(page, 'f(x)').textContent(),
  dfx: await region(page, "f'(x)").textContent(),
});

async function copiedScript(page) {
  await page.getByRole('button', { name: 'Copy as NumPy' }).click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('print(x)'));
  return page.evaluate(() => navigator.clipboard.readText());
}

const runNumPy = (script) => execFileSync('/usr/bin/python3', ['-c', script], { encoding: 'utf8' });

test('np.linspace(-5, 5, 50000) is read in the worker and printed as NumPy summarises it', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=relu`,
    { permissions: ['clipboard-read', 'clipboard-write'] }, { initScript: logWorkerTraffic });
  const program = 'np.linspace(-5, 5, 50000)';
  await page.getByLabel('Test vector').fill('np.linspace(-5, 5, 20000)');  // within the budget
  await page.waitForFunction(() => document.querySelector('activation-widget').shadowRoot
    .querySelector('output[aria-label="x"]').textContent.startsWith('[-5.         -4.99949997'));
  assert.deepEqual((await page.evaluate(() => window.workerLog)).vectors, ['np.linspace(-5, 5, 20000)'], 'a program: read in the worker');
  await page.getByLabel('Test vector').fill(program);
  await page.waitForFunction(() => document.querySelector('activation-widget').shadowRoot
    .querySelector('output[aria-label="x"]').textContent.startsWith('[-5.         -4.9998     -4.99959999 ...'));
  const log = await page.evaluate(() => window.workerLog);
  assert.ok(log.started >= 1, 'a worker was started');
  assert.deepEqual(log.vectors, ['np.linspace(-5, 5, 20000)', program], 'the program was posted to the worker');
  assert.ok(log.answers >= 1, 'and the worker answered');
  const shown = await outputs(page);
  assert.equal(shown.x, '[-5.         -4.9998     -4.99959999 ...  4.99959999  4.9998\n  5.        ]');
  const script = await copiedScript(page);
  assert.match(script, /x = np\.linspace\(-5, 5, 50000\)\n/);
  assert.equal(runNumPy(script), `${shown.x}\n${shown.fx}\n${shown.dfx}\n`, 'NumPy prints what the page shows');
  assert.deepEqual(messages, []);
  await close();
});

test('an unseeded np.random.randn(3) keeps its seed in the URL: a reload draws the same numbers', async () => {
  const { page, context, messages, close } = await openWidgets(session.browser, session.server.url,
    { permissions: ['clipboard-read', 'clipboard-write'] });
  const program = 'np.random.randn(3)';
  await page.getByLabel('Test vector').fill(program);
  await page.waitForFunction(() => new URL(location.href).searchParams.has('seed'));
  const first = await outputs(page);
  // Three numbers, however NumPy pads or notates them (a short last one leaves a space before ']').
  const drawn = first.x.match(/^\[(.*)\]$/)?.[1].trim().split(/\s+/).map(Number) ?? [];
  assert.ok(drawn.length === 3 && drawn.every(Number.isFinite), `three numbers: ${first.x}`);
  const url = new URL(page.url());
  const seed = url.searchParams.get('seed');
  assert.match(seed, /^\d+$/);
  assert.equal(url.searchParams.get('x'), program);
  // A parameter change keeps the draws.
  await page.getByLabel('Activation').selectOption('leaky_relu');
  assert.equal(await region(page, 'x').textContent(), first.x);
  await page.getByLabel('Activation').selectOption('relu');
  // The same URL in a new tab: the same numbers.
  const again = await context.newPage();
  await again.goto(url.href);
  await waitForWidgets(again);
  await again.waitForFunction((t) => document.querySelector('activation-widget').shadowRoot
    .querySelector('output[aria-label="f(x)"]').textContent === t, first.fx);  // the worker's answer
  assert.deepEqual(await outputs(again), first);
  assert.equal(new URL(again.url()).searchParams.get('seed'), seed, 'the seed stays in the URL');
  const script = await copiedScript(again);
  assert.match(script, new RegExp(`np\\.random\\.seed\\(${seed}\\)\\nx = np\\.random\\.randn\\(3\\)\\n`));
  assert.equal(runNumPy(script), `${first.x}\n${first.fx}\n${first.dfx}\n`, 'NumPy draws the same numbers');
  // A new text draws a new seed (2**-32 odds of the same one).
  await page.getByLabel('Test vector').fill('np.random.randn(4)');
  await page.waitForFunction((s) => {
    const now = new URL(location.href).searchParams;
    return now.get('x') === 'np.random.randn(4)' && now.has('seed') && now.get('seed') !== s;
  }, seed);
  // A text that draws nothing has no seed in its URL.
  await page.getByLabel('Test vector').fill('np.arange(3)');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('x') === 'np.arange(3)');
  assert.equal(new URL(page.url()).searchParams.has('seed'), false);
  assert.deepEqual(messages, []);
  await close();
});
