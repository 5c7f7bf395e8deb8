// Bundles the widget with esbuild into dist/, everything it needs and nothing from a CDN:
//   activation-widget.js   the ES module defining <activation-widget> (+ activations.wasm beside it)
//   activations.wasm       the core without the program reader: what the page fetches at load
//   activations-programs.wasm  the whole core: fetched when a reader first types a program
//   activation-worker.js   the worker it starts for programs and long test vectors
//   activation-widget.d.ts its TypeScript declarations
//   index.html, page.css   the full page: the element with sync-url
//   activation-widget.html one self-contained file (see single-file.mjs)
//   activation-widget-resizer.js  optional, for the page that frames it: sizes the <iframe>
import * as esbuild from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { buildSingleFile } from './single-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const src = path.join(root, 'web/src');
const wasmDir = path.join(root, 'build/wasm');

// Styles travel as text into constructed stylesheets: minified first, as the JS around them is.
const minifiedCss = {
  name: 'minified-css',
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await esbuild.transform(await readFile(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: code, loader: 'text' };
    });
  },
};

export const bundleOptions = {
  bundle: true,
  format: 'esm',
  // Custom elements, private fields, constructable stylesheets: browsers from 2022 on.
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  // Styles travel as text into constructed stylesheets (no <style>, so a strict CSP holds);
  // the single file carries the WASM binary as base64.
  loader: { '.css': 'text', '.wasm': 'binary' },
  // The Emscripten glue's Node branch requires these; the browser never reaches it.
  external: ['fs', 'path'],
  alias: {
    // One glue drives both binaries (cmake/wasm.cmake; tests/wasm/lite-core.test.mjs).
    'activation-core-wasm': path.join(wasmDir, 'activations.mjs'),
    // The single file carries the full core only: it fetches nothing, so nothing is saved by
    // splitting it, and one binary inlined is smaller than two.
    'activation-core-wasm-binary': path.join(wasmDir, 'activations-programs.wasm'),
  },
  plugins: [minifiedCss],
  logLevel: 'warning',
};

await mkdir(dist, { recursive: true });

await esbuild.build({
  ...bundleOptions,
  entryPoints: {
    'activation-widget': path.join(src, 'element/entry-module.js'),
    'activation-worker': path.join(src, 'core/worker-entry.js'),
  },
  outdir: dist,
});
await copyFile(path.join(wasmDir, 'activations.wasm'), path.join(dist, 'activations.wasm'));
await copyFile(path.join(wasmDir, 'activations-programs.wasm'), path.join(dist, 'activations-programs.wasm'));
await copyFile(path.join(root, 'web/types/activation-widget.d.ts'), path.join(dist, 'activation-widget.d.ts'));
await copyFile(path.join(src, 'page.css'), path.join(dist, 'page.css'));
// Optional, beside the single file: sizes the <iframe>s that show it (a plain script, not bundled).
await copyFile(path.join(src, 'resizer.js'), path.join(dist, 'activation-widget-resizer.js'));
const pageHtml = await readFile(path.join(root, 'web/index.html'), 'utf8');
await writeFile(path.join(dist, 'index.html'), pageHtml);
await writeFile(path.join(dist, 'activation-widget.html'), await buildSingleFile({
  bundleOptions,
  entry: path.join(src, 'element/entry-single-file.js'),
  workerEntry: path.join(src, 'core/worker-entry.js'),
  pageHtml,
}));
console.log(`built ${path.relative(root, dist)}/ (index.html, page.css, activation-widget.js, activation-worker.js, ` +
  'activation-widget.d.ts, activations.wasm, activations-programs.wasm, activation-widget.html, activation-widget-resizer.js)');
