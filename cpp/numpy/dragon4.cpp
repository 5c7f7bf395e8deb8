// Burger & Dybvig's free-format algorithm with exact big integers, with the
// cutoff and rounding rules of NumPy's Dragon4 (numpy/core/src/multiarray/dragon4.c):
// margins are inclusive when the mantissa is even (IEEE round-half-even), the
// first digit's exponent comes from the value itself (so a carry may add a digit),
// and the last digit is rounded by comparing the remainder with one half.
#include "numpy/dragon4.h"

#include <cmath>
#include <cstdint>
#include <cstring>

#include "numpy/bigint.h"

namespace act::numpy_detail {

namespace {

int bit_length(std::uint64_t v) {
  int n = 0;
  while (v != 0) {
    ++n;
    v >>= 1;
  }
  return n;
}

}  // namespace

DecimalDigits dragon4_unique(double value, Cutoff mode, int max_digits, int min_digits,
                             bool single) {
  // The IEEE fields of the binary64 or binary32 value.
  std::uint64_t frac;
  int biased, frac_bits, bias_shift, denorm_exp;
  if (single) {
    const float f = static_cast<float>(value);
    std::uint32_t b32 = 0;
    std::memcpy(&b32, &f, sizeof b32);
    frac_bits = 23;
    frac = b32 & ((std::uint32_t{1} << 23) - 1);
    biased = static_cast<int>((b32 >> 23) & 0xff);
    bias_shift = 150;  // 127 + 23
    denorm_exp = -149;
  } else {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    frac_bits = 52;
    frac = bits & ((std::uint64_t{1} << 52) - 1);
    biased = static_cast<int>((bits >> 52) & 0x7ff);
    bias_shift = 1075;  // 1023 + 52
    denorm_exp = -1074;
  }

  std::uint64_t mantissa;
  int exponent;
  bool unequal_margins;
  if (biased != 0) {
    mantissa = frac | (std::uint64_t{1} << frac_bits);
    exponent = biased - bias_shift;
    unequal_margins =
        biased > 1 && frac == 0;  // the gap below a power of two is half the gap above
  } else {
    mantissa = frac;
    exponent = denorm_exp;
    unequal_margins = false;
  }
  if (mantissa == 0) return {"0", 0};
  const bool is_even = (mantissa & 1) == 0;

  // value = r / s; the neighbours are half-way at r - m_minus and r + m_plus.
  BigInt r(mantissa), s, m_minus, m_plus;
  const unsigned extra = unequal_margins ? 2 : 1;
  if (exponent >= 0) {
    r.shift_left(static_cast<unsigned>(exponent) + extra);
    s.set(std::uint64_t{1} << extra);
    m_minus = BigInt::pow2(static_cast<unsigned>(exponent));
  } else {
    r.shift_left(extra);
    s = BigInt::pow2(static_cast<unsigned>(-exponent) + extra);
    m_minus.set(1);
  }
  m_plus = m_minus;
  if (unequal_margins) m_plus.shift_left(1);

  // k: the smallest integer with value < 10^k. Estimate, then correct exactly.
  int k = static_cast<int>(
      std::ceil((bit_length(mantissa) - 1 + exponent) * 0.30102999566398119521 - 0.69));
  if (k > 0) {
    s.mul_pow10(static_cast<unsigned>(k));
  } else if (k < 0) {
    r.mul_pow10(static_cast<unsigned>(-k));
    m_minus.mul_pow10(static_cast<unsigned>(-k));
    m_plus.mul_pow10(static_cast<unsigned>(-k));
  }
  while (compare(r, s) >= 0) {
    s.mul_small(10);
    ++k;
  }
  for (;;) {
    BigInt r10 = r;
    r10.mul_small(10);
    if (compare(r10, s) >= 0) break;
    r = r10;
    m_minus.mul_small(10);
    m_plus.mul_small(10);
    --k;
  }

  // A fractional cutoff past the first digit: start at the cutoff and round there.
  if (max_digits >= 0 && mode == Cutoff::FractionLength && k <= -max_digits) {
    s.mul_pow10(static_cast<unsigned>(-max_digits + 1 - k));
    k = -max_digits + 1;
  }

  int cutoff_max_exp = k - 10000;  // no cutoff: unique digits stop long before this
  if (max_digits >= 0) {
    const int desired = mode == Cutoff::TotalLength ? k - max_digits : -max_digits;
    if (desired > cutoff_max_exp) cutoff_max_exp = desired;
  }
  int cutoff_min_exp = k;
  if (min_digits >= 0) {
    const int desired = mode == Cutoff::TotalLength ? k - min_digits : -min_digits;
    if (desired < cutoff_min_exp) cutoff_min_exp = desired;
  }

  DecimalDigits out;
  out.exponent = k - 1;
  int digit_exp = k;
  int digit = 0;
  bool low = false, high = false;
  for (;;) {
    --digit_exp;
    r.mul_small(10);
    m_minus.mul_small(10);
    m_plus.mul_small(10);
    digit = 0;
    while (compare(r, s) >= 0) {
      r.sub(s);
      ++digit;
    }
    const int cmp_low = compare(r, m_minus);
    low = is_even ? cmp_low <= 0 : cmp_low < 0;
    const int cmp_high = compare(sum(r, m_plus), s);
    high = is_even ? cmp_high >= 0 : cmp_high > 0;
    if (((low || high) && digit_exp <= cutoff_min_exp) || digit_exp == cutoff_max_exp) break;
    out.digits.push_back(static_cast<char>('0' + digit));
  }

  bool round_down = low;
  if (low == high) {  // both neighbours reachable (or neither): round to nearest, ties to even
    BigInt twice = r;
    twice.shift_left(1);
    const int c = compare(twice, s);
    round_down = c < 0 || (c == 0 && digit % 2 == 0);
  }
  if (round_down) {
    out.digits.push_back(static_cast<char>('0' + digit));
  } else if (digit < 9) {
    out.digits.push_back(static_cast<char>('0' + digit + 1));
  } else {
    while (!out.digits.empty() && out.digits.back() == '9') out.digits.pop_back();
    if (out.digits.empty()) {
      out.digits = "1";
      ++out.exponent;
    } else {
      ++out.digits.back();
    }
  }
  return out;
}

}  // namespace act::numpy_detail
