// Python's numeric literals (without sign): 12, 1_000, 1., .5, 1e-3, 2.5E+10.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace act::numpy_detail {

struct NumberLiteral {
  bool ok = false;
  std::size_t end = 0;  // byte just past the literal (or the bad word, on error)
  bool is_float = false;
  std::uint64_t magnitude = 0;  // the integer's value, when !is_float && !overflow
  bool overflow = false;        // integer above 2^64-1
  double value = 0.0;           // the value, for float literals
  std::string error;            // what is wrong, when !ok
};

// True if a literal starts at `pos`: a digit, or '.' then a digit.
bool starts_number(std::string_view text, std::size_t pos);

// Reads the literal starting at `pos` (starts_number must hold).
NumberLiteral scan_number(std::string_view text, std::size_t pos);

}  // namespace act::numpy_detail
