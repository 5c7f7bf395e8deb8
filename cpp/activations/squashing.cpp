// Bounded, odd squashing functions: softsign, arctan, ISRU and SQNL.
#include <cmath>

#include "activations/mathml.h"
#include "activations/numpy_semantics.h"
#include "activations/registry.h"

namespace act {
namespace {

double softsign(double x, const double*) {
  if (std::isinf(x)) return std::copysign(1.0, x);  // inf/inf would be NaN
  return x / (1 + std::fabs(x));
}
double softsign_dash(double x, const double*) {
  const double d = 1 + std::fabs(x);
  return 1 / (d * d);
}

double arctan(double x, const double*) { return std::atan(x); }
double arctan_dash(double x, const double*) { return 1 / (1 + x * x); }

// params: alpha (> 0). With s = sqrt(alpha), x/sqrt(1 + alpha x^2) = x / hypot(1/s, x) / s:
// x / hypot(1/s, x) is at most 1, so nothing overflows for any alpha, even at |x| = 1e308.
double isru(double x, const double* p) {
  const double s = std::sqrt(p[0]);
  if (std::isinf(x)) return std::copysign(1 / s, x);  // the limit, not inf/inf
  return x / std::hypot(1 / s, x) / s;
}
// (1 + alpha x^2)^(-3/2) = r^3 with r = 1/hypot(1, s x); where s x overflows, r^3 truly underflows.
double isru_dash(double x, const double* p) {
  const double r = 1 / std::hypot(1.0, std::sqrt(p[0]) * x);
  return r * r * r;
}

// With c = clip(x, -2, 2): f = c(1 - |c|/4), that is x -+ x^2/4 inside and +-1 outside.
double sqnl(double x, const double*) {
  const double c = np::clip(x, -2.0, 2.0);
  return c * (1 - std::fabs(c) / 4);
}
double sqnl_dash(double x, const double*) { return std::fabs(x) < 2 ? 1 - std::fabs(x) / 2 : 0.0; }
std::vector<double> sqnl_pieces(const double*) { return {-2.0, 0.0, 2.0}; }

}  // namespace

Activation softsign_entry() {
  using namespace mathml;
  Activation a;
  a.id = "softsign";
  a.name = "Softsign";
  a.group = "Tutorial";
  a.formula_mathml = math(f_of_x() + frac(x(), mn("1") + mo("+") + abs(x())));
  a.derivative_mathml = math(df_of_x() + frac(mn("1"), sup(paren(mn("1") + mo("+") + abs(x())), mn("2"))));
  a.kink_convention =
      "Smooth to first order: |x| has a kink at 0 but f′(0) = 1 from both sides (f″ jumps). "
      "f(±inf) = ±1, the limits.";
  a.numpy_snippet =
      "def softsign(x):\n"
      "    return x / (1 + np.abs(x))\n"
      "\n"
      "def softsign_dash(x):\n"
      "    return 1 / (1 + np.abs(x)) ** 2\n";
  a.value = softsign;
  a.derivative = softsign_dash;
  a.breakpoints = [](const double*) { return std::vector<double>{0.0}; };
  return a;
}

Activation arctan_entry() {
  using namespace mathml;
  Activation a;
  a.id = "arctan";
  a.name = "Arctan";
  a.group = "Sigmoid-like";
  a.formula_mathml = math(f_of_x() + call("arctan", x()));
  a.derivative_mathml = math(df_of_x() + frac(mn("1"), mn("1") + mo("+") + sup(x(), mn("2"))));
  a.kink_convention = "Smooth everywhere; bounded by ±π/2.";
  a.numpy_snippet =
      "def arctan(x):\n"
      "    return np.arctan(x)\n"
      "\n"
      "def arctan_dash(x):\n"
      "    return 1 / (1 + x ** 2)\n";
  a.value = arctan;
  a.derivative = arctan_dash;
  return a;
}

Activation isru_entry() {
  using namespace mathml;
  Activation a;
  a.id = "isru";
  a.name = "ISRU";
  a.group = "Sigmoid-like";
  const std::string al = mi("α");
  const std::string root = sqrt(mn("1") + mo("+") + al + sup(x(), mn("2")));
  a.formula_mathml = math(f_of_x() + frac(x(), root));
  a.derivative_mathml = math(df_of_x() + sup(paren(frac(mn("1"), root)), mn("3")));
  a.params = {{"alpha", "Alpha", Number::from_double(1.0), 0.05, 5, 0.05}};
  a.kink_convention =
      "Smooth everywhere; the inverse square root unit (Carlile et al. 2017), for α > 0, "
      "bounded by ±1/√α. Computed as x/hypot(1/√α, x)/√α, which cannot overflow.";
  a.numpy_snippet =
      "def isru(x, alpha=1.0):\n"
      "    s = np.sqrt(alpha)\n"
      "    return x / np.hypot(1 / s, x) / s\n"
      "\n"
      "def isru_dash(x, alpha=1.0):\n"
      "    r = 1 / np.hypot(1, np.sqrt(alpha) * x)\n"
      "    return r * r * r\n";
  a.value = isru;
  a.derivative = isru_dash;
  return a;
}

Activation sqnl_entry() {
  using namespace mathml;
  Activation a;
  a.id = "sqnl";
  a.name = "SQNL";
  a.group = "Sigmoid-like";
  const std::string x2 = frac(sup(x(), mn("2")), mn("4"));
  a.formula_mathml = math(f_of_x() + cases({{mn("1"), x() + mo(">") + mn("2")},
                                            {x() + minus() + x2, mn("0") + mo("≤") + x() + mo("≤") + mn("2")},
                                            {x() + mo("+") + x2, minus() + mn("2") + mo("≤") + x() + mo("<") + mn("0")},
                                            {minus() + mn("1"), x() + mo("<") + minus() + mn("2")}}));
  a.derivative_mathml = math(df_of_x() + cases({{mn("1") + minus() + frac(abs(x()), mn("2")), abs(x()) + mo("<") + mn("2")},
                                                {mn("0"), text("otherwise")}}));
  a.kink_convention =
      "The square nonlinearity (Wuraola & Patel 2018). The pieces meet smoothly: f′ = 0 at "
      "x = ±2 and f′(0) = 1 from both sides; only f″ jumps.";
  a.numpy_snippet =
      "def sqnl(x):\n"
      "    c = np.clip(x, -2.0, 2.0)\n"
      "    return c * (1 - np.abs(c) / 4)\n"
      "\n"
      "def sqnl_dash(x):\n"
      "    return np.where(np.abs(x) < 2, 1 - np.abs(x) / 2, 0.0)\n";
  a.value = sqnl;
  a.derivative = sqnl_dash;
  a.breakpoints = sqnl_pieces;
  return a;
}

}  // namespace act
