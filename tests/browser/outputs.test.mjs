// NumPy's lines are never clipped without a sign: in a 720 px blog column a 75-column line is
// shown whole; on a 320 px phone a box that cannot show it scrolls, is a labelled tab stop and
// shows a shadow at the edge where there is more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { openWidgets } from './widget-page.mjs';
import { startCspServer } from './csp-server.mjs';

const session = useBrowser(startCspServer);

// Which boxes scroll is settled shortly after the outputs change.
const boxMetrics = (locator) => locator.evaluate(async (el) => {
  await new Promise((resolve) => setTimeout(resolve, 400));
  return {
    scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, tabIndex: el.getAttribute('tabindex'),
    text: el.textContent, background: getComputedStyle(el).backgroundImage,
  };
});

test('a 720 px column: sigmoid of [-6,-2,0,2,6] shows its whole line', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}fixtures/column.html`, { viewport: { width: 1000, height: 900 } });
  const fx = page.getByLabel('f(x)', { exact: true });
  const m = await boxMetrics(fx);
  assert.equal(m.text, '[0.00247262 0.11920292 0.5        0.88079708 0.99752738]');
  assert.ok(m.scrollWidth <= m.clientWidth, `whole: ${m.scrollWidth} px of text in a ${m.clientWidth} px box`);
  assert.equal(m.tabIndex, null, 'a box that shows everything is no tab stop');
  // The last character is on screen, inside the widget.
  const box = await fx.boundingBox();
  const widget = await page.locator('activation-widget').boundingBox();
  assert.ok(box.x + box.width <= widget.x + widget.width);
  assert.ok(widget.width <= 720);
  await page.screenshot({ path: 'test-results/outputs-720-column.png', fullPage: true });
  assert.deepEqual(messages, []);
  await close();
});

test('320 px: the softmax Jacobian scrolls, with focus and a visible edge', async () => {
  const { page, messages, close } = await openWidgets(session.browser,
    `${session.server.url}?fn=softmax&x=[0.5, -1.25, 2, 0.125, 3.5, -0.75]`, { viewport: { width: 320, height: 700 } });
  const dfx = page.getByLabel("f'(x)", { exact: true });
  const m = await boxMetrics(dfx);
  assert.ok(m.scrollWidth > m.clientWidth, 'the Jacobian is wider than the phone');
  assert.equal(m.tabIndex, '0', 'a labelled tab stop');
  assert.match(m.background, /gradient/, 'a shadow marks the edge with more');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 0, 'the page itself does not scroll sideways');
  // Keyboard: Tab reaches it and the arrow keys scroll it.
  await page.getByLabel('f(x)', { exact: true }).evaluate((el) => el.scrollIntoView());
  await dfx.focus();
  assert.ok(await dfx.evaluate((el) => el.matches(':focus-visible') || el.getRootNode().activeElement === el));
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  assert.ok(await dfx.evaluate((el) => el.scrollLeft) > 0, 'arrow keys scroll it');
  await page.screenshot({ path: 'test-results/outputs-320-jacobian.png', fullPage: true });
  assert.deepEqual(messages, []);
  await close();
});
