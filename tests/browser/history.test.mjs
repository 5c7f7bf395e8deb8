// Undo with Back: on the full page (`sync-url`) each deliberate change is one history entry
// (a function picked, a function compared, a zoom button, a finished slider or pan drag, a
// typed vector once typing pauses) and Back/Forward restore them from the URL. A widget
// without `sync-url` never touches its host page's history.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { openWidgets, waitForWidgets } from './widget-page.mjs';
import { expectedCore } from './expected.mjs';

const session = useBrowser();
let core;
before(async () => {
  core = await expectedCore();
});

const state = (page) => page.locator('activation-widget').evaluate((w) => w.state);
const length = (page) => page.evaluate(() => history.length);
const fx = (page) => page.getByLabel('f(x)', { exact: true }).textContent();
const expectedFx = (fn, params, x) => core.evaluate(fn, params, x).fx;
const DEFAULT_X = '[[0.2], [0.5], [1.2], [-2.3], [0]]';
// Back or Forward, then the widget's state once it has followed.
async function walk(page, how, check) {
  await (how === 'back' ? page.goBack() : page.goForward());
  await page.waitForFunction(check);
}
// The widget counts the reader's changes (its `change` events).
const countChanges = () => {
  window.__changes = 0;
  document.addEventListener('change', (e) => { if (e.target.localName === 'activation-widget') window.__changes += 1; }, true);
};

test('Back restores the previous function, Forward goes again; the compared set and zoom buttons are entries too', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=relu`);
  const base = await length(page);
  await page.getByLabel('Activation').selectOption('elu');
  await page.getByLabel('Alpha', { exact: true }).fill('0.5');
  await page.getByLabel('Activation').selectOption('sigmoid');
  await page.getByLabel('Compare with').selectOption('tanh');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  assert.equal(await length(page), base + 5, 'elu, alpha typed, sigmoid, tanh compared, zoom: one entry each');

  await walk(page, 'back', () => document.querySelector('activation-widget').state.xmin === -5);
  assert.deepEqual((await state(page)).compare, ['tanh']);
  await walk(page, 'back', () => document.querySelector('activation-widget').state.compare.length === 0);
  await walk(page, 'back', () => document.querySelector('activation-widget').state.fn === 'elu');
  assert.equal(await page.getByLabel('Activation').inputValue(), 'elu');
  assert.equal(await page.getByLabel('Alpha', { exact: true }).inputValue(), '0.5');
  assert.deepEqual((await state(page)).params, { alpha: '0.5' });
  assert.equal(await fx(page), expectedFx('elu', { alpha: '0.5' }, DEFAULT_X));
  await walk(page, 'back', () => document.querySelector('activation-widget').state.params.alpha === undefined);
  assert.equal(await page.getByLabel('Alpha', { exact: true }).inputValue(), '1.0', 'the parameter typed is undone');
  assert.equal(await fx(page), expectedFx('elu', {}, DEFAULT_X));
  await walk(page, 'back', () => document.querySelector('activation-widget').state.fn === 'relu');
  assert.equal(await page.getByLabel('Activation').inputValue(), 'relu');
  assert.equal(await fx(page), expectedFx('relu', {}, DEFAULT_X));

  await walk(page, 'forward', () => document.querySelector('activation-widget').state.fn === 'elu');
  assert.equal(await page.getByLabel('Activation').inputValue(), 'elu');
  assert.equal(await fx(page), expectedFx('elu', {}, DEFAULT_X));
  assert.equal(await length(page), base + 5, 'walking adds nothing');
  // A change after Back is a new entry in place of the ones ahead.
  await page.getByLabel('Activation').selectOption('tanh');
  assert.equal(await length(page), base + 2);
  assert.deepEqual(messages, []);
  await close();
});

test('a slider drag is one entry, and so is a pan drag on a plot', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=leaky_relu`, {}, { initScript: countChanges });
  const base = await length(page);
  const slider = page.locator('input[type="range"]').first();
  const s = await slider.boundingBox();
  await page.mouse.move(s.x + s.width * 0.1, s.y + s.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(s.x + s.width * (0.1 + 0.06 * i), s.y + s.height / 2);
  await page.mouse.up();
  const leak = await page.getByLabel('Leak', { exact: true }).inputValue();
  assert.notEqual(leak, '0.1');
  assert.ok(await page.evaluate(() => window.__changes) > 3, 'the drag changed the widget many times');
  await page.waitForFunction((l) => new URL(location.href).searchParams.get('leak') === l, leak);
  assert.equal(await length(page), base + 1, 'the whole drag: one entry');

  const plot = await page.locator('#chart-f').boundingBox();
  await page.mouse.move(plot.x + plot.width / 2, plot.y + plot.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(plot.x + plot.width / 2 - 10 * i, plot.y + plot.height / 2);
  await page.mouse.up();
  const panned = await state(page);
  assert.ok(panned.xmin > -5, `panned: ${panned.xmin}`);
  assert.equal(await length(page), base + 2, 'the whole pan: one entry');

  await walk(page, 'back', () => document.querySelector('activation-widget').state.xmin === -5);
  assert.equal(await page.getByLabel('x from', { exact: true }).inputValue(), '-5');
  assert.equal(await page.getByLabel('Leak', { exact: true }).inputValue(), leak);
  await walk(page, 'back', () => document.querySelector('activation-widget').state.params.leak === undefined);
  assert.equal(await page.getByLabel('Leak', { exact: true }).inputValue(), '0.1');
  assert.equal(await fx(page), expectedFx('leaky_relu', {}, DEFAULT_X));
  assert.deepEqual(messages, []);
  await close();
});

