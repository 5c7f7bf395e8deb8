// The small things a careful reader notices: no layout shift while the widget loads (CLS),
// a blog theme's inherited typography kept out, captions with the parameters as the tutorial
// writes them, note headings that fit the function, and tidy range numbers after a drag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { openWidgets, afterPaint } from './widget-page.mjs';
import { startCspServer } from './csp-server.mjs';

const session = useBrowser(startCspServer);

// Cumulative layout shift from page load until the widget has drawn and settled.
const RECORD_SHIFTS = `
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
`;
async function cls(url, viewport) {
  const { page, close } = await openWidgets(session.browser, url, { viewport }, { initScript: RECORD_SHIFTS });
  await page.waitForTimeout(500);
  await afterPaint(page);
  const shifts = await page.evaluate(() => window.shifts);
  await close();
  return shifts.reduce((a, b) => a + b, 0);
}

test('no layout shift while the widget loads (CLS <= 0.01): full page and a blog column', async () => {
  const figures = {};
  figures['full page 1280'] = await cls(session.server.url, { width: 1280, height: 900 });
  figures['full page 375'] = await cls(session.server.url, { width: 375, height: 667 });
  figures['720 px column'] = await cls(`${session.server.url}fixtures/column.html`, { width: 1000, height: 900 });
  console.log('CLS:', JSON.stringify(figures));
  for (const [where, value] of Object.entries(figures)) assert.ok(value <= 0.01, `${where}: CLS ${value}`);
});

test("a blog theme's inherited typography stays outside the widget", async () => {
  const { page, close } = await openWidgets(session.browser, `${session.server.url}fixtures/column.html`, { viewport: { width: 1000, height: 900 } });
  const inside = await page.locator('activation-widget').evaluate((w) => {
    const style = getComputedStyle(w.shadowRoot.querySelector('.hint'));
    return { letterSpacing: style.letterSpacing, wordSpacing: style.wordSpacing, textIndent: style.textIndent, textAlign: style.textAlign, fontFamily: style.fontFamily };
  });
  assert.equal(inside.letterSpacing, 'normal');
  assert.equal(inside.wordSpacing, '0px');
  assert.equal(inside.textIndent, '0px');
  assert.ok(['start', 'left'].includes(inside.textAlign), inside.textAlign);
  assert.doesNotMatch(inside.fontFamily, /Georgia/);
  await close();
});

test('captions carry the parameters as typed; the note is headed by what the function has', async () => {
  const { page, close } = await openWidgets(session.browser, `${session.server.url}?fn=leaky_relu&leak=1.0&x=[1, -2]`);
  const captions = () => page.locator('.prompt').allTextContents();
  assert.deepEqual(await captions(), ['print(x)', 'print(leaky_relu(x, leak = 1.0))', 'leaky_relu_dash(x, leak = 1.0)']);
  const heading = () => page.locator('.convention strong').textContent();
  assert.equal(await heading(), 'How it is computed. ', 'leak 1.0 is a straight line: no kink');
  await page.getByLabel('Leak', { exact: true }).fill('0.1');
  await afterPaint(page);
  assert.equal(await heading(), 'At the kink. ');
  assert.deepEqual(await captions(), ['print(x)', 'print(leaky_relu(x, leak = 0.1))', 'leaky_relu_dash(x, leak = 0.1)']);
  await page.getByLabel('Activation').selectOption('sigmoid');
  await afterPaint(page);
  assert.equal(await heading(), 'How it is computed. ');
  assert.deepEqual(await captions(), ['print(x)', 'print(sigmoid(x))', 'sigmoid_dash(x)']);
  await page.getByLabel('Activation').selectOption('binary_step');
  await afterPaint(page);
  assert.equal(await heading(), 'At the jump. ');
  await close();
});

test('a mouse drag leaves round numbers in the range boxes', async () => {
  const { page, close } = await openWidgets(session.browser, `${session.server.url}?fn=relu&xmin=-5&xmax=5`, { viewport: { width: 1280, height: 900 } });
  const box = await page.locator('#chart-f').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) {
    await page.mouse.move(box.x + box.width / 2 + i * 7.3, box.y + box.height / 2);
    await afterPaint(page);
  }
  await page.mouse.up();
  const from = await page.getByLabel('x from', { exact: true }).inputValue();
  const to = await page.getByLabel('x to', { exact: true }).inputValue();
  assert.notEqual(from, '-5', 'it panned');
  assert.match(from, /^-?\d+(\.\d{1,2})?$/);
  assert.match(to, /^-?\d+(\.\d{1,2})?$/);
  assert.equal(Number(to) - Number(from), 10);
  await close();
});
