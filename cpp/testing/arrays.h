// NdArrays for tests, written as their values: floats({0.2, -1}), ints({1, 2}, {2, 1}),
// column({0.2, 0.5}) for the tutorial's n x 1 vectors. A shape left out is 1-D.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "core/ndarray.h"

namespace act::testing {

inline NdArray floats(std::vector<double> values, std::vector<std::size_t> shape = {}) {
  if (shape.empty()) shape = {values.size()};
  NdArray a = NdArray::of_shape(DType::Float64, std::move(shape));
  a.f64 = std::move(values);
  return a;
}

inline NdArray ints(std::vector<std::int64_t> values, std::vector<std::size_t> shape = {}) {
  if (shape.empty()) shape = {values.size()};
  NdArray a = NdArray::of_shape(DType::Int64, std::move(shape));
  a.i64 = std::move(values);
  return a;
}

inline NdArray column(std::vector<double> values) {
  const std::size_t n = values.size();
  return floats(std::move(values), {n, 1});
}

}  // namespace act::testing
