// Opens a page holding one or more <activation-widget>s and waits until each has drawn,
// recording every console message (all types) and uncaught error.
// initScript runs in the page before any of its own scripts (e.g. to record events).
export async function openWidgets(browser, url, contextOptions = {}, { initScript } = {}) {
  const context = await browser.newContext(contextOptions);
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const messages = [];
  page.on('console', (msg) => messages.push(`console.${msg.type()}: ${msg.text()}`));
  page.on('pageerror', (err) => messages.push(`pageerror: ${err.message}`));
  await page.goto(url);
  await waitForWidgets(page);
  return { page, context, messages, close: () => context.close() };
}

export function waitForWidgets(frame) {
  return frame.waitForFunction(() => {
    const widgets = [...document.querySelectorAll('activation-widget')];
    return widgets.length > 0 && widgets.every((w) => w.dataset.ready === 'true');
  });
}

// Two animation frames: the widget draws on the next frame after a change.
export function afterPaint(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

// Pixels of a canvas, or of a rectangle of it (canvas pixels), read through a copy so the page's
// canvas is untouched. `canvas` is a playwright Locator, or a CSS selector with `page`'s
// locator() (either reaches into the widget's open shadow root, where the canvases live).
export function readPixels(canvas, rect) {
  return canvas.evaluate((element, r) => {
    const copy = document.createElement('canvas');
    copy.width = element.width;
    copy.height = element.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(element, 0, 0);
    const { x, y, width, height } = r ?? { x: 0, y: 0, width: element.width, height: element.height };
    return Array.from(ctx.getImageData(Math.round(x), Math.round(y), Math.max(1, Math.round(width)), Math.max(1, Math.round(height))).data);
  }, rect ?? null);
}

// Whether pixel i (an index into readPixels' RGBA data) is opaque and near a colour.
export const near = (data, i, [r, g, b], tol = 60) =>
  data[i + 3] > 128 && Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < tol;

// How many pixels of a canvas (or of `rect` in it) are near a colour: proof that a curve was
// painted, not just an element present. `canvas`: a Locator, or a CSS selector on `page`.
export async function countPixels(page, canvas, rgb, { rect, tolerance } = {}) {
  const data = await readPixels(typeof canvas === 'string' ? page.locator(canvas) : canvas, rect);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (near(data, i, rgb, tolerance)) n++;
  return n;
}

// Pixels of a rectangle of the page as composited on screen (CSS pixels; every canvas and
// overlay drawn), from a screenshot decoded in the page: what a reader sees there.
export async function screenPixels(page, { x, y, width, height }) {
  const png = await page.screenshot({ clip: { x, y, width, height } });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    return Array.from(ctx.getImageData(0, 0, bitmap.width, bitmap.height).data);
  }, png.toString('base64'));
}

// An init script (openWidgets' initScript): wraps Worker so that every message the page posts to
// a worker and every answer it gets back is logged in window.workerLog: for a posted message the
// length of the longest string in it (the test vector travels as text), and its `vector` if it
// has one.
export function logWorkerTraffic() {
  const log = { started: 0, posted: [], vectors: [], answers: 0 };
  window.workerLog = log;
  const longest = (value, depth = 0) => {
    if (typeof value === 'string') return value.length;
    if (value === null || typeof value !== 'object' || depth > 4) return 0;
    return Math.max(0, ...Object.values(value).map((v) => longest(v, depth + 1)));
  };
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      log.started++;
      this.addEventListener('message', ({ data }) => {
        if (data && !data.failed) log.answers++;
      });
    }

    postMessage(message, ...rest) {
      log.posted.push(longest(message));
      if (typeof message?.vector === 'string') log.vectors.push(message.vector);
      return super.postMessage(message, ...rest);
    }
  };
}
