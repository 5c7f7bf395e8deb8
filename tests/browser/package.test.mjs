// The widget as an npm package: `import 'activation-widget'` resolves to the ES module,
// its TypeScript declarations are where `exports` says, and a publish carries the dist files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8'));

test('imported by name, the package resolves to dist/activation-widget.js', () => {
  // The package refers to itself by name through `exports`, as a dependent would.
  assert.equal(import.meta.resolve('activation-widget'), new URL('dist/activation-widget.js', `file://${root}`).href);
  assert.equal(import.meta.resolve('activation-widget/activation-widget.html'), new URL('dist/activation-widget.html', `file://${root}`).href);
});

test('the declarations describe the element, its state, events and the tag name', async () => {
  const types = await readFile(`${root}${pkg.exports['.'].types}`, 'utf8');
  for (const needle of ['export declare class ActivationWidget extends HTMLElement', 'readonly ready: Promise<void>',
    'readonly state: ActivationWidgetState | null', "'activation-widget': ActivationWidget", 'change: CustomEvent<ActivationWidgetState>',
    'export declare function defineActivationWidget']) {
    assert.ok(types.includes(needle), needle);
  }
});

test('a publish carries the module, its worker, its declarations, the WASM and the single file', () => {
  const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const paths = files.map((f) => f.path);
  for (const name of ['dist/activation-widget.js', 'dist/activation-worker.js', 'dist/activation-widget.d.ts', 'dist/activations.wasm', 'dist/activations-programs.wasm', 'dist/activation-widget.html', 'package.json']) {
    assert.ok(paths.includes(name), name);
  }
  assert.ok(!paths.some((p) => p.startsWith('cpp/') || p.startsWith('tests/') || p.startsWith('build/')), 'sources stay out');
});
