// Helpers shared by the catalogue's tests: look an entry up, call it with default or given
// parameters, and compare a double with a long-double reference in units in the last place.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "activations/registry.h"

namespace act::testing {

inline const Activation& entry(std::string_view id) {
  const Activation* fn = find_activation(id);
  if (fn == nullptr) throw std::runtime_error("no activation " + std::string(id));
  return *fn;
}

inline std::vector<double> default_params(const Activation& fn) {
  std::vector<double> p;
  for (const ParamSpec& spec : fn.params) p.push_back(spec.default_value.as_double());
  return p;
}

// f(x) and f'(x) of a catalogue entry; no params means its defaults.
inline double f(std::string_view id, double x, std::vector<double> params = {}) {
  const Activation& fn = entry(id);
  if (params.empty()) params = default_params(fn);
  return fn.value(x, params.data());
}
inline double df(std::string_view id, double x, std::vector<double> params = {}) {
  const Activation& fn = entry(id);
  if (params.empty()) params = default_params(fn);
  return fn.derivative(x, params.data());
}

// Distance in representable doubles (+0 and -0 are the same point); NaN is infinitely far
// from everything but NaN.
inline std::uint64_t ulp_distance(double a, double b) {
  if (std::isnan(a) || std::isnan(b))
    return (std::isnan(a) && std::isnan(b)) ? 0 : std::numeric_limits<std::uint64_t>::max();
  auto ordered = [](double v) {
    std::int64_t i;
    std::memcpy(&i, &v, sizeof v);
    return i < 0 ? std::numeric_limits<std::int64_t>::min() - i : i;  // monotone in v
  };
  const std::int64_t ia = ordered(a), ib = ordered(b);
  return ia > ib ? static_cast<std::uint64_t>(ia) - static_cast<std::uint64_t>(ib)
                 : static_cast<std::uint64_t>(ib) - static_cast<std::uint64_t>(ia);
}

// One unit in the last place of |v| (the gap to the next double away from zero).
inline double ulp_of(double v) {
  v = std::fabs(v);
  return std::nextafter(v, std::numeric_limits<double>::infinity()) - v;
}

// got is within `ulps` of the reference rounded to double, or within ulps * ulp(scale) of it
// absolutely: a scale above |reference| allows for cancellation a float64 formula cannot
// avoid (a sum of terms of size `scale` that nearly cancel). Subnormal results are compared
// absolutely, to the smallest normal double.
inline ::testing::AssertionResult close(double got, long double reference, double ulps,
                                        double scale = 0) {
  const double want = static_cast<double>(reference);
  if (std::isnan(want) || std::isinf(want)) {
    if ((std::isnan(got) && std::isnan(want)) || got == want) return ::testing::AssertionSuccess();
  } else if (std::isfinite(got)) {
    const long double err = std::fabs(static_cast<long double>(got) - reference);
    const double unit = ulp_of(std::fmax(std::fabs(want), scale));
    if (ulp_distance(got, want) <= ulps || err <= ulps * static_cast<long double>(unit) ||
        (std::fabs(want) < std::numeric_limits<double>::min() &&
         err <= std::numeric_limits<double>::min()))
      return ::testing::AssertionSuccess();
  }
  std::ostringstream msg;
  msg.precision(17);
  msg << "got " << got << ", want " << want << " (" << ulp_distance(got, want) << " ulp apart)";
  return ::testing::AssertionFailure() << msg.str();
}

// n + 1 evenly spaced points on [a, b].
inline std::vector<double> grid(double a, double b, int n) {
  std::vector<double> xs;
  for (int i = 0; i <= n; ++i) xs.push_back(a + (b - a) * i / n);
  return xs;
}

// f (or f') of `id` against a long-double reference at every x, within `ulps` (see close());
// reports the first few misses and how many there were.
template <class Reference>
void expect_reference(std::string_view id, bool derivative, Reference reference,
                      const std::vector<double>& xs, double ulps, double scale = 0,
                      std::vector<double> params = {}) {
  int misses = 0;
  for (double x : xs) {
    const double got = derivative ? df(id, x, params) : f(id, x, params);
    const ::testing::AssertionResult ok =
        close(got, reference(static_cast<long double>(x)), ulps, scale);
    if (!ok && ++misses <= 5)
      ADD_FAILURE() << id << (derivative ? "'" : "") << "(" << x << "): " << ok.message();
  }
  EXPECT_EQ(misses, 0) << id << (derivative ? "'" : "") << " missed at " << misses << " of "
                       << xs.size();
}

inline bool is_negative_zero(double v) { return v == 0 && std::signbit(v); }
inline bool is_positive_zero(double v) { return v == 0 && !std::signbit(v); }

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace act::testing
