// Numerical differentiation for the tests: central differences with Richardson extrapolation
// (Ridders' method, Numerical Recipes' dfridr) in long double. Steps halve from h0, a power of
// two, so x +- h is exact in double for the dyadic x the tests use: every difference quotient
// then sees only the function's own rounding. All levels are built (no early stop: a large
// first step can make the first estimates disagree) and the entry with the smallest
// error estimate wins.
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>

namespace act::testing {

struct NumericalDerivative {
  long double value = 0;
  long double error = std::numeric_limits<long double>::infinity();  // Ridders' own estimate
};

template <class F>
NumericalDerivative ridders(F f, double x, double h0) {
  constexpr int kLevels = 12;
  long double a[kLevels][kLevels];
  NumericalDerivative best;
  auto central = [&](double h) {
    const double xp = x + h, xm = x - h;  // exact: see above
    return (static_cast<long double>(f(xp)) - static_cast<long double>(f(xm))) /
           (static_cast<long double>(xp) - static_cast<long double>(xm));
  };
  double h = h0;
  a[0][0] = central(h);
  best.value = a[0][0];
  for (int i = 1; i < kLevels; ++i) {
    h /= 2;
    a[0][i] = central(h);
    long double factor = 4;  // halving h: the error terms go as h^2, h^4, ...
    for (int j = 1; j <= i; ++j) {
      a[j][i] = (a[j - 1][i] * factor - a[j - 1][i - 1]) / (factor - 1);
      factor *= 4;
      const long double e =
          std::max(std::fabs(a[j][i] - a[j - 1][i]), std::fabs(a[j][i] - a[j - 1][i - 1]));
      if (e <= best.error) {
        best.error = e;
        best.value = a[j][i];
      }
    }
  }
  return best;
}

}  // namespace act::testing
