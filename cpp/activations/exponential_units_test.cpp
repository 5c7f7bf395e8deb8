#include <gtest/gtest.h>

#include <cmath>

#include "activations/testing/catalogue_testing.h"

namespace act {
namespace {

using namespace testing;

constexpr long double kAlpha = 1.6732632423543772;  // the doubles SELU is defined with
constexpr long double kScale = 1.0507009873554805;

TEST(Elu, MatchesLongDouble) {
  const auto xs = grid(-40, 40, 8000);
  for (double alpha : {1.0, 0.3, 2.5}) {
    expect_reference("elu", false, [&](long double x) { return x > 0 ? x : alpha * std::expm1(x); },
                     xs, 2, 0, {alpha});
    expect_reference("elu", true, [&](long double x) { return x > 0 ? 1 : alpha * std::exp(x); },
                     xs, 2, 0, {alpha});
  }
}

TEST(Elu, ZeroTakesTheNegativeBranch) {
  EXPECT_EQ(f("elu", 0.0, {2.0}), 0.0);
  EXPECT_EQ(df("elu", 0.0, {2.0}), 2.0);
  EXPECT_TRUE(is_negative_zero(f("elu", -0.0)));
  EXPECT_EQ(f("elu", 1e-300), 1e-300);
  EXPECT_EQ(f("elu", -1e-300), -1e-300);  // expm1 keeps tiny x exactly
  EXPECT_EQ(f("elu", -1000), -1.0);
  EXPECT_EQ(f("elu", -kInf, {2.0}), -2.0);
  EXPECT_EQ(df("elu", -kInf), 0.0);
  const double one = 1, two = 2;
  EXPECT_TRUE(entry("elu").jumps(&one).empty());
  EXPECT_EQ(entry("elu").jumps(&two), (std::vector<double>{0}));
}

TEST(Selu, UsesPyTorchsConstants) {
  const auto xs = grid(-40, 40, 8000);
  expect_reference(
      "selu", false,
      [](long double x) { return x > 0 ? kScale * x : kScale * kAlpha * std::expm1(x); }, xs, 2);
  expect_reference(
      "selu", true, [](long double x) { return x > 0 ? kScale : kScale * kAlpha * std::exp(x); },
      xs, 2);
  EXPECT_EQ(df("selu", 0), 1.0507009873554805 * 1.6732632423543772);
  EXPECT_EQ(df("selu", 1), 1.0507009873554805);
  EXPECT_TRUE(close(f("selu", -kInf), -kScale * kAlpha, 1));
  EXPECT_EQ(f("selu", 1e308), 1.0507009873554805 * 1e308);
}

TEST(Celu, IsSmoothAtZeroForEveryAlpha) {
  const auto xs = grid(-40, 40, 8000);
  for (double alpha : {1.0, 0.5, 2.0}) {
    expect_reference("celu", false,
                     [&](long double x) { return x > 0 ? x : alpha * std::expm1(x / alpha); }, xs,
                     2, 0, {alpha});
    expect_reference("celu", true, [&](long double x) { return x > 0 ? 1 : std::exp(x / alpha); },
                     xs, 2, 0, {alpha});
    EXPECT_EQ(df("celu", 0.0, {alpha}), 1.0);
  }
  EXPECT_EQ(entry("celu").jumps, nullptr);
  EXPECT_EQ(f("celu", -kInf, {0.5}), -0.5);
}

}  // namespace
}  // namespace act
