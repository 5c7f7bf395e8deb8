// Loads the WASM core once per page; every widget on the page shares the instance.
import createActivationModule from 'activation-core-wasm';

let core;

export function loadCore() {
  core ??= createActivationModule();
  return core;
}
