// Extreme inputs for every catalogue entry, with its default parameters: huge, tiny,
// subnormal and signed-zero x give finite values where the true value is finite, infinities
// give a limit (not NaN) wherever one exists, and NaN stays NaN in f. Each function's own test
// checks the exact values at these points.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "activations/registry.h"
#include "activations/testing/catalogue_testing.h"

namespace act {
namespace {

using testing::default_params;

std::vector<double> finite_extremes() {
  const double tiny = std::numeric_limits<double>::denorm_min();
  const double small = std::numeric_limits<double>::min();
  std::vector<double> xs;
  for (double v : {0.0,   tiny,  small,  1e-300, 1e-10, 30.0,  50.0,  100.0, 709.0, 710.0,
                   745.0, 746.0, 1000.0, 1e10,   1e100, 1e154, 1e155, 1e200, 1e300, 1e308}) {
    xs.push_back(v);
    xs.push_back(-v);
  }
  return xs;
}

// Where the true value itself overflows float64.
bool truly_overflows(const std::string& id, double x, bool derivative) {
  if (id == "relu_squared") return derivative ? std::fabs(x) > 8e307 && x > 0 : x > 1.3e154;
  return false;
}

class CatalogueStability : public ::testing::TestWithParam<std::string> {};

TEST_P(CatalogueStability, FiniteWhereTheTruthIsFinite) {
  const Activation& fn = *find_activation(GetParam());
  const std::vector<double> p = default_params(fn);
  for (double x : finite_extremes()) {
    const double y = fn.value(x, p.data()), dy = fn.derivative(x, p.data());
    if (!truly_overflows(fn.id, x, false))
      EXPECT_TRUE(std::isfinite(y)) << fn.id << "(" << x << ") = " << y;
    if (!truly_overflows(fn.id, x, true))
      EXPECT_TRUE(std::isfinite(dy)) << fn.id << "'(" << x << ") = " << dy;
    EXPECT_FALSE(std::isnan(y)) << fn.id << "(" << x << ")";
    EXPECT_FALSE(std::isnan(dy)) << fn.id << "'(" << x << ")";
  }
}

TEST_P(CatalogueStability, InfinityGivesTheLimit) {
  const Activation& fn = *find_activation(GetParam());
  if (fn.id == "sinusoid") GTEST_SKIP() << "sin has no limit at infinity";
  // The tutorial's np.where(x <= 0, leak * x, x) gives 0 * -inf = NaN, and so do we.
  if (fn.id == "relu") GTEST_SKIP() << "kept exactly as the tutorial's NumPy code";
  const std::vector<double> p = default_params(fn);
  for (double x : {testing::kInf, -testing::kInf}) {
    EXPECT_FALSE(std::isnan(fn.value(x, p.data()))) << fn.id << "(" << x << ")";
    EXPECT_FALSE(std::isnan(fn.derivative(x, p.data()))) << fn.id << "'(" << x << ")";
  }
}

TEST_P(CatalogueStability, NanStaysNan) {
  const Activation& fn = *find_activation(GetParam());
  const std::vector<double> p = default_params(fn);
  EXPECT_TRUE(std::isnan(fn.value(testing::kNaN, p.data()))) << fn.id;
}

TEST(CatalogueSignedZero, ZeroInZeroOutKeepsTheSignWhereFBehavesLikeX) {
  // Functions with f(0) = 0 and f'(0) > 0 behave like x near 0, so f(-0) should be -0.
  for (const char* id : {"tanh",     "softsign",      "relu",      "leaky_relu", "elu",  "selu",
                         "prelu",    "celu",          "gelu",      "gelu_tanh",  "silu", "swish",
                         "mish",     "elish",         "hard_tanh", "arctan",     "isru", "sqnl",
                         "identity", "bent_identity", "sinusoid",  "hard_swish"}) {
    EXPECT_TRUE(testing::is_negative_zero(testing::f(id, -0.0))) << id;
    EXPECT_TRUE(testing::is_positive_zero(testing::f(id, 0.0))) << id;
  }
}

std::vector<std::string> all_ids() {
  std::vector<std::string> ids;
  for (const Activation& fn : activations()) ids.push_back(fn.id);
  return ids;
}

INSTANTIATE_TEST_SUITE_P(Catalogue, CatalogueStability, ::testing::ValuesIn(all_ids()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace act
