// Every catalogue entry's analytic f' against a numerical derivative of its own f: central
// differences with Richardson extrapolation in long double (testing/ridders.h), on a dense
// dyadic grid over [-10, 10] plus tails to +-40, for the default parameters and for each
// parameter at a quarter and three quarters of its slider range. Points closer than 1/64 to
// a breakpoint are skipped, and the first step stays within half the distance to one.
//
// Criterion: |numerical - analytic| <= 1e-8 * max(|f'(x)|, 1e-3 * |f(x)|). That is a
// relative error of 1e-8 wherever |f'| >= 1e-3 |f|. Below that, float64 values of f carry
// rounding of about 1e-16 |f|, which the extrapolation amplifies, so no difference quotient
// resolves a slope far below |f| (tanh' at x = 8 is 5e-7 beside tanh = 1); there the bound is
// 1e-11 |f| absolutely. The per-function tests check f' in those tails against long-double
// formulas to a few ulp instead. Subnormal slopes (gelu' at x = -38 is 1e-315) have fewer
// digits than that, so DBL_MIN ~ 2.2e-308 is added to the bound absolutely.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <limits>
#include <string>
#include <vector>

#include "activations/registry.h"
#include "activations/testing/ridders.h"

namespace act {
namespace {

using testing::ridders;

std::vector<std::string> all_ids() {
  std::vector<std::string> ids;
  for (const Activation& fn : activations()) ids.push_back(fn.id);
  return ids;
}

// Defaults, then every parameter at 1/4 and at 3/4 of its slider.
std::vector<std::vector<double>> parameter_sets(const Activation& fn) {
  std::vector<std::vector<double>> sets(1);
  for (const ParamSpec& p : fn.params) sets[0].push_back(p.default_value.as_double());
  if (fn.params.empty()) return sets;
  for (double q : {0.25, 0.75}) {
    std::vector<double> s;
    for (const ParamSpec& p : fn.params) s.push_back(p.min + (p.max - p.min) * q);
    sets.push_back(s);
  }
  return sets;
}

// Odd multiples of 1/128 on (-10, 10), and of 1/8 beyond, out to 40: exact in binary.
std::vector<double> dyadic_grid() {
  std::vector<double> xs;
  for (int k = -640; k < 640; ++k) xs.push_back((k + 0.5) / 64);
  for (int k = 40; k < 160; ++k) {
    xs.push_back((k + 0.5) / 4);
    xs.push_back(-(k + 0.5) / 4);
  }
  return xs;
}

std::vector<double> breakpoints_of(const Activation& fn, const double* p) {
  std::vector<double> b;
  if (fn.breakpoints) b = fn.breakpoints(p);
  if (fn.jumps) {
    std::vector<double> j = fn.jumps(p);
    b.insert(b.end(), j.begin(), j.end());
  }
  return b;
}

std::string describe(const std::vector<double>& params) {
  std::string s = "(";
  for (std::size_t i = 0; i < params.size(); ++i) s += (i ? ", " : "") + std::to_string(params[i]);
  return s + ")";
}

class CatalogueDerivative : public ::testing::TestWithParam<std::string> {};

TEST_P(CatalogueDerivative, MatchesRichardsonExtrapolation) {
  const Activation& fn = *find_activation(GetParam());
  struct Worst {
    double ratio = 0, x = 0;
    std::string params;
  } worst_relative, worst_floored;
  int checked = 0;
  for (const std::vector<double>& params : parameter_sets(fn)) {
    const double* p = params.data();
    const std::vector<double> breaks = breakpoints_of(fn, p);
    for (double x : dyadic_grid()) {
      double distance = 1e9;
      for (double b : breaks) distance = std::min(distance, std::fabs(x - b));
      if (distance < 1.0 / 64) continue;
      // The largest power of two at most min(1/2, distance/2).
      const double h0 = std::exp2(std::floor(std::log2(std::min(0.5, distance / 2))));
      const auto numerical = ridders([&](double t) { return fn.value(t, p); }, x, h0);
      const double analytic = fn.derivative(x, p);
      const long double scale =
          std::max<long double>(std::fabs(analytic), 1e-3L * std::fabs(fn.value(x, p)));
      const long double err = std::fabs(numerical.value - analytic);
      ++checked;
      EXPECT_LE(err, 1e-8L * scale + std::numeric_limits<double>::min())
          << fn.id << " at x = " << x << ", params " << describe(params) << ": analytic "
          << analytic << ", numerical " << static_cast<double>(numerical.value);
      // The report's worst cases are over normal-range slopes; subnormal ones only meet DBL_MIN.
      const double ratio = scale > 1e-290L ? static_cast<double>(err / scale) : 0;
      const bool relative_regime = std::fabs(analytic) == scale;
      Worst& w = relative_regime ? worst_relative : worst_floored;
      if (ratio > w.ratio) w = {ratio, x, describe(params)};
    }
  }
  EXPECT_GT(checked, 1000);
  std::cout << "[ worst    ] " << fn.id << ": relative " << worst_relative.ratio
            << " at x = " << worst_relative.x << " " << worst_relative.params
            << "; where |f'| < 1e-3|f|: error " << worst_floored.ratio * 1e-3
            << " |f| at x = " << worst_floored.x << " " << worst_floored.params << " (" << checked
            << " points)\n";
}

INSTANTIATE_TEST_SUITE_P(Catalogue, CatalogueDerivative, ::testing::ValuesIn(all_ids()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace act
