// A reader pastes a huge vector: the page keeps working. 10^5 numbers are read, printed
// as NumPy summarises them and marked (the first 2,000) without a long freeze. (10^6, and
// every other hostile input, are tests/browser/hostile.test.mjs's.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import { useBrowser } from './harness.mjs';
import { openWidgets } from './widget-page.mjs';


const session = useBrowser();

// Script time per animation frame (ours and the core's), from the Long Animation Frames API.
// The browser's own editing of a 0.5 MB textarea is not script and is left out.
function recordScriptTime() {
  window.scriptFrames = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.scriptFrames.push(entry.scripts.reduce((sum, s) => sum + s.duration, 0));
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

const numbers = (n) => `[${Array.from({ length: n }, (_, i) => ((i % 41) - 20) / 4).join(', ')}]`;

test('10^5 pasted numbers: printed as NumPy summarises them, no errors, no long script task', async (t) => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=leaky_relu`, {}, { initScript: recordScriptTime });
  const fx = page.getByLabel('f(x)', { exact: true });
  await page.getByLabel('Test vector').fill(numbers(1e5), { timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('activation-widget').shadowRoot
    .querySelector('output[aria-label="f(x)"]').textContent.includes('...'));
  assert.match(await fx.textContent(), /^\[-0\.5 +-0\.475 -0\.45 +\.\.\. /);
  // A parameter change with the big vector in place: the plots and the transcript follow.
  await page.getByLabel('Leak', { exact: true }).fill('0.2');
  await page.waitForFunction(() => document.querySelector('activation-widget').shadowRoot
    .querySelector('output[aria-label="f(x)"]').textContent.startsWith('[-1. '));
  await page.waitForTimeout(300);
  const longest = Math.max(...await page.evaluate(() => window.scriptFrames));
  // Timing means something only on a machine that is not already running other jobs.
  if (os.loadavg()[0] < os.cpus().length) assert.ok(longest < 200, `longest script frame ${longest.toFixed(0)} ms`);
  else t.diagnostic(`machine busy (load ${os.loadavg()[0].toFixed(1)}): longest script frame ${longest.toFixed(0)} ms, not asserted`);
  assert.equal(new URL(page.url()).searchParams.has('x'), false, 'too long for the link, left out of it');
  assert.deepEqual(messages, []);
  await close();
});

test("softmax of 10^4 entries: its n × n Jacobian is declined, not allowed to exhaust the shared core", async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=softmax`);
  await page.getByLabel('Test vector').fill(numbers(1e4));
  await page.getByRole('alert').filter({ hasText: 'Jacobian' }).waitFor();
  await page.getByLabel('Test vector').fill('[0, 0]');
  assert.equal(await page.getByLabel('f(x)', { exact: true }).textContent(), '[0.5 0.5]');
  assert.deepEqual(messages, []);
  await close();
});
