// The widget for every reader: keyboard-only use of the main flow with visible focus, the
// values table behind the plots, dark mode, 320 px without sideways scrolling, and
// reduced motion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { openWidgets, countPixels } from './widget-page.mjs';


const session = useBrowser();

// The focused element, looking through shadow roots, and whether its focus ring shows.
const focused = (page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  const style = getComputedStyle(el);
  const name = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent.trim();
  return {
    tag: el.tagName.toLowerCase(), type: el.type ?? '', name: name.trim(), value: el.value,
    ring: el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
  };
});

// Tabs forward until the named control has focus; every stop on the way must show focus.
async function tabTo(page, name, visited) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    visited.push(now);
    assert.ok(now.ring, `visible focus on ${now.tag} "${now.name}"`);
    if (now.name === name) return now;
  }
  throw new Error(`"${name}" is not reachable with Tab`);
}

test('keyboard only: pick, set, type, compare, range, values, copy and embed', async () => {
  const { page, messages, close } = await openWidgets(session.browser, session.server.url, { permissions: ['clipboard-read', 'clipboard-write'] });
  const visited = [];
  await tabTo(page, 'Activation', visited);
  await page.keyboard.press('ArrowDown');  // ReLU -> Leaky ReLU, the next in the catalogue
  assert.equal(await page.getByLabel('Activation').inputValue(), 'leaky_relu');
  await tabTo(page, 'Leak', visited);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0.2');
  await page.keyboard.press('ArrowUp');  // one slider step
  assert.equal(await page.getByLabel('Leak', { exact: true }).inputValue(), '0.21');
  await tabTo(page, 'Compare with', visited);
  await page.keyboard.press('ArrowDown');
  const picked = await page.getByLabel('Compare with').inputValue();
  await tabTo(page, 'Add', visited);
  await page.keyboard.press('Enter');
  assert.ok((await page.locator('activation-widget').evaluate((w) => w.state.compare)).includes(picked));
  await tabTo(page, '±2', visited);
  await page.keyboard.press('Space');
  assert.equal(await page.getByLabel('x from', { exact: true }).inputValue(), '-2');
  await tabTo(page, 'Zoom out', visited);
  await page.keyboard.press('Enter');
  assert.equal(await page.getByLabel('x from', { exact: true }).inputValue(), '-4');
  await tabTo(page, 'Values table', visited);
  await page.keyboard.press('Enter');
  await page.getByRole('table').locator('tbody tr').nth(10).waitFor();  // filled when opened
  await tabTo(page, 'Test vector', visited);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('[[-1], [1]]');
  assert.equal(await page.getByLabel('f(x)', { exact: true }).textContent(), '[[-0.21]\n [ 1.  ]]');
  // "Copy as NumPy" sits beside the box's label, one stop before it.
  await page.keyboard.press('Shift+Tab');
  assert.equal((await focused(page)).name, 'Copy as NumPy');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Copied the NumPy code' }).waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /x = np\.array\(\[\[-1\], \[1\]\]\)\nprint\(x\)/);
  // Embed sits in the toolbar: Shift+Tab back is as good as Tab forward.
  for (let i = 0; i < 80 && (await focused(page)).name !== 'Embed'; i++) await page.keyboard.press('Shift+Tab');
  assert.equal((await focused(page)).name, 'Embed');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  assert.equal((await focused(page)).name, 'Embed', 'focus returns to the Embed button');
  // The slider duplicates the parameter box for the pointer and is never a tab stop.
  assert.ok(!visited.some((v) => v.type === 'range'), 'no slider among the tab stops');
  assert.deepEqual(messages, []);
  await close();
});

test('the values table gives the plots as text, jumps included', async () => {
  const { page, close } = await openWidgets(session.browser, `${session.server.url}?fn=relu&compare=`);
  await page.getByText('Values table').click();
  const table = page.getByRole('table');
  assert.match(await table.locator('caption').textContent(), /x from −5 to 5/);
  assert.deepEqual(await table.locator('thead th').allTextContents(), ['x', 'ReLU: f(x)', 'ReLU: f′(x)']);
  assert.deepEqual(await table.locator('tbody tr').nth(10).locator('th, td').allTextContents(), ['5', '5', '1']);
  assert.match(await table.locator('tfoot').textContent(), /f′ jumps at x = 0, from 0 on the left to 1 on the right, and f′\(0\) = 0/);
  await close();
});

test('dark mode follows prefers-color-scheme', async () => {
  const { page, messages, close } = await openWidgets(session.browser, session.server.url, { colorScheme: 'dark' });
  const widget = page.locator('activation-widget');
  assert.equal(await widget.evaluate((w) => getComputedStyle(w).getPropertyValue('--scheme').trim()), 'dark');
  const [r, g, b] = (await widget.evaluate((w) => getComputedStyle(w).backgroundColor)).match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, 'a dark background');
  assert.ok(await countPixels(page, '#chart-f', [0x5a, 0xa9, 0xe6]) > 200, 'curves in the dark palette');
  // A host page can pin the theme whatever the reader's setting.
  await widget.evaluate((w) => w.setAttribute('theme', 'light'));
  assert.equal(await widget.evaluate((w) => getComputedStyle(w).getPropertyValue('--scheme').trim()), 'light');
  assert.deepEqual(messages, []);
  await close();
});

test('320 px wide: nothing scrolls sideways, whatever is open', async () => {
  const { page, messages, close } = await openWidgets(session.browser,
    `${session.server.url}?fn=hard_tanh&min_val=-1.5&compare=sigmoid,gelu_tanh,softplus&x=[[0.2], [0.5], [1.2], [-2.3], [0]]`,
    { viewport: { width: 320, height: 640 } });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.equal(await overflow(), 0, 'as opened');
  await page.getByText('Values table').click();
  await page.getByText('The NumPy definition').click();
  await page.getByLabel('Test vector').fill('[[1, 2], [3, 4]');  // an error with a caret
  assert.equal(await overflow(), 0, 'values, definition and an error open');
  await page.getByRole('button', { name: 'Embed' }).click();
  await page.getByRole('dialog').waitFor();
  const dialog = await page.getByRole('dialog').boundingBox();
  assert.ok(dialog.x >= 0 && dialog.x + dialog.width <= 320, 'the embed dialog fits');
  assert.equal(await overflow(), 0, 'embed dialog open');
  assert.deepEqual(messages, []);
  await close();
});

test('reduced motion: no transitions (and the plots never animate)', async () => {
  const transition = async (reducedMotion) => {
    const { page, close } = await openWidgets(session.browser, session.server.url, { reducedMotion });
    const value = await page.getByRole('button', { name: 'Embed' }).evaluate((b) => getComputedStyle(b).transitionDuration);
    await close();
    return value;
  };
  assert.notEqual(await transition('no-preference'), '0s');
  assert.equal(await transition('reduce'), '0s');
});
