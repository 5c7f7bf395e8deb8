// The URL is the widget's state: opening a URL restores everything in it (function,
// parameters as typed, test vector, compared functions, x range), and every change a reader
// makes is written back, so "Copy link" shares exactly what they see.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { openWidgets } from './widget-page.mjs';
import { expectedCore } from './expected.mjs';

let core;

const session = useBrowser();
before(async () => {
  core = await expectedCore();
});

const state = (page) => page.locator('activation-widget').evaluate((w) => w.state);
const region = (page, name) => page.getByLabel(name, { exact: true }).textContent();
const expected = (fn, params, x) => {
  const r = core.evaluate(fn, params, x);
  assert.ok(r.ok, r.message);
  return { x: r.x, fx: r.fx, dfx: r.dfx };
};

test('a URL with every kind of state opens the widget in that state', async () => {
  const search = '?fn=hard_tanh&min_val=-2.0&max_val=1.5&x=[1, -3, 0.5]&compare=sigmoid,relu&xmin=-4&xmax=4';
  const { page, messages, close } = await openWidgets(session.browser, session.server.url + search);
  assert.equal(await page.getByLabel('Activation').inputValue(), 'hard_tanh');
  assert.equal(await page.getByLabel('Min value', { exact: true }).inputValue(), '-2.0');
  assert.equal(await page.getByLabel('Max value', { exact: true }).inputValue(), '1.5');
  assert.equal(await page.getByLabel('Test vector').inputValue(), '[1, -3, 0.5]');
  assert.equal(await page.getByLabel('x from', { exact: true }).inputValue(), '-4');
  assert.equal(await page.getByLabel('x to', { exact: true }).inputValue(), '4');
  const want = expected('hard_tanh', { min_val: '-2.0', max_val: '1.5' }, '[1, -3, 0.5]');
  assert.equal(await region(page, 'f(x)'), want.fx);
  assert.equal(await region(page, "f'(x)"), want.dfx);
  assert.deepEqual(await state(page), {
    fn: 'hard_tanh', params: { min_val: '-2.0', max_val: '1.5' }, x: '[1, -3, 0.5]',
    compare: ['sigmoid', 'relu'], xmin: -4, xmax: 4,
  });
  assert.deepEqual(await page.getByRole('list', { name: 'Compared functions' }).getByRole('listitem').allTextContents(),
    ['Sigmoid×', 'ReLU×']);
  assert.deepEqual(messages, []);
  await close();
});

test("the reader's changes are written to the URL, and that URL opens the same state (round trip)", async () => {
  const first = await openWidgets(session.browser, session.server.url);
  const { page } = first;
  await page.getByLabel('Activation').selectOption('elu');
  await page.getByLabel('Alpha', { exact: true }).fill('0.5');
  await page.getByLabel('Test vector').fill('[[-1.5], [0], [2]]');
  await page.getByLabel('Compare with').selectOption('softplus');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: '±2' }).click();
  // Throttled to a few writes a second: wait for the last change to land.
  await page.waitForFunction(() => new URL(location.href).searchParams.get('xmax') === '2');
  const href = await page.evaluate(() => location.href);
  const url = new URL(href);
  assert.equal(url.searchParams.get('fn'), 'elu');
  assert.equal(url.searchParams.get('alpha'), '0.5');
  assert.equal(url.searchParams.get('x'), '[[-1.5], [0], [2]]');
  assert.equal(url.searchParams.get('compare'), 'softplus');
  const seen = { state: await state(page), fx: await region(page, 'f(x)'), dfx: await region(page, "f'(x)") };
  assert.deepEqual(first.messages, []);
  await first.close();

  const second = await openWidgets(session.browser, href);
  assert.deepEqual(await state(second.page), seen.state);
  assert.equal(await region(second.page, 'f(x)'), seen.fx);
  assert.equal(await region(second.page, "f'(x)"), seen.dfx);
  assert.equal(await second.page.getByLabel('Alpha', { exact: true }).inputValue(), '0.5');
  assert.deepEqual(second.messages, []);
  await second.close();
});

test('an empty test vector and an empty comparison survive the round trip too', async () => {
  const { page, close } = await openWidgets(session.browser, session.server.url);
  await page.getByLabel('Test vector').fill('');
  await page.getByRole('button', { name: 'Stop comparing Leaky ReLU' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('compare') === '');
  const href = await page.evaluate(() => location.href);
  await close();
  const again = await openWidgets(session.browser, href);
  assert.deepEqual(await state(again.page), { fn: 'relu', params: {}, x: '', compare: [], xmin: -5, xmax: 5 });
  await again.close();
});

test('Copy link puts the current URL on the clipboard', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=leaky_relu&leak=0.2`, {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await page.getByLabel('Test vector').fill('[3, -3]');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied the link' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.evaluate(() => location.href));
  assert.equal(new URL(copied).searchParams.get('x'), '[3, -3]');
  assert.deepEqual(messages, []);
  await close();
});

test('an unknown function in the URL is named in the alert, and the default is shown', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=<b>nope</b>`);
  assert.match(await page.getByRole('alert').textContent(), /unknown function '<b>nope<\/b>'/);
  assert.equal(await page.getByLabel('Activation').inputValue(), 'relu');
  assert.equal(await page.locator('activation-widget').evaluate((w) => w.shadowRoot.querySelector('b')), null);
  assert.deepEqual(messages, []);
  await close();
});
