// What the plots draw: a jump as a gap with an open and a filled dot (never a vertical
// line), compare mode's colours, the test vector's markers, the crosshair readout, and
// the x range following zoom, pan and drag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { openWidgets, afterPaint, readPixels, near, countPixels } from './widget-page.mjs';

const BLUE = [0x1f, 0x77, 0xb4];
const ORANGE = [0xff, 0x7f, 0x0e];
const GREEN = [0x2c, 0xa0, 0x2c];
const RED = [0xd6, 0x27, 0x28];
const DOT_RADIUS = 7;  // 4.5 px dot, its 2 px border, in device pixels at scale 1, rounded up

const session = useBrowser();

// The page's own URL (page.url() may lag behind history.replaceState).
const query = (page, name) => page.evaluate((n) => new URL(location.href).searchParams.get(n), name);
const widget = (page) => page.locator('activation-widget');
const plotPixel = (page, plot, x, y) => widget(page).evaluate((w, a) => w.plotPixel(...a), [plot, x, y]);

// Colour hits along the canvas column at data x, between data heights yLow and yHigh
// (exclusive of a dot's radius at each end).
async function columnHits(page, plot, x, yLow, yHigh, rgb) {
  const top = await plotPixel(page, plot, x, yHigh);
  const bottom = await plotPixel(page, plot, x, yLow);
  const y0 = top.y + DOT_RADIUS;
  const y1 = bottom.y - DOT_RADIUS;
  assert.ok(y1 - y0 > 20, 'a gap tall enough to look at');
  // Three pixel columns wide, so an anti-aliased 2 px line cannot slip between samples.
  const data = await readPixels(page.locator(plot === 'f' ? '#chart-f' : '#chart-df'), { x: top.x - 1, y: y0, width: 3, height: y1 - y0 });
  let hits = 0;
  for (let i = 0; i < data.length; i += 4) if (near(data, i, rgb)) hits++;
  return hits;
}

async function colourAt(page, plot, x, y) {
  const p = await plotPixel(page, plot, x, y);
  const data = await readPixels(page.locator(plot === 'f' ? '#chart-f' : '#chart-df'), { x: p.x, y: p.y, width: 1, height: 1 });
  return data;
}

test("ReLU's derivative jumps at 0: a gap, the leak's value filled, 1 open", async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?x=`);
  // Between f'(0-) = 0 (and Leaky ReLU's 0.1) and f'(0+) = 1, nothing is drawn on x = 0.
  assert.equal(await columnHits(page, 'df', 0, 0.1, 1, BLUE), 0, 'no blue vertical line');
  assert.equal(await columnHits(page, 'df', 0, 0.1, 1, ORANGE), 0, 'no orange vertical line');
  // The value taken at 0 is the x <= 0 branch's: a filled dot at 0 (ReLU) and 0.1 (Leaky ReLU).
  assert.ok(near(await colourAt(page, 'df', 0, 0), 0, BLUE), 'ReLU: filled dot at (0, 0)');
  assert.ok(near(await colourAt(page, 'df', 0, 0.1), 0, ORANGE), 'Leaky ReLU: filled dot at (0, 0.1)');
  // At (0, 1) only a ring: the centre shows the panel, the ring the curve's colour.
  assert.ok(!near(await colourAt(page, 'df', 0, 1), 0, BLUE), 'open dot at (0, 1): hollow');
  const ring = await plotPixel(page, 'df', 0, 1);
  const ringData = await readPixels(page.locator('#chart-df'), { x: ring.x - 8, y: ring.y, width: 16, height: 1 });
  let ringHits = 0;
  for (let i = 0; i < ringData.length; i += 4) if (near(ringData, i, BLUE)) ringHits++;
  assert.ok(ringHits >= 2, 'open dot at (0, 1): its ring is drawn');
  assert.deepEqual(messages, []);
  await close();
});

test('the binary step jumps from 0 to 1 at 0 and takes 1 there', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=binary_step&x=`);
  assert.equal(await columnHits(page, 'f', 0, 0, 1, BLUE), 0, 'no vertical line at x = 0');
  assert.ok(near(await colourAt(page, 'f', 0, 1), 0, BLUE), 'filled at (0, 1): np.heaviside(0, 1) = 1');
  assert.ok(!near(await colourAt(page, 'f', 0, 0), 0, BLUE), 'open at (0, 0)');
  assert.deepEqual(messages, []);
  await close();
});

