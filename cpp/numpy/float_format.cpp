#include "numpy/float_format.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "numpy/dragon4.h"

namespace act::numpy_detail {

namespace {

void strip_trailing_zeros(std::string& s, int& frac_digits, Trim trim) {
  while (!s.empty() && s.back() == '0') {
    s.pop_back();
    --frac_digits;
  }
  if (trim == Trim::LeaveOneZero && !s.empty() && s.back() == '.') {
    s.push_back('0');
    ++frac_digits;
  }
}

}  // namespace

// Mirrors FormatPositional in NumPy's dragon4.c (unique digit mode only).
std::string format_float_positional(double x, int precision, int min_digits, Trim trim,
                                    int pad_left, int pad_right, bool single) {
  const bool negative = std::signbit(x);
  const DecimalDigits d = dragon4_unique(x, Cutoff::FractionLength, precision, min_digits, single);
  const int n = static_cast<int>(d.digits.size());

  std::string s = negative ? "-" : "";
  const int has_sign = negative ? 1 : 0;
  int whole_digits = 1;
  int frac_digits = 0;
  if (d.exponent >= 0) {
    whole_digits = d.exponent + 1;
    if (n <= whole_digits) {
      s += d.digits;
      s.append(static_cast<std::size_t>(whole_digits - n), '0');
    } else {
      s.append(d.digits, 0, static_cast<std::size_t>(whole_digits));
      s += '.';
      s.append(d.digits, static_cast<std::size_t>(whole_digits), std::string::npos);
      frac_digits = n - whole_digits;
    }
  } else {
    const int zeros = -(d.exponent + 1);
    s += "0.";
    s.append(static_cast<std::size_t>(zeros), '0');
    s += d.digits;
    frac_digits = zeros + n;
  }
  if (trim != Trim::DotAndZeros && frac_digits == 0) s += '.';
  if (trim == Trim::LeaveOneZero && frac_digits == 0) {
    s += '0';
    ++frac_digits;
  } else if (trim == Trim::Keep &&
             min_digits > frac_digits) {  // zeros up to min_digits (0., 1.5 -> 1.50)
    s.append(static_cast<std::size_t>(min_digits - frac_digits), '0');
    frac_digits = min_digits;
  }
  if (precision >= 0 && trim != Trim::Keep && frac_digits > 0)
    strip_trailing_zeros(s, frac_digits, trim);

  if (pad_right >= frac_digits) {
    if (trim == Trim::DotAndZeros && frac_digits == 0) s += ' ';
    s.append(static_cast<std::size_t>(pad_right - frac_digits), ' ');
  }
  if (pad_left > whole_digits + has_sign) {
    s.insert(0, static_cast<std::size_t>(pad_left - whole_digits - has_sign), ' ');
  }
  return s;
}

// Mirrors FormatScientific in NumPy's dragon4.c (unique digit mode only).
std::string format_float_scientific(double x, int precision, int min_digits, Trim trim,
                                    int pad_left, int exp_digits, bool single) {
  const bool negative = std::signbit(x);
  std::string s;
  const int left_chars = 1 + (negative ? 1 : 0);
  if (pad_left > left_chars) s.append(static_cast<std::size_t>(pad_left - left_chars), ' ');
  if (negative) s += '-';

  const DecimalDigits d =
      dragon4_unique(x, Cutoff::TotalLength, precision >= 0 ? precision + 1 : -1,
                     min_digits >= 0 ? min_digits + 1 : -1, single);
  s += d.digits[0];
  int frac_digits = static_cast<int>(d.digits.size()) - 1;
  if (frac_digits > 0) {
    s += '.';
    s.append(d.digits, 1, std::string::npos);
  }
  if (trim != Trim::DotAndZeros && frac_digits == 0) s += '.';
  if (trim == Trim::LeaveOneZero && frac_digits == 0) {
    s += '0';
    ++frac_digits;
  } else if (trim == Trim::Keep &&
             min_digits > frac_digits) {  // zeros up to min_digits (0., 1.5 -> 1.50)
    s.append(static_cast<std::size_t>(min_digits - frac_digits), '0');
    frac_digits = min_digits;
  }
  if (precision >= 0 && trim != Trim::Keep && frac_digits > 0)
    strip_trailing_zeros(s, frac_digits, trim);

  if (exp_digits < 0) exp_digits = 2;
  if (exp_digits > 5) exp_digits = 5;
  int e = d.exponent;
  s += 'e';
  s += e >= 0 ? '+' : '-';
  std::string digits = std::to_string(e >= 0 ? e : -e);
  if (static_cast<int>(digits.size()) < exp_digits) {
    digits.insert(0, static_cast<std::size_t>(exp_digits) - digits.size(), '0');
  }
  s += digits;
  return s;
}

std::string float_scalar_str(double x, bool single) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  const double a = std::fabs(x);
  if (a == 0 || (1e-4 <= a && a < 1e16))
    return format_float_positional(x, -1, -1, Trim::LeaveOneZero, -1, -1, single);
  return format_float_scientific(x, -1, -1, Trim::DotAndZeros, -1, -1, single);
}