test('a typed vector is one entry once typing pauses (when its results are announced)', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=relu`);
  const base = await length(page);
  const results = (text) => page.getByRole('status').filter({ hasText: `Results: f(x) is ${text}` }).waitFor();
  await page.getByLabel('Test vector').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('[1, -2, 3]');
  await results('[1 0 3]');
  assert.equal(await length(page), base + 1, 'ten keystrokes: one entry');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('[-7]');
  await results('[0]');
  assert.equal(await length(page), base + 2, 'typing after the pause: a new entry');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('x') === '[-7]');

  await walk(page, 'back', () => document.querySelector('activation-widget').state.x === '[1, -2, 3]');
  assert.equal(await page.getByLabel('Test vector').inputValue(), '[1, -2, 3]');
  assert.equal(await fx(page), expectedFx('relu', {}, '[1, -2, 3]'));
  await walk(page, 'back', () => document.querySelector('activation-widget').state.x.startsWith('[[0.2]'));
  assert.equal(await page.getByLabel('Test vector').inputValue(), DEFAULT_X);
  assert.equal(await fx(page), expectedFx('relu', {}, DEFAULT_X));
  assert.deepEqual(messages, []);
  await close();
});

test('without sync-url the widget leaves its page\'s history and URL alone', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  const url = `${session.server.url}post.html?id=7#part`;
  await page.route(`${session.server.url}post.html*`, (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>post</title><link rel="icon" href="data:,">'
      + '<script type="module" src="/activation-widget.js"></script></head><body>'
      + '<activation-widget fn="leaky_relu"></activation-widget></body></html>',
  }));
  await page.goto(url);
  await waitForWidgets(page);
  const base = await length(page);
  await page.getByLabel('Activation').selectOption('elu');
  await page.getByLabel('Alpha', { exact: true }).fill('0.5');
  await page.getByLabel('Test vector').fill('[3]');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const plot = await page.locator('#chart-f').boundingBox();
  await page.mouse.move(plot.x + plot.width / 2, plot.y + plot.height / 2);
  await page.mouse.down();
  await page.mouse.move(plot.x + plot.width / 2 - 60, plot.y + plot.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => {
    const s = document.querySelector('activation-widget').state;
    return s.x === '[3]' && s.params.alpha === '0.5' && s.xmin > -2.5;
  });
  assert.equal(await length(page), base);
  assert.equal(await page.evaluate(() => location.href), url);
  assert.equal(await page.evaluate(() => history.state), null);
  await context.close();
});
