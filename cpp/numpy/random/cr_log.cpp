// Correctly rounded log for float64 (round to nearest, ties to even), identical on every
// platform because it uses only IEEE +, -, *, / on doubles and 64-bit integer arithmetic.
//
// Fast path (double-double, no FMA needed): x = 2^e * m with m in [sqrt(1/2), sqrt(2)],
// c = j/128 nearest m, r = round(2^17/j)/2^10 ~ 1/c (11 bits, exact), z = m*r - 1 exactly (as a
// double-double: Dekker's product, Sterbenz's subtraction), |z| < 0.0063. Then
//   log x = e*ln2 - log(r) + log1p(z),  log1p(z) = 2 atanh(s), s = z/(2+z), |s| < 0.0032,
// with the series to s^15 (the rest < 2^-130 relative), -log(r) and ln2 as double-doubles from
// the slow path. Error budget, relative to |log x|: the double-double operations (~15, each
// < 2^-104), e*ln2_lo in double (< 2^-97 absolute, |log x| > 0.34 whenever e != 0), the
// series' tail in double (< 2^-104): under 2^-94 in all. The rounding test then allows 2^-76
// (a margin of 2^18), so whenever it accepts, hi is log x correctly rounded: both ends of the
// interval that must hold log x round to hi, and rounding is monotonic.
//
// Slow path (when the test cannot decide, ~1 call in 2^20): 320-bit fixed point (six 64-bit
// limbs, 64 integer bits). log m for m in [1, 2) by Newton's iteration y += m*exp(-y) - 1 (three
// steps from a double start: 2^-52 -> 2^-104 -> 2^-208 -> the arithmetic's ~2^-310), exp by its
// Taylor series; then e*ln2 (ln2 to 320 bits) is added. The result is within 2^-300 of log x,
// far inside the ~2^-120 that the hardest double inputs of log need (Lefevre and Muller's
// worst cases), so rounding it to nearest gives log x correctly rounded.
//
// The double-double steps need every a*b + c rounded twice, never fused into an FMA: GCC in ISO
// mode (-std=c++17, as CMakeLists.txt sets) does not contract, WASM has no FMA instruction, and
// clang is told below (its default contracts within an expression where the target has FMA).
#include "numpy/random/cr_log.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#ifdef __clang__
#pragma clang fp contract(off)
#endif

