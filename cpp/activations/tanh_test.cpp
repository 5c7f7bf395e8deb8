#include <gtest/gtest.h>

#include <cmath>

#include "activations/testing/catalogue_testing.h"

namespace act {
namespace {

using namespace testing;

TEST(Tanh, MatchesLongDouble) {
  const auto xs = grid(-360, 360, 14400);
  expect_reference(
      "tanh", false, [](long double x) { return std::tanh(x); }, xs, 2);
  expect_reference(
      "tanh", true, [](long double x) { return 1 / (std::cosh(x) * std::cosh(x)); }, xs, 4);
}

TEST(Tanh, SlopeKeepsPrecisionInTheTails) {
  // 1 - tanh(x)^2 is exactly 0 from x = 19.1 on; the true slope is not.
  EXPECT_TRUE(close(df("tanh", 20), 1 / (std::cosh(20.0L) * std::cosh(20.0L)), 4));
  EXPECT_GT(df("tanh", 300), 0.0);
  EXPECT_EQ(df("tanh", 1000), 0.0);  // 4e^-2000 underflows
}

TEST(Tanh, SignedZerosLimitsAndNan) {
  EXPECT_TRUE(is_negative_zero(f("tanh", -0.0)));
  EXPECT_EQ(df("tanh", 0.0), 1.0);
  EXPECT_EQ(f("tanh", kInf), 1.0);
  EXPECT_EQ(f("tanh", -kInf), -1.0);
  EXPECT_EQ(df("tanh", -kInf), 0.0);
  EXPECT_EQ(f("tanh", 5e-324), 5e-324);
  EXPECT_TRUE(std::isnan(df("tanh", kNaN)));
}

TEST(HardTanh, ClipsToItsRangeWithPyTorchsSlopeConvention) {
  EXPECT_EQ(f("hard_tanh", -5), -1.0);
  EXPECT_EQ(f("hard_tanh", 0.25), 0.25);
  EXPECT_EQ(f("hard_tanh", 5), 1.0);
  EXPECT_TRUE(is_negative_zero(f("hard_tanh", -0.0)));
  EXPECT_EQ(df("hard_tanh", -1), 0.0);
  EXPECT_EQ(df("hard_tanh", 1), 0.0);
  EXPECT_EQ(df("hard_tanh", 0.999), 1.0);
  EXPECT_EQ(f("hard_tanh", 1.5, {-2, 0.5}), 0.5);
  EXPECT_EQ(f("hard_tanh", -1.5, {-2, 0.5}), -1.5);
  EXPECT_EQ(f("hard_tanh", -kInf), -1.0);
  EXPECT_TRUE(std::isnan(f("hard_tanh", kNaN)));
  EXPECT_EQ(df("hard_tanh", kNaN), 1.0);  // NaN is not <= min_val nor >= max_val
  const double p[] = {-2, 0.5};
  EXPECT_EQ(entry("hard_tanh").jumps(p), (std::vector<double>{-2, 0.5}));
}

}  // namespace
}  // namespace act
