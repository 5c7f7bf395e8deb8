// The reader's journeys, written once and run by one driver per engine: tests/firefox/,
// tests/webkit/ and tests/browser/journeys.test.mjs (Chromium, which also has the fuller
// suite). They use only the page's public surfaces: controls and outputs by accessible name,
// the URL, `data-ready`, the files in dist/, and what the server sees. Nothing here knows the
// widget's internals, so they hold across rewrites of web/src.
//
// A driver is { name, start(), stop(), open() → page } where page is:
//   goto(url)
//   fill(name, text, scope?)     types text into the control named `name` (its old text replaced)
//   select(name, value, scope?)  picks the option whose value is `value` in the select named `name`
//   text(name, scope?)           the text content of the element named `name`
//   value(name, scope?)          the value of the control named `name`
//   evaluate(fn, ...args)        runs fn in the page, returns its (JSON) result
//   messages()                   console errors and warnings, uncaught errors, failed loads, CSP violations
//   close()
// `scope` is a CSS selector for one <activation-widget> on a page that holds several.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startEngineServer } from './server.mjs';

const seed = JSON.parse(await readFile(new URL('../seed/seed_examples.json', import.meta.url), 'utf8'));
export const seedExamples = seed.cases;
export const singleFileUrl = pathToFileURL(fileURLToPath(new URL('../../dist/activation-widget.html', import.meta.url))).href;

// Browsers on a shared 2-core machine start slowly: allow for it.
export const TEST_TIMEOUT = 120_000;
const WAIT = 30_000;
// WebKit logs its "preloaded but not used" warning ~3 s after load; Chromium and Firefox theirs
// after a few seconds too. The quiet-console journey waits this long after ready.
const QUIET_FOR = 4_000;

/**
 * Finds the one element whose accessible name is exactly `name`, through open shadow roots.
 * Runs in the page (it is serialized by the drivers: keep it self-contained). The name is
 * computed as accessibility APIs do for these controls: aria-labelledby, else aria-label, else
 * the text of its <label>s; elements hidden from assistive technology are skipped.
 */
export function findByName(name, scope) {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const start = scope ? document.querySelector(scope) : document;
  if (!start) throw new Error(`no element matches ${scope}`);
  const all = [];
  const roots = [start];
  if (start.shadowRoot) roots.push(start.shadowRoot);
  while (roots.length) {
    for (const el of roots.shift().querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) roots.push(el.shadowRoot);
    }
  }
  const nameOf = (el) => {
    const ids = el.getAttribute('aria-labelledby');
    if (ids) {
      const root = el.getRootNode();
      return norm(ids.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' '));
    }
    if (el.hasAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
    if (el.labels?.length) return norm([...el.labels].map((label) => label.textContent).join(' '));
    return null;
  };
  const hidden = (el) => {
    for (let node = el; node; node = node.parentNode ?? node.host) {
      if (node.nodeType === 1 && (node.hidden || node.getAttribute('aria-hidden') === 'true' || node.inert)) return true;
    }
    return false;
  };
  const found = all.filter((el) => nameOf(el) === name && !hidden(el));
  if (found.length !== 1) throw new Error(`${found.length} elements are named ${JSON.stringify(name)}`);
  return found[0];
}

/** Every <activation-widget> on the page has drawn (`data-ready="true"`). Runs in the page. */
export function widgetsReady() {
  const widgets = [...document.querySelectorAll('activation-widget')];
  return widgets.length > 0 && widgets.every((w) => w.dataset.ready === 'true');
}

/** The (same-origin) iframe is as tall as its content, which no longer scrolls. Runs in the page. */
export function frameFits() {
  const frame = document.querySelector('iframe');
  const doc = frame?.contentDocument;
  if (doc?.querySelector('activation-widget')?.dataset.ready !== 'true') return 'the framed widget is not ready';
  const inner = doc.documentElement;
  const content = Math.ceil(inner.getBoundingClientRect().height);
  const fits = Math.abs(frame.contentWindow.innerHeight - content) <= 1 && inner.scrollHeight <= inner.clientHeight && content > 300;
  return fits || `frame ${frame.contentWindow.innerHeight} px, content ${content} px`;
}

async function until(what, check, timeout = WAIT) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last === true) return;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const waitForReady = (page) => until('data-ready="true" on every widget', () => page.evaluate(widgetsReady));

/** Waits until the element named `name` shows `expected`, then asserts it (a diff if it never does). */
async function expectText(page, name, expected, scope) {
  try {
    await until(`${name} to read as NumPy prints it`, async () => (await page.text(name, scope)) === expected);
  } catch { /* the assertion below reports what it shows instead */ }
  assert.equal(await page.text(name, scope), expected, `${name}${scope ? ` in ${scope}` : ''}`);
}

const paramName = (id) => id[0].toUpperCase() + id.slice(1);

async function typeExample(page, example, scope) {
  await page.select('Activation', example.fn, scope);
  for (const [id, value] of Object.entries(example.params)) await page.fill(paramName(id), value, scope);
  await page.fill('Test vector', example.x, scope);
  await expectText(page, 'x', example.print_x, scope);
  await expectText(page, 'f(x)', example.print_fx, scope);
  await expectText(page, "f'(x)", example.repr_dfx, scope);
}

