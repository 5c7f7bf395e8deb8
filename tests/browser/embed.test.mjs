// The widget as bloggers embed it: the ES module with several widgets on one page (one
// WASM instance, host CSS kept out, attributes driving it), the single file from disk with
// no network and in an iframe, and the Embed button's snippets, which must work as pasted.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { useBrowser } from './harness.mjs';
import { startCspServer, STRICT_CSP } from './csp-server.mjs';
import { openWidgets, waitForWidgets } from './widget-page.mjs';
import { expectedCore } from './expected.mjs';

const singleFile = pathToFileURL(fileURLToPath(new URL('../../dist/activation-widget.html', import.meta.url))).href;
let core;

const session = useBrowser(startCspServer);
before(async () => {
  core = await expectedCore();
});

const fxOf = (fn, params, x) => core.evaluate(fn, params, x).fx;

test('two widgets on one page share one WASM instance and keep their own state', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}fixtures/two-widgets.html`);
  const first = page.locator('#first');
  const second = page.locator('#second');
  const wasmFetches = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length);
  assert.equal(wasmFetches, 1, 'one activations.wasm for both');
  assert.equal(await first.getByLabel('Activation').inputValue(), 'sigmoid');
  assert.equal(await second.getByLabel('Activation').inputValue(), 'leaky_relu');
  assert.equal(await second.getByLabel('Leak', { exact: true }).inputValue(), '0.3');
  assert.equal(await second.getByLabel('f(x)', { exact: true }).textContent(), fxOf('leaky_relu', { leak: '0.3' }, '[[-1], [2]]'));
  assert.deepEqual(await second.evaluate((w) => w.state.compare), ['tanh']);
  await first.getByLabel('Test vector').fill('[5]');
  assert.equal(await first.getByLabel('f(x)', { exact: true }).textContent(), fxOf('sigmoid', {}, '[5]'));
  assert.equal(await second.getByLabel('Test vector').inputValue(), '[[-1], [2]]');
  // Without sync-url a widget leaves its host page's URL alone.
  assert.equal(await page.evaluate(() => location.search), '');
  assert.deepEqual(messages, [], 'the post is served with a strict CSP: nothing may complain');
  await close();
});

test("the host page's CSS stays out of the widget", async () => {
  const { page, close } = await openWidgets(session.browser, `${session.server.url}fixtures/two-widgets.html`);
  const widget = page.locator('#first');
  const style = (locator, property) => locator.evaluate((el, p) => getComputedStyle(el)[p], property);
  // blog.css sets these on every button, label, canvas and output.
  assert.notEqual(await style(widget.getByRole('button', { name: 'Embed' }), 'backgroundColor'), 'rgb(255, 105, 180)');
  assert.equal(await style(widget.locator('label[for="fn"]'), 'textTransform'), 'none');
  assert.equal(await style(widget.locator('#chart-f'), 'borderTopWidth'), '0px');
  assert.notEqual(await style(widget.getByLabel('f(x)', { exact: true }), 'fontSize'), '30px');
  // The host's inherited font and colour stop at the element too.
  assert.doesNotMatch(await style(widget.getByLabel('Activation'), 'fontFamily'), /Comic|Georgia/);
  await close();
});

test('attributes and properties drive the widget; it reports changes with events', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}fixtures/two-widgets.html`);
  const second = page.locator('#second');
  await second.evaluate((w) => {
    w.setAttribute('fn', 'elu');
    w.setAttribute('alpha', '0.5');
    w.setAttribute('compare', 'sigmoid,softsign');
    w.setAttribute('xmin', '-1');
  });
  await page.waitForFunction(() => document.querySelector('#second').state.fn === 'elu');
  assert.equal(await second.getByLabel('Activation').inputValue(), 'elu');
  assert.equal(await second.getByLabel('Alpha', { exact: true }).inputValue(), '0.5');
  assert.deepEqual(await second.evaluate((w) => w.state.compare), ['sigmoid', 'softsign']);
  assert.equal(await second.getByLabel('x from', { exact: true }).inputValue(), '-1');
  assert.equal(await second.getByLabel('f(x)', { exact: true }).textContent(), fxOf('elu', { alpha: '0.5' }, '[[-1], [2]]'));
  // The properties set the attributes and take effect at once.
  assert.equal(await second.evaluate((w) => { w.x = '[7]'; return [w.getAttribute('x'), w.state.x]; }).then((v) => v.join('|')), '[7]|[7]');
  // A reader's change is announced with the new state.
  await second.evaluate((w) => w.addEventListener('change', (e) => { window.lastChange = e.detail; }));
  await second.getByLabel('Alpha', { exact: true }).fill('2.0');
  assert.deepEqual(await page.evaluate(() => window.lastChange?.params), { alpha: '2.0' });
  assert.deepEqual(messages, []);
  await close();
});

