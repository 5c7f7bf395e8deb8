// Bundles the page with esbuild into dist/: the WASM core, Chart.js and our modules,
// everything the page needs and nothing from a CDN.
import * as esbuild from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const wasmDir = path.join(root, 'build/wasm');

export const bundleOptions = {
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  // The Emscripten glue's Node branch requires these; the browser never reaches it.
  external: ['fs', 'path'],
  alias: { 'activation-core-wasm': path.join(wasmDir, 'activations.mjs') },
  logLevel: 'warning',
};

await mkdir(dist, { recursive: true });
await esbuild.build({
  ...bundleOptions,
  entryPoints: { app: path.join(root, 'web/src/main.js') },
  outdir: dist,
});
await copyFile(path.join(wasmDir, 'activations.wasm'), path.join(dist, 'activations.wasm'));
const html = await readFile(path.join(root, 'web/index.html'), 'utf8');
await writeFile(path.join(dist, 'index.html'), html);
console.log(`built ${path.relative(root, dist)}/ (index.html, app.js, app.css, activations.wasm)`);
