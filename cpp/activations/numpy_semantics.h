// Scalar forms of the NumPy operations the "Copy as NumPy" snippets use, with NumPy's NaN and
// signed-zero behaviour, so that each core function can repeat its snippet operation for
// operation. Then the two differ only where NumPy's own exp/log/tanh (SIMD on modern CPUs)
// round differently from the C library, which tests/catalogue/check_numpy_snippets.py bounds.
#pragma once

#include <cmath>

namespace act::np {

constexpr double pi = 3.141592653589793;  // np.pi

// np.clip(x, lo, hi) for float64: minimum(maximum(x, lo), hi), NaN passing through
// (numpy/core/src/umath/clip.cpp: _NPY_CLIP with PyArray_MAX/MIN).
inline double clip(double x, double lo, double hi) {
  const double m = std::isnan(x) ? x : (x > lo ? x : lo);
  return std::isnan(m) ? m : (m < hi ? m : hi);
}

// np.maximum / np.minimum with a scalar: NaN propagates. Callers use them only where the sign
// of a zero result cannot reach the output.
inline double maximum(double x, double y) { return std::isnan(x) ? x : (x > y ? x : y); }
inline double minimum(double x, double y) { return std::isnan(x) ? x : (x < y ? x : y); }

// np.heaviside(x, h0).
inline double heaviside(double x, double h0) {
  if (std::isnan(x)) return x;
  if (x == 0) return h0;
  return x < 0 ? 0.0 : 1.0;
}

// The logistic function of z without overflow: with e = exp(-|z|),
// sigma(z) = 1/(1+e) for z >= 0 and e/(1+e) below (NaN takes the second branch, as np.where does).
inline double logistic(double z) {
  const double e = std::exp(-std::fabs(z));
  return z >= 0 ? 1 / (1 + e) : e / (1 + e);
}

// sigma(z) * (1 - sigma(z)) = e/(1+e)^2: no cancellation as sigma(z) nears 1.
inline double logistic_slope(double z) {
  const double e = std::exp(-std::fabs(z));
  return e / ((1 + e) * (1 + e));
}

}  // namespace act::np
