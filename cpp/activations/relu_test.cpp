#include "activations/relu.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "testing/arrays.h"

namespace act {
namespace {

using testing::floats;
using testing::ints;

TEST(Relu, ZeroTakesTheLeakBranch) {
  NdArray y = relu(floats({0.0, 2.0}), Number::from_double(0.1));
  EXPECT_EQ(y.f64[0], 0.0);
  EXPECT_FALSE(std::signbit(y.f64[0]));
  EXPECT_EQ(y.f64[1], 2.0);
  NdArray d = relu_dash(floats({0.0, 2.0}), Number::from_double(0.1));
  EXPECT_EQ(d.f64[0], 0.1);
  EXPECT_EQ(d.f64[1], 1.0);
}

TEST(Relu, NegativeTimesZeroLeakIsNegativeZero) {
  NdArray y = relu(floats({-2.3}), Number::from_int(0));
  EXPECT_EQ(y.dtype, DType::Float64);
  EXPECT_EQ(y.f64[0], 0.0);
  EXPECT_TRUE(std::signbit(y.f64[0]));
}

TEST(Relu, NanIsNotLessOrEqualZero) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_TRUE(std::isnan(relu(floats({nan}), Number::from_int(0)).f64[0]));
  NdArray d = relu_dash(floats({nan}), Number::from_int(0));
  EXPECT_EQ(d.dtype, DType::Int64);
  EXPECT_EQ(d.i64[0], 1);
}

TEST(Relu, IntArrayWithIntLeakStaysInt) {
  NdArray y = relu(ints({-3, 0, 4}), Number::from_int(2));
  ASSERT_EQ(y.dtype, DType::Int64);
  EXPECT_EQ(y.i64, (std::vector<std::int64_t>{-6, 0, 4}));
}

TEST(Relu, IntArrayWithFloatLeakBecomesFloat) {
  NdArray y = relu(ints({-3, 4}), Number::from_double(0.5));
  ASSERT_EQ(y.dtype, DType::Float64);
  EXPECT_EQ(y.f64, (std::vector<double>{-1.5, 4.0}));
}

TEST(ReluDash, DtypeIsTheLeaksWhateverTheInput) {
  EXPECT_EQ(relu_dash(floats({1.0}), Number::from_int(0)).dtype, DType::Int64);
  EXPECT_EQ(relu_dash(ints({1}), Number::from_double(0.1)).dtype, DType::Float64);
  NdArray d = relu_dash(ints({-1, 0, 1}), Number::from_int(0));
  EXPECT_EQ(d.i64, (std::vector<std::int64_t>{0, 0, 1}));
}

TEST(Relu, KeepsShape) {
  NdArray x = NdArray::of_shape(DType::Float64, {2, 3});
  EXPECT_EQ(relu(x, Number::from_int(0)).shape, x.shape);
  EXPECT_EQ(relu_dash(x, Number::from_int(0)).shape, x.shape);
}

TEST(Relu, IntOverflowWrapsAsNumPyDoes) {
  const std::int64_t big = std::numeric_limits<std::int64_t>::min();
  NdArray y = relu(ints({big}), Number::from_int(-1));
  EXPECT_EQ(y.i64[0], big);  // -1 * INT64_MIN wraps to itself in int64
}

}  // namespace
}  // namespace act
