// Loads the built WASM module in Node exactly as shipped (build/wasm/activations.mjs).
// Node 20's fetch cannot read a file path, so the binary is handed over from disk, and
// the ES module glue looks up __dirname, which ES modules lack.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// ACT_WASM_DIR: another build of the module (e.g. a size experiment), with a trailing slash.
const wasmDir = process.env.ACT_WASM_DIR ?? fileURLToPath(new URL('../../build/wasm/', import.meta.url));

export async function loadCore() {
  globalThis.__dirname ??= wasmDir;
  const { default: createActivationModule } = await import(`${wasmDir}activations.mjs`);
  return createActivationModule({ wasmBinary: readFileSync(`${wasmDir}activations.wasm`) });
}

export const seedExamples = JSON.parse(
  readFileSync(new URL('../seed/seed_examples.json', import.meta.url), 'utf8'),
).cases;