// FloatingFormat.fillFormat: one pass to size the columns, then every value is printed to match.
FloatingFormat::FloatingFormat(const std::vector<double>& data, bool single) : single_(single) {
  std::vector<double> finite;
  finite.reserve(data.size());
  bool any_nonfinite = false, any_neg_inf = false;
  for (double v : data) {
    if (std::isfinite(v)) {
      finite.push_back(v);
    } else {
      any_nonfinite = true;
      if (std::isinf(v) && v < 0) any_neg_inf = true;
    }
  }

  bool have_nonzero = false;
  double max_val = 0, min_val = 0;
  for (double v : finite) {
    if (v == 0) continue;
    const double a = std::fabs(v);
    if (!have_nonzero) {
      max_val = min_val = a;
      have_nonzero = true;
    } else {
      max_val = std::max(max_val, a);
      min_val = std::min(min_val, a);
    }
  }
  // NumPy divides the two float32 maxima in float32 (np.float32 / np.float32).
  const double ratio =
      single ? static_cast<double>(static_cast<float>(max_val) / static_cast<float>(min_val))
             : max_val / min_val;
  if (have_nonzero && (max_val >= 1.e8 || min_val < 0.0001 || ratio > 1000.)) exp_format_ = true;

  if (finite.empty()) {
    pad_left_ = 0;
    pad_right_ = 0;
    trim_ = Trim::Zeros;
    exp_size_ = -1;
    min_digits_ = -1;
  } else if (exp_format_) {
    int max_frac = 0, max_int = 0, max_exp = 0;
    for (double v : finite) {
      const std::string s =
          format_float_scientific(v, precision_, -1, Trim::Zeros, -1, -1, single_);
      const std::size_t e = s.find('e');
      const std::size_t dot = s.find('.');
      max_int = std::max(max_int, static_cast<int>(dot));
      max_frac = std::max(max_frac, static_cast<int>(e - dot - 1));
      max_exp = std::max(max_exp, static_cast<int>(s.size() - e - 1));
    }
    exp_size_ = max_exp - 1;
    trim_ = Trim::Keep;
    precision_ = max_frac;
    min_digits_ = max_frac;
    pad_left_ = max_int;
    pad_right_ = exp_size_ + 2 + precision_;
  } else {
    int max_frac = 0, max_int = 0;
    for (double v : finite) {
      const std::string s =
          format_float_positional(v, precision_, -1, Trim::Zeros, -1, -1, single_);
      const std::size_t dot = s.find('.');
      max_int = std::max(max_int, static_cast<int>(dot));
      max_frac = std::max(max_frac, static_cast<int>(s.size() - dot - 1));
    }
    pad_left_ = max_int;
    pad_right_ = max_frac;
    exp_size_ = -1;
    trim_ = Trim::Zeros;
    min_digits_ = 0;
  }

  if (any_nonfinite) {
    const int offset = pad_right_ + 1;  // +1 for the decimal point
    pad_left_ = std::max({pad_left_, 3 - offset, 3 + (any_neg_inf ? 1 : 0) - offset});
  }
}

std::string FloatingFormat::operator()(double x) const {
  if (!std::isfinite(x)) {
    const std::string ret = std::isnan(x) ? "nan" : (x < 0 ? "-inf" : "inf");
    const int pad = pad_left_ + pad_right_ + 1 - static_cast<int>(ret.size());
    return std::string(static_cast<std::size_t>(std::max(pad, 0)), ' ') + ret;
  }
  if (exp_format_)
    return format_float_scientific(x, precision_, min_digits_, trim_, pad_left_, exp_size_,
                                   single_);
  return format_float_positional(x, precision_, min_digits_, trim_, pad_left_, pad_right_, single_);
}

}  // namespace act::numpy_detail
