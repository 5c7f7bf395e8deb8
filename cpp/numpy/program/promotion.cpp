#include "numpy/program/promotion.h"

#include <cmath>

namespace act::program {

namespace {

int kind_rank(DType d) {
  switch (d) {
    case DType::Bool:
      return 0;
    case DType::Int64:
      return 1;
    default:
      return 2;
  }
}

// The smallest types NumPy's min_scalar_type can give, in the order promotion needs them.
enum class Small { Bool, Int8to16, Int32up, Half, Single, Double };

Small min_scalar_type(const NdArray& s) {
  switch (s.dtype) {
    case DType::Bool:
      return Small::Bool;
    case DType::Int64: {
      const std::int64_t v = s.i64[0];
      if (v >= -32768 && v <= 65535) return Small::Int8to16;  // int8/uint8/int16/uint16
      return Small::Int32up;
    }
    case DType::Float32:
    case DType::Float64: {
      const double v = s.f64[0];
      if (!std::isfinite(v) || (v > -65000 && v < 65000)) return Small::Half;
      if (v > -3.4e38 && v < 3.4e38) return Small::Single;
      return Small::Double;
    }
  }
  return Small::Double;
}

// promote_types(array dtype, min_scalar_type(scalar)) where kind(scalar) <= kind(array).
DType promote_small(DType array, Small s) {
  if (array != DType::Float32)
    return array;  // bool with bool, int64 with ints, float64 with anything
  switch (s) {
    case Small::Int32up:
    case Small::Double:
      return DType::Float64;
    default:
      return DType::Float32;
  }
}

}  // namespace

DType promote_types(DType a, DType b) {
  if (a == b) return a;
  if (a == DType::Bool) return b;
  if (b == DType::Bool) return a;
  if (a == DType::Float64 || b == DType::Float64) return DType::Float64;
  // int64 with float32
  return DType::Float64;
}

DType result_type(const Value& a, const Value& b) {
  const bool sa = a.array.shape.empty(), sb = b.array.shape.empty();
  if (sa == sb) return promote_types(a.array.dtype, b.array.dtype);
  const NdArray& arr = sa ? b.array : a.array;
  const NdArray& scalar = sa ? a.array : b.array;
  if (kind_rank(scalar.dtype) > kind_rank(arr.dtype)) return promote_types(arr.dtype, scalar.dtype);
  return promote_small(arr.dtype, min_scalar_type(scalar));
}

NdArray cast(const NdArray& a, DType to) {
  if (a.dtype == to) return a;
  NdArray out;
  out.dtype = to;
  out.shape = a.shape;
  const std::size_t n = a.size();
  switch (to) {
    case DType::Int64:
      out.i64.resize(n);
      for (std::size_t i = 0; i < n; ++i) out.i64[i] = element_i(a, i);
      break;
    case DType::Bool:
      out.i64.resize(n);
      for (std::size_t i = 0; i < n; ++i)
        out.i64[i] = stores_i64(a.dtype) ? a.i64[i] != 0 : a.f64[i] != 0;
      break;
    case DType::Float64:
      out.f64.resize(n);
      for (std::size_t i = 0; i < n; ++i) out.f64[i] = element_f(a, i);
      break;
    case DType::Float32:
      out.f64.resize(n);
      for (std::size_t i = 0; i < n; ++i) {
        out.f64[i] =
            stores_i64(a.dtype) ? static_cast<float>(a.i64[i]) : static_cast<float>(a.f64[i]);
      }
      break;
  }
  return out;
}

}  // namespace act::program
