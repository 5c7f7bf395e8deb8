#include "activations/relu.h"

namespace act {

void relu_f64(const double* x, double* out, std::size_t n, double leak) {
  for (std::size_t i = 0; i < n; ++i) out[i] = x[i] <= 0 ? leak * x[i] : x[i];
}

void relu_dash_f64(const double* x, double* out, std::size_t n, double leak) {
  for (std::size_t i = 0; i < n; ++i) out[i] = x[i] <= 0 ? leak : 1.0;
}

void relu_i64(const std::int64_t* x, std::int64_t* out, std::size_t n, std::int64_t leak) {
  // NumPy's int64 multiply wraps on overflow; unsigned arithmetic does the same without UB.
  const auto uleak = static_cast<std::uint64_t>(leak);
  for (std::size_t i = 0; i < n; ++i)
    out[i] = x[i] <= 0 ? static_cast<std::int64_t>(uleak * static_cast<std::uint64_t>(x[i])) : x[i];
}

NdArray relu(const NdArray& x, Number leak) {
  if (x.dtype == DType::Float32 && x.ndim() > 0 && keeps_float32(leak)) {
    // `leak * x` in float32: the leak rounded to float32, the product rounded to float32 (the
    // double product of two floats is exact, so rounding it once is float32's multiply).
    NdArray out = NdArray::of_shape(DType::Float32, x.shape);
    const double l = round_f32(leak.as_double());
    for (std::size_t i = 0; i < x.f64.size(); ++i)
      out.f64[i] = x.f64[i] <= 0 ? round_f32(l * x.f64[i]) : x.f64[i];
    return out;
  }
  // int64 or bool with an int leak: int64 (bool counts as 0/1).
  if (stores_i64(x.dtype) && leak.dtype == DType::Int64) {
    NdArray out = NdArray::of_shape(DType::Int64, x.shape);
    relu_i64(x.i64.data(), out.i64.data(), x.size(), leak.i);
    return out;
  }
  // An int or bool array with a float leak, or float32 with a leak too big for float32:
  // `leak * x` is float64, so np.where promotes to float64.
  NdArray out = NdArray::of_shape(DType::Float64, x.shape);
  out.f64 = x.as_double();
  relu_f64(out.f64.data(), out.f64.data(), out.f64.size(), leak.as_double());
  return out;
}

NdArray relu_dash(const NdArray& x, Number leak) {
  // np.where(x <= 0, leak, 1): the dtype is the leak's (1 is an int), whatever x is.
  if (leak.dtype == DType::Int64) {
    NdArray out = NdArray::of_shape(DType::Int64, x.shape);
    if (stores_i64(x.dtype)) {
      for (std::size_t i = 0; i < x.i64.size(); ++i) out.i64[i] = x.i64[i] <= 0 ? leak.i : 1;
    } else {
      for (std::size_t i = 0; i < x.f64.size(); ++i) out.i64[i] = x.f64[i] <= 0 ? leak.i : 1;
    }
    return out;
  }
  NdArray out = NdArray::of_shape(DType::Float64, x.shape);
  const std::vector<double> xd = x.as_double();
  relu_dash_f64(xd.data(), out.f64.data(), xd.size(), leak.f);
  return out;
}

}  // namespace act
