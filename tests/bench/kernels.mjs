// Kernel figures measured in one Node process: the WASM kernels built with and without
// -msimd128 (build/bench-wasm/bench_kernels_{simd,scalar}) and the plain JavaScript loops.
// Prints JSON for run.mjs: elements per CPU-second, best of several samples, and each
// implementation's output at n = 1000 for the cross-check.
//   node tests/bench/kernels.mjs [--quick]
import { loadBenchModule } from './lib/wasm.mjs';
import { JS_KERNELS, fillInput } from './lib/js-kernels.mjs';
import { bestSecondsPerRep } from './lib/timing.mjs';

const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
// --sizes=1e7 --kernels=relu,memcpy: a subset (run.mjs re-measures the target cells so).
export const SIZES = option('sizes')?.split(',').map(Number) ?? [1e3, 1e5, 1e7];
const only = option('kernels')?.split(',');
const CHECK_N = 1000;
const quick = process.argv.includes('--quick');
const timing = quick ? { samples: 2, minSeconds: 0.02, budgetSeconds: 0.5 } : { samples: 5, minSeconds: 0.1, budgetSeconds: 3 };

const modules = { 'wasm-simd': await loadBenchModule('bench_kernels_simd'), 'wasm-scalar': await loadBenchModule('bench_kernels_scalar') };
const ref = modules['wasm-simd'];
if (!ref.simd() || modules['wasm-scalar'].simd()) throw new Error('bench_kernels_simd must be built with -msimd128 and bench_kernels_scalar without');
const kernels = Array.from({ length: ref.kernelCount() }, (_, k) => ({
  k, name: ref.kernelName(k), fn: ref.kernelFn(k), derivative: ref.kernelDerivative(k), leak: ref.kernelLeak(k),
})).filter((k) => !only || only.includes(k.name));
const withMemcpy = !only || only.includes('memcpy');
const snippets = Object.fromEntries([...new Set(kernels.map((x) => x.fn))].map((id) => [id, ref.numpySnippet(id)]));

const eps = {};      // implementation -> kernel -> n -> elements per second
const outputs = {};  // implementation -> kernel -> the first CHECK_N outputs
const set = (table, impl, kernel, n, v) => { ((table[impl] ??= {})[kernel] ??= {})[n] = v; };

for (const [impl, mod] of Object.entries(modules)) {
  for (const n of SIZES) {
    const x = mod.allocF64(n);
    const out = mod.allocF64(n);
    mod.fill(x, n);
    for (const { k, name } of kernels) {
      const seconds = bestSecondsPerRep((reps) => mod.run(k, x, out, n, reps), timing);
      set(eps, impl, name, n, n / seconds);
      if (n === CHECK_N) (outputs[impl] ??= {})[name] = Array.from(mod.HEAPF64.subarray(out / 8, out / 8 + n));
    }
    if (withMemcpy) set(eps, impl, 'memcpy', n, n / bestSecondsPerRep((reps) => mod.copy(out, x, n, reps), timing));
    mod.freeF64(x);
    mod.freeF64(out);
  }
}

for (const n of SIZES) {
  const x = new Float64Array(n);
  const out = new Float64Array(n);
  fillInput(x);
  for (const { name, leak } of kernels) {
    const kernel = JS_KERNELS[name];
    const seconds = bestSecondsPerRep((reps) => { for (let r = 0; r < reps; r++) kernel(x, out, n, leak); }, timing);
    set(eps, 'js', name, n, n / seconds);
    if (n === CHECK_N) (outputs.js ??= {})[name] = Array.from(out);
  }
  if (withMemcpy) set(eps, 'js', 'memcpy', n, n / bestSecondsPerRep((reps) => { for (let r = 0; r < reps; r++) out.set(x); }, timing));
}

process.stdout.write(JSON.stringify({ sizes: SIZES, kernels, snippets, eps, outputs }));
