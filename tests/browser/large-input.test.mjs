// A reader pastes a huge vector: the page keeps working. 10^5 numbers are read, printed
// as NumPy summarises them and marked (the first 2,000). What keeps the page responding is
// that such a text is read by the core in a worker, not on the main thread: that mechanism is
// what this test asserts (the time it takes is npm run bench's to measure, not a test's).
// (10^6, and every other hostile input, are tests/browser/hostile.test.mjs's.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { logWorkerTraffic, openWidgets } from './widget-page.mjs';

const session = useBrowser();

const numbers = (n) => `[${Array.from({ length: n }, (_, i) => ((i % 41) - 20) / 4).join(', ')}]`;

test('10^5 pasted numbers are read in a worker, printed as NumPy summarises them, no errors', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=leaky_relu`, {}, { initScript: logWorkerTraffic });
  const text = numbers(1e5);
  const fx = page.getByLabel('f(x)', { exact: true });
  const before = await page.evaluate(() => ({ ...window.workerLog, posted: [...window.workerLog.posted] }));
  assert.ok(before.posted.every((n) => n < 20_000), 'no long text has gone to a worker yet');
  await page.getByLabel('Test vector').fill(text, { timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('activation-widget').shadowRoot
    .querySelector('output[aria-label="f(x)"]').textContent.includes('...'));
  assert.match(await fx.textContent(), /^\[-0\.5 +-0\.475 -0\.45 +\.\.\. /);
  const log = await page.evaluate(() => window.workerLog);
  assert.ok(log.started >= 1, 'a worker was started');
  assert.equal(log.posted.filter((n) => n >= text.length).length, 1, 'the whole text was posted to a worker, once');
  assert.ok(log.answers > before.answers, 'and the worker answered with its result');
  // A parameter change with the big vector in place: the plots and the transcript follow, the
  // vector evaluated again off the main thread (the worker may keep the text it was sent, so
  // what is asserted is a new request and a new answer, not the text sent again).
  await page.getByLabel('Leak', { exact: true }).fill('0.2');
  await page.waitForFunction(() => document.querySelector('activation-widget').shadowRoot
    .querySelector('output[aria-label="f(x)"]').textContent.startsWith('[-1. '));
  const again = await page.evaluate(() => window.workerLog);
  assert.ok(again.posted.length > log.posted.length, 'the new leak went to the worker');
  assert.ok(again.answers > log.answers, 'and the worker answered');
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
