// ELiSH (Basirat & Roth 2018): x sigma(x) for x >= 0, (e^x - 1) sigma(x) below.
#include <cmath>

#include "activations/mathml.h"
#include "activations/registry.h"

namespace act {
namespace {

// With e = exp(-|x|) (= e^x on the negative side) nothing overflows.
double elish(double x, const double*) {
  const double e = std::exp(-std::fabs(x));
  return x >= 0 ? x / (1 + e) : std::expm1(x) * e / (1 + e);
}
// x >= 0: sigma + x sigma(1 - sigma); x < 0: e^x sigma + (e^x - 1) sigma(1 - sigma).
double elish_dash(double x, const double*) {
  if (std::isinf(x) && x > 0) return 1.0;  // inf * 0 in the second term
  const double e = std::exp(-std::fabs(x));
  return x >= 0 ? 1 / (1 + e) + x * e / ((1 + e) * (1 + e))
                : e * e / (1 + e) + std::expm1(x) * e / ((1 + e) * (1 + e));
}
std::vector<double> at_zero(const double*) { return {0.0}; }

}  // namespace

Activation elish_entry() {
  using namespace mathml;
  Activation a;
  a.id = "elish";
  a.name = "ELiSH";
  a.group = "Gated";
  const std::string s = mi("σ") + paren(x());
  a.formula_mathml = math(f_of_x() + cases({{x() + s, x() + mo("≥") + mn("0")},
                                            {paren(exp_of(x()) + minus() + mn("1")) + s, x() + mo("<") + mn("0")}}));
  a.derivative_mathml = math(
      df_of_x() + cases({{s + mo("+") + x() + s + paren(mn("1") + minus() + s), x() + mo("≥") + mn("0")},
                         {exp_of(x()) + s + mo("+") + paren(exp_of(x()) + minus() + mn("1")) + s +
                              paren(mn("1") + minus() + s),
                          x() + mo("<") + mn("0")}}));
  a.kink_convention =
      "The two pieces meet at x = 0 with f(0) = 0 and f′(0) = 1/2 from both sides (the x ≥ 0 "
      "branch is taken there); only the second derivative jumps.";
  a.numpy_snippet =
      "def elish(x):\n"
      "    e = np.exp(-np.abs(x))\n"
      "    return np.where(x >= 0, x / (1 + e), np.expm1(x) * e / (1 + e))\n"
      "\n"
      "def elish_dash(x):\n"
      "    e = np.exp(-np.abs(x))\n"
      "    return np.where(x >= 0, 1 / (1 + e) + x * e / (1 + e) ** 2,\n"
      "                    e * e / (1 + e) + np.expm1(x) * e / (1 + e) ** 2)\n";
  a.value = elish;
  a.derivative = elish_dash;
  a.breakpoints = at_zero;
  return a;
}

}  // namespace act
