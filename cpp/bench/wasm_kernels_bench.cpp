// The WASM side of `npm run bench`'s kernel table: built twice (CMake targets
// bench_kernels_simd, linking the shipped core compiled with -msimd128, and
// bench_kernels_scalar, the same core without it). JS allocates the arrays in WASM memory,
// then times run(), which applies a kernel `reps` times in WASM: one JS->WASM call per
// `reps` passes, so the figures are the kernel's, not the bridge's (that is bridge_bench).
#include <emscripten/bind.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "bench/kernels_bench.h"

namespace {

using act::bench::kKernelCount;
using act::bench::kKernels;

double* at(std::uintptr_t p) { return reinterpret_cast<double*>(p); }

std::uintptr_t alloc_f64(std::size_t n) {
  return reinterpret_cast<std::uintptr_t>(
      std::aligned_alloc(16, (n * sizeof(double) + 15) / 16 * 16));
}
void free_f64(std::uintptr_t p) { std::free(at(p)); }
void fill(std::uintptr_t x, std::size_t n) { act::bench::fill_input(at(x), n); }

void run(int k, std::uintptr_t x, std::uintptr_t out, std::size_t n, unsigned reps) {
  const act::bench::Prepared p = act::bench::prepare(k);
  for (unsigned r = 0; r < reps; ++r) act::bench::run(p, at(x), at(out), n);
}

void copy(std::uintptr_t dst, std::uintptr_t src, std::size_t n, unsigned reps) {
  for (unsigned r = 0; r < reps; ++r) std::memcpy(at(dst), at(src), n * sizeof(double));
}

int kernel_count() { return kKernelCount; }
std::string kernel_name(int k) { return kKernels[k].name; }
std::string kernel_fn(int k) { return kKernels[k].fn_id; }
bool kernel_derivative(int k) { return kKernels[k].derivative; }
double kernel_leak(int k) { return act::bench::leak_of(k); }
std::string numpy_snippet(const std::string& id) {
  const act::Activation* fn = act::find_activation(id);
  return fn == nullptr ? std::string() : fn->numpy_snippet;
}
bool simd() {
#ifdef __wasm_simd128__
  return true;
#else
  return false;
#endif
}

}  // namespace

EMSCRIPTEN_BINDINGS(bench_kernels) {
  emscripten::function("allocF64", &alloc_f64);
  emscripten::function("freeF64", &free_f64);
  emscripten::function("fill", &fill);
  emscripten::function("run", &run);
  emscripten::function("copy", &copy);
  emscripten::function("kernelCount", &kernel_count);
  emscripten::function("kernelName", &kernel_name);
  emscripten::function("kernelFn", &kernel_fn);
  emscripten::function("kernelDerivative", &kernel_derivative);
  emscripten::function("kernelLeak", &kernel_leak);
  emscripten::function("numpySnippet", &numpy_snippet);
  emscripten::function("simd", &simd);
}