test('the single file works opened from disk, with the network blocked', async () => {
  const context = await session.browser.newContext({ offline: true });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route(/^https?:/, (route) => route.abort());
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.goto(`${singleFile}?fn=leaky_relu&leak=0.3&x=[[-1],[2]]`);
  await waitForWidgets(page);
  assert.equal(await page.getByLabel('f(x)', { exact: true }).textContent(), fxOf('leaky_relu', { leak: '0.3' }, '[[-1],[2]]'));
  await page.getByLabel('Test vector').fill('[0.5, -0.5]');
  assert.equal(await page.getByLabel('f(x)', { exact: true }).textContent(), fxOf('leaky_relu', { leak: '0.3' }, '[0.5, -0.5]'));
  // Even from disk the URL keeps the state.
  assert.equal(await page.evaluate(() => new URL(location.href).searchParams.get('x')), '[0.5, -0.5]');
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), [], 'no network request');
  assert.deepEqual(messages, []);
  await context.close();
});

test('the single file in an iframe, served with the policy it documents', async () => {
  // The host page has no widget of its own: open it plainly and wait on the frame.
  const context = await session.browser.newContext();
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.goto(`${session.server.url}fixtures/iframe.html`);
  const close = () => context.close();
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  await waitForWidgets(frame);
  assert.equal(await frame.getByLabel('Activation').inputValue(), 'binary_step');
  assert.equal(await frame.getByLabel('f(x)', { exact: true }).textContent(), fxOf('binary_step', {}, '[-1,0,1]'));
  // Framed, the page drops its own heading: the post around it is the page.
  assert.equal(await frame.locator('h1').isVisible(), false);
  assert.deepEqual(messages, []);
  await close();
});

test('Embed offers both snippets in the current state, and each works as pasted', async () => {
  const { page, context, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=leaky_relu&leak=0.3`);
  await page.getByLabel('Test vector').fill('[1, "<b>"]');  // an error, and text that must be escaped
  const embed = page.getByRole('button', { name: 'Embed' });
  await embed.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this widget' });
  await dialog.waitFor();
  const script = await dialog.getByLabel('Script tag').inputValue();
  const iframe = await dialog.getByLabel('Iframe').inputValue();
  assert.match(script, new RegExp(`^<script type="module" src="${session.server.url}activation-widget.js"></script>\n<activation-widget fn="leaky_relu" leak="0.3" x="\\[1, &quot;&lt;b&gt;&quot;\\]"></activation-widget>$`));
  assert.match(iframe, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/activation-widget\.html\?fn=leaky_relu&amp;leak=0\.3&amp;x=/);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await embed.evaluate((b) => b.getRootNode().activeElement === b), true, 'focus back on Embed');

  // Pasted into a post (served with the strict CSP), each snippet shows the same state.
  for (const [name, snippet] of [['script', script], ['iframe', iframe]]) {
    const url = `${session.server.url}fixtures/pasted-${name}.html`;
    await context.route(url, (route) => route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': STRICT_CSP },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>post</title><link rel="icon" href="data:,"></head><body>${snippet}</body></html>`,
    }));
    await page.goto(url);
    const frame = name === 'iframe' ? await (await page.locator('iframe').elementHandle()).contentFrame() : page;
    await waitForWidgets(frame);
    const state = await frame.locator('activation-widget').evaluate((w) => w.state);
    assert.deepEqual([state.fn, state.params, state.x], ['leaky_relu', { leak: '0.3' }, '[1, "<b>"]'], name);
  }
  assert.deepEqual(messages, []);
  await close();
});
