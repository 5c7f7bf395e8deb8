// Decimal digits of a double as NumPy's Dragon4 makes them in "unique" mode:
// the shortest digits that read back to the same double, optionally cut off
// after some digits (then correctly rounded) or extended to a minimum count.
#pragma once

#include <string>

namespace act::numpy_detail {

enum class Cutoff { TotalLength, FractionLength };

struct DecimalDigits {
  std::string digits;  // at least one digit, no sign
  int exponent = 0;    // power of ten of the first digit
};

// `value` must be finite; its sign is ignored. max_digits/min_digits < 0 mean "none";
// with Cutoff::FractionLength they count digits after the decimal point.
// `single`: value is a float32 (exactly representable as one) and the digits are float32's
// (the shortest that read back to the same float32), as NumPy prints float32.
DecimalDigits dragon4_unique(double value, Cutoff mode, int max_digits, int min_digits,
                             bool single = false);

}  // namespace act::numpy_detail
