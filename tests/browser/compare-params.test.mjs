// Compared functions get their own parameters: a box per parameter in each compare chip,
// named "ELU alpha", read by that function's own core session, kept in the URL and the
// `compare` attribute as `compare=relu,elu:alpha=0.5`, while `compare=relu,elu` reads as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { openWidgets, waitForWidgets } from './widget-page.mjs';

const session = useBrowser();

const state = (page, selector = 'activation-widget') => page.locator(selector).evaluate((w) => w.state);
const box = (page, name) => page.getByLabel(name, { exact: true });
// The keyboard crosshair's reading at the left end of the range (x = -5), every series.
async function readingAtStart(page) {
  await page.locator('#chart-f').focus();
  await page.keyboard.press('Home');
  return page.locator('#chart-f').evaluate((canvas) => canvas.getRootNode().querySelector('.visually-hidden[role="status"]').textContent);
}
const urlParam = (page, name) => page.evaluate((n) => new URL(location.href).searchParams.get(n), name);

test('a link with compare parameters opens each compared function with its own', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=relu&compare=leaky_relu,elu:alpha=0.5`);
  assert.equal(await box(page, 'ELU alpha').inputValue(), '0.5');
  assert.equal(await box(page, 'Leaky ReLU leak').inputValue(), '0.1', 'untouched: the default');
  assert.deepEqual(await state(page), {
    fn: 'relu', params: {}, x: '[[0.2], [0.5], [1.2], [-2.3], [0]]', compare: ['leaky_relu', 'elu'], xmin: -5, xmax: 5,
    compareParams: { elu: { alpha: '0.5' } },
  });
  // ELU's own session reads alpha = 0.5: 0.5 (e^-5 - 1) at x = -5.
  const reading = await readingAtStart(page);
  assert.match(reading, /ELU \(alpha = 0\.5\): f\(x\) = −0\.4966/, reading);
  assert.match(reading, /Leaky ReLU: f\(x\) = −0\.5\b/, reading);
  assert.deepEqual(messages, []);
  await close();
});

test('typing in a chip changes that function only, and the URL round trip keeps it', async () => {
  const first = await openWidgets(session.browser, `${session.server.url}?fn=leaky_relu&leak=0.2&compare=elu`);
  const { page } = first;
  await box(page, 'ELU alpha').fill('2');
  await box(page, 'ELU alpha').press('ArrowUp');  // one step of the slider's: 2.05
  await page.waitForFunction(() => new URL(location.href).searchParams.get('compare') === 'elu:alpha=2.05');
  assert.match(await page.evaluate(() => location.search), /&compare=elu:alpha=2\.05/, 'readable in the link');
  assert.equal(await box(page, 'Leak').inputValue(), '0.2', 'the main function keeps its own');
  assert.match(await readingAtStart(page), /ELU \(alpha = 2\.05\): f\(x\) = −2\.036/);
  const href = await page.evaluate(() => location.href);
  const seen = await state(page);
  assert.deepEqual(seen.compareParams, { elu: { alpha: '2.05' } });
  // Back undoes what was typed in the chip (one entry), and the session reads the default again.
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('activation-widget').state.compareParams === undefined);
  assert.equal(await box(page, 'ELU alpha').inputValue(), '1.0');
  assert.match(await readingAtStart(page), /ELU: f\(x\) = −0\.9933/);
  assert.deepEqual(first.messages, []);
  await first.close();

  const second = await openWidgets(session.browser, href);
  assert.deepEqual(await state(second.page), seen);
  assert.equal(await box(second.page, 'ELU alpha').inputValue(), '2.05');
  await second.close();
});

test('the default pair: a parameter typed for it makes the comparison explicit in the URL', async () => {
  const { page, close } = await openWidgets(session.browser, session.server.url);
  await box(page, 'Leaky ReLU leak').fill('0.3');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('compare') === 'leaky_relu:leak=0.3');
  assert.match(await readingAtStart(page), /Leaky ReLU \(leak = 0\.3\): f\(x\) = −1\.5\b/);
  await close();
});

test('an old link compare=relu,elu still works: default parameters, no new state field', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=sigmoid&compare=relu,elu`);
  assert.deepEqual(await state(page), {
    fn: 'sigmoid', params: {}, x: '[[0.2], [0.5], [1.2], [-2.3], [0]]', compare: ['relu', 'elu'], xmin: -5, xmax: 5,
  });
  assert.equal(await box(page, 'ELU alpha').inputValue(), '1.0');
  assert.match(await readingAtStart(page), /ELU: f\(x\) = −0\.9933/);
  assert.equal(await urlParam(page, 'compare'), 'relu,elu');
  assert.deepEqual(messages, []);
  await close();
});

test('a bad value is the core\'s to refuse: the alert names the compared function, the box is marked', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=relu&compare=elu`);
  await box(page, 'ELU alpha').fill('0.5x');
  const alert = page.getByRole('alert');
  await alert.filter({ hasText: 'Compared ELU, Alpha: invalid number' }).waitFor();
  assert.equal(await box(page, 'ELU alpha').getAttribute('aria-invalid'), 'true');
  await box(page, 'ELU alpha').fill('0.5');
  await page.waitForFunction(() => document.querySelector('activation-widget').shadowRoot.querySelector('[role="alert"]').textContent === '');
  assert.equal(await box(page, 'ELU alpha').getAttribute('aria-invalid'), 'false');
  assert.deepEqual(messages, []);
  await close();
});

test('the compare attribute takes the same syntax, and a script can change it', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  await page.route(`${session.server.url}post.html`, (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>post</title><link rel="icon" href="data:,">'
      + '<script type="module" src="/activation-widget.js"></script></head><body>'
      + '<activation-widget fn="sigmoid" compare="tanh,hard_tanh:min_val=-2.0:max_val=0.5"></activation-widget></body></html>',
  }));
  await page.goto(`${session.server.url}post.html`);
  await waitForWidgets(page);
  assert.deepEqual((await state(page)).compareParams, { hard_tanh: { min_val: '-2.0', max_val: '0.5' } });
  assert.equal(await box(page, 'Hard tanh min value').inputValue(), '-2.0');
  assert.equal(await box(page, 'Hard tanh max value').inputValue(), '0.5');
  await page.locator('activation-widget').evaluate((w) => w.setAttribute('compare', 'hard_tanh:max_val=0.25'));
  await page.waitForFunction(() => document.querySelector('activation-widget').state.compareParams?.hard_tanh?.max_val === '0.25');
  assert.equal(await box(page, 'Hard tanh min value').inputValue(), '-1.0', 'back to its default');
  assert.equal(await box(page, 'Hard tanh max value').inputValue(), '0.25');
  await context.close();
});
