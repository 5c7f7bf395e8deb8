#include <gtest/gtest.h>

#include <cmath>

#include "activations/testing/catalogue_testing.h"

namespace act {
namespace {

using namespace testing;

TEST(Identity, IsXWithSlopeOne) {
  for (double x : {-1e308, -2.5, -0.0, 0.0, 3.0, kInf}) {
    EXPECT_EQ(f("identity", x), x);
    EXPECT_EQ(std::signbit(f("identity", x)), std::signbit(x));
    EXPECT_EQ(df("identity", x), 1.0);
  }
}

TEST(BinaryStep, IsHeavisideWithOneAtZero) {
  EXPECT_EQ(f("binary_step", -1e-300), 0.0);
  EXPECT_EQ(f("binary_step", 0.0), 1.0);
  EXPECT_EQ(f("binary_step", -0.0), 1.0);
  EXPECT_EQ(f("binary_step", 2.0), 1.0);
  EXPECT_EQ(f("binary_step", -kInf), 0.0);
  EXPECT_TRUE(std::isnan(f("binary_step", kNaN)));
  EXPECT_EQ(df("binary_step", 0.0), 0.0);
  EXPECT_EQ(df("binary_step", 3.0), 0.0);
  EXPECT_EQ(entry("binary_step").jumps(nullptr), (std::vector<double>{0}));
}

TEST(BentIdentity, MatchesLongDouble) {
  const auto xs = grid(-1e3, 1e3, 20000);
  expect_reference(
      "bent_identity", false, [](long double x) { return (std::sqrt(x * x + 1) - 1) / 2 + x; }, xs,
      3);
  expect_reference(
      "bent_identity", true, [](long double x) { return x / (2 * std::sqrt(x * x + 1)) + 1; }, xs,
      3);
  // Near 0 (sqrt(x^2 + 1) - 1)/2 would cancel; f = x + x^2/4 to full precision.
  EXPECT_TRUE(close(f("bent_identity", 1e-5), 1e-5L + 1e-10L / 4, 1));
}

TEST(BentIdentity, ExtremesAndLimits) {
  EXPECT_TRUE(close(f("bent_identity", 1e308), 1.5e308L, 2));
  EXPECT_TRUE(close(f("bent_identity", -1e308), -0.5e308L, 2));
  EXPECT_EQ(df("bent_identity", 1e308), 1.5);
  EXPECT_EQ(df("bent_identity", -1e308), 0.5);
  EXPECT_EQ(f("bent_identity", kInf), kInf);
  EXPECT_EQ(df("bent_identity", -kInf), 0.5);
  EXPECT_TRUE(is_negative_zero(f("bent_identity", -0.0)));
}

TEST(Gaussian, MatchesLongDouble) {
  // exp(-x^2) magnifies the rounding of x^2 about x^2 times; the reference rounds it likewise.
  // Beyond |x| = 26.5, e^-x^2 is subnormal and has fewer digits.
  auto x2 = [](long double x) {
    return static_cast<long double>(static_cast<double>(x) * static_cast<double>(x));
  };
  const auto xs = grid(-26.5, 26.5, 5300);
  expect_reference(
      "gaussian", false, [&](long double x) { return std::exp(-x2(x)); }, xs, 2);
  expect_reference(
      "gaussian", true, [&](long double x) { return -2 * x * std::exp(-x2(x)); }, xs, 3);
}

TEST(Gaussian, ExtremesAndLimits) {
  EXPECT_EQ(f("gaussian", 0.0), 1.0);
  EXPECT_EQ(df("gaussian", 0.0), 0.0);
  EXPECT_EQ(f("gaussian", 1e308), 0.0);
  EXPECT_EQ(df("gaussian", 1e308), 0.0);  // -2x would overflow before meeting e^-x^2 = 0
  EXPECT_EQ(df("gaussian", -1e308), 0.0);
  EXPECT_EQ(f("gaussian", -kInf), 0.0);
  EXPECT_TRUE(is_negative_zero(df("gaussian", kInf)));
  EXPECT_TRUE(is_positive_zero(df("gaussian", -kInf)));
}

TEST(Sinusoid, IsSinWithCosSlope) {
  const auto xs = grid(-100, 100, 20000);
  expect_reference(
      "sinusoid", false, [](long double x) { return std::sin(x); }, xs, 2);
  expect_reference(
      "sinusoid", true, [](long double x) { return std::cos(x); }, xs, 2);
  EXPECT_TRUE(is_negative_zero(f("sinusoid", -0.0)));
  EXPECT_TRUE(std::isnan(f("sinusoid", kInf)));  // no limit
  EXPECT_TRUE(std::isfinite(f("sinusoid", 1e308)));
}

}  // namespace
}  // namespace act
