#include "core/ndarray.h"

namespace act {

const char* dtype_name(DType d) {
  switch (d) {
    case DType::Int64:
      return "int64";
    case DType::Float64:
      return "float64";
    case DType::Float32:
      return "float32";
    case DType::Bool:
      return "bool";
  }
  return "?";
}

std::vector<double> NdArray::as_double() const {
  if (!stores_i64(dtype)) return f64;
  return std::vector<double>(i64.begin(), i64.end());
}

NdArray NdArray::of_shape(DType dtype, std::vector<std::size_t> shape) {
  std::size_t n = 1;
  for (std::size_t d : shape) n *= d;
  NdArray a;
  a.dtype = dtype;
  a.shape = std::move(shape);
  if (stores_i64(dtype))
    a.i64.assign(n, 0);
  else
    a.f64.assign(n, 0.0);
  return a;
}

}  // namespace act
