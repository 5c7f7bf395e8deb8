#include <gtest/gtest.h>

#include <cmath>

#include "activations/testing/catalogue_testing.h"

namespace act {
namespace {

using namespace testing;

long double softplus(long double x) { return std::log1p(std::exp(x)); }
long double mish(long double x) { return x * std::tanh(softplus(x)); }
long double mish_slope(long double x) {
  const long double c = std::cosh(softplus(x));
  return std::tanh(softplus(x)) + x / (c * c) / (1 + std::exp(-x));
}

TEST(Mish, MatchesLongDouble) {
  expect_reference("mish", false, mish, grid(-700, 700, 14000), 4);
  // f' crosses zero near x = -1.19, where tanh(sp) and x sech^2(sp) sigma(x) cancel.
  expect_reference("mish", true, mish_slope, grid(-4, 4, 1600), 4, 1);
  expect_reference("mish", true, mish_slope, grid(-700, -4, 6960), 6);
  expect_reference("mish", true, mish_slope, grid(4, 60, 5600), 4);
}

TEST(Mish, ExtremesAndLimits) {
  EXPECT_EQ(f("mish", 1000), 1000.0);
  EXPECT_EQ(f("mish", 1e308), 1e308);
  EXPECT_TRUE(is_negative_zero(f("mish", -1000)));
  EXPECT_TRUE(is_negative_zero(f("mish", -kInf)));
  EXPECT_EQ(f("mish", kInf), kInf);
  EXPECT_EQ(df("mish", 40), 1.0);
  EXPECT_EQ(df("mish", 1e308), 1.0);
  EXPECT_EQ(df("mish", kInf), 1.0);
  EXPECT_EQ(df("mish", -1e308), 0.0);
  EXPECT_EQ(df("mish", -kInf), 0.0);
  EXPECT_TRUE(close(df("mish", 0), 0.6L, 2));  // tanh(log 2) = 3/5, and the second term is 0
  EXPECT_TRUE(std::isnan(df("mish", kNaN)));
}

}  // namespace
}  // namespace act
