// "Download PNG" and "Download SVG" under the strict CSP: each download is captured, named
// for the function and its parameters, then opened and checked: the SVG parsed (its texts
// as <text>, its curves as paths, a jump's open and filled dots) and rendered, the PNG
// decoded; in both, the curves' colours where the page's plots draw them, the jump's gap and
// dots, the markers, the panels and the theme's background. The console stays empty.
// The pictures land in test-results/ to be looked at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { useBrowser } from './harness.mjs';
import { startCspServer } from './csp-server.mjs';
import { openWidgets, afterPaint, near } from './widget-page.mjs';

const BLUE = [0x1f, 0x77, 0xb4];
const ORANGE = [0xff, 0x7f, 0x0e];
const RED = [0xd6, 0x27, 0x28];
const PANEL = [0xf6, 0xf8, 0xfb];
const WHITE = [0xff, 0xff, 0xff];
const DARK_BG = [0x14, 0x18, 0x1f];
const DARK_BLUE = [0x5a, 0xa9, 0xe6];
const results = new URL('../../test-results/', import.meta.url);

const session = useBrowser(startCspServer);

function recordViolations() {
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
}

async function open(query, options = {}) {
  const opened = await openWidgets(session.browser, `${session.server.url}${query}`, { acceptDownloads: true, ...options }, { initScript: recordViolations });
  return opened;
}

// Clicks a button and returns the download's name and bytes (also saved to test-results/).
async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const bytes = await readFile(await file.path());
  await mkdir(results, { recursive: true });
  await writeFile(new URL(`export-${file.suggestedFilename()}`, results), bytes);
  return { filename: file.suggestedFilename(), bytes };
}

// Where each plot's canvas is in the picture: the SVG's panels (<rect rx>) are the page's
// figures moved by one offset; each canvas keeps its place inside its figure.
async function placement(page, svg) {
  const panels = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="[\d.]+" height="[\d.]+" rx=/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
  assert.equal(panels.length, 2, 'two panels');
  const page_ = await page.locator('activation-widget').evaluate((w) => ['#chart-f', '#chart-df'].map((id) => {
    const canvas = w.shadowRoot.querySelector(id);
    const c = canvas.getBoundingClientRect();
    const f = canvas.closest('figure').getBoundingClientRect();
    return { dx: c.left - f.left, dy: c.top - f.top };
  }));
  return { f: { x: panels[0].x - 0.5 + page_[0].dx, y: panels[0].y - 0.5 + page_[0].dy }, df: { x: panels[1].x - 0.5 + page_[1].dx, y: panels[1].y - 0.5 + page_[1].dy } };
}

// Decodes an image (SVG text or PNG bytes) in the page at `scale`, kept there; returns its
// size and pixel readers in the picture's CSS pixels (each a call into the page).
let decoded = 0;
async function decode(page, { svg, png, scale = 1 }) {
  const key = `picture${decoded++}`;
  const { width, height } = await page.evaluate(async ({ svg: text, png: base64, scale: s, key: k }) => {
    const img = new Image();
    img.src = text ? `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(text)))}` : `data:image/png;base64,${base64}`;
    await img.decode();
    const w = Math.round(img.naturalWidth * s);
    const h = Math.round(img.naturalHeight * s);
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(img, 0, 0, w, h);
    window[k] = { w, data: ctx.getImageData(0, 0, w, h).data };
    return { width: w, height: h };
  }, { svg, png: png?.toString('base64'), scale: svg ? scale : 1, key });
  const unit = svg ? scale : 1;
  // The pixels of a box (x, y, r: CSS pixels, half-size), as RGBA arrays.
  const box = (x, y, r) => page.evaluate(({ k, x0, x1, y0, y1 }) => {
    const { w, data } = window[k];
    const out = [];
    for (let j = y0; j <= y1; j++) for (let i = x0; i <= x1; i++) out.push(Array.from(data.subarray((j * w + i) * 4, (j * w + i) * 4 + 4)));
    return out;
  }, { k: key, x0: Math.round((x - r) * unit), x1: Math.round((x + r) * unit), y0: Math.round((y - r) * unit), y1: Math.round((y + r) * unit) });
  return {
    width, height,
    at: async (x, y) => (await box(x, y, 0))[0],
    // How many pixels near a colour in the box.
    around: async (x, y, r, rgb) => (await box(x, y, r)).filter((p) => near(p, 0, rgb)).length,
    box,
  };
}

