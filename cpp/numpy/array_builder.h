// Collects parsed numbers in order and settles the dtype as NumPy 1.24 does for
// a list of Python numbers: int64 while every number is an int64, float64 once any
// float, nan or inf appears, and also float64 when ints in [2^63, 2^64) (NumPy's
// uint64) are mixed with int64 ones. uint64-only arrays are not supported.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/ndarray.h"

namespace act::numpy_detail {

class ArrayBuilder {
 public:
  void push_int(std::int64_t v);
  void push_float(double v);
  void push_uint64(std::uint64_t v, std::size_t pos);  // v > INT64_MAX

  std::size_t size() const { return is_float_ ? floats_.size() : ints_.size(); }

  // An array NumPy would make uint64: where its first element is.
  bool uint64_only(std::size_t& pos) const;

  NdArray build(std::vector<std::size_t> shape);

 private:
  void to_float();

  struct Big {
    std::size_t index;
    std::uint64_t value;
    std::size_t pos;
  };
  bool is_float_ = false;
  std::vector<std::int64_t> ints_;
  std::vector<double> floats_;
  std::vector<Big> big_;  // uint64-range integers seen while the array was still int
};

}  // namespace act::numpy_detail
