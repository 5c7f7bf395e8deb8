// numpy.core.arrayprint.IntegerFormat: right-aligned to the widest of max and min.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace act::numpy_detail {

class IntegerFormat {
 public:
  explicit IntegerFormat(const std::vector<std::int64_t>& data);
  std::string operator()(std::int64_t x) const;

 private:
  std::size_t width_ = 0;
};

}  // namespace act::numpy_detail
