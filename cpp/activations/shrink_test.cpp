#include <gtest/gtest.h>

#include <cmath>

#include "activations/testing/catalogue_testing.h"

namespace act {
namespace {

using namespace testing;

TEST(Softshrink, MovesEverythingTowardZeroByLambda) {
  EXPECT_EQ(f("softshrink", 2.0), 1.5);
  EXPECT_EQ(f("softshrink", -2.0), -1.5);
  EXPECT_EQ(f("softshrink", 0.3), 0.0);
  EXPECT_EQ(f("softshrink", 0.5), 0.0);
  EXPECT_EQ(f("softshrink", 3.0, {1.25}), 1.75);
  EXPECT_EQ(f("softshrink", 0.1 + 0.5), (0.1 + 0.5) - 0.5);  // x - lambd, one rounding
  EXPECT_EQ(f("softshrink", 1e308), 1e308);
  EXPECT_EQ(f("softshrink", -kInf), -kInf);
  EXPECT_TRUE(std::isnan(f("softshrink", kNaN)));
  EXPECT_TRUE(is_positive_zero(f("softshrink", -0.25)));  // x - x is +0
}

TEST(Softshrink, SlopeIsZeroOnTheClosedIntervalAsPyTorchsBackward) {
  EXPECT_EQ(df("softshrink", 0.5), 0.0);
  EXPECT_EQ(df("softshrink", -0.5), 0.0);
  EXPECT_EQ(df("softshrink", std::nextafter(0.5, 1.0)), 1.0);
  EXPECT_EQ(df("softshrink", -7), 1.0);
  const double lambd = 1.25;
  EXPECT_EQ(entry("softshrink").jumps(&lambd), (std::vector<double>{-1.25, 1.25}));
}

TEST(Hardshrink, ZeroesTheClosedIntervalAndKeepsTheRest) {
  EXPECT_EQ(f("hardshrink", 0.5), 0.0);
  EXPECT_EQ(f("hardshrink", -0.5), 0.0);
  EXPECT_EQ(f("hardshrink", 0.5000001), 0.5000001);
  EXPECT_EQ(f("hardshrink", -3), -3.0);
  EXPECT_EQ(df("hardshrink", 0.5), 0.0);
  EXPECT_EQ(df("hardshrink", 0.75), 1.0);
  EXPECT_EQ(f("hardshrink", -kInf), -kInf);
  EXPECT_TRUE(std::isnan(f("hardshrink", kNaN)));  // as PyTorch: NaN is not inside
  EXPECT_EQ(f("hardshrink", 1.0, {2.0}), 0.0);
}

TEST(Tanhshrink, MatchesLongDoubleAwayFromZeroAndAbsolutelyNearIt) {
  expect_reference(
      "tanhshrink", false, [](long double x) { return x - std::tanh(x); }, grid(-40, -1, 3900), 4);
  expect_reference(
      "tanhshrink", false, [](long double x) { return x - std::tanh(x); }, grid(1, 40, 3900), 4);
  // Near 0, x - tanh(x) cancels: the documented accuracy is a few ulp of x, not of f ~ x^3/3.
  for (double x : grid(-1, 1, 2000))
    EXPECT_LE(std::fabs(f("tanhshrink", x) - (x - std::tanh(static_cast<long double>(x)))),
              4 * ulp_of(x))
        << x;
  expect_reference(
      "tanhshrink", true, [](long double x) { return std::tanh(x) * std::tanh(x); },
      grid(-40, 40, 8000), 4);
}

TEST(Tanhshrink, ExtremesAndLimits) {
  EXPECT_EQ(f("tanhshrink", 1e308), 1e308 - 1);
  EXPECT_EQ(f("tanhshrink", kInf), kInf);
  EXPECT_EQ(f("tanhshrink", -kInf), -kInf);
  EXPECT_EQ(df("tanhshrink", kInf), 1.0);
  EXPECT_EQ(f("tanhshrink", 1e-10), 0.0);  // PyTorch's x - tanh(x); the true 3e-31 is lost
  EXPECT_EQ(df("tanhshrink", 0.0), 0.0);
}

}  // namespace
}  // namespace act
