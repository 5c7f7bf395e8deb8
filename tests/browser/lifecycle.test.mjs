// A single-page-app blog removes and re-adds page content on navigation. Each widget must
// release everything it acquired when it leaves the page (core objects, observers,
// listeners, timers, the worker, the charts), and one added later, or the same one re-added,
// must start cleanly. Measured through the Chrome DevTools Protocol after a forced garbage
// collection: the JS heap, DOM nodes and event listeners after 30 mounts and removals are
// where they were after the first, and no worker is alive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { startCspServer } from './csp-server.mjs';

const MOUNTS = 30;
const MB = 1024 * 1024;
// Over the widget's 20,000-character threshold, so every mount reads it in a worker.
const LONG_X = `[${Array.from({ length: 4000 }, (_, i) => (((i * 7) % 13) - 6) / 4).join(', ')}]`;
assert.ok(LONG_X.length > 20_000);

const session = useBrowser(startCspServer);

// Counts the workers the page starts and terminates, beside what playwright sees alive.
function countWorkers() {
  const Native = window.Worker;
  const count = (window.__workerCount = { started: 0, terminated: 0 });
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      count.started++;
    }
    terminate() {
      if (!this.__terminated) count.terminated++;
      this.__terminated = true;
      super.terminate();
    }
  };
}

// Mounts the post, waits until its widget has drawn and read the long vector in the worker.
async function mountAndSettle(page, attributes) {
  await page.evaluate(async (attrs) => {
    const widget = await window.spa.mount(attrs);
    const root = widget.shadowRoot;
    await new Promise((resolve, reject) => {
      const started = performance.now();
      const poll = () => {
        const fx = root.querySelector('output[aria-label="f(x)"]');
        if (fx?.textContent && !root.querySelector('textarea[aria-busy="true"]')) resolve();
        else if (performance.now() - started > 30_000) reject(new Error('the long vector was never printed'));
        else setTimeout(poll, 20);
      };
      poll();
    });
  }, attributes);
}

async function measure(page, cdp) {
  // Let teardown queued after removal run, then collect until the heap stops shrinking.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  let used = Infinity;
  for (let i = 0; i < 6; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const now = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    if (now >= used - 16 * 1024 && i >= 2) { used = Math.min(used, now); break; }
    used = Math.min(used, now);
  }
  const counters = await cdp.send('Memory.getDOMCounters');
  const workers = await page.evaluate(() => window.__workerCount);
  // A terminated worker's target goes away a little after terminate().
  for (let i = 0; i < 50 && page.workers().length > 0; i++) await page.waitForTimeout(100);
  return {
    heap: used,
    nodes: counters.nodes,
    listeners: counters.jsEventListeners,
    documents: counters.documents,
    workersAlive: page.workers().length,
    workersStarted: workers.started,
    workersRunning: workers.started - workers.terminated,
  };
}

test(`${MOUNTS} mounts and removals in a single-page app leave nothing behind`, async () => {
  const context = await session.browser.newContext();
  await context.addInitScript(countWorkers);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  await page.goto(`${session.server.url}fixtures/spa.html`);
  await page.waitForSelector('html[data-spa="true"]');
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const attributes = { fn: 'leaky_relu', leak: '0.1', x: LONG_X };

  await mountAndSettle(page, attributes);
  await page.evaluate(() => window.spa.unmount());
  const first = await measure(page, cdp);
  assert.ok(first.workersStarted >= 1, 'the long vector started a worker');

  for (let i = 1; i < MOUNTS; i++) {
    await mountAndSettle(page, attributes);
    await page.evaluate(() => window.spa.unmount());
  }
  const last = await measure(page, cdp);
  console.log(`after the first mount: ${JSON.stringify(first)}\nafter ${MOUNTS}: ${JSON.stringify(last)}`);

  assert.ok(last.workersStarted >= MOUNTS, `every mount read its vector in a worker (${last.workersStarted})`);
  assert.equal(last.workersRunning, 0, 'every worker started was terminated');
  assert.equal(last.workersAlive, 0, 'no worker alive');
  assert.ok(last.heap - first.heap <= MB,
    `JS heap within 1 MB of the first mount's: ${(first.heap / MB).toFixed(2)} -> ${(last.heap / MB).toFixed(2)} MB`);
  assert.ok(last.nodes <= first.nodes, `DOM nodes back: ${first.nodes} -> ${last.nodes}`);
  assert.ok(last.listeners <= first.listeners, `event listeners back: ${first.listeners} -> ${last.listeners}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an element removed and re-added, and a new one added later, work', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  await page.goto(`${session.server.url}fixtures/spa.html`);
  await page.waitForSelector('html[data-spa="true"]');
  await page.evaluate(() => window.spa.mount({ fn: 'leaky_relu', leak: '0.1', x: '[1, -2]' }));
  const widget = page.locator('activation-widget');
  // The reader changes the leak; the same element leaves the page and comes back.
  await page.getByLabel('Leak', { exact: true }).fill('0.5');
  await page.getByLabel('f(x)', { exact: true }).filter({ hasText: '-1.' }).waitFor();
  await page.evaluate(async () => {
    const w = document.querySelector('activation-widget');
    const parent = w.parentNode;
    w.remove();
    await new Promise((r) => setTimeout(r, 50));
    parent.append(w);
    await w.ready;
  });
  await page.waitForSelector('activation-widget[data-ready="true"]');
  assert.equal(await widget.evaluate((w) => w.state.params.leak), '0.5', 'the reader\'s state kept');
  assert.equal(await page.getByLabel('f(x)', { exact: true }).textContent(), '[ 1. -1.]');
  await page.getByLabel('Test vector').fill('[3, -4]');
  await page.getByLabel('f(x)', { exact: true }).filter({ hasText: '-2.' }).waitFor();
  assert.equal(await page.getByLabel('f(x)', { exact: true }).textContent(), '[ 3. -2.]');
  // A chart is drawn again on the re-added element: its canvas has ink.
  const inked = await widget.evaluate((w) => {
    const c = w.shadowRoot.querySelector('#chart-f');
    const copy = document.createElement('canvas');
    copy.width = c.width;
    copy.height = c.height;
    const ctx = copy.getContext('2d');
    ctx.drawImage(c, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });
  assert.ok(inked > 1000, `the re-added widget drew its plots (${inked} pixels)`);
  // Navigate away and to a new post: a new element works.
  await page.evaluate(() => window.spa.unmount());
  await page.evaluate(() => window.spa.mount({ fn: 'relu', x: '[-1, 2]' }));
  assert.equal(await page.getByLabel('f(x)', { exact: true }).textContent(), '[0 2]');
  assert.deepEqual(problems, []);
  await context.close();
});
