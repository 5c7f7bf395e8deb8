// Loads the WASM core once per page; every widget on the page shares the instance and
// the catalogue read from it.
import createActivationModule from 'activation-core-wasm';

let moduleOptions = {};
let core = null;

// The single-file build passes the inlined binary ({ wasmBinary }), so nothing is fetched.
export function configureCore(options) {
  moduleOptions = options;
}

export function loadCore() {
  core ??= createActivationModule(moduleOptions).then((module) => ({ module, catalogue: module.catalogue() }));
  return core;
}
