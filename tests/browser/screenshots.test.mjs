// Screenshots of the page as readers see it, kept as test artifacts in test-results/
// (git-ignored): light and dark at desktop width, 320 px, the crosshair and the Embed dialog.
// Each picture is also checked for what it is there to show, through the page's public
// surfaces (roles, labels, the element's plotPixel()) and its canvases: the curves' ink at
// points whose values are known, the crosshair's line and readout under the pointer, the
// dialog's two snippets, and no horizontal scroll at 320 px.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { useBrowser } from './harness.mjs';
import { openWidgets, afterPaint, countPixels, screenPixels } from './widget-page.mjs';

const outDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

// The series colours (widget.css --c0, --c1, --c2), light and dark.
const LIGHT = [[0x1f, 0x77, 0xb4], [0xff, 0x7f, 0x0e], [0x2c, 0xa0, 0x2c]];
const DARK = [[0x5a, 0xa9, 0xe6], [0xff, 0xa0, 0x4d], [0x5c, 0xc4, 0x6a]];

const session = useBrowser();
before(async () => {
  await mkdir(outDir, { recursive: true });
});

const canvasOf = (page, plot) => page.locator(plot === 'f' ? '#chart-f' : '#chart-df');
const plotPixel = (page, plot, x, y) =>
  page.locator('activation-widget').evaluate((w, a) => w.plotPixel(...a), [plot, x, y]);

// Pixels of `rgb` within `radius` device pixels of the data point (x, y) of a plot.
async function inkAt(page, plot, [x, y], rgb, radius = 3) {
  const p = await plotPixel(page, plot, x, y);
  assert.ok(p, `${plot}: the plot is drawn`);
  const rect = { x: p.x - radius, y: p.y - radius, width: 2 * radius + 1, height: 2 * radius + 1 };
  return countPixels(page, canvasOf(page, plot), rgb, { rect });
}

async function assertInk(page, name, expectations) {
  for (const { plot, points, rgb, what } of expectations) {
    for (const point of points) {
      const ink = await inkAt(page, plot, point, rgb);
      assert.ok(ink >= 2, `${name}: ${what} drawn through (${point}) on ${plot} (${ink} pixels of its colour there)`);
    }
  }
}

