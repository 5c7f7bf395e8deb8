// A phone (375 x 667, touch, Chromium's touch emulation through CDP): a horizontal drag on a
// plot pans its x range while a vertical one scrolls the page, two fingers pinch-zoom the x
// range, a tap reads the curve beside the finger and keeps the reading after the finger
// lifts; targets are at least 44 px, inputs 16 px, and the number boxes offer a minus key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { openWidgets, afterPaint } from './widget-page.mjs';

const session = useBrowser();
const PHONE = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true };

async function phone(query) {
  const opened = await openWidgets(session.browser, `${session.server.url}${query}`, PHONE);
  const cdp = await opened.context.newCDPSession(opened.page);
  // Fingers: one [x, y] per finger, in CSS pixels of the viewport.
  const touch = (type, fingers) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: fingers.map(([x, y], id) => ({ x: Math.round(x), y: Math.round(y), id })),
  });
  // A gesture: from `from` to `to` (arrays of fingers) in steps, then lifted.
  const gesture = async (from, to, steps = 8) => {
    await touch('touchStart', from);
    for (let i = 1; i <= steps; i++) {
      await touch('touchMove', from.map(([x, y], f) => [x + ((to[f][0] - x) * i) / steps, y + ((to[f][1] - y) * i) / steps]));
      await afterPaint(opened.page);
    }
    await touch('touchEnd', []);
    await afterPaint(opened.page);
  };
  const plotCentre = async () => {
    await opened.page.locator('#chart-f').scrollIntoViewIfNeeded();
    const box = await opened.page.locator('#chart-f').boundingBox();
    return [box.x + box.width / 2, box.y + box.height / 2];
  };
  const range = () => opened.page.locator('activation-widget').evaluate((w) => [Number(w.state.xmin), Number(w.state.xmax)]);
  return { ...opened, touch, gesture, plotCentre, range };
}

test('one finger: a horizontal drag pans the plot, a vertical drag scrolls the page', async () => {
  const p = await phone('?fn=relu&xmin=-5&xmax=5');
  const [x, y] = await p.plotCentre();
  await p.gesture([[x, y]], [[x - 120, y]]);
  const [xmin, xmax] = await p.range();
  assert.ok(xmin > -4.5, `panned to the right: ${xmin}..${xmax}`);
  assert.ok(Math.abs(xmax - xmin - 10) < 1e-9, 'the span is kept');
  assert.equal(await p.page.getByLabel('x from', { exact: true }).inputValue(), String(xmin));
  assert.ok(/^-?\d+(\.\d{1,2})?$/.test(String(xmin)), `a tidy bound after the drag: ${xmin}`);

  const scrolled = await p.page.evaluate(() => scrollY);
  const [x2, y2] = await p.plotCentre();
  await p.gesture([[x2, y2]], [[x2, y2 - 250]], 10);
  await p.page.waitForTimeout(300);
  assert.ok(await p.page.evaluate(() => scrollY) > scrolled + 50, 'the page scrolled');
  assert.deepEqual(await p.range(), [xmin, xmax], 'a vertical drag does not pan');
  assert.deepEqual(p.messages, []);
  await p.close();
});

test('two fingers pinch-zoom the x range', async () => {
  const p = await phone('?fn=relu&xmin=-5&xmax=5');
  const [x, y] = await p.plotCentre();
  await p.gesture([[x - 40, y], [x + 40, y]], [[x - 120, y], [x + 120, y]]);
  const [xmin, xmax] = await p.range();
  assert.ok(xmax - xmin < 5, `zoomed in: ${xmin}..${xmax}`);
  assert.ok(xmin < 0.5 && xmax > -0.5, 'around the fingers');
  await p.gesture([[x - 120, y], [x + 120, y]], [[x - 30, y], [x + 30, y]]);
  const [a, b] = await p.range();
  assert.ok(b - a > xmax - xmin, `and out again: ${a}..${b}`);
  await p.close();
});

test('a tap reads the curve beside the finger and keeps the reading', async () => {
  const p = await phone('?fn=relu&xmin=-5&xmax=5');
  const [x, y] = await p.plotCentre();
  await p.touch('touchStart', [[x + 60, y]]);
  await afterPaint(p.page);
  await p.touch('touchEnd', []);
  await afterPaint(p.page);
  const bubble = p.page.locator('.touch-reading').first();
  assert.ok(await bubble.isVisible(), 'the reading is shown after the finger lifts');
  // The reading, and on the function plot the tangent there (ReLU's, right of its kink: y = x).
  assert.match(await bubble.textContent(), /^x = [\d.]+ {2}f = [\d.]+ {2}f′ = 1\ntangent {2}y = 1·x \+ 0$/);
  const box = await bubble.boundingBox();
  // Over the finger (kept inside the plot, so not always centred on it), never under it.
  assert.ok(box.x <= x + 60 && box.x + box.width >= x + 60 && box.y + box.height < y, `above the finger (${x + 60}, ${y}): ${JSON.stringify(box)}`);
  assert.match(await p.page.locator('.readout').textContent(), /f\(x\) = /);
  await p.page.screenshot({ path: 'test-results/touch-375-reading.png' });
  await p.close();
});

test('fingers: targets of 44 px, inputs of 16 px, a minus key on the number keyboards', async () => {
  const p = await phone('?fn=leaky_relu&compare=tanh');
  const { page } = p;
  assert.ok(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'a coarse pointer');
  const sizes = {};
  const measure = async (name, locator) => {
    const b = await locator.boundingBox();
    sizes[name] = [Math.round(b.width), Math.round(b.height)];
  };
  await measure('chip ×', page.locator('.chip-remove').first());
  await measure('slider', page.locator('input[type="range"]').first());
  for (const name of ['Pan left', 'Zoom out', 'Zoom in', 'Pan right']) await measure(name, page.getByRole('button', { name }));
  await measure('±2', page.getByRole('button', { name: '±2' }));
  await measure('Copy as NumPy', page.getByRole('button', { name: 'Copy as NumPy' }));
  for (const [name, [w, h]] of Object.entries(sizes)) assert.ok(w >= 44 && h >= 44, `${name}: ${w} x ${h}`);
  console.log('touch targets (CSS px):', JSON.stringify(sizes));
  const fonts = await page.locator('activation-widget').evaluate((w) =>
    [...w.shadowRoot.querySelectorAll('input, select, textarea')].filter((el) => el.type !== 'range' && el.offsetParent)
      .map((el) => [el.id || el.type, parseFloat(getComputedStyle(el).fontSize)]));
  for (const [id, size] of fonts) assert.ok(size >= 16, `${id}: ${size} px`);
  // iPhone keyboards for inputmode=decimal or numeric have no minus: negatives need the text keyboard.
  for (const name of ['Leak', 'x from', 'x to']) {
    const mode = await page.getByLabel(name, { exact: true }).getAttribute('inputmode');
    assert.ok(mode === null || mode === 'text', `${name}: inputmode=${mode}`);
  }
  await page.getByLabel('Leak', { exact: true }).fill('-0.5');
  assert.equal(await page.getByLabel('Leak', { exact: true }).getAttribute('aria-invalid'), 'false');
  await page.screenshot({ path: 'test-results/touch-375-page.png', fullPage: true });
  await p.close();
});
