#include <gtest/gtest.h>

#include <cmath>

#include "activations/testing/catalogue_testing.h"

namespace act {
namespace {

using namespace testing;

long double sigma(long double x) { return 1 / (1 + std::exp(-x)); }
long double elish(long double x) { return x >= 0 ? x * sigma(x) : std::expm1(x) * sigma(x); }
long double elish_slope(long double x) {
  const long double s = sigma(x), s1 = std::exp(-x) * s * s;  // sigma(1 - sigma)
  return x >= 0 ? s + x * s1 : std::exp(x) * s + std::expm1(x) * s1;
}

TEST(Elish, MatchesLongDouble) {
  expect_reference("elish", false, elish, grid(-700, 700, 14000), 4);
  // f' crosses zero near x = -0.9 (f's minimum), where its two terms cancel.
  expect_reference("elish", true, elish_slope, grid(-4, 4, 1600), 4, 1);
  expect_reference("elish", true, elish_slope, grid(-700, -4, 6960), 4);
  expect_reference("elish", true, elish_slope, grid(4, 700, 6960), 4);
}

TEST(Elish, PiecesMeetSmoothlyAtZero) {
  EXPECT_EQ(f("elish", 0.0), 0.0);
  EXPECT_TRUE(is_negative_zero(f("elish", -0.0)));
  EXPECT_EQ(df("elish", 0.0), 0.5);
  EXPECT_NEAR(df("elish", -1e-9), 0.5, 1e-9);
  EXPECT_EQ(entry("elish").jumps, nullptr);
}

TEST(Elish, ExtremesAndLimits) {
  EXPECT_EQ(f("elish", 1000), 1000.0);
  EXPECT_TRUE(is_negative_zero(f("elish", -1000)));
  EXPECT_TRUE(is_negative_zero(f("elish", -kInf)));
  EXPECT_EQ(f("elish", kInf), kInf);
  EXPECT_EQ(df("elish", kInf), 1.0);
  EXPECT_EQ(df("elish", 1e308), 1.0);
  EXPECT_EQ(df("elish", -kInf), 0.0);
}

}  // namespace
}  // namespace act
