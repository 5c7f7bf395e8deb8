// Zooming the plots without scroll-jacking: Ctrl/⌘ + wheel (or the wheel once a plot has focus)
// zooms the x range around the pointer; a plain wheel over an unfocused plot scrolls the page
// and a hint says how to zoom; a double click and "Reset view" restore the default range. The
// function plot's y range: automatic, locked, or typed (y from / y to, ymin/ymax in the URL).
import { test } from 'node:test';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { openWidgets, afterPaint } from './widget-page.mjs';

const session = useBrowser();
mkdirSync('test-results', { recursive: true });
const VIEWPORT = { viewport: { width: 1000, height: 700 } };

const widget = (page) => page.locator('activation-widget');
const range = (page) => widget(page).evaluate((w) => [w.state.xmin, w.state.xmax]);
const yRange = (page) => widget(page).evaluate((w) => [w.state.ymin ?? null, w.state.ymax ?? null]);
const query = (page, name) => page.evaluate((n) => new URL(location.href).searchParams.get(n), name);

// The page position (CSS px) of data (x, y) on a plot (deviceScaleFactor 1: canvas px = CSS px).
async function pagePoint(page, plot, x, y) {
  const canvas = page.locator(plot === 'f' ? '#chart-f' : '#chart-df');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const p = await widget(page).evaluate((w, a) => w.plotPixel(...a), [plot, x, y]);
  return { x: box.x + p.x, y: box.y + p.y };
}

test('a plain wheel over an unfocused plot scrolls the page and shows how to zoom', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=relu`, VIEWPORT);
  const at = await pagePoint(page, 'f', 2, 0);
  await page.evaluate(() => scrollTo(0, 0));
  const before = await pagePoint(page, 'f', 2, 0);
  await page.mouse.move(before.x, Math.max(before.y, 40));
  await page.mouse.wheel(0, 200);
  await page.waitForFunction(() => scrollY > 50);
  assert.deepEqual(await range(page), [-5, 5], 'the range did not change');
  const hint = page.locator('.wheel-hint').first();
  assert.ok(await hint.isVisible(), 'the hint is shown');
  assert.match(await hint.textContent(), /^Ctrl \+ scroll to zoom, or click the plot first$/);
  await page.screenshot({ path: 'test-results/zoom-hint.png' });
  assert.ok(at.x > 0);
  assert.deepEqual(messages, []);
  await close();
});

test('Ctrl + wheel zooms around the pointer; a double click restores the default range', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=sigmoid`, VIEWPORT);
  const at = await pagePoint(page, 'f', 2, 0.5);
  await page.mouse.move(at.x, at.y);
  const scrolled = await page.evaluate(() => scrollY);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await page.waitForFunction(() => document.querySelector('activation-widget').state.xmax < 5);
  const [xmin, xmax] = await range(page);
  assert.ok(xmax - xmin < 8, `zoomed in: ${xmin}..${xmax}`);
  assert.ok(xmin > -5 && xmax < 5, 'on both sides of the pointer');
  await afterPaint(page);
  // x = 2 stays under the pointer (within a rounding step of the bounds).
  const after = await pagePoint(page, 'f', 2, 0.5);
  assert.ok(Math.abs(after.x - at.x) < 2, `the point under the pointer stays: ${at.x} -> ${after.x}`);
  assert.equal(await page.evaluate(() => scrollY), scrolled, 'the page did not scroll');
  assert.equal(await page.getByLabel('x from', { exact: true }).inputValue(), String(xmin));
  await page.waitForFunction((v) => new URL(location.href).searchParams.get('xmin') === v, String(xmin));

  await page.mouse.dblclick(at.x, at.y);
  await page.waitForFunction(() => document.querySelector('activation-widget').state.xmin === -5);
  assert.deepEqual(await range(page), [-5, 5], 'a double click restores the default range');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('xmin'));
  assert.deepEqual(messages, []);
  await close();
});