// A data point's place in the picture: the plot's pixel (CSS) plus its canvas's place.
async function spot(page, where, plot, x, y) {
  const p = await page.locator('activation-widget').evaluate((w, a) => {
    const q = w.plotPixel(a[0], a[1], a[2]);
    const ratio = w.shadowRoot.querySelector('#chart-f').width / w.shadowRoot.querySelector('#chart-f').clientWidth;
    return { x: q.x / ratio, y: q.y / ratio };
  }, [plot, x, y]);
  return { x: where[plot].x + p.x, y: where[plot].y + p.y };
}

// tolerance: a sum of channel differences (the background and the panels differ by ~20).
const is = (pixel, rgb, message, tolerance = 60) => assert.ok(near(pixel, 0, rgb, tolerance), `${message}: got rgb(${pixel.slice(0, 3)})`);

test('Download SVG: named for the function, text as text, curves from the records, the jump\'s dots, markers, theme', async () => {
  const { page, messages, close } = await open('?fn=binary_step&compare=relu&x=[[-3],[2]]');
  const { filename, bytes } = await download(page, 'Download SVG');
  assert.equal(filename, 'binary_step.svg');
  const svg = bytes.toString('utf8');
  // Parsed as XML: texts are <text>, the title is the function; no canvas image inside.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    const panelTop = Math.min(...[...doc.querySelectorAll('rect[rx]')].map((r) => Number(r.getAttribute('y'))));
    const above = [...doc.querySelectorAll('text')].filter((t) => Number(t.getAttribute('y')) < panelTop).map((t) => t.textContent);
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName, texts, above,
      images: doc.querySelectorAll('image, foreignObject').length,
      title: doc.querySelector('title')?.textContent,
      markers: [...doc.querySelectorAll('path.markers')].map((p) => (p.getAttribute('d').match(/M/g) ?? []).length),
      circles: [...doc.querySelectorAll('circle')].map((c) => ({ fill: c.getAttribute('fill'), stroke: c.parentNode.getAttribute('stroke'), cy: Number(c.getAttribute('cy')) })),
    };
  }, svg);
  assert.equal(parsed.error, null);
  assert.equal(parsed.root, 'svg');
  assert.equal(parsed.images, 0, 'drawn, not an embedded picture');
  assert.equal(parsed.title, 'Binary step');
  assert.deepEqual(parsed.above, ['Binary step'], 'the title, as text, above the plots');
  for (const t of ['Binary step', 'Function', 'Derivative', 'f(x)', 'f′(x)', 'x', 'ReLU', 'test vector', '-4', '4', '0.2', '1.2']) {
    assert.ok(parsed.texts.includes(t), `a <text> "${t}" (texts: ${parsed.texts.join(' | ')})`);
  }
  assert.ok(!parsed.texts.some((t) => /heaviside|np\./i.test(t)), 'not the formula');
  assert.deepEqual(parsed.markers, [2, 2], 'two markers on each plot');
  // The step's jump at 0: open at 0 (a ring, the panel's colour inside), filled at 1; one above the other.
  const dots = parsed.circles.filter((c) => c.stroke === '#1f77b4');
  assert.equal(dots.length, 2, 'two dots at the jump');
  const [hollow, filled] = [dots.find((c) => c.fill === '#f6f8fb'), dots.find((c) => c.fill === '#1f77b4')];
  assert.ok(hollow && filled && hollow.cy > filled.cy, 'open below, filled above');

  // Rendered: the picture matches the page's plots.
  const where = await placement(page, svg);
  const img = await decode(page, { svg, scale: 2 });
  is(await img.at(3, 3), WHITE, 'the theme\'s background', 6);
  is(await img.at(where.f.x + 3, where.f.y + 3), PANEL, 'the panel', 6);
  const step = (x, y) => spot(page, where, 'f', x, y);
  let p = await step(-2.5, 0);
  assert.ok(await img.around(p.x, p.y, 1.5, BLUE) > 0, 'the step at 0 left of the jump');
  p = await step(2.5, 1);
  assert.ok(await img.around(p.x, p.y, 1.5, BLUE) > 0, 'the step at 1 right of the jump');
  p = await step(4, 4);
  assert.ok(await img.around(p.x, p.y, 1.5, ORANGE) > 0, 'the compared ReLU, orange, at (4, 4)');
  p = await step(0, 0);
  is(await img.at(p.x, p.y), PANEL, 'the open dot at (0, 0) is hollow');
  assert.ok(await img.around(p.x, p.y, 5, BLUE) > 4, 'the open dot\'s ring');
  p = await step(0, 1);
  is(await img.at(p.x, p.y), BLUE, 'the filled dot at (0, 1)');
  const [lo, hi] = [await step(0, 0.25), await step(0, 0.75)];
  const column = await img.box(lo.x, (lo.y + hi.y) / 2, (lo.y - hi.y) / 2);
  assert.ok(column.length > 40, 'a column to look at');
  assert.equal(column.filter((c) => near(c, 0, BLUE)).length, 0, 'no line across the jump');
  p = await step(2, 1);
  is(await img.at(p.x, p.y), RED, 'the marker at (2, 1)');
  p = await spot(page, where, 'df', -3, 0);
  is(await img.at(p.x, p.y), RED, 'the marker at (-3, 0) on f′');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(messages, []);
  await close();
});

