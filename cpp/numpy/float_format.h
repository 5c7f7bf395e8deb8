// NumPy's float formatting for float64: format_float_positional/_scientific
// (unique digits, the subset of options arrayprint uses), the per-array
// FloatingFormat that lines a column of floats up, and str() of a float64 scalar.
#pragma once

#include <string>
#include <vector>

namespace act::numpy_detail {

// NumPy's trim argument: 'k' keep, '.' trim zeros keep the point, '0' leave one zero, '-' drop
// both.
enum class Trim { Keep, Zeros, LeaveOneZero, DotAndZeros };

// precision/min_digits/pad_left/pad_right/exp_digits < 0 mean None, as in NumPy.
// `single`: x is a float32 and gets float32's shortest digits.
std::string format_float_positional(double x, int precision, int min_digits, Trim trim,
                                    int pad_left = -1, int pad_right = -1, bool single = false);
std::string format_float_scientific(double x, int precision, int min_digits, Trim trim,
                                    int pad_left = -1, int exp_digits = -1, bool single = false);

// str(np.float64(x)) (or of np.float32(x) when `single`): positional between 1e-4 and 1e16,
// else scientific, like Python's repr.
std::string float_scalar_str(double x, bool single = false);

// numpy.core.arrayprint.FloatingFormat with the default options
// (precision 8, floatmode 'maxprec', suppress False, sign '-', legacy False), for a float64
// array or (`single`) a float32 one.
class FloatingFormat {
 public:
  explicit FloatingFormat(const std::vector<double>& data, bool single = false);
  std::string operator()(double x) const;

 private:
  bool single_ = false;
  bool exp_format_ = false;
  int precision_ = 8;
  int min_digits_ = -1;
  Trim trim_ = Trim::Zeros;
  int pad_left_ = 0;
  int pad_right_ = 0;
  int exp_size_ = -1;
};

}  // namespace act::numpy_detail
