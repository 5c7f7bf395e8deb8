#include <gtest/gtest.h>

#include <cmath>

#include "activations/testing/catalogue_testing.h"

namespace act {
namespace {

using namespace testing;

long double logistic(long double x) { return 1 / (1 + std::exp(-x)); }

TEST(Sigmoid, MatchesLongDoubleToAFewUlpOverItsWholeRange) {
  const auto xs = grid(-700, 700, 14000);
  expect_reference("sigmoid", false, logistic, xs, 3);
  expect_reference(
      "sigmoid", true, [](long double x) { return logistic(x) * logistic(-x); }, xs, 4);
}

TEST(Sigmoid, LimitsAndExtremes) {
  EXPECT_EQ(f("sigmoid", 0.0), 0.5);
  EXPECT_EQ(f("sigmoid", -0.0), 0.5);
  EXPECT_EQ(df("sigmoid", 0.0), 0.25);
  EXPECT_EQ(f("sigmoid", 1000), 1.0);
  EXPECT_EQ(f("sigmoid", -1000), 0.0);  // e^-1000 underflows; no NaN from inf/inf
  EXPECT_EQ(df("sigmoid", 1000), 0.0);
  EXPECT_EQ(df("sigmoid", -1000), 0.0);
  EXPECT_EQ(f("sigmoid", kInf), 1.0);
  EXPECT_EQ(f("sigmoid", -kInf), 0.0);
  EXPECT_EQ(df("sigmoid", kInf), 0.0);
  EXPECT_TRUE(close(f("sigmoid", -745), std::exp(-745.0L), 1));  // subnormal, still right
  EXPECT_TRUE(std::isnan(f("sigmoid", kNaN)));
  EXPECT_TRUE(std::isnan(df("sigmoid", kNaN)));
}

TEST(Sigmoid, TailSlopeKeepsRelativePrecision) {
  // sigma(x)(1 - sigma(x)) would give 0 at x = 40; the true slope is 4.2e-18.
  EXPECT_TRUE(close(df("sigmoid", 40),
                    std::exp(-40.0L) / ((1 + std::exp(-40.0L)) * (1 + std::exp(-40.0L))), 2));
}

TEST(LogSigmoid, MatchesLongDouble) {
  const auto xs = grid(-700, 700, 14000);
  expect_reference(
      "log_sigmoid", false, [](long double x) { return -std::log1p(std::exp(-x)); }, xs, 3);
  expect_reference(
      "log_sigmoid", true, [](long double x) { return 1 / (1 + std::exp(x)); }, xs, 3);
}

TEST(LogSigmoid, ExtremesStayFinite) {
  EXPECT_EQ(f("log_sigmoid", -1000), -1000.0);
  EXPECT_EQ(f("log_sigmoid", -1e308), -1e308);
  EXPECT_EQ(f("log_sigmoid", 1000), 0.0);
  EXPECT_TRUE(close(f("log_sigmoid", 40), -std::exp(-40.0L), 2));
  EXPECT_EQ(f("log_sigmoid", -kInf), -kInf);
  EXPECT_EQ(f("log_sigmoid", kInf), 0.0);
  EXPECT_EQ(df("log_sigmoid", -kInf), 1.0);
  EXPECT_EQ(df("log_sigmoid", kInf), 0.0);
  EXPECT_TRUE(close(f("log_sigmoid", 0.0), -std::log(2.0L), 1));
}

TEST(HardSigmoid, IsPyTorchsRelu6OfXPlus3Over6) {
  EXPECT_EQ(f("hard_sigmoid", -3), 0.0);
  EXPECT_EQ(f("hard_sigmoid", 3), 1.0);
  EXPECT_EQ(f("hard_sigmoid", 0), 0.5);
  EXPECT_EQ(f("hard_sigmoid", 1.5), 0.75);
  EXPECT_EQ(f("hard_sigmoid", -1e308), 0.0);
  EXPECT_EQ(f("hard_sigmoid", 1e308), 1.0);
  EXPECT_EQ(f("hard_sigmoid", kInf), 1.0);
  EXPECT_EQ(df("hard_sigmoid", 0), 1.0 / 6);
  EXPECT_TRUE(std::isnan(f("hard_sigmoid", kNaN)));
}

TEST(HardSigmoid, TakesTheFlatSlopeAtTheKinksAsPyTorchsBackward) {
  EXPECT_EQ(df("hard_sigmoid", -3), 0.0);
  EXPECT_EQ(df("hard_sigmoid", 3), 0.0);
  EXPECT_EQ(df("hard_sigmoid", std::nextafter(3.0, 0.0)), 1.0 / 6);
  EXPECT_EQ(entry("hard_sigmoid").jumps(nullptr), (std::vector<double>{-3, 3}));
}

}  // namespace
}  // namespace act