namespace act::numpy_random {

namespace {

using u64 = std::uint64_t;
__extension__ typedef unsigned __int128 u128;

// ---------------------------------------------------------------- 320-bit fixed point
// value = sum limb[i] * 2^(64 (i - 5)): limb[5] is the integer part.
constexpr int kLimbs = 6;
struct Fixed {
  u64 limb[kLimbs] = {};
};

// ln2 * 2^320, truncated (Python: int(Decimal(2).ln() * 2**320) at 200 digits).
constexpr Fixed kLn2 = {{0xe7b876206debac98ULL, 0x8a0d175b8baafa2bULL, 0x40f343267298b62dULL,
                         0xc9e3b39803f2f6afULL, 0xb17217f7d1cf79abULL, 0}};

bool less(const Fixed& a, const Fixed& b) {
  for (int i = kLimbs - 1; i >= 0; --i)
    if (a.limb[i] != b.limb[i]) return a.limb[i] < b.limb[i];
  return false;
}

Fixed add(const Fixed& a, const Fixed& b) {
  Fixed r;
  u64 carry = 0;
  for (int i = 0; i < kLimbs; ++i) {
    const u128 s = static_cast<u128>(a.limb[i]) + b.limb[i] + carry;
    r.limb[i] = static_cast<u64>(s);
    carry = static_cast<u64>(s >> 64);
  }
  return r;
}

Fixed sub(const Fixed& a, const Fixed& b) {  // a >= b
  Fixed r;
  u64 borrow = 0;
  for (int i = 0; i < kLimbs; ++i) {
    const u64 d = a.limb[i] - b.limb[i] - borrow;
    borrow = (a.limb[i] < b.limb[i]) || (a.limb[i] - b.limb[i] < borrow) ? 1 : 0;
    r.limb[i] = d;
  }
  return r;
}

Fixed mul(const Fixed& a, const Fixed& b) {  // truncated: error < 2^-314
  u64 full[2 * kLimbs] = {};
  for (int i = 0; i < kLimbs; ++i) {
    u64 carry = 0;
    for (int j = 0; j < kLimbs; ++j) {
      const u128 t = static_cast<u128>(a.limb[i]) * b.limb[j] + full[i + j] + carry;
      full[i + j] = static_cast<u64>(t);
      carry = static_cast<u64>(t >> 64);
    }
    full[i + kLimbs] = carry;
  }
  Fixed r;
  for (int i = 0; i < kLimbs; ++i) r.limb[i] = full[i + kLimbs - 1];
  return r;
}

Fixed mul_small(const Fixed& a, u64 k) {
  Fixed r;
  u64 carry = 0;
  for (int i = 0; i < kLimbs; ++i) {
    const u128 t = static_cast<u128>(a.limb[i]) * k + carry;
    r.limb[i] = static_cast<u64>(t);
    carry = static_cast<u64>(t >> 64);
  }
  return r;
}

Fixed div_small(const Fixed& a, u64 k) {
  Fixed r;
  u128 rem = 0;
  for (int i = kLimbs - 1; i >= 0; --i) {
    const u128 cur = (rem << 64) | a.limb[i];
    r.limb[i] = static_cast<u64>(cur / k);
    rem = cur % k;
  }
  return r;
}

bool is_zero(const Fixed& a) {
  for (u64 l : a.limb)
    if (l != 0) return false;
  return true;
}

// A non-negative double whose bits all lie at or above 2^-320 (those we convert do), exactly.
Fixed from_double(double d) {
  Fixed r;
  if (d == 0) return r;
  int e;
  const double f = std::frexp(d, &e);                    // d = f * 2^e, f in [0.5, 1)
  const u64 mant = static_cast<u64>(std::ldexp(f, 53));  // d = mant * 2^(e - 53)
  const int shift = e - 53 + 320;                        // bit position of mant's bit 0
  for (int b = 0; b < 53; ++b) {
    if (((mant >> b) & 1U) == 0) continue;
    const int pos = shift + b;
    if (pos < 0 || pos >= 64 * kLimbs) continue;
    r.limb[pos / 64] |= u64{1} << (pos % 64);
  }
  return r;
}

// Rounded to nearest, ties to even; negative when `negative`.
double to_double(const Fixed& a, bool negative) {
  int top = -1;
  for (int i = kLimbs - 1; i >= 0 && top < 0; --i)
    if (a.limb[i] != 0) top = i * 64 + 63 - __builtin_clzll(a.limb[i]);
  if (top < 0) return negative ? -0.0 : 0.0;
  auto bit = [&](int pos) -> u64 { return pos < 0 ? 0 : (a.limb[pos / 64] >> (pos % 64)) & 1U; };
  u64 mant = 0;
  for (int p = top; p > top - 53; --p) mant = (mant << 1) | bit(p);
  const int round_pos = top - 53;
  bool sticky = false;
  for (int p = round_pos - 1; p >= 0 && !sticky; --p) sticky = bit(p) != 0;
  if (bit(round_pos) && (sticky || (mant & 1U))) ++mant;  // 2^53 after a carry is still exact
  const double v = std::ldexp(static_cast<double>(mant), top - 52 - 320);
  return negative ? -v : v;
}

// exp(-y) for 0 <= y < 1: the Taylor series, even and odd terms summed apart (all unsigned).
Fixed exp_neg(const Fixed& y) {
  Fixed even, odd, term;
  term.limb[kLimbs - 1] = 1;  // 1
  even = term;
  for (u64 k = 1; k < 100; ++k) {
    term = div_small(mul(term, y), k);
    if (is_zero(term)) break;
    if (k % 2)
      odd = add(odd, term);
    else
      even = add(even, term);
  }
  return sub(even, odd);
}

// log m for m in [1, 2).
Fixed log_mantissa(double m) {
  const Fixed fm = from_double(m);
  Fixed one;
  one.limb[kLimbs - 1] = 1;
  Fixed y = from_double(std::log(m) > 0 ? std::log(m) : 0.0);  // any start near log m will do
  for (int step = 0; step < 3; ++step) {
    const Fixed c = mul(fm, exp_neg(y));  // m e^-y: 1 when y = log m
    if (less(c, one)) {
      const Fixed d = sub(one, c);
      y = less(y, d) ? Fixed{} : sub(y, d);
    } else {
      y = add(y, sub(c, one));
    }
  }
  return y;
}

// log x for a positive finite x as a sign and a 320-bit magnitude.
Fixed slow_log_fixed(double x, bool& negative) {
  int e;
  const double f = std::frexp(x, &e);  // x = f * 2^e, f in [0.5, 1); subnormals included
  const double m = 2 * f;              // x = m * 2^(e-1), m in [1, 2)
  const int k = e - 1;
  const Fixed lm = log_mantissa(m);
  if (k >= 0) {
    negative = false;
    return add(mul_small(kLn2, static_cast<u64>(k)), lm);
  }
  negative = true;  // |k| ln2 >= ln2 > log m
  return sub(mul_small(kLn2, static_cast<u64>(-k)), lm);
}

// ---------------------------------------------------------------- double-double
// Always inlined: the WASM build is -Oz, which would otherwise call each of these.
#define ACT_DD_INLINE inline __attribute__((always_inline))

struct DD {
  double hi, lo;
};

ACT_DD_INLINE DD two_sum(double a, double b) {
  const double s = a + b;
  const double bb = s - a;
  return {s, (a - (s - bb)) + (b - bb)};
}

ACT_DD_INLINE DD fast_two_sum(double a, double b) {  // |a| >= |b| or a == 0
  const double s = a + b;
  return {s, b - (s - a)};
}

ACT_DD_INLINE DD split(double a) {   // Veltkamp: a = hi + lo, each with 26 bits
  const double c = 134217729.0 * a;  // 2^27 + 1
  const double hi = c - (c - a);
  return {hi, a - hi};
}

ACT_DD_INLINE DD two_prod(double a, double b) {  // a * b exactly, without FMA (no overflow here)
  const double p = a * b;
  const DD as = split(a), bs = split(b);
  const double err = ((as.hi * bs.hi - p) + as.hi * bs.lo + as.lo * bs.hi) + as.lo * bs.lo;
  return {p, err};
}

ACT_DD_INLINE DD dd_add(DD a, DD b) {  // accurate (both parts two-summed)
  DD s = two_sum(a.hi, b.hi);
  DD t = two_sum(a.lo, b.lo);
  s.lo += t.hi;
  s = fast_two_sum(s.hi, s.lo);
  s.lo += t.lo;
  return fast_two_sum(s.hi, s.lo);
}

ACT_DD_INLINE DD dd_mul(DD a, DD b) {
  DD p = two_prod(a.hi, b.hi);
  p.lo += a.hi * b.lo + a.lo * b.hi;
  return fast_two_sum(p.hi, p.lo);
}

ACT_DD_INLINE DD dd_div(DD a, DD b) {
  const double q1 = a.hi / b.hi;
  const DD p = two_prod(q1, b.hi);
  const double r = (((a.hi - p.hi) - p.lo) + a.lo) - q1 * b.lo;
  return fast_two_sum(q1, r / b.hi);
}

DD dd_of_fixed(const Fixed& v, bool negative) {
  const double hi = to_double(v, negative);
  // v - |hi|, exactly, then rounded.
  const Fixed fh = from_double(std::fabs(hi));
  const bool below = less(v, fh);
  const Fixed rest = below ? sub(fh, v) : sub(v, fh);
  const double lo = to_double(rest, negative != below);
  return {hi, lo};
}

// -log(r_j) and ln2 as double-doubles, from the slow path on first use.
struct Tables {
  DD neg_log_r[183];
  DD ln2, third, fifth;
  Tables() {
    ln2 = dd_of_fixed(kLn2, false);
    third = dd_div({1.0, 0.0}, {3.0, 0.0});
    fifth = dd_div({1.0, 0.0}, {5.0, 0.0});
    for (int j = 0; j < 183; ++j) {
      neg_log_r[j] = {0.0, 0.0};
      if (j < 90) continue;
      const double r = std::round(131072.0 / j) / 1024.0;
      if (r == 1.0) continue;
      bool neg;
      const Fixed l = slow_log_fixed(r, neg);
      neg_log_r[j] = dd_of_fixed(l, !neg);
    }
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

constexpr double kSqrt2 = 1.4142135623730951;

// Returns false when the rounding test cannot decide; `out` is then unset.
bool fast_log(double x, int extra_exp, double& out) {
  int e;
  double m = 2 * std::frexp(x, &e);  // m in [1, 2)
  e = e - 1 + extra_exp;
  if (m > kSqrt2) {
    m *= 0.5;
    ++e;
  }
  // m > 0, so adding 0.5 and truncating rounds to nearest; the table index only has to be close.
  const int j = static_cast<int>(m * 128 + 0.5);  // NOLINT(bugprone-incorrect-roundings): 91..181
  const double r = std::round(131072.0 / j) / 1024.0;
  const Tables& t = tables();
  const DD p = two_prod(m, r);
  const DD z = two_sum(p.hi - 1.0, p.lo);  // exact: p.hi - 1 by Sterbenz
  const DD d = dd_add({2.0, 0.0}, z);
  const DD s = dd_div(z, d);
  const DD s2 = dd_mul(s, s);
  const double w = s2.hi;
  const double tail = 1.0 / 7 + w * (1.0 / 9 + w * (1.0 / 11 + w * (1.0 / 13 + w * (1.0 / 15))));
  const DD u = dd_add(t.fifth, two_prod(w, tail));
  const DD v = dd_add(t.third, dd_mul(s2, u));
  const DD series = dd_add({1.0, 0.0}, dd_mul(s2, v));
  DD lp = dd_mul(s, series);
  lp.hi *= 2;
  lp.lo *= 2;  // log1p(z)
  DD sum = dd_add(t.neg_log_r[j], lp);
  if (e != 0) {
    const double de = e;
    DD el = two_prod(de, t.ln2.hi);
    el = dd_add(el, {de * t.ln2.lo, 0.0});
    sum = dd_add(el, sum);
  }
  const double hi = sum.hi, lo = sum.lo;
  const double margin = std::fabs(hi) * 0x1p-76;
  if (hi + (lo - margin) != hi || hi + (lo + margin) != hi) return false;
  out = hi;
  return true;
}

}  // namespace

double cr_log_slow(double x) {
  if (std::isnan(x)) return x;
  if (x < 0) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0) return -std::numeric_limits<double>::infinity();
  if (std::isinf(x)) return x;
  if (x == 1) return 0.0;
  bool negative;
  const Fixed v = slow_log_fixed(x, negative);
  return to_double(v, negative);
}

double cr_log(double x) {
  if (std::isnan(x)) return x;
  if (x < 0) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0) return -std::numeric_limits<double>::infinity();
  if (std::isinf(x)) return x;
  if (x == 1) return 0.0;
  int extra = 0;
  if (x < std::numeric_limits<double>::min()) {  // subnormal: scale into the normal range
    x *= 0x1p54;
    extra = -54;
  }
  double out;
  if (fast_log(x, extra, out)) return out;
  return cr_log_slow(extra ? std::ldexp(x, extra) : x);
}

namespace testing_hooks {
// Whether the fast path decides x (for tests measuring how often the slow path runs).
bool fast_path_decides(double x) {
  double out;
  if (!(x > 0) || std::isinf(x) || x == 1 || x < std::numeric_limits<double>::min()) return true;
  return fast_log(x, 0, out);
}
}  // namespace testing_hooks

}  // namespace act::numpy_random