/** Declares the journeys as node:test tests, run in the browser `driver` drives. */
export function defineJourneys(driver) {
  let server;
  before(async () => {
    server = await startEngineServer({ csp: true, recordConsole: true });
    await driver.start();
  }, { timeout: TEST_TIMEOUT });
  after(async () => {
    await driver.stop();
    await server?.close();
  });

  const journey = (title, body) => test(`${driver.name}: ${title}`, { timeout: TEST_TIMEOUT }, async () => {
    const page = await driver.open('about:blank');
    try {
      await body(page);
    } finally {
      await page.close();
    }
  });

  journey('the driver hears console warnings and errors, uncaught errors, 404s and CSP violations', async (page) => {
    await page.goto(`${server.url}fixtures/noisy.html`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const heard = (await page.messages()).join('\n');
    for (const [what, pattern] of [['console.warn', /noisy warning/], ['console.error', /noisy error/],
      ['an uncaught error', /noisy uncaught/], ['a 404', /missing\.png/], ['a CSP violation', /script-src/]]) {
      assert.match(heard, pattern, `${what} is heard:\n${heard}`);
    }
  });

  for (const example of seedExamples) {
    journey(`${example.name} typed into the page prints as NumPy does`, async (page) => {
      await page.goto(server.url);
      await waitForReady(page);
      await typeExample(page, example);
      assert.deepEqual(await page.messages(), []);
    });
  }

  journey('the page fetches its core once and its console stays quiet after load', async (page) => {
    server.resetCounts();
    await page.goto(`${server.url}?fn=leaky_relu&leak=0.1&x=[[-0.5],[0],[1]]`);
    await waitForReady(page);
    await expectText(page, 'f(x)', '[[-0.05]\n [ 0.  ]\n [ 1.  ]]');
    assert.equal(await page.value('Activation'), 'leaky_relu');
    assert.equal(await page.value('Leak'), '0.1');
    await new Promise((resolve) => setTimeout(resolve, QUIET_FOR));
    assert.equal(server.requests('/activations.wasm'), 1, 'activations.wasm downloaded once');
    assert.equal(server.requests('/activation-widget.js'), 1, 'activation-widget.js downloaded once');
    assert.deepEqual(await page.messages(), []);
  });

  journey('a NumPy program typed into the box is read by the program core, fetched once, and moves the controls', async (page) => {
    server.resetCounts();
    await page.goto(server.url);
    await waitForReady(page);
    assert.equal(server.requests('/activations-programs.wasm'), 0, 'the program core is not fetched at load');
    // The tutorial's third cell, on one line: its relu(x, leak = .1) is Leaky ReLU.
    await page.fill('Test vector', 'x = np.array([[-1.0], [2.0]]); relu(x, leak = .1)');
    await expectText(page, 'f(x)', '[[-0.1]\n [ 2. ]]');
    await until('the controls to follow the program', async () => (await page.value('Activation')) === 'leaky_relu');
    assert.equal(server.requests('/activations-programs.wasm'), 1, 'activations-programs.wasm downloaded once');
    assert.deepEqual(await page.messages(), []);
  });

  journey('the single file opened from disk works with no network', async (page) => {
    const [ex1, ex3] = [seedExamples[0], seedExamples[2]];
    await page.goto(`${singleFileUrl}?fn=${ex3.fn}&leak=${ex3.params.leak}&x=${encodeURIComponent(ex3.x)}`);
    await waitForReady(page);
    assert.equal(await page.evaluate(() => location.protocol), 'file:');
    await expectText(page, 'f(x)', ex3.print_fx);
    await typeExample(page, ex1);
    assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => !e.name.startsWith('data:') && !e.name.startsWith('blob:')).length), 0, 'nothing fetched');
    assert.deepEqual(await page.messages(), []);
  });

  journey('the embed works in a post served under the strict CSP', async (page) => {
    server.resetCounts();
    await page.goto(`${server.url}fixtures/embed.html`);
    await waitForReady(page);
    const [ex1, ex3] = [seedExamples[0], seedExamples[2]];
    await expectText(page, 'f(x)', ex3.print_fx, '#tutorial');
    await expectText(page, "f'(x)", ex3.repr_dfx, '#tutorial');
    await typeExample(page, ex1, '#empty');
    assert.equal(await page.value('Test vector', '#tutorial'), ex3.x, 'each widget keeps its own state');
    assert.equal(await page.evaluate(() => location.search), '', 'without sync-url the post keeps its URL');
    assert.equal(server.requests('/activations.wasm'), 1, 'one activations.wasm for both widgets');
    assert.deepEqual(await page.messages(), []);
  });

  journey('the single file in an iframe gets its height through the resizer script', async (page) => {
    await page.goto(`${server.url}fixtures/iframe.html`);
    await until('the iframe to fit its content', () => page.evaluate(frameFits));
    assert.deepEqual(await page.messages(), []);
  });
}
