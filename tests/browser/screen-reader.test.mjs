// What a screen reader hears: results and errors once typing pauses (not per keystroke),
// nothing while the mouse moves over a plot, each plot a keyboard stop whose arrow keys move a
// crosshair that is read out, and each curve's shape described in words from the core's facts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { openWidgets, afterPaint } from './widget-page.mjs';

const session = useBrowser();

// Records each change of text inside a live region of the widget (an aria-live other than
// off, role alert, status or log, or an <output>, which is a status), as a screen reader
// would be told of it. Emptied regions say nothing and are left out.
const listen = (page) => page.evaluate(() => {
  const root = document.querySelector('activation-widget').shadowRoot;
  window.heard = [];
  const liveRegion = (node) => {
    for (let el = node.nodeType === 1 ? node : node.parentElement; el; el = el.parentElement) {
      const live = el.getAttribute('aria-live');
      if (live === 'off') return null;
      if (live || ['alert', 'status', 'log'].includes(el.getAttribute('role')) || el.tagName === 'OUTPUT') return el;
    }
    return null;
  };
  new MutationObserver((records) => {
    const regions = new Set(records.map((r) => liveRegion(r.target)).filter(Boolean));
    for (const el of regions) if (el.textContent.trim()) window.heard.push(`${el.getAttribute('role') ?? el.tagName.toLowerCase()}: ${el.textContent}`);
  }).observe(root, { subtree: true, childList: true, characterData: true });
});
const heard = (page) => page.evaluate(() => window.heard);

test('typing a vector: the result is announced once, when typing pauses', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=relu&x=`);
  await listen(page);
  await page.getByLabel('Test vector').click();
  await page.keyboard.type('[[0.5], [2]]', { delay: 30 });
  // On screen the outputs follow every keystroke.
  assert.equal(await page.getByLabel('f(x)', { exact: true }).textContent(), '[[0.5]\n [2. ]]');
  await page.waitForTimeout(1000);
  const said = await heard(page);
  assert.equal(said.length, 1, said.join('\n'));
  assert.match(said[0], /f\(x\) is \[\[0\.5\]\n \[2\. \]\]; f′\(x\) is array/);
  assert.deepEqual(messages, []);
  await close();
});

test('typing a mistake: aria-invalid at once, the alert once typing pauses', async () => {
  const { page, close } = await openWidgets(session.browser, `${session.server.url}?fn=relu&x=`);
  await listen(page);
  const box = page.getByLabel('Test vector');
  await box.click();
  await page.keyboard.type('[[1, 2], [3', { delay: 30 });
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  await page.getByRole('alert').filter({ hasText: 'column' }).waitFor();
  await page.waitForTimeout(800);
  const said = await heard(page);
  assert.equal(said.length, 1, said.join('\n'));
  assert.match(said[0], /^alert: Test vector, column \d+/);
  await close();
});

test('moving the mouse over a plot announces nothing', async () => {
  const { page, close } = await openWidgets(session.browser, `${session.server.url}?fn=relu&compare=`);
  await listen(page);
  const box = await page.locator('#chart-f').boundingBox();
  for (let i = 1; i < 10; i++) {
    await page.mouse.move(box.x + (box.width * i) / 10, box.y + box.height / 2);
    await afterPaint(page);
  }
  await page.locator('.readout').filter({ hasText: 'f(x) =' }).waitFor();  // the readout follows on screen
  assert.deepEqual(await heard(page), []);
  await close();
});

// The readout is written in the frame after the key: its text once it matches, or after 2 s as it is.
async function readoutOnceDrawn(page, pattern) {
  let text = '';
  for (let waited = 0; waited <= 2000; waited += 50) {
    text = await page.locator('.readout').textContent();
    if (pattern.test(text)) break;
    await page.waitForTimeout(50);
  }
  return text;
}

test('a plot is a keyboard stop; arrow keys move a crosshair that is read out once per key', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=relu&compare=&xmin=-5&xmax=5`);
  const plot = page.getByRole('application', { name: 'Plot of ReLU, x from −5 to 5' });
  assert.equal(await plot.getAttribute('tabindex'), '0');
  // Tab reaches it from the control before it.
  await page.getByLabel('Compare with').focus();
  for (let i = 0; i < 3 && !(await plot.evaluate((c) => c.getRootNode().activeElement === c)); i++) await page.keyboard.press('Tab');
  assert.ok(await plot.evaluate((c) => c.getRootNode().activeElement === c), 'Tab reaches the plot');
  await listen(page);
  await page.keyboard.press('ArrowRight');  // the crosshair appears at 0
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await afterPaint(page);
  const status = page.getByRole('status').filter({ hasText: 'x = 0.2.' });
  // Each reading ends with the tangent there (issue 14): at the kink, both one-sided ones.
  assert.equal(await status.textContent(), 'x = 0.2. ReLU: f(x) = 0.2, f′(x) = 1. Tangent: y = 1·x + 0.');
  assert.deepEqual(await heard(page), [
    'status: x = 0. ReLU: f(x) = 0, f′(x) = 0. One-sided tangents at the kink at x = 0: left y = 0·x + 0, right y = 1·x + 0.',
    'status: x = 0.1. ReLU: f(x) = 0.1, f′(x) = 1. Tangent: y = 1·x + 0.',
    'status: x = 0.2. ReLU: f(x) = 0.2, f′(x) = 1. Tangent: y = 1·x + 0.',
  ]);
  await page.keyboard.press('Shift+ArrowLeft');  // ten steps
  const minus08 = /x = −0\.8.*f\(x\) = 0, f′\(x\) = 0/;
  assert.match(await readoutOnceDrawn(page, minus08), minus08);
  await page.keyboard.press('End');
  assert.match(await readoutOnceDrawn(page, /x = 5ReLU f\(x\) = 5/), /x = 5ReLU f\(x\) = 5/);
  // The crosshair is drawn on the plot's overlay, where the keys put it.
  const drawn = await page.locator('#chart-f-overlay').evaluate((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });
  assert.ok(drawn > 20, 'a crosshair on the overlay');
  assert.deepEqual(messages, []);
  await close();
});

test("each curve's shape is described in words, from the core's facts", async () => {
  const { page, close } = await openWidgets(session.browser, `${session.server.url}?fn=relu&compare=`);
  const description = (id) => page.locator(`#${id}`).evaluate((c) =>
    c.getAttribute('aria-describedby').split(' ').map((ref) => c.getRootNode().getElementById(ref).textContent).join(' '));
  assert.match(await description('chart-f'), /^ReLU: f\(x\) is zero for x < 0, a straight line of slope 1 for x > 0\. It has a kink at x = 0\. It tends to 0 as x → −∞ and to \+∞ as x → \+∞\./);
  assert.match(await description('chart-df'), /jump at x = 0 from 0 to 1 \(a step of 1\); at x = 0 it takes 0/);
  await page.getByLabel('Activation').selectOption('leaky_relu');
  await page.getByLabel('Leak', { exact: true }).fill('0.2');
  await afterPaint(page);
  assert.match(await description('chart-f'), /a straight line of slope 0\.2 for x < 0/);
  assert.match(await description('chart-f'), /to −∞ as x → −∞/);
  await page.getByLabel('Activation').selectOption('sigmoid');
  await afterPaint(page);
  assert.match(await description('chart-f'), /Sigmoid: f\(x\) is curved everywhere\. No jumps or kinks\. It tends to 0 as x → −∞ and to 1 as x → \+∞\./);
  assert.match(await description('chart-df'), /It tends to 0 as x → −∞ and to 0 as x → \+∞/);
  await close();
});
