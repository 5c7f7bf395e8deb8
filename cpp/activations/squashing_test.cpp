#include <gtest/gtest.h>

#include <cmath>

#include "activations/testing/catalogue_testing.h"

namespace act {
namespace {

using namespace testing;

TEST(Softsign, MatchesLongDoubleAndItsLimits) {
  const auto xs = grid(-1e6, 1e6, 20000);
  expect_reference(
      "softsign", false, [](long double x) { return x / (1 + std::fabs(x)); }, xs, 2);
  expect_reference(
      "softsign", true, [](long double x) { return 1 / ((1 + std::fabs(x)) * (1 + std::fabs(x))); },
      xs, 3);
  EXPECT_EQ(f("softsign", kInf), 1.0);
  EXPECT_EQ(f("softsign", -kInf), -1.0);
  EXPECT_EQ(f("softsign", 1e308), 1.0);
  EXPECT_EQ(df("softsign", 1e308), 0.0);
  EXPECT_EQ(df("softsign", 0.0), 1.0);
  EXPECT_TRUE(is_negative_zero(f("softsign", -0.0)));
}

TEST(Arctan, MatchesLongDouble) {
  const auto xs = grid(-1e4, 1e4, 20000);
  expect_reference(
      "arctan", false, [](long double x) { return std::atan(x); }, xs, 2);
  expect_reference(
      "arctan", true, [](long double x) { return 1 / (1 + x * x); }, xs, 3);
  EXPECT_TRUE(close(f("arctan", kInf), std::atan(1.0L) * 2, 1));
  EXPECT_EQ(df("arctan", 1e308), 0.0);
}

TEST(Isru, MatchesLongDoubleAndStaysBoundedAtTheExtremes) {
  for (double alpha : {1.0, 0.25, 4.0}) {  // square roots exact, so nothing is lost before hypot
    const auto xs = grid(-1e4, 1e4, 20000);
    expect_reference("isru", false, [&](long double x) { return x / std::sqrt(1 + alpha * x * x); },
                     xs, 3, 0, {alpha});
    expect_reference("isru", true,
                     [&](long double x) { return std::pow(1 + alpha * x * x, -1.5L); }, xs, 6, 0,
                     {alpha});
    EXPECT_EQ(f("isru", 1e308, {alpha}), 1 / std::sqrt(alpha));  // hypot: no x^2 overflow
    EXPECT_EQ(f("isru", -kInf, {alpha}), -1 / std::sqrt(alpha));
  }
  EXPECT_EQ(df("isru", 1e308), 0.0);
  EXPECT_TRUE(is_negative_zero(f("isru", -0.0)));
}

TEST(Sqnl, PiecesAndSmoothJoins) {
  EXPECT_EQ(f("sqnl", 2.0), 1.0);
  EXPECT_EQ(f("sqnl", -2.0), -1.0);
  EXPECT_EQ(f("sqnl", 5.0), 1.0);
  EXPECT_EQ(f("sqnl", 1.0), 0.75);
  EXPECT_EQ(f("sqnl", -1.0), -0.75);
  EXPECT_EQ(df("sqnl", 1.0), 0.5);
  EXPECT_EQ(df("sqnl", -1.0), 0.5);
  EXPECT_EQ(df("sqnl", 0.0), 1.0);
  EXPECT_EQ(df("sqnl", 2.0), 0.0);
  EXPECT_EQ(df("sqnl", -2.0), 0.0);
  EXPECT_EQ(f("sqnl", -1e308), -1.0);
  EXPECT_EQ(f("sqnl", kInf), 1.0);
  EXPECT_TRUE(std::isnan(f("sqnl", kNaN)));
  EXPECT_EQ(entry("sqnl").jumps, nullptr);
  expect_reference(
      "sqnl", false, [](long double x) { return x >= 0 ? x - x * x / 4 : x + x * x / 4; },
      grid(-2, 2, 4000), 2);
}

}  // namespace
}  // namespace act
