// Static-site generators (Astro, Next.js, Docusaurus, Eleventy...) import the module in Node while
// they render. dist/activation-widget.js must load there without throwing and define the
// element only where customElements exists. Each case runs in a fresh Node process, so the
// globals it sees are Node's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const moduleUrl = new URL('../../dist/activation-widget.js', import.meta.url).href;
const root = fileURLToPath(new URL('../../', import.meta.url));

function runInNode(source) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', source], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop());
}

test('importing the module in Node throws nothing, defines nothing and leaves the globals alone', () => {
  const result = runInNode(`
    const before = Object.getOwnPropertyNames(globalThis);
    const mod = await import(${JSON.stringify(moduleUrl)});
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.includes(name));
    console.log(JSON.stringify({
      exports: Object.keys(mod).sort(),
      classIsFunction: typeof mod.ActivationWidget === 'function',
      defined: mod.defineActivationWidget() ?? null,
      added,
      dom: [typeof HTMLElement, typeof customElements],
    }));
  `);
  assert.deepEqual(result.exports, ['ActivationWidget', 'defineActivationWidget']);
  assert.equal(result.classIsFunction, true);
  assert.equal(result.defined, null, 'defineActivationWidget() defines nothing without customElements');
  assert.deepEqual(result.added, [], 'no global added (no HTMLElement shim left behind)');
  assert.deepEqual(result.dom, ['undefined', 'undefined']);
});

test('imported by its package name, as a generator resolves it, it loads too', () => {
  const result = runInNode(`
    const mod = await import('activation-widget');
    console.log(JSON.stringify({ exports: Object.keys(mod).sort() }));
  `);
  assert.deepEqual(result.exports, ['ActivationWidget', 'defineActivationWidget']);
});

test('where customElements exists, the import defines <activation-widget> with the exported class', () => {
  // A stand-in registry: what a DOM provides, and no more than the module may use while loading.
  const result = runInNode(`
    const registry = new Map();
    globalThis.HTMLElement = class {};
    globalThis.customElements = { get: (name) => registry.get(name), define: (name, cls) => registry.set(name, cls) };
    const mod = await import(${JSON.stringify(moduleUrl)});
    console.log(JSON.stringify({
      names: [...registry.keys()],
      same: registry.get('activation-widget') === mod.ActivationWidget,
      extendsHTMLElement: mod.ActivationWidget.prototype instanceof HTMLElement,
    }));
  `);
  assert.deepEqual(result.names, ['activation-widget']);
  assert.equal(result.same, true);
  assert.equal(result.extendsHTMLElement, true);
});
