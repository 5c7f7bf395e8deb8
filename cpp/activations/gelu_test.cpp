#include <gtest/gtest.h>

#include <cmath>

#include "activations/testing/catalogue_testing.h"

namespace act {
namespace {

using namespace testing;

// References take the arguments of erfc and exp, -x/sqrt(2) and x^2, rounded to double as the
// core must: in the tail erfc(z) and exp(-x^2/2) magnify that rounding about x^2 times (a
// relative 1e-13 at x = -37), which a float64 formula cannot take back.
long double z_of(long double x) {
  return static_cast<double>(-static_cast<double>(x) / std::sqrt(2.0));
}
long double phi(long double x) {
  const long double x2 = static_cast<double>(static_cast<double>(x) * static_cast<double>(x));
  return std::exp(-x2 / 2) / std::sqrt(2 * 3.14159265358979323846264338327950288L);
}

TEST(Gelu, MatchesLongDoubleIncludingTheLeftTail) {
  const auto xs = grid(-37, 10, 9400);
  expect_reference(
      "gelu", false, [](long double x) { return x * std::erfc(z_of(x)) / 2; }, xs, 4);
  // f' = Phi(x) + x phi(x) crosses zero near x = -0.75, where its terms (about 0.23) cancel.
  expect_reference(
      "gelu", true, [](long double x) { return std::erfc(z_of(x)) / 2 + x * phi(x); },
      grid(-3, 3, 1200), 4, 0.5);
  expect_reference(
      "gelu", true, [](long double x) { return std::erfc(z_of(x)) / 2 + x * phi(x); },
      grid(-37, -3, 3400), 4);
}

TEST(Gelu, TailsLimitsAndSigns) {
  // (1 + erf(x/sqrt2))/2 would be 0 here; x Phi(x) is about -1.1e-18 at x = -9.
  EXPECT_LT(f("gelu", -9), 0.0);
  EXPECT_TRUE(close(f("gelu", -9), -9 * std::erfc(9 / std::sqrt(2.0L)) / 2, 8));
  EXPECT_EQ(f("gelu", 40), 40.0);
  EXPECT_EQ(f("gelu", 1e308), 1e308);
  EXPECT_TRUE(is_negative_zero(f("gelu", -1e308)));
  EXPECT_TRUE(is_negative_zero(f("gelu", -kInf)));
  EXPECT_EQ(f("gelu", kInf), kInf);
  EXPECT_EQ(df("gelu", kInf), 1.0);
  EXPECT_EQ(df("gelu", -kInf), 0.0);
  EXPECT_EQ(df("gelu", -1e308), 0.0);
  EXPECT_EQ(df("gelu", 0), 0.5);
  EXPECT_TRUE(is_negative_zero(f("gelu", -0.0)));
}

long double u_exact(long double x) {
  return std::sqrt(2 / 3.14159265358979323846264338327950288L) * (x + 0.044715L * x * x * x);
}
// u as float64 computes it: exp(-2u) magnifies u's rounding |2u| times (600 at x = -20).
long double u_of(long double x) {
  const double d = static_cast<double>(x);
  return std::sqrt(2 / 3.141592653589793) * (d + 0.044715 * d * d * d);
}

TEST(GeluTanh, MatchesPyTorchsTanhFormInLongDouble) {
  // 0.5 x (1 + tanh(u)) in long double, as 1/(1 + e^-2u) where 1 + tanh(u) would cancel.
  auto reference = [](long double x) { return x / (1 + std::exp(-2 * u_of(x))); };
  auto slope = [](long double x) {
    const long double t = 1 / (1 + std::exp(-2 * u_of(x)));  // (1 + tanh u)/2
    const long double du =
        std::sqrt(2 / 3.14159265358979323846264338327950288L) * (1 + 3 * 0.044715L * x * x);
    return t + 2 * x * t * (1 - t) * du;
  };
  expect_reference("gelu_tanh", false, reference, grid(-20, 10, 6000), 4);
  expect_reference("gelu_tanh", true, slope, grid(-3, 10, 2600), 4, 1);  // f' crosses 0 near -0.75
  expect_reference("gelu_tanh", true, slope, grid(-20, -3, 1700), 8);
  // Against PyTorch's own expression with exact u, in the middle where it does not cancel.
  for (double x : {-1.5, -0.3, 0.0, 0.7, 2.0})
    EXPECT_TRUE(close(f("gelu_tanh", x), 0.5L * x * (1 + std::tanh(u_exact(x))), 4)) << x;
}

TEST(GeluTanh, ExtremesAndLimits) {
  EXPECT_EQ(f("gelu_tanh", 1e308), 1e308);
  EXPECT_TRUE(is_negative_zero(f("gelu_tanh", -1e308)));
  EXPECT_TRUE(is_negative_zero(f("gelu_tanh", -kInf)));
  EXPECT_EQ(f("gelu_tanh", kInf), kInf);
  EXPECT_EQ(df("gelu_tanh", 1e308), 1.0);
  EXPECT_EQ(df("gelu_tanh", -1e308), 0.0);
  EXPECT_EQ(df("gelu_tanh", 50), 1.0);
  EXPECT_EQ(df("gelu_tanh", kInf), 1.0);
  EXPECT_EQ(df("gelu_tanh", -kInf), 0.0);
  EXPECT_EQ(df("gelu_tanh", 0), 0.5);
}

}  // namespace
}  // namespace act
