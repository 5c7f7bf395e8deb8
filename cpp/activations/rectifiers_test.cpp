#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

#include "activations/testing/catalogue_testing.h"
#include "testing/arrays.h"

namespace act {
namespace {

using namespace testing;

// The seed examples' values through the registry, as the page evaluates them.
TEST(ReluEntry, SeedExampleOneThroughTheRegistry) {
  const Activation& fn = entry("relu");
  const NdArray x = column({0.2, 0.5, 1.2, -2.3, 0});
  const NdArray y = evaluate_value(fn, x, {});
  ASSERT_EQ(y.dtype, DType::Float64);
  EXPECT_EQ(y.shape, x.shape);
  EXPECT_EQ(y.f64, (std::vector<double>{0.2, 0.5, 1.2, 0, 0}));
  EXPECT_TRUE(is_negative_zero(y.f64[3]));  // printed -0.
  EXPECT_TRUE(is_positive_zero(y.f64[4]));
  const NdArray d = evaluate_derivative(fn, x, {});
  ASSERT_EQ(d.dtype, DType::Int64);  // array([[1], [1], [1], [0], [0]])
  EXPECT_EQ(d.i64, (std::vector<std::int64_t>{1, 1, 1, 0, 0}));
}

TEST(LeakyRelu, SeedExampleThreeThroughTheRegistry) {
  const Activation& fn = entry("leaky_relu");
  const NdArray x = column({-0.5, 0, 1, 2, 3, 4.5});
  const NdArray y = evaluate_value(fn, x, {Number::from_double(0.1)});
  EXPECT_EQ(y.f64, (std::vector<double>{0.1 * -0.5, 0, 1, 2, 3, 4.5}));
  const NdArray d = evaluate_derivative(fn, x, {Number::from_double(0.1)});
  ASSERT_EQ(d.dtype, DType::Float64);
  EXPECT_EQ(d.f64, (std::vector<double>{0.1, 0.1, 1, 1, 1, 1}));
}

TEST(ReluEntry, ScalarFormsFollowTheTutorialsConvention) {
  EXPECT_EQ(f("relu", 2.5), 2.5);
  EXPECT_TRUE(is_negative_zero(f("relu", -3)));
  EXPECT_TRUE(is_positive_zero(f("relu", 0)));
  EXPECT_EQ(df("relu", 0), 0.0);
  EXPECT_EQ(df("relu", 1e-300), 1.0);
  EXPECT_TRUE(std::isnan(f("relu", kNaN)));
  EXPECT_EQ(df("relu", kNaN), 1.0);  // NaN is not <= 0
  EXPECT_EQ(f("relu", 1e308), 1e308);
  EXPECT_EQ(f("relu", kInf), kInf);
  EXPECT_TRUE(std::isnan(f("relu", -kInf)));  // 0 * -inf, exactly as np.where(x <= 0, 0 * x, x)
}

TEST(LeakyRelu, ZeroTakesTheLeakBranch) {
  EXPECT_EQ(f("leaky_relu", 0.0), 0.0);
  EXPECT_EQ(df("leaky_relu", 0.0), 0.1);
  EXPECT_EQ(df("leaky_relu", 0.0, {0.3}), 0.3);
  EXPECT_EQ(f("leaky_relu", -2, {0.3}), 0.3 * -2);
  EXPECT_EQ(f("leaky_relu", -1e308), 0.1 * -1e308);
  EXPECT_EQ(f("leaky_relu", -kInf), -kInf);
  const double one = 1, half = 0.5;
  EXPECT_TRUE(entry("leaky_relu").jumps(&one).empty());  // leak 1 is the identity
  EXPECT_EQ(entry("leaky_relu").jumps(&half), (std::vector<double>{0}));
}

TEST(Prelu, IsLeakyReluWithPyTorchsInitialSlope) {
  EXPECT_EQ(f("prelu", -4), -1.0);
  EXPECT_EQ(df("prelu", 0), 0.25);
  EXPECT_EQ(df("prelu", 3), 1.0);
  const NdArray x = ints({-4, 4});
  EXPECT_EQ(evaluate_value(entry("prelu"), x, {Number::from_int(2)}).i64,
            (std::vector<std::int64_t>{-8, 4}));
}

TEST(Relu6, ClipsToZeroAndSixWithPyTorchsSlopes) {
  EXPECT_EQ(f("relu6", -1), 0.0);
  EXPECT_EQ(f("relu6", 3.5), 3.5);
  EXPECT_EQ(f("relu6", 7), 6.0);
  EXPECT_EQ(f("relu6", 1e308), 6.0);
  EXPECT_EQ(f("relu6", -kInf), 0.0);
  EXPECT_TRUE(is_positive_zero(f("relu6", -0.0)));  // np.clip(-0.0, 0.0, 6.0) is 0.0
  EXPECT_EQ(df("relu6", 0), 0.0);
  EXPECT_EQ(df("relu6", 6), 0.0);
  EXPECT_EQ(df("relu6", 5.99), 1.0);
  EXPECT_TRUE(std::isnan(f("relu6", kNaN)));
}

TEST(ReluSquared, IsContinuouslyDifferentiable) {
  EXPECT_EQ(f("relu_squared", 3), 9.0);
  EXPECT_EQ(f("relu_squared", -3), 0.0);
  EXPECT_EQ(df("relu_squared", 3), 6.0);
  EXPECT_EQ(df("relu_squared", 0), 0.0);
  EXPECT_EQ(df("relu_squared", -1e308), 0.0);
  EXPECT_EQ(f("relu_squared", 1e200), kInf);  // the true value, 1e400, overflows
  EXPECT_TRUE(std::isnan(f("relu_squared", kNaN)));
  EXPECT_EQ(entry("relu_squared").jumps, nullptr);
}

}  // namespace
}  // namespace act
