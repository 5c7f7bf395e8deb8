// The iframe embed fits its content: the single file posts its height, and the optional
// activation-widget-resizer.js in the framing page sizes the <iframe> (desktop and phone
// widths, after a resize, with a border-box blog theme), reading only its own iframes' messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { startCspServer } from './csp-server.mjs';

const session = useBrowser(startCspServer);

// The frame's height on the page, and what its document needs (no scrolling inside).
const measure = (page) => page.evaluate(() => {
  const frame = document.getElementById('framed');
  const inner = frame.contentDocument.documentElement;
  return { frame: frame.contentWindow.innerHeight, content: Math.ceil(inner.getBoundingClientRect().height), scrolls: inner.scrollHeight > inner.clientHeight };
});

async function fits(page) {
  await page.waitForFunction(() => {
    const frame = document.getElementById('framed');
    const inner = frame.contentDocument?.documentElement;
    return inner && frame.contentDocument.querySelector('activation-widget')?.dataset.ready === 'true' &&
      Math.abs(frame.contentWindow.innerHeight - Math.ceil(inner.getBoundingClientRect().height)) <= 1;
  });
  const m = await measure(page);
  assert.ok(!m.scrolls, `nothing scrolls inside the frame: ${JSON.stringify(m)}`);
  return m.frame;
}

test('the resizer sizes the iframe to its content on a desktop and on a phone, and follows a resize', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`); });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(`${session.server.url}fixtures/iframe-resizer.html`);
  const desktop = await fits(page);
  assert.ok(desktop > 300, `grew from the 300 px attribute: ${desktop}`);

  await page.setViewportSize({ width: 375, height: 667 });
  await page.waitForFunction((h) => document.getElementById('framed').contentWindow.innerHeight !== h, desktop);
  const phone = await fits(page);
  assert.ok(phone > desktop, `taller when narrow: ${phone} > ${desktop}`);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForFunction((h) => document.getElementById('framed').contentWindow.innerHeight !== h, phone);
  assert.equal(await fits(page), desktop, 'and shrinks back: no feedback loop');
  assert.deepEqual(problems, []);
  await context.close();
});

test('only messages from its own iframes count, with a sane height; border-box themes fit too', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${session.server.url}fixtures/iframe-resizer.html`);
  const before = await fits(page);
  // The page itself, or any other window, posting a height changes nothing.
  await page.evaluate(() => window.postMessage({ type: 'activation-widget:height', height: 40 }, '*'));
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  assert.equal((await measure(page)).frame, before);
  // A frame cannot make itself endless, nor collapse.
  const framed = page.frame({ url: /activation-widget\.html/ });
  const postFromFrame = (height) => framed.evaluate((h) => parent.postMessage({ type: 'activation-widget:height', height: h }, '*'), height);
  await postFromFrame(1e9);
  await page.waitForFunction(() => document.getElementById('framed').style.height === '20000px');
  await postFromFrame(-5);
  await postFromFrame('tall');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  assert.equal(await page.evaluate(() => document.getElementById('framed').style.height), '20000px', 'a negative or non-numeric height is ignored');

  // A blog theme with box-sizing: border-box, a thick border and padding: the content still fits.
  await page.evaluate(() => Object.assign(document.getElementById('framed').style, { boxSizing: 'border-box', border: '6px solid', padding: '4px' }));
  await page.evaluate(() => document.getElementById('framed').contentWindow.postMessage({ type: 'activation-widget:height?' }, '*'));
  assert.equal(await fits(page), before);
  await context.close();
});
