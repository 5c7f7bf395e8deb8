// Long test vectors are read by the core in a worker (web/src/core/worker-entry.js), so the page
// keeps responding: in the module build served under a strict CSP, in the single file opened
// from disk, and, where no worker can start, on the main thread with the same results.
// The newest text always wins: a result for text the reader has since replaced never shows.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { useBrowser } from './harness.mjs';
import { startCspServer } from './csp-server.mjs';
import { expectedCore } from './expected.mjs';

const singleFile = pathToFileURL(fileURLToPath(new URL('../../dist/activation-widget.html', import.meta.url))).href;
// 10^5 numbers, ~500 KB: over the widget's 20,000-character threshold for the worker.
const long = (shift) => `[${Array.from({ length: 100_000 }, (_, i) => ((i * 7) % 13) - 6 + shift).join(', ')}]`;

let core;
const session = useBrowser(startCspServer);
before(async () => {
  core = await expectedCore();
});

async function open(url, { init } = {}) {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const workers = [];
  page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('worker', (worker) => workers.push(worker.url()));
  if (init) await page.addInitScript(init);
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  return { page, problems, workers, close: () => context.close() };
}

const box = (page) => page.getByLabel('Test vector');
const region = (page, name) => page.getByLabel(name, { exact: true });

async function settled(page) {
  await page.waitForFunction(() => !document.querySelector('activation-widget').shadowRoot.querySelector('textarea[aria-busy="true"]'), null, { timeout: 60_000 });
}

function expected(fn, x) {
  const r = core.evaluate(fn, {}, x);
  assert.ok(r.ok, r.message);
  return { x: r.x, fx: r.fx, dfx: r.dfx };
}

async function assertShows(page, fn, x) {
  const want = expected(fn, x);
  assert.equal(await region(page, 'x').textContent(), want.x);
  assert.equal(await region(page, 'f(x)').textContent(), want.fx);
  assert.equal(await region(page, "f'(x)").textContent(), want.dfx);
}

for (const [name, url] of [['the module build, strict CSP', () => session.server.url], ['the single file, from disk', () => singleFile]]) {
  test(`${name}: a long vector is read in a worker and printed as NumPy prints it`, async () => {
    const { page, problems, workers, close } = await open(url());
    try {
      assert.deepEqual(workers, [], 'no worker before a long vector');
      const text = long(0);
      await box(page).fill(text);
      await settled(page);
      await assertShows(page, 'relu', text);
      assert.equal(workers.length, 1, `one worker started: ${workers.join(', ')}`);
      assert.match(workers[0], name.includes('single') ? /^blob:/ : /\/activation-worker\.js$/);
      // A second long vector reuses it.
      const next = long(1);
      await box(page).fill(next);
      await settled(page);
      await assertShows(page, 'relu', next);
      assert.equal(workers.length, 1);
      assert.equal(await box(page).inputValue(), next);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
}

test('the newest text wins over a long vector still being read', async () => {
  const { page, problems, close } = await open(session.server.url);
  try {
    // A long vector, then at once a short one: the long one's result must never replace it.
    await box(page).fill(long(0));
    await page.waitForTimeout(300);  // past the typing pause: the worker has it
    await box(page).fill('[3, -1]');
    await settled(page);
    await page.waitForTimeout(1500);  // time enough for a stale result to arrive, if one could
    assert.equal(await region(page, 'f(x)').textContent(), '[3 0]');
    // Two long vectors in a row: the second one's result is shown.
    await box(page).fill(long(0));
    await page.waitForTimeout(300);
    const second = long(2);
    await box(page).fill(second);
    await settled(page);
    await assertShows(page, 'relu', second);
    // A function change while a long vector is read: the result is the new function's.
    await page.getByLabel('Activation').selectOption('sigmoid');
    await settled(page);
    await assertShows(page, 'sigmoid', second);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('where no worker can start, long vectors are read on the main thread with the same result', async () => {
  const { page, problems, workers, close } = await open(session.server.url, { init: () => { delete window.Worker; } });
  try {
    const text = long(0);
    await box(page).fill(text);
    await settled(page);
    await assertShows(page, 'relu', text);
    assert.deepEqual(workers, []);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
