// Counts JS<->WASM crossings: every call from JavaScript into WASM (exports, and functions
// taken from the WASM table, which is how Embind calls bound methods) and every call from
// WASM out to JavaScript (imports: Embind's emval, memcpy, heap growth). It wraps
// WebAssembly.instantiate / instantiateStreaming before the module is loaded, in Node or, as
// source text (installCrossingCounter.toString()), in a page. Self-contained on purpose.
export function installCrossingCounter(WA) {
  const counter = { toWasm: 0, toJs: 0, instances: 0 };
  const countingImports = (imports) => {
    if (!imports) return imports;
    const wrapped = {};
    for (const [moduleName, fields] of Object.entries(imports)) {
      wrapped[moduleName] = {};
      for (const [name, value] of Object.entries(fields)) {
        wrapped[moduleName][name] = typeof value === 'function'
          ? function countedImport(...args) { counter.toJs++; return value.apply(this, args); }
          : value;
      }
    }
    return wrapped;
  };
  const countingTable = (table) => {
    const cache = new Map();
    return {
      get(index) {
        let f = cache.get(index);
        if (f === undefined) {
          const g = table.get(index);
          f = typeof g === 'function' ? (...args) => { counter.toWasm++; return g(...args); } : g;
          cache.set(index, f);
        }
        return f;
      },
      set(index, value) { cache.delete(index); return table.set(index, value); },
      grow(n) { return table.grow(n); },
      get length() { return table.length; },
    };
  };
  const countingInstance = (instance) => {
    counter.instances++;
    const exports = {};
    for (const [name, value] of Object.entries(instance.exports)) {
      if (typeof value === 'function') exports[name] = (...args) => { counter.toWasm++; return value(...args); };
      else if (value instanceof WA.Table) exports[name] = countingTable(value);
      else exports[name] = value;
    }
    return { exports };
  };
  const instantiate = WA.instantiate;
  WA.instantiate = async function (source, imports) {
    const result = await instantiate.call(WA, source, countingImports(imports));
    if (result instanceof WA.Instance) return countingInstance(result);
    return { module: result.module, instance: countingInstance(result.instance) };
  };
  const streaming = WA.instantiateStreaming;
  if (streaming) {
    WA.instantiateStreaming = async function (source, imports) {
      const result = await streaming.call(WA, source, countingImports(imports));
      return { module: result.module, instance: countingInstance(result.instance) };
    };
  }
  return counter;
}
