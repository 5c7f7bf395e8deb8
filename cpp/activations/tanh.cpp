// tanh and PyTorch's Hardtanh (tanh's piecewise-linear stand-in).
#include <cmath>

#include "activations/mathml.h"
#include "activations/numpy_semantics.h"
#include "activations/registry.h"

namespace act {
namespace {

double tanh_value(double x, const double*) { return std::tanh(x); }
// 1 - tanh(x)^2 = 4e/(1+e)^2 with e = exp(-2|x|): no cancellation as tanh nears +-1.
double tanh_dash(double x, const double*) {
  const double e = std::exp(-2 * std::fabs(x));
  return 4 * e / ((1 + e) * (1 + e));
}

// params: min_val, max_val.
double hard_tanh(double x, const double* p) { return np::clip(x, p[0], p[1]); }
// PyTorch's hardtanh_backward: slope 0 when x <= min_val or x >= max_val (NaN gets slope 1).
double hard_tanh_dash(double x, const double* p) { return (x <= p[0] || x >= p[1]) ? 0.0 : 1.0; }
std::vector<double> at_min_max(const double* p) { return {p[0], p[1]}; }

}  // namespace

Activation tanh_entry() {
  using namespace mathml;
  Activation a;
  a.id = "tanh";
  a.name = "Tanh";
  a.group = "Tutorial";
  a.formula_mathml = math(f_of_x() + call("tanh", x()) + mo("=") +
                          frac(exp_of(x()) + minus() + exp_of(minus() + x()),
                               exp_of(x()) + mo("+") + exp_of(minus() + x())));
  a.derivative_mathml = math(df_of_x() + mn("1") + minus() + sup(mi("tanh"), mn("2")) +
                             mo("&#x2061;") + paren(x()));
  a.kink_convention =
      "Smooth everywhere. f′ is computed as 4e^−2|x|/(1 + e^−2|x|)², equal to 1 − tanh²(x) but "
      "without its cancellation as tanh nears ±1, so the tails keep full precision.";
  a.numpy_snippet =
      "def tanh(x):\n"
      "    return np.tanh(x)\n"
      "\n"
      "def tanh_dash(x):\n"
      "    e = np.exp(-2 * np.abs(x))\n"
      "    return 4 * e / (1 + e) ** 2\n";
  a.value = tanh_value;
  a.derivative = tanh_dash;
  return a;
}

Activation hard_tanh_entry() {
  using namespace mathml;
  Activation a;
  a.id = "hard_tanh";
  a.name = "Hard tanh";
  a.group = "Sigmoid-like";
  const std::string lo = mi("min_val"), hi = mi("max_val");
  a.formula_mathml = math(f_of_x() + cases({{lo, x() + mo("≤") + lo},
                                            {x(), lo + mo("<") + x() + mo("<") + hi},
                                            {hi, x() + mo("≥") + hi}}));
  a.derivative_mathml = math(
      df_of_x() + cases({{mn("1"), lo + mo("<") + x() + mo("<") + hi}, {mn("0"), text("otherwise")}}));
  a.params = {{"min_val", "Min value", Number::from_double(-1.0), -3, 0, 0.05},
              {"max_val", "Max value", Number::from_double(1.0), 0, 3, 0.05}};
  a.kink_convention =
      "PyTorch's Hardtanh, clip(x, min_val, max_val). At x = min_val and x = max_val the flat "
      "pieces' slope is taken, as PyTorch's backward does: f′ = 0 there.";
  a.numpy_snippet =
      "def hard_tanh(x, min_val=-1.0, max_val=1.0):\n"
      "    return np.clip(x, min_val, max_val)\n"
      "\n"
      "def hard_tanh_dash(x, min_val=-1.0, max_val=1.0):\n"
      "    return np.where((x <= min_val) | (x >= max_val), 0.0, 1.0)\n";
  a.value = hard_tanh;
  a.derivative = hard_tanh_dash;
  a.jumps = at_min_max;
  a.breakpoints = at_min_max;
  return a;
}

}  // namespace act
