// The tangent line at the crosshair on the function plot: its slope is f'(x) (read back from
// the equation on the plot and from the overlay's pixels), it follows the pointer, a finger and
// the keyboard crosshair, and within 3 px of a kink it snaps to the kink and shows both
// one-sided tangents. Screenshots of it, light, dark and at 375 px, land in test-results/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { useBrowser } from './harness.mjs';
import { openWidgets, afterPaint, readPixels } from './widget-page.mjs';

const session = useBrowser();
mkdirSync('test-results', { recursive: true });
const DESKTOP = { viewport: { width: 1000, height: 760 } };

const widget = (page) => page.locator('activation-widget');
const plotPixel = (page, x, y) => widget(page).evaluate((w, a) => w.plotPixel('f', ...a), [x, y]);
const readout = (page) => page.locator('.readout').textContent();
const label = (page) => page.locator('.tangent-reading').textContent();
const labelMatches = (page, re) => page.waitForFunction((source) => new RegExp(source).test(
  document.querySelector('activation-widget').shadowRoot.querySelector('.tangent-reading').textContent), re.source);
const num = (text) => Number(text.replace('−', '-'));

async function pointAt(page, x, y, dx = 0) {
  const canvas = page.locator('#chart-f');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const scale = await canvas.evaluate((c) => c.width / c.clientWidth);
  const p = await plotPixel(page, x, y);
  return { x: box.x + p.x / scale + dx, y: box.y + p.y / scale };
}

// The tangent as drawn on the overlay: the middle row of its solid pixels in the canvas column at
// data x, as a data y (the overlay holds only the crosshair, markers and the tangent; x= is empty).
async function drawnY(page, x, color) {
  const p0 = await plotPixel(page, x, 0);
  const p1 = await plotPixel(page, x, 1);
  const data = await readPixels(page.locator('#chart-f-overlay'), { x: p0.x, y: 0, width: 1, height: 2000 });
  const rows = [];
  for (let i = 0; i < data.length; i += 4) {
    const d = Math.abs(data[i] - color[0]) + Math.abs(data[i + 1] - color[1]) + Math.abs(data[i + 2] - color[2]);
    if (data[i + 3] > 200 && d < 60) rows.push(i / 4);
  }
  if (rows.length === 0) return null;
  const row = (rows[0] + rows[rows.length - 1]) / 2;
  return (row - p0.y) / (p1.y - p0.y);
}

test("the tangent's slope is f'(x): in its equation and as drawn", async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=sigmoid&x=`, DESKTOP);
  const fg = await widget(page).evaluate((w) => getComputedStyle(w).getPropertyValue('--fg').trim());
  const rgb = [1, 3, 5].map((i) => parseInt(fg.slice(i, i + 2), 16));
  const at = await pointAt(page, 1, 0.5);
  await page.mouse.move(at.x, at.y);
  await page.locator('.tangent-reading').waitFor();
  const text = await label(page);
  const m = text.match(/^tangent {2}y = (−?[\d.]+)·x ([+−]) ([\d.]+)$/);
  assert.ok(m, text);
  const x = num((await readout(page)).match(/x = (−?[\d.]+)/)[1]);
  const s = 1 / (1 + Math.exp(-x));
  const slope = num(m[1]);
  assert.ok(Math.abs(slope - s * (1 - s)) < 5e-4, `slope ${slope} = σ'(${x}) = ${s * (1 - s)}`);
  const intercept = (m[2] === '−' ? -1 : 1) * num(m[3]);
  assert.ok(Math.abs(intercept - (s - s * (1 - s) * x)) < 5e-4, `intercept ${intercept}`);
  // As drawn: the line through the overlay's columns at x = -3 and x = 3.
  await afterPaint(page);
  const yl = await drawnY(page, -3, rgb);
  const yr = await drawnY(page, 3, rgb);
  assert.ok(yl !== null && yr !== null, 'the tangent is drawn across the plot');
  const drawnSlope = (yr - yl) / 6;
  assert.ok(Math.abs(drawnSlope - slope) < 0.02, `drawn slope ${drawnSlope} vs ${slope}`);
  assert.ok(Math.abs(yl - (intercept + slope * -3)) < 0.03, `through the point: ${yl}`);
  // It follows the pointer.
  const at2 = await pointAt(page, -2, 0.1);
  await page.mouse.move(at2.x, at2.y);
  await labelMatches(page, /^tangent {2}y = 0\.10\d*·x \+ 0\.3/);
  await page.screenshot({ path: 'test-results/tangent-light.png' });
  assert.deepEqual(messages, []);
  await close();
});

