// What `npm run bench` times, shared by the native (Google Benchmark) and the WASM bench
// modules, so every C++ figure comes from the same code: the eight kernels and their input.
// Benchmarks only: nothing in the product includes this.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "activations/registry.h"
#include "activations/relu.h"

namespace act::bench {

// x_i in [-5, 5): Knuth's multiplicative hash of i, computed the same way in C++, in
// JavaScript (tests/bench/kernels.mjs) and in NumPy (tests/bench/numpy_kernels.py), so each
// implementation sees the same numbers; random enough that a branch on the sign mispredicts.
inline double input_at(std::uint32_t i) {
  return static_cast<double>(static_cast<std::uint32_t>(i * 2654435761u)) / 4294967296.0 * 10.0 -
         5.0;
}

inline void fill_input(double* x, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) x[i] = input_at(static_cast<std::uint32_t>(i));
}

struct KernelSpec {
  const char* name;   // as printed: "relu", "relu'"
  const char* fn_id;  // the registry's id
  bool derivative;
};

// ReLU and Leaky ReLU run the core's float64 array kernels (relu_f64, relu_dash_f64), which is
// what the core runs for a float64 array; sigmoid and GELU have no array kernel: the core maps
// the registry's scalar function over the array (registry.cpp map_scalar), and so do we.
inline constexpr KernelSpec kKernels[] = {
    {"relu", "relu", false},
    {"relu'", "relu", true},
    {"leaky_relu", "leaky_relu", false},
    {"leaky_relu'", "leaky_relu", true},
    {"sigmoid", "sigmoid", false},
    {"sigmoid'", "sigmoid", true},
    {"gelu", "gelu", false},
    {"gelu'", "gelu", true},
};
inline constexpr int kKernelCount = sizeof kKernels / sizeof kKernels[0];

// The leak each kernel runs with: ReLU's is 0, Leaky ReLU's the catalogue's default (0.1).
inline double leak_of(int k) {
  const Activation* fn = find_activation(kKernels[k].fn_id);
  return fn != nullptr && !fn->params.empty() ? fn->params[0].default_value.as_double() : 0.0;
}

struct Prepared {
  int kernel;
  double leak;
  ScalarFn scalar;  // for the mapped kernels
};

inline Prepared prepare(int k) {
  const Activation* fn = find_activation(kKernels[k].fn_id);
  return {k, leak_of(k),
          fn == nullptr ? nullptr : (kKernels[k].derivative ? fn->derivative : fn->value)};
}

// out[i] = f(x[i]) (or f'), n elements; out may alias x.
inline void run(const Prepared& p, const double* x, double* out, std::size_t n) {
  switch (p.kernel) {
    case 0:
    case 2:
      relu_f64(x, out, n, p.leak);
      return;
    case 1:
    case 3:
      relu_dash_f64(x, out, n, p.leak);
      return;
    default: {
      const double params[1] = {p.leak};
      const ScalarFn f = p.scalar;
      for (std::size_t i = 0; i < n; ++i) out[i] = f(x[i], params);
    }
  }
}

}  // namespace act::bench
