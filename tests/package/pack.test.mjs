// The package as a stranger installs it: `npm pack`, a fresh project that installs the tarball
// with no registry (--offline: the package has no runtime dependency), imports it, bundles
// with esbuild, does the README's one step (activations.wasm, activations-programs.wasm and
// activation-worker.js copied beside the bundle), and opens in Chromium: the widget draws, prints as NumPy does, and reads
// a long vector in the worker it was given.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { launchBrowser } from '../browser/harness.mjs';
import { seedExamples } from '../engines/journeys.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let work;
let fixture;
let tarball;

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

before(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'activation-widget-pack-'));
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root));
  tarball = path.join(work, filename);
  fixture = path.join(work, 'blog');
  await mkdir(path.join(fixture, 'src'), { recursive: true });
  await writeFile(path.join(fixture, 'package.json'), JSON.stringify({ name: 'blog', private: true, type: 'module' }, null, 2));
  await writeFile(path.join(fixture, 'src', 'main.js'), [
    "import { defineActivationWidget } from 'activation-widget';",
    '',
    "const Widget = defineActivationWidget();",
    "document.documentElement.dataset.defined = String(Widget === customElements.get('activation-widget'));",
    '',
  ].join('\n'));
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

test('the tarball carries the built files, the README, the CHANGELOG and no sources', () => {
  const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
  assert.deepEqual(listing, ['package/CHANGELOG.md', 'package/LICENSE', 'package/README.md', 'package/dist/activation-widget.d.ts',
    'package/dist/activation-widget-resizer.js', 'package/dist/activation-widget.html', 'package/dist/activation-widget.js', 'package/dist/activation-worker.js',
    'package/dist/activations.wasm', 'package/dist/activations-programs.wasm', 'package/package.json'].sort());
});

test('a fresh project installs the tarball offline, bundles it with esbuild and the widget works in Chromium', { timeout: 180_000 }, async () => {
  // --offline: any dependency the package declared would have to come from a registry and fail here.
  npm(['install', '--offline', '--no-audit', '--no-fund', tarball], fixture);
  const installed = JSON.parse(await readFile(path.join(fixture, 'node_modules/activation-widget/package.json'), 'utf8'));
  assert.equal(installed.private, undefined);
  assert.deepEqual(Object.keys(installed.dependencies ?? {}), [], 'no runtime dependency: Chart.js is bundled');

  const out = path.join(fixture, 'public');
  await esbuild.build({
    absWorkingDir: fixture, entryPoints: ['src/main.js'], bundle: true, format: 'esm', outfile: 'public/main.js', logLevel: 'silent',
  });
  // The README's one step.
  for (const name of ['activations.wasm', 'activations-programs.wasm', 'activation-worker.js']) {
    await copyFile(path.join(fixture, 'node_modules/activation-widget/dist', name), path.join(out, name));
  }
  const example = seedExamples[2];
  await writeFile(path.join(out, 'index.html'), [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog</title><link rel="icon" href="data:,">',
    '<script type="module" src="main.js"></script></head><body>',
    `<activation-widget fn="${example.fn}" leak="${example.params.leak}" x="${example.x}"></activation-widget>`,
    '</body></html>',
  ].join('\n'));
  assert.deepEqual((await readdir(out)).sort(), ['activation-worker.js', 'activations-programs.wasm', 'activations.wasm', 'index.html', 'main.js']);

  const requests = [];
  const server = http.createServer(async (req, res) => {
    const file = path.join(out, new URL(req.url, 'http://x').pathname.slice(1) || 'index.html');
    requests.push(path.basename(file));
    try {
      const body = await readFile(file);
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' }[path.extname(file)];
      res.writeHead(200, { 'Content-Type': type ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`); });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`); });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForSelector('activation-widget[data-ready="true"]');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.defined), 'true');
    const region = (name) => page.getByLabel(name, { exact: true });
    assert.equal(await region('f(x)').textContent(), example.print_fx);
    assert.equal(await region("f'(x)").textContent(), example.repr_dfx);

    // Over 20,000 characters: read in the worker copied beside the bundle.
    const long = `[${Array.from({ length: 6000 }, (_, i) => (i % 2 ? '-1.5' : '2')).join(', ')}]`;
    await page.getByLabel('Test vector').fill(long);
    const summarised = /^\[ 2\. .*\.\.\..*-0\.15\]$/s;
    for (const deadline = Date.now() + 30_000; !summarised.test(await region('f(x)').textContent()) && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.match(await region('f(x)').textContent(), summarised);
    assert.ok(requests.includes('activation-worker.js'), `the worker was started from beside the bundle: ${requests}`);
    assert.equal(requests.filter((r) => r === 'activations.wasm').length, 1, 'the core fetched once');
    assert.equal(requests.filter((r) => r === 'activations-programs.wasm').length, 1, 'the full core (for the worker) fetched once, from beside the bundle');
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
});
