// Legend entries toggle their curves on both plots: a button over each curve's entry (pointer,
// keyboard, screen readers; aria-pressed says the curve is shown), the function plot's being the
// tab stops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { openWidgets, afterPaint } from './widget-page.mjs';

const session = useBrowser();
const ORANGE = [0xff, 0x7f, 0x0e];
const BLUE = [0x1f, 0x77, 0xb4];

// Curve pixels inside the plot area (the legend's own swatches left out), counted in the page.
function curvePixels(page, plot, rgb) {
  return page.locator('activation-widget').evaluate((w, [p, [r, g, b]]) => {
    const canvas = w.shadowRoot.querySelector(p === 'f' ? '#chart-f' : '#chart-df');
    const left = w.plotPixel(p, -5, 0).x;
    const right = w.plotPixel(p, 5, 0).x;
    const copy = document.createElement('canvas');  // a copy: the page's canvas is untouched
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(left, 0, right - left, canvas.height * 0.7).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] > 128 && Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 60) n++;
    }
    return n;
  }, [plot, rgb]);
}

test('a legend entry hides its curve on both plots and shows it again, by pointer and keyboard', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=relu&x=`);
  // ReLU with Leaky ReLU (the tutorial's pair): one button per curve, on the function plot's legend.
  const leaky = page.getByRole('button', { name: 'Leaky ReLU', exact: true });
  assert.equal(await leaky.count(), 1, "the derivative plot's buttons are not repeated for screen readers");
  assert.equal(await leaky.getAttribute('aria-pressed'), 'true');
  for (const plot of ['f', 'df']) assert.ok(await curvePixels(page, plot, ORANGE) > 100, `${plot}: Leaky ReLU drawn`);
  // The button lies over Chart.js's legend entry.
  const box = await leaky.boundingBox();
  const canvas = await page.locator('#chart-f').boundingBox();
  assert.ok(box.y > canvas.y + canvas.height * 0.7 && box.y + box.height <= canvas.y + canvas.height + 2, `over the legend: ${JSON.stringify(box)}`);

  await leaky.click();
  await afterPaint(page);
  assert.equal(await leaky.getAttribute('aria-pressed'), 'false');
  for (const plot of ['f', 'df']) assert.ok(await curvePixels(page, plot, ORANGE) < 10, `${plot}: Leaky ReLU hidden`);
  for (const plot of ['f', 'df']) assert.ok(await curvePixels(page, plot, BLUE) > 100, `${plot}: ReLU still drawn`);

  // The derivative plot's entry toggles it too (pointer).
  const dfButton = page.locator('#chart-df ~ .legend-toggle').nth(1);
  assert.equal(await dfButton.getAttribute('aria-pressed'), 'false');
  await dfButton.click();
  await afterPaint(page);
  assert.equal(await leaky.getAttribute('aria-pressed'), 'true');
  for (const plot of ['f', 'df']) assert.ok(await curvePixels(page, plot, ORANGE) > 100, `${plot}: shown again`);

  // Keyboard: the entry is a tab stop after the plot, Space toggles it.
  const relu = page.getByRole('button', { name: 'ReLU', exact: true });
  await relu.focus();
  await page.keyboard.press('Space');
  await afterPaint(page);
  assert.equal(await relu.getAttribute('aria-pressed'), 'false');
  for (const plot of ['f', 'df']) assert.ok(await curvePixels(page, plot, BLUE) < 10, `${plot}: ReLU hidden by the keyboard`);
  await page.keyboard.press('Enter');
  await afterPaint(page);
  assert.equal(await relu.getAttribute('aria-pressed'), 'true');
  assert.deepEqual(messages, []);
  await close();
});