test('within 3 px of a kink it snaps and shows both one-sided tangents', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=leaky_relu&leak=0.1&compare=&x=`, DESKTOP);
  const at = await pointAt(page, 0, 0, 2);  // 2 px right of the kink
  await page.mouse.move(at.x, at.y);
  await page.locator('.tangent-reading').waitFor();
  assert.equal(await label(page), 'kink at x = 0: one-sided tangents\nleft   y = 0.1·x + 0\nright  y = 1·x + 0');
  await afterPaint(page);
  // The right tangent y = x drawn solid at x = 3; the left one y = 0.1 x solid at x = -3.
  const fg = await widget(page).evaluate((w) => getComputedStyle(w).getPropertyValue('--fg').trim());
  const rgb = [1, 3, 5].map((i) => parseInt(fg.slice(i, i + 2), 16));
  assert.ok(Math.abs(await drawnY(page, 3, rgb) - 3) < 0.1, 'right tangent: y = x');
  assert.ok(Math.abs(await drawnY(page, -3, rgb) + 0.3) < 0.1, 'left tangent: y = 0.1 x');
  await page.screenshot({ path: 'test-results/tangent-kink-light.png' });
  // 6 px away: no snap, the slope of the side it is on.
  const far = await pointAt(page, 0, 0, 6);
  await page.mouse.move(far.x, far.y);
  await labelMatches(page, /^tangent {2}y = 1·x \+ 0$/);
  assert.deepEqual(messages, []);
  await close();
});

test('the keyboard crosshair carries the tangent, and says its equation', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=leaky_relu&leak=0.25&compare=&x=`, DESKTOP);
  await page.locator('#chart-f').focus();
  await page.keyboard.press('ArrowLeft');  // from 0, the crosshair's start, one step left
  await page.keyboard.press('ArrowLeft');
  const status = page.locator('activation-widget').locator('p[role="status"]').filter({ hasText: 'Tangent' });
  await status.waitFor({ state: 'attached' });
  assert.match(await status.textContent(), /f′\(x\) = 0\.25\. Tangent: y = 0\.25·x \+ 0\.$/);
  await page.keyboard.press('Home');
  await page.keyboard.press('End');
  // Back to the kink from 5: the keys land on 0 exactly, which is the kink.
  for (let i = 0; i < 50; i++) await page.keyboard.press('ArrowLeft');
  assert.match(await status.textContent(), /\. One-sided tangents at the kink at x = 0: left y = 0\.25·x \+ 0, right y = 1·x \+ 0\.$/);
  assert.deepEqual(messages, []);
  await close();
});

test('a finger reads the tangent too; dark theme and 375 px look right', async () => {
  const phone = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true, colorScheme: 'dark' };
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=elu&alpha=2&x=`, phone);
  const at = await pointAt(page, 0, 0, 1);
  await page.touchscreen.tap(at.x, at.y);
  // On a phone the finger's reading carries the tangent (one bubble, above the finger).
  const bubble = page.locator('.touch-reading').first();
  await bubble.waitFor();
  assert.match(await bubble.textContent(), /\nkink at x = 0: one-sided tangents\nleft {3}y = 2·x \+ 0\nright {2}y = 1·x \+ 0$/);
  const box = await bubble.boundingBox();
  assert.ok(box.y + box.height < at.y, `above the finger: ${JSON.stringify(box)} ${at.y}`);
  assert.ok(!(await page.locator('.tangent-reading').isVisible()), 'not twice');
  await page.screenshot({ path: 'test-results/tangent-kink-dark-375.png' });
  const at2 = await pointAt(page, -1, 0);
  await page.touchscreen.tap(at2.x, at2.y);
  await page.waitForFunction(() => /\ntangent {2}y = /.test(document.querySelector('activation-widget').shadowRoot.querySelector('.touch-reading').textContent));
  await page.screenshot({ path: 'test-results/tangent-dark-375.png' });
  assert.deepEqual(messages, []);
  await close();
});
