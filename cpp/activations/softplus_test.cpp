#include <gtest/gtest.h>

#include <cmath>

#include "activations/testing/catalogue_testing.h"

namespace act {
namespace {

using namespace testing;

// The reference takes z = beta * x rounded to double, as the core must: exp(z) magnifies the
// rounding of z by |z| (up to 700 here), which no float64 formula can take back.
long double rounded_z(double beta, long double x) {
  return static_cast<double>(beta * static_cast<double>(x));
}

TEST(Softplus, MatchesLongDoubleBelowTheThreshold) {
  for (double beta : {1.0, 0.5, 3.0}) {
    const auto xs = grid(-700 / beta, 20 / beta, 8000);
    expect_reference("softplus", false,
                     [&](long double x) { return std::log1p(std::exp(rounded_z(beta, x))) / beta; },
                     xs, 3, 0, {beta, 20});
    expect_reference("softplus", true,
                     [&](long double x) { return 1 / (1 + std::exp(-rounded_z(beta, x))); }, xs, 3,
                     0, {beta, 20});
  }
}

TEST(Softplus, AboveTheThresholdReturnsXAsPyTorchDoes) {
  EXPECT_EQ(f("softplus", 20.5), 20.5);
  EXPECT_EQ(df("softplus", 20.5), 1.0);
  EXPECT_EQ(f("softplus", 1e308), 1e308);
  EXPECT_TRUE(close(f("softplus", 20.0), std::log1p(std::exp(20.0L)), 2));  // 20 itself is below
  const double p[] = {2.0, 20.0};
  EXPECT_EQ(entry("softplus").jumps(p), (std::vector<double>{10.0}));
}

TEST(Softplus, NeverOverflowsWhateverTheThreshold) {
  // With threshold 1e6 the log form must carry x = 1000 itself.
  EXPECT_EQ(f("softplus", 1000, {1.0, 1e6}), 1000.0);
  EXPECT_EQ(df("softplus", 1000, {1.0, 1e6}), 1.0);
  EXPECT_EQ(f("softplus", -1000), 0.0);
  EXPECT_TRUE(close(f("softplus", -700), std::exp(-700.0L), 2));
  EXPECT_EQ(f("softplus", -kInf), 0.0);
  EXPECT_EQ(f("softplus", kInf), kInf);
  EXPECT_TRUE(close(f("softplus", 0.0), std::log(2.0L), 1));
}

long double squareplus_reference(long double x, long double b) {
  return (x + std::sqrt(x * x + b)) / 2;
}

TEST(Squareplus, MatchesLongDouble) {
  const auto xs = grid(-10, 10, 4000);
  for (double b : {4.0, 0.5, 9.0}) {
    expect_reference("squareplus", false, [&](long double x) { return squareplus_reference(x, b); },
                     xs, 3, 0, {b});
    expect_reference("squareplus", true,
                     [&](long double x) { return (1 + x / std::sqrt(x * x + b)) / 2; }, xs, 3, 0,
                     {b});
  }
}

TEST(Squareplus, KeepsPrecisionFarLeftAndDoesNotOverflowFarRight) {
  // b / (2(sqrt(x^2 + b) - x)) is about b / (4|x|) far left.
  EXPECT_TRUE(close(f("squareplus", -1e6), 4 / (2 * (std::sqrt(1e12L + 4) + 1e6L)), 2));
  EXPECT_TRUE(close(f("squareplus", -1e300), 1e-300L, 2));
  EXPECT_EQ(f("squareplus", 1e308), 1e308);
  EXPECT_EQ(df("squareplus", 1e308), 1.0);
  EXPECT_EQ(f("squareplus", -kInf), 0.0);
  EXPECT_EQ(df("squareplus", kInf), 1.0);
  EXPECT_EQ(df("squareplus", -kInf), 0.0);
  EXPECT_EQ(f("squareplus", 0.0), 1.0);
  EXPECT_EQ(df("squareplus", 0.0), 0.5);
}

}  // namespace
}  // namespace act