// Each picture, and where its curves must be: [x, f(x)] and [x, f'(x)] of every series drawn,
// at points away from the other series (so the colour is that series' own).
const shots = [
  {
    // The tutorial's figure, as the page opens: ReLU (blue) and Leaky ReLU, leak 0.1 (orange).
    name: 'widget-light', query: '',
    options: { viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
    ink: [
      { plot: 'f', what: 'ReLU', rgb: LIGHT[0], points: [[-4, 0], [-2, 0]] },
      { plot: 'f', what: 'Leaky ReLU', rgb: LIGHT[1], points: [[-4, -0.4], [-2, -0.2]] },
      { plot: 'df', what: "ReLU'", rgb: LIGHT[0], points: [[-3, 0], [-1, 0]] },
      { plot: 'df', what: "Leaky ReLU'", rgb: LIGHT[1], points: [[-3, 0.1], [-1, 0.1]] },
    ],
  },
  {
    // Compare mode with a jump, in the dark: the binary step, sigmoid and tanh.
    name: 'widget-dark', query: '?fn=binary_step&compare=sigmoid,tanh&x=[-2, 0, 1.5]',
    options: { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
    ink: [
      { plot: 'f', what: 'the binary step', rgb: DARK[0], points: [[-4, 0], [4, 1]] },
      { plot: 'f', what: 'sigmoid', rgb: DARK[1], points: [[-1, 1 / (1 + Math.E)], [1, 1 / (1 + 1 / Math.E)]] },
      { plot: 'f', what: 'tanh', rgb: DARK[2], points: [[-1, Math.tanh(-1)], [0.5, Math.tanh(0.5)]] },
      { plot: 'df', what: "sigmoid'", rgb: DARK[1], points: [[0, 0.25]] },
      { plot: 'df', what: "tanh'", rgb: DARK[2], points: [[0, 1]] },
    ],
  },
  {
    // A phone: Leaky ReLU with leak 0.2, at 320 px and twice the pixel density.
    name: 'widget-narrow', query: '?fn=leaky_relu&leak=0.2',
    options: { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 },
    ink: [
      { plot: 'f', what: 'Leaky ReLU', rgb: LIGHT[0], points: [[-4, -0.8], [-2, -0.4], [2, 2], [4, 4]] },
      { plot: 'df', what: "Leaky ReLU'", rgb: LIGHT[0], points: [[-3, 0.2], [3, 1]] },
    ],
  },
];

for (const { name, query, options, ink } of shots) {
  test(`screenshot: ${name}, with its curves where they must be`, async () => {
    const { page, messages, close } = await openWidgets(session.browser, session.server.url + query, options);
    await afterPaint(page);
    await page.screenshot({ path: `${outDir}${name}.png`, fullPage: true });
    await assertInk(page, name, ink);
    const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    assert.ok(width.scroll <= width.view, `${name}: no horizontal scroll (${width.scroll} px wide in ${width.view} px)`);
    assert.deepEqual(messages, []);
    await close();
  });
}

// A number as the readout prints it (4 significant digits, "−" for minus), and its pattern.
const readNumber = (text) => Number(text.replace(/\u2212/g, '-'));
const NUMBER = '\u2212?\\d+(?:\\.\\d+)?(?:e[+\u2212-]\\d+)?';

// erf by its Taylor series (ample for |x| < 3), for GELU(x) = x Φ(x) and GELU'(x) = Φ(x) + x φ(x).
function erf(x) {
  let sum = 0;
  let term = x;
  for (let n = 0; n < 60; n++) {
    sum += term / (2 * n + 1);
    term *= -x * x / (n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}
const gelu = (x) => 0.5 * x * (1 + erf(x / Math.SQRT2));
const geluDash = (x) => 0.5 * (1 + erf(x / Math.SQRT2)) + x * Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);

test('screenshot: widget-crosshair, the line and the readout under the pointer', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=gelu&compare=relu`,
    { viewport: { width: 1280, height: 900 } });
  // Point at x = 1.5 on the f plot: the crosshair is drawn on both plots, and the readout
  // gives x, then f(x) and f'(x) of each series.
  const canvas = canvasOf(page, 'f');
  const box = await canvas.boundingBox();
  const scale = await canvas.evaluate((c) => c.width / c.clientWidth);
  const target = await plotPixel(page, 'f', 1.5, 0);
  // The column at x = 1.5 on each plot (their axes may differ in width), three pixels wide, as
  // the screen shows it (whichever canvas the crosshair is drawn on).
  const columns = () => Promise.all(['f', 'df'].map(async (plot) => {
    const at = await plotPixel(page, plot, 1.5, 0);
    const plotBox = await canvasOf(page, plot).boundingBox();
    return screenPixels(page, { x: plotBox.x + at.x / scale - 1, y: plotBox.y, width: 3, height: plotBox.height });
  }));
  const before = await columns();
  await page.mouse.move(box.x + target.x / scale, box.y + target.y / scale);
  const readout = page.locator('.readout');
  await readout.filter({ hasText: 'f(x)' }).waitFor();
  await afterPaint(page);
  await page.screenshot({ path: `${outDir}widget-crosshair.png`, clip: { x: 0, y: 0, width: 1280, height: 720 } });

  const text = await readout.textContent();
  const x = readNumber(text.match(new RegExp(`x = (${NUMBER})`))[1]);
  assert.ok(Math.abs(x - 1.5) < 0.02, `the readout's x is the pointer's (${text})`);
  const readings = Object.fromEntries([...text.matchAll(new RegExp(`(GELU|ReLU) f\\(x\\) = (${NUMBER}), f′\\(x\\) = (${NUMBER})`, 'g'))]
    .map(([, label, f, df]) => [label, { f: readNumber(f), df: readNumber(df) }]));
  assert.deepEqual(Object.keys(readings).sort(), ['GELU', 'ReLU'], `a reading for each series (${text})`);
  assert.equal(readings.ReLU.f, x, `ReLU(x) = x for x > 0 (${text})`);
  assert.equal(readings.ReLU.df, 1, `ReLU'(x) = 1 for x > 0 (${text})`);
  assert.ok(Math.abs(readings.GELU.f - gelu(x)) < 2e-3, `GELU(${x}) = ${gelu(x)} (${text})`);
  assert.ok(Math.abs(readings.GELU.df - geluDash(x)) < 2e-3, `GELU'(${x}) = ${geluDash(x)} (${text})`);
  // The readout sits under the plots, inside the picture.
  const readoutBox = await readout.boundingBox();
  assert.ok(readoutBox.y >= box.y + box.height - 1 && readoutBox.y + readoutBox.height <= 720,
    `the readout is under the plots, in the picture (at y = ${readoutBox.y}; the plot ends at ${box.y + box.height})`);
  // The crosshair: the pixel column under the pointer changed on both plots, over much of its height.
  const after = await columns();
  for (const [i, plot] of ['f', 'df'].entries()) {
    let changed = 0;
    for (let k = 0; k < after[i].length; k += 4) {
      if (Math.abs(after[i][k] - before[i][k]) + Math.abs(after[i][k + 1] - before[i][k + 1]) + Math.abs(after[i][k + 2] - before[i][k + 2]) > 30) changed++;
    }
    const rows = after[i].length / 4 / 3;
    assert.ok(changed > rows / 4, `${plot}: the crosshair is drawn under the pointer (${changed} pixels changed in a column of ${rows})`);
  }
  assert.deepEqual(messages, []);
  await close();
});

test('screenshot: widget-embed-dialog, both snippets in the widget\'s current state', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=gelu&compare=relu`,
    { viewport: { width: 1280, height: 900 } });
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this widget' });
  await dialog.waitFor();
  await page.screenshot({ path: `${outDir}widget-embed-dialog.png` });
  const script = await dialog.getByLabel('Script tag').inputValue();
  const iframe = await dialog.getByLabel('Iframe').inputValue();
  assert.equal(script, `<script type="module" src="${session.server.url}activation-widget.js"></script>\n` +
    '<activation-widget fn="gelu" compare="relu"></activation-widget>');
  assert.match(iframe, new RegExp(`^<iframe src="${session.server.url}activation-widget\\.html\\?fn=gelu&amp;compare=relu" `));
  assert.ok(await dialog.getByRole('button', { name: 'Done' }).isVisible());
  const inView = await dialog.boundingBox();
  assert.ok(inView.y >= 0 && inView.y + inView.height <= 900, 'the dialog fits the window');
  assert.deepEqual(messages, []);
  await close();
});
