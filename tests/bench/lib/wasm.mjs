// Loads a bench WASM module from build/bench-wasm/ in Node (wasmBinary from disk, as
// tests/wasm/load-core.mjs does for the product module).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const benchWasmDir = fileURLToPath(new URL('../../../build/bench-wasm/', import.meta.url));

export async function loadBenchModule(name, options = {}) {
  globalThis.__dirname ??= benchWasmDir;
  const { default: create } = await import(`${benchWasmDir}${name}.mjs`);
  return create({ wasmBinary: readFileSync(`${benchWasmDir}${name}.wasm`), ...options });
}
