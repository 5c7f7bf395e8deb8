// Links and embeds written against 0.1.0 (the README's and the "Copy link"/"Embed" buttons' forms)
// keep working: they are out in blog posts. CHANGELOG.md lists what changed; none of these may.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';
import { startCspServer } from './csp-server.mjs';
import { seedExamples } from '../wasm/load-core.mjs';

const session = useBrowser(startCspServer);

async function open(path) {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`); });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(`${session.server.url}${path}`);
  await page.waitForFunction(() => [...document.querySelectorAll('activation-widget')].every((w) => w.dataset.ready === 'true'));
  return { page, problems, close: () => context.close() };
}

const stateOf = (page, selector = 'activation-widget') => page.locator(selector).evaluate(async (w) => { await w.ready; return w.state; });

test('0.1.0 page links open the page in their state', async () => {
  const links = [
    // The README's link, brackets unencoded.
    ['?fn=leaky_relu&leak=0.1&x=[[-0.5],[0],[1]]', { fn: 'leaky_relu', params: { leak: '0.1' }, x: '[[-0.5],[0],[1]]' }, '[[-0.05]\n [ 0.  ]\n [ 1.  ]]'],
    // As URLSearchParams wrote them: encoded, with compare and a range.
    ['?fn=leaky_relu&leak=.1&x=%5B%5B-0.5%5D%2C+%5B0%5D%5D&compare=sigmoid%2Ctanh&xmin=-3&xmax=3',
      { fn: 'leaky_relu', params: { leak: '.1' }, x: '[[-0.5], [0]]', compare: ['sigmoid', 'tanh'], xmin: -3, xmax: 3 }, '[[-0.05]\n [ 0.  ]]'],
    // An int leak stays an int, as the tutorial's NumPy has it.
    ['?fn=leaky_relu&leak=0&x=[-2,%203]', { fn: 'leaky_relu', params: { leak: '0' }, x: '[-2, 3]' }, '[0 3]'],
  ];
  for (const [search, expected, fx] of links) {
    const { page, problems, close } = await open(search);
    const state = await stateOf(page);
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(state[key], value, `${search}: state.${key}`);
    assert.equal(await page.getByLabel('Activation').inputValue(), expected.fn, search);
    assert.equal(await page.getByLabel('Leak', { exact: true }).inputValue(), expected.params.leak, search);
    assert.equal(await page.getByLabel('f(x)', { exact: true }).textContent(), fx, search);
    assert.deepEqual(problems, [], search);
    await close();
  }
});

test('0.1.0 attributes: fn, parameters by id, x, compare, xmin, xmax', async () => {
  const { page, problems, close } = await open('fixtures/compat-0.1.0.html');
  assert.deepEqual(await stateOf(page, '#tutorial'),
    { fn: 'leaky_relu', params: { leak: '0.1' }, x: '[[-0.5],[0],[1]]', compare: ['tanh'], xmin: -3, xmax: 3 });
  const tutorial = page.locator('#tutorial');
  assert.equal(await tutorial.getByLabel('f(x)', { exact: true }).textContent(), '[[-0.05]\n [ 0.  ]\n [ 1.  ]]');
  assert.equal(await tutorial.getByLabel('Leak', { exact: true }).inputValue(), '0.1');

  const [example] = seedExamples;
  const example1 = page.locator('#example1');
  assert.equal(await example1.getByLabel('x', { exact: true }).textContent(), example.print_x);
  assert.equal(await example1.getByLabel('f(x)', { exact: true }).textContent(), example.print_fx);
  assert.equal(await example1.getByLabel("f'(x)", { exact: true }).textContent(), example.repr_dfx);

  assert.deepEqual((await stateOf(page, '#compare-list')).compare, ['tanh', 'relu'], 'comma-separated, spaces allowed');

  // Attributes still drive a live widget.
  await tutorial.evaluate((w) => { w.setAttribute('leak', '0.5'); w.setAttribute('x', '[-4]'); });
  await page.waitForFunction(() => document.querySelector('#tutorial').state.params.leak === '0.5');
  await tutorial.getByLabel('f(x)', { exact: true }).filter({ hasText: '[-2.]' }).waitFor();
  assert.deepEqual(problems, []);
  await close();
});
