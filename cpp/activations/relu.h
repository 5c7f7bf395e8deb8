// The tutorial's ReLU and Leaky ReLU, one function with a `leak` argument:
//   relu(x, leak=0)      = np.where(x <= 0, leak * x, x)
//   relu_dash(x, leak=0) = np.where(x <= 0, leak, 1)
// `x <= 0` takes the leak branch, so relu(0) = leak*0 and relu_dash(0) = leak;
// NaN is not <= 0, so it passes through relu and gets slope 1.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/ndarray.h"

namespace act {

// Pure kernels over contiguous buffers (out may alias x).
void relu_f64(const double* x, double* out, std::size_t n, double leak);
void relu_dash_f64(const double* x, double* out, std::size_t n, double leak);
void relu_i64(const std::int64_t* x, std::int64_t* out, std::size_t n, std::int64_t leak);

// Whole arrays, with NumPy's dtype rules for np.where with a Python scalar leak.
NdArray relu(const NdArray& x, Number leak);
NdArray relu_dash(const NdArray& x, Number leak);

}  // namespace act
