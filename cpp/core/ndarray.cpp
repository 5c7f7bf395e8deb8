#include "core/ndarray.h"

namespace act {

std::vector<double> NdArray::as_double() const {
  if (dtype == DType::Float64) return f64;
  return std::vector<double>(i64.begin(), i64.end());
}

NdArray NdArray::of_shape(DType dtype, std::vector<std::size_t> shape) {
  std::size_t n = 1;
  for (std::size_t d : shape) n *= d;
  NdArray a;
  a.dtype = dtype;
  a.shape = std::move(shape);
  if (dtype == DType::Int64) a.i64.assign(n, 0);
  else a.f64.assign(n, 0.0);
  return a;
}

}  // namespace act
