// The bridge figures of `npm run bench`: the same ReLU over n float64 values, in and out of
// WASM through Embind in the ways one could write it. A bench-only module; the product's
// binding (cpp/bindings/embind.cpp) uses views only and has no std::vector conversion.
//   views:  JS copies into WASM memory (HEAPF64.set), one call, JS reads a view of the output
//   vector (register_vector): std::vector<double> in and out as Embind's VectorDouble class,
//           filled by push_back and read by get(i), one JS<->WASM call per element each way
//   vector (val, element-wise): vecFromJSArray in, val::array(vector) out, as the docs show
//   vector (val, bulk): convertJSArrayToNumberVector in (one typed-array copy), a view out
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdlib>
#include <vector>

#include "activations/relu.h"

using emscripten::val;

namespace {

double* at(std::uintptr_t p) { return reinterpret_cast<double*>(p); }

std::uintptr_t alloc_f64(std::size_t n) {
  return reinterpret_cast<std::uintptr_t>(
      std::aligned_alloc(16, (n * sizeof(double) + 15) / 16 * 16 + 16));
}
void free_f64(std::uintptr_t p) { std::free(at(p)); }

void relu_ptr(std::uintptr_t x, std::uintptr_t out, std::size_t n, double leak) {
  act::relu_f64(at(x), at(out), n, leak);
}

std::vector<double> relu_vector(const std::vector<double>& x, double leak) {
  std::vector<double> out(x.size());
  act::relu_f64(x.data(), out.data(), x.size(), leak);
  return out;
}

val relu_val_elementwise(const val& x, double leak) {
  const std::vector<double> in = emscripten::vecFromJSArray<double>(x);
  return val::array(relu_vector(in, leak));
}

// Kept between calls so the view handed back stays valid until the next call.
std::vector<double> bulk_out;
val relu_val_bulk(const val& x, double leak) {
  const std::vector<double> in = emscripten::convertJSArrayToNumberVector<double>(x);
  bulk_out = relu_vector(in, leak);
  return val(emscripten::typed_memory_view(bulk_out.size(), bulk_out.data()));
}

}  // namespace

EMSCRIPTEN_BINDINGS(bench_bridge) {
  emscripten::register_vector<double>("VectorDouble");
  emscripten::function("allocF64", &alloc_f64);
  emscripten::function("freeF64", &free_f64);
  emscripten::function("reluPtr", &relu_ptr);
  emscripten::function("reluVector", &relu_vector);
  emscripten::function("reluValElementwise", &relu_val_elementwise);
  emscripten::function("reluValBulk", &relu_val_bulk);
}