test('the column check sees a curve that does cross x = 0 (sigmoid), so a gap is a real gap', async () => {
  const { page, close } = await openWidgets(session.browser, `${session.server.url}?fn=sigmoid&x=`);
  assert.ok(await columnHits(page, 'f', 0, 0.1, 0.9, BLUE) > 0);
  await close();
});

test('compare mode overlays a function the reader adds, in its own colour and legend entry', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=tanh&x=`);
  assert.ok(await countPixels(page, '#chart-f', GREEN) < 50, 'nothing green yet');
  await page.getByLabel('Compare with').selectOption('sigmoid');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await afterPaint(page);
  // tanh is first (blue), the first compared function second (orange).
  assert.ok(await countPixels(page, '#chart-f', ORANGE) > 200, 'sigmoid drawn in orange');
  await page.getByLabel('Compare with').selectOption('gelu');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await afterPaint(page);
  assert.ok(await countPixels(page, '#chart-f', GREEN) > 200, 'GELU drawn in green');
  assert.equal(await query(page, 'compare'), 'sigmoid,gelu');
  await page.getByRole('button', { name: 'Stop comparing Sigmoid' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('compare') === 'gelu');
  assert.deepEqual(messages, []);
  await close();
});

// The markers are drawn on each plot's overlay canvas (#chart-f-overlay over #chart-f), so
// moving them never redraws the curves: typing in the vector leaves the curves' canvas as it was.
test("the test vector's points are marked on both curves, on the overlay", async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=sigmoid&x=`);
  const before = await countPixels(page, '#chart-df-overlay', RED);
  const curves = await page.locator('#chart-df').evaluate((c) => c.toDataURL());
  await page.getByLabel('Test vector').fill('[-4, -2, 0, 2, 4]');
  await afterPaint(page);
  const after = await countPixels(page, '#chart-df-overlay', RED);
  assert.ok(after > before + 100, `markers drawn (${before} -> ${after} red pixels)`);
  assert.ok(await countPixels(page, '#chart-f-overlay', RED) > 100);
  assert.equal(await page.locator('#chart-df').evaluate((c) => c.toDataURL()), curves, 'the curves were not redrawn');
  assert.deepEqual(messages, []);
  await close();
});

test('the crosshair reads x, f(x) and f\'(x) under the pointer', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=leaky_relu&leak=0.25&compare=`);
  const canvas = page.locator('#chart-f');
  const box = await canvas.boundingBox();
  const scale = await canvas.evaluate((c) => c.width / c.clientWidth);
  const p = await plotPixel(page, 'f', -2, 0);
  await page.mouse.move(box.x + p.x / scale, box.y + p.y / scale);
  const readout = page.locator('.readout');
  await readout.filter({ hasText: 'f(x)' }).waitFor();
  const text = await readout.textContent();
  const x = Number(text.match(/x = (−?[\d.]+)/)[1].replace('−', '-'));
  assert.ok(Math.abs(x + 2) < 0.05, `x under the pointer: ${text}`);
  assert.match(text, /f′\(x\) = 0\.25/);
  assert.deepEqual(messages, []);
  await close();
});

test('range: typed bounds, presets, zoom, pan and drag all move the plots and the URL', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=sigmoid`);
  await page.getByLabel('x from', { exact: true }).fill('-2');
  assert.equal(await query(page, 'xmin'), '-2');
  await page.getByRole('button', { name: '±10' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('xmin') === '-10');
  assert.equal(await query(page, 'xmax'), '10');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  // Back to the default ±5, which the URL leaves out.
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('xmax'));
  assert.equal(await page.getByLabel('x to', { exact: true }).inputValue(), '5');
  await page.getByRole('button', { name: 'Pan right' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('xmin') === '-2.5');
  assert.equal(await page.getByLabel('x to', { exact: true }).inputValue(), '7.5');
  // Drag the plot to the right by a quarter of its width: the view moves left.
  const canvas = page.locator('#chart-f');
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => Number(new URL(location.href).searchParams.get('xmin')) < -4);
  // A bad bound is an error in the alert, and the plots keep the last good range.
  await page.getByLabel('x to', { exact: true }).fill('-100');
  assert.match(await page.getByRole('alert').textContent(), /x to/);
  assert.equal(await page.getByLabel('x to', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.deepEqual(messages, []);
  await close();
});
