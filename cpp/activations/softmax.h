// Softmax, the tutorial's one vector-valued activation: every output depends on every input.
#pragma once

#include <cstddef>

#include "core/ndarray.h"

namespace act {

// softmax over all elements (flattened), float64, same shape as x:
// e = exp(x - max(x)); e / sum(e). If x holds +inf, the +inf entries share 1 equally (the
// limit; NumPy's formula would give nan). Any NaN makes every entry NaN, as in NumPy.
NdArray softmax(const NdArray& x);

// The Jacobian of softmax on the flattened vector, ds_i/dx_j = diag(s) - s s^T, shape (n, n).
NdArray softmax_jacobian(const NdArray& x);

// np.sum's pairwise summation of float64 (numpy/core/src/umath/loops_utils.h.src), so that the
// core's sums round exactly as the NumPy snippet's do.
double numpy_pairwise_sum(const double* a, std::size_t n);

}  // namespace act
