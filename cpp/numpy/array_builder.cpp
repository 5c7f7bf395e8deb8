#include "numpy/array_builder.h"

namespace act::numpy_detail {

void ArrayBuilder::to_float() {
  is_float_ = true;
  floats_.reserve(ints_.size() + 1);
  // Integer to double rounds to nearest, ties to even, as Python's float(int) does.
  for (std::int64_t i : ints_) floats_.push_back(static_cast<double>(i));
  for (const Big& b : big_) floats_[b.index] = static_cast<double>(b.value);
  ints_.clear();
  ints_.shrink_to_fit();
  big_.clear();
}

void ArrayBuilder::push_int(std::int64_t v) {
  if (is_float_) {
    floats_.push_back(static_cast<double>(v));
  } else {
    ints_.push_back(v);
  }
}

void ArrayBuilder::push_float(double v) {
  if (!is_float_) to_float();
  floats_.push_back(v);
}

void ArrayBuilder::push_uint64(std::uint64_t v, std::size_t pos) {
  if (is_float_) {
    floats_.push_back(static_cast<double>(v));
  } else {
    big_.push_back({ints_.size(), v, pos});
    ints_.push_back(0);
  }
}

bool ArrayBuilder::uint64_only(std::size_t& pos) const {
  if (is_float_ || big_.empty() || ints_.size() != big_.size()) return false;
  pos = big_.front().pos;
  return true;
}

NdArray ArrayBuilder::build(std::vector<std::size_t> shape) {
  if (!is_float_ && !big_.empty()) to_float();  // int64 with uint64 promotes to float64
  NdArray a;
  a.shape = std::move(shape);
  if (is_float_) {
    a.dtype = DType::Float64;
    a.f64 = std::move(floats_);
  } else if (ints_.empty()) {
    a.dtype = DType::Float64;  // np.array([]) is float64
  } else {
    a.dtype = DType::Int64;
    a.i64 = std::move(ints_);
  }
  return a;
}

}  // namespace act::numpy_detail
