#include "numpy/int_format.h"

#include <algorithm>

namespace act::numpy_detail {

IntegerFormat::IntegerFormat(const std::vector<std::int64_t>& data) {
  if (data.empty()) return;
  const auto [lo, hi] = std::minmax_element(data.begin(), data.end());
  width_ = std::max(std::to_string(*lo).size(), std::to_string(*hi).size());
}

std::string IntegerFormat::operator()(std::int64_t x) const {
  std::string s = std::to_string(x);
  if (s.size() < width_) s.insert(0, width_ - s.size(), ' ');
  return s;
}

}  // namespace act::numpy_detail
