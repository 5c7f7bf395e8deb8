// Serves dist/ on 127.0.0.1 and drives Debian's Chromium through playwright-core.
import { before, after } from 'node:test';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';

export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export async function startServer() {
  const ctx = await esbuild.context({});
  const { port } = await ctx.serve({ servedir: distDir, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${port}/`, close: () => ctx.dispose() };
}

export function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// For a test file: a server (startServer, or another such as startCspServer) and Chromium,
// started before its tests and closed after them. Their handles are on the returned object.
export function useBrowser(start = startServer) {
  const session = { server: null, browser: null };
  before(async () => {
    session.server = await start();
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

// A page that records every console error and uncaught exception, for tests to assert none.
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  return { page, problems, close: () => context.close() };
}

// Counts canvas pixels near a colour: proof that a curve was painted, not just an element present.
// `canvas` is a CSS selector or a playwright Locator; either reaches into the widget's open
// shadow root, where the canvases live.
export function countPixels(page, canvas, [r, g, b], tolerance = 60) {
  const target = typeof canvas === 'string' ? page.locator(canvas) : canvas;
  return target.evaluate((element, { rgb, tol }) => {
    // Read through a copy made for readback, so the page's own canvas is left as it was.
    const copy = document.createElement('canvas');
    copy.width = element.width;
    copy.height = element.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(element, 0, 0);
    const { data } = ctx.getImageData(0, 0, element.width, element.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] > 128 && Math.abs(data[i] - rgb[0]) + Math.abs(data[i + 1] - rgb[1]) + Math.abs(data[i + 2] - rgb[2]) < tol) n++;
    }
    return n;
  }, { rgb: [r, g, b], tol: tolerance });
}
