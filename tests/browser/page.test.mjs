// The built page in Chromium: the tutorial's examples typed by a reader, byte for byte,
// both charts painted, the Leak control live, errors with a column, URL state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { openWidgets, countPixels } from './widget-page.mjs';
import { seedExamples } from '../wasm/load-core.mjs';

const BLUE = [0x1f, 0x77, 0xb4];
const ORANGE = [0xff, 0x7f, 0x0e];

const session = useBrowser();

const region = (page, name) => page.getByLabel(name, { exact: true });

for (const example of seedExamples) {
  test(`${example.name} typed into the page prints as NumPy does`, async () => {
    const { page, messages, close } = await openWidgets(session.browser, session.server.url);
    await page.getByLabel('Activation').selectOption(example.fn);
    for (const [id, value] of Object.entries(example.params)) {
      await page.getByLabel(id[0].toUpperCase() + id.slice(1), { exact: true }).fill(value);
    }
    await page.getByLabel('Test vector').fill(example.x);
    assert.equal(await region(page, 'x').textContent(), example.print_x);
    assert.equal(await region(page, 'f(x)').textContent(), example.print_fx);
    assert.equal(await region(page, "f'(x)").textContent(), example.repr_dfx);
    assert.deepEqual(messages, []);
    await close();
  });
}

test('both charts are painted: ReLU and Leaky ReLU overlapping, derivatives beside', async () => {
  const { page, messages, close } = await openWidgets(session.browser, session.server.url);
  for (const canvas of ['#chart-f', '#chart-df']) {
    assert.ok(await countPixels(page, canvas, BLUE) > 200, `${canvas}: ReLU curve painted`);
    assert.ok(await countPixels(page, canvas, ORANGE) > 200, `${canvas}: Leaky ReLU curve painted`);
  }
  assert.deepEqual(messages, []);
  await close();
});

test('changing Leak redraws the charts live', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=leaky_relu&leak=0.1`);
  // The canvas is inside the widget's shadow root, out of document.querySelector's reach.
  const canvas = await page.locator('#chart-df').elementHandle();
  const before = await canvas.evaluate((c) => c.toDataURL());
  await page.getByLabel('Leak', { exact: true }).fill('0.6');
  await page.waitForFunction(([c, old]) => c.toDataURL() !== old, [canvas, before]);
  assert.match(await page.evaluate(() => location.search), /leak=0\.6/);
  assert.deepEqual(messages, []);
  await close();
});

test('a malformed vector shows its column in an alert and keeps what was typed', async () => {
  const { page, messages, close } = await openWidgets(session.browser, session.server.url);
  const typed = '[[1], [2]';
  await page.getByLabel('Test vector').fill(typed);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /column \d+/);
  assert.match(await alert.locator('pre').textContent(), /\^$/);
  assert.equal(await page.getByLabel('Test vector').inputValue(), typed);
  assert.equal(await region(page, 'f(x)').textContent(), '');
  assert.deepEqual(messages, []);
  await close();
});

test('the URL opens the page in its state and follows the reader', async () => {
  const { page, messages, close } = await openWidgets(session.browser, `${session.server.url}?fn=leaky_relu&leak=0.1&x=[[-0.5],[0],[1]]`);
  assert.equal(await page.getByLabel('Activation').inputValue(), 'leaky_relu');
  assert.equal(await page.getByLabel('Leak', { exact: true }).inputValue(), '0.1');
  assert.equal(await region(page, 'f(x)').textContent(), '[[-0.05]\n [ 0.  ]\n [ 1.  ]]');
  await page.getByLabel('Test vector').fill('[2, -4]');
  const url = new URL(await page.evaluate(() => location.href));
  assert.equal(url.searchParams.get('x'), '[2, -4]');
  assert.equal(url.searchParams.get('fn'), 'leaky_relu');
  assert.deepEqual(messages, []);
  await close();
});
