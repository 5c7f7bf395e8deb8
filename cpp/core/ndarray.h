// An n-dimensional array as NumPy holds it: a dtype, a shape and row-major data.
// int64 and float64 are kept apart so integers are exact, as in NumPy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace act {

enum class DType { Int64, Float64 };

// A scalar as Python reads it: `0` is an int, `0.0` or `.1` a float.
struct Number {
  DType dtype = DType::Int64;
  std::int64_t i = 0;  // valid when dtype == Int64
  double f = 0.0;      // valid when dtype == Float64

  static Number from_int(std::int64_t v) { return {DType::Int64, v, static_cast<double>(v)}; }
  static Number from_double(double v) { return {DType::Float64, 0, v}; }
  double as_double() const { return dtype == DType::Int64 ? static_cast<double>(i) : f; }
};

struct NdArray {
  DType dtype = DType::Float64;
  std::vector<std::size_t> shape;  // empty for a 0-d array
  std::vector<double> f64;         // the data when dtype == Float64
  std::vector<std::int64_t> i64;   // the data when dtype == Int64

  std::size_t size() const { return dtype == DType::Int64 ? i64.size() : f64.size(); }
  std::size_t ndim() const { return shape.size(); }

  // The values as float64, as NumPy would cast them for arithmetic with a float.
  std::vector<double> as_double() const;

  static NdArray of_shape(DType dtype, std::vector<std::size_t> shape);
};

}  // namespace act
