#include <gtest/gtest.h>

#include <cmath>

#include "activations/testing/catalogue_testing.h"

namespace act {
namespace {

using namespace testing;

long double sigma(long double z) { return 1 / (1 + std::exp(-z)); }
long double sigma_slope(long double z) { return std::exp(-z) * sigma(z) * sigma(z); }

TEST(Silu, MatchesLongDouble) {
  expect_reference(
      "silu", false, [](long double x) { return x * sigma(x); }, grid(-700, 700, 14000), 4);
  // f' = sigma + x sigma(1 - sigma) crosses zero near x = -1.28, where its terms cancel.
  expect_reference(
      "silu", true, [](long double x) { return sigma(x) + x * sigma_slope(x); }, grid(-4, 4, 1600),
      4, 1);
  expect_reference(
      "silu", true, [](long double x) { return sigma(x) + x * sigma_slope(x); },
      grid(-700, -4, 6960), 4);
  expect_reference(
      "silu", true, [](long double x) { return sigma(x) + x * sigma_slope(x); }, grid(4, 700, 6960),
      4);
}

TEST(Silu, ExtremesAndLimits) {
  EXPECT_EQ(f("silu", 1000), 1000.0);
  EXPECT_TRUE(is_negative_zero(f("silu", -1000)));
  EXPECT_TRUE(is_negative_zero(f("silu", -kInf)));
  EXPECT_EQ(f("silu", kInf), kInf);
  EXPECT_EQ(df("silu", kInf), 1.0);
  EXPECT_EQ(df("silu", -kInf), 0.0);
  EXPECT_EQ(df("silu", -1e308), 0.0);
  EXPECT_EQ(df("silu", 0), 0.5);
}

TEST(Swish, BetaOneIsSiluAndBetaZeroIsHalfX) {
  for (double x : {-7.25, -1.0, -0.0, 0.5, 3.0, 1e308}) {
    EXPECT_EQ(f("swish", x, {1.0}), f("silu", x)) << x;
    EXPECT_EQ(df("swish", x, {1.0}), df("silu", x)) << x;
    EXPECT_EQ(f("swish", x, {0.0}), x / 2) << x;
    EXPECT_EQ(df("swish", x, {0.0}), 0.5) << x;
  }
  EXPECT_EQ(f("swish", kInf, {0.0}), kInf);
  EXPECT_EQ(df("swish", -kInf, {2.0}), 0.0);
}

TEST(Swish, MatchesLongDoubleForOtherBetas) {
  for (double beta :
       {0.5, 2.0}) {  // powers of two: beta * x is exact, so nothing is lost before exp
    expect_reference("swish", false, [&](long double x) { return x * sigma(beta * x); },
                     grid(-300, 300, 6000), 4, 0, {beta});
    expect_reference(
        "swish", true,
        [&](long double x) { return sigma(beta * x) + beta * x * sigma_slope(beta * x); },
        grid(-4, 4, 1600), 4, 1, {beta});
  }
}

TEST(HardSwish, FollowsPyTorchIncludingItsKinkSlopes) {
  EXPECT_EQ(f("hard_swish", -3), 0.0);
  EXPECT_EQ(f("hard_swish", 3), 3.0);
  EXPECT_EQ(f("hard_swish", 1.5), 1.5 * (4.5 / 6));
  EXPECT_EQ(f("hard_swish", -1.5), -1.5 * 0.25);
  EXPECT_EQ(df("hard_swish", -3), -0.5);  // PyTorch takes the middle piece at both ends
  EXPECT_EQ(df("hard_swish", 3), 1.5);
  EXPECT_EQ(df("hard_swish", -3.0001), 0.0);
  EXPECT_EQ(df("hard_swish", 3.0001), 1.0);
  EXPECT_EQ(df("hard_swish", 0), 0.5);
  EXPECT_EQ(f("hard_swish", 1e308), 1e308);  // x * (clip/6) does not overflow on the way
  EXPECT_TRUE(is_negative_zero(f("hard_swish", -1e308)));
  EXPECT_TRUE(is_negative_zero(f("hard_swish", -kInf)));
  EXPECT_TRUE(std::isnan(f("hard_swish", kNaN)));
  EXPECT_EQ(entry("hard_swish").jumps(nullptr), (std::vector<double>{-3, 3}));
}

}  // namespace
}  // namespace act
