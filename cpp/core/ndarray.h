// An n-dimensional array as NumPy holds it: a dtype, a shape and row-major data.
// int64 and float64 are kept apart so integers are exact, as in NumPy.
// float32 arrays keep their data in `f64`, every value exactly a float32 (already rounded with
// static_cast<float>); bool arrays keep theirs in `i64` as 0/1. So an array's data is in `i64`
// for Int64/Bool and in `f64` for Float64/Float32 (stores_i64 says which).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace act {

enum class DType { Int64, Float64, Float32, Bool };

// Whether an array of this dtype keeps its data in `i64` (Int64, Bool) or in `f64`.
constexpr bool stores_i64(DType d) { return d == DType::Int64 || d == DType::Bool; }
constexpr bool is_floating(DType d) { return d == DType::Float64 || d == DType::Float32; }

// NumPy's name for the dtype: "int64", "float64", "float32", "bool".
const char* dtype_name(DType d);

// A scalar as Python reads it: `0` is an int, `0.0` or `.1` a float. Only Int64 and Float64 are
// used (a Python int or float).
struct Number {
  DType dtype = DType::Int64;
  std::int64_t i = 0;  // valid when dtype == Int64
  double f = 0.0;      // valid when dtype == Float64

  static Number from_int(std::int64_t v) { return {DType::Int64, v, static_cast<double>(v)}; }
  static Number from_double(double v) { return {DType::Float64, 0, v}; }
  double as_double() const { return dtype == DType::Int64 ? static_cast<double>(i) : f; }
};

// NumPy 1.24's value-based casting of a Python scalar against a float32 array (`leak * x`,
// `x + 0.5`): the result stays float32 when the int is in -32768..65535 (it fits int16 or uint16)
// or the float is inf, nan or of magnitude below 3.4e38; otherwise it is float64. Only against an
// array of at least one dimension: with a 0-d array (all operands scalars) NumPy promotes
// normally, and float32 with any Python int or float is float64.
inline bool keeps_float32(const Number& n) {
  if (n.dtype == DType::Int64) return n.i >= -32768 && n.i <= 65535;
  return !(n.f >= 3.4e38 || n.f <= -3.4e38);
}

// A double rounded to float32 (round to nearest even), as a float32 array holds it.
inline double round_f32(double v) { return static_cast<double>(static_cast<float>(v)); }

struct NdArray {
  DType dtype = DType::Float64;
  std::vector<std::size_t> shape;  // empty for a 0-d array
  std::vector<double> f64;         // the data when dtype is Float64 or Float32
  std::vector<std::int64_t> i64;   // the data when dtype is Int64 or Bool (0/1)

  std::size_t size() const { return stores_i64(dtype) ? i64.size() : f64.size(); }
  std::size_t ndim() const { return shape.size(); }

  // The values as float64, as NumPy would cast them for arithmetic with a float.
  std::vector<double> as_double() const;

  static NdArray of_shape(DType dtype, std::vector<std::size_t> shape);
};

}  // namespace act
