#include "activations/softmax.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "activations/testing/catalogue_testing.h"
#include "activations/testing/ridders.h"
#include "testing/arrays.h"

namespace act {
namespace {

using namespace testing;

TEST(Softmax, MatchesLongDoubleAndSumsToOne) {
  const NdArray x = floats({0.11, -2.2, 0, 50.2, 33.5, -0.6}, {6, 1});
  const NdArray s = softmax(x);
  ASSERT_EQ(s.shape, x.shape);
  // x - max(x) rounded to double, as the core (and NumPy) must; exp magnifies that rounding.
  auto e = [](double v) { return std::exp(static_cast<long double>(v - 50.2)); };
  long double total = 0;
  for (double v : x.f64) total += e(v);
  for (std::size_t i = 0; i < 6; ++i) EXPECT_TRUE(close(s.f64[i], e(x.f64[i]) / total, 4)) << i;
}

TEST(Softmax, IntInputGivesFloat64OverAllElements) {
  const NdArray x = ints({1, 1, 1, 1}, {2, 2});
  const NdArray s = softmax(x);
  EXPECT_EQ(s.dtype, DType::Float64);
  EXPECT_EQ(s.f64, (std::vector<double>{0.25, 0.25, 0.25, 0.25}));
}

TEST(Softmax, ExtremesAndInfinities) {
  EXPECT_EQ(softmax(floats({1000, -1000, 0})).f64, (std::vector<double>{1, 0, 0}));
  EXPECT_EQ(softmax(floats({1e308, -1e308})).f64, (std::vector<double>{1, 0}));
  EXPECT_EQ(softmax(floats({kInf, 0, kInf})).f64, (std::vector<double>{0.5, 0, 0.5}));  // the limit
  EXPECT_EQ(softmax(floats({-kInf, 0})).f64, (std::vector<double>{0, 1}));
  const NdArray with_nan = softmax(floats({1, kNaN, 2}));
  for (double v : with_nan.f64) EXPECT_TRUE(std::isnan(v));
  EXPECT_EQ(softmax(floats({})).size(), 0u);
  EXPECT_EQ(softmax(floats({7.5})).f64, (std::vector<double>{1.0}));
}

TEST(SoftmaxJacobian, IsDiagSMinusSSTransposed) {
  const NdArray x = floats({0.2, 0.5, 1.2, -2.3, 0}, {5, 1});
  const NdArray s = softmax(x);
  const NdArray j = softmax_jacobian(x);
  ASSERT_EQ(j.shape, (std::vector<std::size_t>{5, 5}));
  for (std::size_t r = 0; r < 5; ++r) {
    double row = 0;
    for (std::size_t c = 0; c < 5; ++c) {
      const double want = (r == c ? s.f64[r] : 0.0) - s.f64[r] * s.f64[c];
      EXPECT_EQ(j.f64[r * 5 + c], want);
      EXPECT_EQ(j.f64[r * 5 + c], j.f64[c * 5 + r]);  // symmetric
      row += j.f64[r * 5 + c];
    }
    EXPECT_NEAR(row, 0.0, 1e-16);  // the entries of s always sum to 1
  }
}

TEST(SoftmaxJacobian, MatchesRichardsonExtrapolationColumnByColumn) {
  const std::vector<double> base = {0.25, -1.5, 2.0, 0.75};
  const NdArray j = softmax_jacobian(floats(base));
  for (std::size_t col = 0; col < 4; ++col) {
    for (std::size_t row = 0; row < 4; ++row) {
      auto component = [&](double t) {
        std::vector<double> v = base;
        v[col] = t;
        return softmax(floats(v)).f64[row];
      };
      const auto numerical = ridders(component, base[col], 0.25);
      EXPECT_NEAR(static_cast<double>(numerical.value), j.f64[row * 4 + col],
                  1e-8 * std::fabs(j.f64[row * 4 + col]) + 1e-15)
          << row << ", " << col;
    }
  }
}

TEST(Softmax, PairwiseSumIsNumPys) {
  // 0.1 eight times then 1e16: NumPy's eight running sums give a different last bit than a
  // left-to-right loop would; 1..130 spans the recursive split.
  std::vector<double> v(130);
  for (std::size_t i = 0; i < v.size(); ++i) v[i] = 1.0 / (i + 1);
  double left_to_right = 0;
  for (double x : v) left_to_right += x;
  const double pairwise = numpy_pairwise_sum(v.data(), v.size());
  EXPECT_NEAR(pairwise, left_to_right, 1e-14);
  EXPECT_EQ(numpy_pairwise_sum(v.data(), 3), 1.0 + 0.5 + 1.0 / 3);
  EXPECT_EQ(numpy_pairwise_sum(v.data(), 0), 0.0);
}

TEST(Softmax, TheCurveIsTheFirstEntryOfSoftmaxOfXAndZero) {
  for (double x : {-30.0, -2.0, 0.0, 0.5, 3.0, 40.0}) {
    const NdArray pair = softmax(floats({x, 0.0}));
    EXPECT_TRUE(close(f("softmax", x), pair.f64[0], 2)) << x;
    EXPECT_TRUE(close(df("softmax", x), pair.f64[0] * pair.f64[1], 4)) << x;
  }
}

}  // namespace
}  // namespace act