test('once the plot has focus the plain wheel zooms; "Reset view" restores the range', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=tanh&xmin=-2&xmax=2`, VIEWPORT);
  await page.locator('#chart-df').focus();
  const at = await pagePoint(page, 'df', 0, 0.5);
  await page.mouse.move(at.x, at.y);
  const scrolled = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 300);  // towards the reader: zoom out
  await page.waitForFunction(() => document.querySelector('activation-widget').state.xmax > 2);
  const [xmin, xmax] = await range(page);
  assert.ok(xmax - xmin > 4, `zoomed out: ${xmin}..${xmax}`);
  assert.equal(await page.evaluate(() => scrollY), scrolled, 'the page did not scroll');
  assert.ok(!(await page.locator('.wheel-hint').nth(1).isVisible()), 'no hint when the wheel zooms');
  // The page's own default range (-5..5), since the element has no range attributes.
  await page.getByRole('button', { name: 'Reset view' }).click();
  await page.waitForFunction(() => document.querySelector('activation-widget').state.xmin === -5);
  assert.deepEqual(await range(page), [-5, 5]);
  assert.deepEqual(messages, []);
  await close();
});

test('the y range: automatic, typed in "y from" / "y to", locked, in the URL', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=leaky_relu&leak=0.1&compare=`, VIEWPORT);
  assert.deepEqual(await yRange(page), [null, null], 'automatic by default');
  assert.ok(!('ymin' in await widget(page).evaluate((w) => w.state)), 'absent from the state while automatic');
  const yFrom = page.getByLabel('y from', { exact: true });
  const yTo = page.getByLabel('y to', { exact: true });
  assert.equal(await yFrom.inputValue(), '');
  await yFrom.fill('-1');
  await yTo.fill('3');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('ymax') === '3');
  assert.equal(await query(page, 'ymin'), '-1');
  assert.deepEqual(await yRange(page), [-1, 3]);
  await afterPaint(page);
  // The plot's y axis is the typed range exactly: y = -1 at the bottom of the plot area, 3 at its top.
  const area = await page.locator('#chart-f').evaluate((c) => c.getBoundingClientRect().top);
  const bottom = await pagePoint(page, 'f', 0, -1);
  const top = await pagePoint(page, 'f', 0, 3);
  const areaBox = await widget(page).evaluate((w) => {
    const canvas = w.shadowRoot.querySelector('#chart-f');
    return { top: canvas.getBoundingClientRect().top, height: canvas.clientHeight };
  });
  assert.ok(top.y - areaBox.top < 12 && bottom.y - top.y > areaBox.height * 0.6, `3 at the top, -1 at the bottom: ${top.y} ${bottom.y} (${area})`);
  assert.equal(await page.getByRole('button', { name: 'Lock y' }).getAttribute('aria-pressed'), 'true');
  // Reset view: x back to default, y automatic again.
  await page.getByRole('button', { name: 'Reset view' }).click();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('ymin'));
  assert.equal(await yFrom.inputValue(), '');
  assert.deepEqual(await yRange(page), [null, null]);

  // Lock keeps the range as drawn while the function changes.
  const lock = page.getByRole('button', { name: 'Lock y' });
  await lock.click();
  assert.equal(await lock.getAttribute('aria-pressed'), 'true');
  const [lo, hi] = await yRange(page);
  assert.ok(Number.isFinite(lo) && Number.isFinite(hi) && lo < -0.4 && hi > 5, `locked at the automatic range: ${lo}..${hi}`);
  assert.equal(await yFrom.inputValue(), String(lo));
  await page.getByLabel('Leak', { exact: true }).fill('0.9');
  await afterPaint(page);
  assert.deepEqual(await yRange(page), [lo, hi], 'kept while the leak changes');
  const y = await pagePoint(page, 'f', 0, lo);
  const y2 = await pagePoint(page, 'f', 0, hi);
  assert.ok(y.y > y2.y);
  await lock.click();
  assert.deepEqual(await yRange(page), [null, null], 'unlocked: automatic again');
  assert.equal(await yTo.inputValue(), '');

  // A bad box is an error; the plot keeps its range.
  await yFrom.fill('4');
  await yTo.fill('2');
  assert.match(await page.getByRole('alert').textContent(), /y to/);
  assert.equal(await yTo.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(messages, []);
  await close();
});

test('ymin/ymax in the URL and as attributes', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=sigmoid&ymin=-0.5&ymax=1.5`, VIEWPORT);
  assert.equal(await page.getByLabel('y from', { exact: true }).inputValue(), '-0.5');
  assert.equal(await page.getByLabel('y to', { exact: true }).inputValue(), '1.5');
  assert.deepEqual(await yRange(page), [-0.5, 1.5]);
  await widget(page).evaluate((w) => { w.setAttribute('ymin', '0'); w.setAttribute('ymax', '1'); });
  await page.waitForFunction(() => document.querySelector('activation-widget').state.ymax === 1);
  assert.equal(await page.getByLabel('y from', { exact: true }).inputValue(), '0');
  assert.deepEqual(messages, []);
  await close();
});
