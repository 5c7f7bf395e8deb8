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

// Pixels of a canvas column or any rectangle, read through a copy so the page's canvas is untouched.
export function readPixels(locator, { x, y, width, height }) {
  return locator.evaluate((canvas, rect) => {
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(canvas, 0, 0);
    return Array.from(ctx.getImageData(Math.round(rect.x), Math.round(rect.y), Math.max(1, Math.round(rect.width)), Math.max(1, Math.round(rect.height))).data);
  }, { x, y, width, height });
}

export const near = (data, i, [r, g, b], tol = 60) =>
  data[i + 3] > 128 && Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < tol;
