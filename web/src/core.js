// Deprecated (issue 11): the loader moved to core/module.js, and the page's one Embind client
// is core/index.js. This file re-exports the old names until the element stops importing it.
export { compileCore, configureCore, instantiateCore, startVectorWorker, loadModule as loadCore } from './core/module.js';