test('Download PNG: named for the function and its parameters, at the screen\'s pixel ratio, the plots as drawn', async () => {
  const { page, messages, close } = await open('?fn=leaky_relu&leak=0.1&compare=&x=[[-3],[2]]', { deviceScaleFactor: 2 });
  const svg = (await download(page, 'Download SVG')).bytes.toString('utf8');
  const { filename, bytes } = await download(page, 'Download PNG');
  assert.equal(filename, 'leaky_relu-leak-0.1.png');
  assert.deepEqual([...bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
  const [, w, h] = svg.match(/<svg [^>]*width="([\d.]+)" height="([\d.]+)"/).map(Number);
  const img = await decode(page, { png: bytes });
  assert.deepEqual([img.width, img.height], [Math.round(w * 2), Math.round(h * 2)], 'the SVG\'s size at device pixel ratio 2');
  const where = await placement(page, svg);
  const px = (x, y) => img.at(x * 2, y * 2);
  is(await px(3, 3), WHITE, 'the theme\'s background', 6);
  is(await px(where.df.x + 3, where.df.y + 3), PANEL, 'the panel', 6);
  const at = (plot, x, y) => spot(page, where, plot, x, y);
  let p = await at('f', 4, 4);
  is(await px(p.x, p.y), BLUE, 'Leaky ReLU at (4, 4)');
  p = await at('f', -4, -0.4);
  is(await px(p.x, p.y), BLUE, 'Leaky ReLU at (-4, -0.4)');
  p = await at('f', 2, 2);
  is(await px(p.x, p.y), RED, 'the marker at (2, 2)');
  p = await at('df', -3, 0.1);
  is(await px(p.x, p.y), RED, 'the marker at (-3, 0.1) on f′');
  p = await at('df', 0, 1);
  is(await px(p.x, p.y), PANEL, 'f′\'s open dot at (0, 1)');
  // The title is drawn above the plots: ink in the title's row, none at the picture's edges.
  const row = await img.box(w, 27 * 2, 16);  // PNG pixels: the middle of the title's row
  assert.ok(row.filter((c) => !near(c, 0, WHITE)).length > 40, 'the title');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(messages, []);
  await close();
});

test('the default view\'s SVG: its size (raw and gzip); the dark theme in both files', async (t) => {
  const { page, messages, close } = await open('');
  const { filename, bytes } = await download(page, 'Download SVG');
  assert.equal(filename, 'relu.svg');
  const gzip = gzipSync(bytes, { level: 9 }).length;
  t.diagnostic(`default view SVG: ${bytes.length} bytes, ${gzip} gzipped`);
  assert.ok(bytes.length < 40000, `small enough to paste into a post: ${bytes.length} bytes`);
  await page.locator('activation-widget').evaluate((w) => w.setAttribute('theme', 'dark'));
  await afterPaint(page);
  const svg = (await download(page, 'Download SVG')).bytes.toString('utf8');
  const png = (await download(page, 'Download PNG')).bytes;
  const where = await placement(page, svg);
  for (const img of [await decode(page, { svg }), await decode(page, { png })]) {
    is(await img.at(3, 3), DARK_BG, 'the dark theme\'s background', 6);
    const p = await spot(page, where, 'f', 4, 4);
    assert.ok(await img.around(p.x, p.y, 1.5, DARK_BLUE) > 0, 'ReLU in the dark theme\'s blue');
  }
  assert.deepEqual(messages, []);
  await close();
});

test('the single file (its own policy) downloads both', async () => {
  const { page, messages, close } = await open('activation-widget.html?fn=leaky_relu&leak=0.2');
  assert.equal((await download(page, 'Download SVG')).filename, 'leaky_relu-leak-0.2.svg');
  assert.equal((await download(page, 'Download PNG')).filename, 'leaky_relu-leak-0.2.png');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(messages, []);
  await close();
});
