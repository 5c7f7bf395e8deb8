// Loads the WASM core once per page; every widget (and every session) on the page shares the
// instance and the catalogue read from it. Two binaries of one core, driven by one Emscripten
// glue (cmake/wasm.cmake; tests/wasm/lite-core.test.mjs checks they need the same glue):
//   activations.wasm           fetched as the script runs: everything but the program reader,
//   activations-programs.wasm  the whole core, fetched only when a reader first types a program
//                              (or a long vector): it runs in the vector worker, or on this
//                              thread where no worker can run.
// Each binary is compiled once: the full one's WebAssembly.Module is handed to the worker, so a
// worker costs neither a second download nor a second compile.
import createActivationModule from 'activation-core-wasm';

let wasmBinary = null;
let programsBinary = null;
let workerScript = null;
let workerUrl = null;
let compiled = null;
let compiledPrograms = null;
let loaded = null;
let loadedPrograms = null;

/**
 * The single-file build passes the inlined binary and the worker's code, so nothing is fetched.
 * @param {{ wasmBinary?: Uint8Array, programsBinary?: Uint8Array, workerScript?: string }} options
 *   programsBinary: the full core (the same array as wasmBinary when the page's core is the full one)
 */
export function configureCore(options) {
  wasmBinary = options.wasmBinary ?? null;
  programsBinary = options.programsBinary ?? null;
  workerScript = options.workerScript ?? null;
}

/** Whether the page's own core reads programs (the single file carries the full core only). */
export function coreReadsPrograms() {
  return wasmBinary !== null && programsBinary === wasmBinary;
}

/** A worker running the core's worker script, or null where the page cannot start one. */
export function startVectorWorker() {
  if (typeof Worker !== 'function') return null;
  if (workerScript !== null) {
    // One blob: URL per page, kept: the single file has no other file to start it from.
    workerUrl ??= URL.createObjectURL(new Blob([workerScript], { type: 'text/javascript' }));
    return new Worker(workerUrl);
  }
  const url = new URL('activation-worker.js', import.meta.url);
  // A worker's script must come from the page's origin; from a CDN, the main thread it is.
  if (url.origin !== location.origin) return null;
  return new Worker(url, { type: 'module' });
}

/** The compiled core (a WebAssembly.Module); the first call starts the download. */
export function compileCore() {
  compiled ??= wasmBinary ? WebAssembly.compile(wasmBinary) : compileFromUrl(new URL('activations.wasm', import.meta.url));
  return compiled;
}

/** The compiled full core, with the program reader; the first call starts its download. */
export function compileProgramCore() {
  if (coreReadsPrograms()) return compileCore();
  compiledPrograms ??= programsBinary ? WebAssembly.compile(programsBinary)
    : compileFromUrl(new URL('activations-programs.wasm', import.meta.url));
  return compiledPrograms;
}

/** The full core instantiated on this thread (only where no worker can run), once per page. */
export function loadProgramModule() {
  loadedPrograms ??= compileProgramCore().then(instantiateCore);
  return loadedPrograms;
}

async function compileFromUrl(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url.pathname.split('/').pop()} could not be loaded (HTTP ${response.status})`);
  // Streaming compiles while the bytes arrive, but only from a server that says application/wasm.
  const isWasm = response.headers.get('content-type')?.split(';')[0].trim() === 'application/wasm';
  return isWasm ? WebAssembly.compileStreaming(response) : WebAssembly.compile(await response.arrayBuffer());
}

/** The Emscripten module built on an already compiled core (also used in the worker). */
export function instantiateCore(wasmModule) {
  return createActivationModule({
    instantiateWasm(imports, receiveInstance) {
      WebAssembly.instantiate(wasmModule, imports).then((instance) => receiveInstance(instance, wasmModule));
      return {};  // exports arrive asynchronously, through receiveInstance
    },
  });
}

/** @returns {Promise<{ wasmModule: WebAssembly.Module, module: object, catalogue: object[] }>} */
export function loadModule() {
  loaded ??= compileCore()
    .then(async (wasmModule) => ({ wasmModule, module: await instantiateCore(wasmModule) }))
    .then(({ wasmModule, module }) => ({ wasmModule, module, catalogue: JSON.parse(module.catalogueJson()) }));
  return loaded;
}
