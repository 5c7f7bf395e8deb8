// The logistic sigmoid and its relatives: log-sigmoid and PyTorch's hard sigmoid.
#include <cmath>

#include "activations/mathml.h"
#include "activations/numpy_semantics.h"
#include "activations/registry.h"

namespace act {
namespace {

double sigmoid(double x, const double*) { return np::logistic(x); }
double sigmoid_dash(double x, const double*) { return np::logistic_slope(x); }

// log(sigma(x)) = min(x, 0) - log1p(exp(-|x|)): PyTorch's form, finite for every finite x.
double log_sigmoid(double x, const double*) {
  return np::minimum(x, 0) - std::log1p(std::exp(-std::fabs(x)));
}
// d/dx log(sigma(x)) = sigma(-x), written so neither branch cancels.
double log_sigmoid_dash(double x, const double*) {
  const double e = std::exp(-std::fabs(x));
  return x >= 0 ? e / (1 + e) : 1 / (1 + e);
}

double hard_sigmoid(double x, const double*) { return np::clip(x + 3, 0, 6) / 6; }
double hard_sigmoid_dash(double x, const double*) { return (x > -3 && x < 3) ? 1.0 / 6 : 0.0; }
std::vector<double> at_plus_minus_3(const double*) { return {-3.0, 3.0}; }

std::string sigma_of_x() { return mathml::mi("σ") + mathml::paren(mathml::x()); }

}  // namespace

Activation sigmoid_entry() {
  using namespace mathml;
  Activation a;
  a.id = "sigmoid";
  a.name = "Sigmoid";
  a.group = "Tutorial";
  a.formula_mathml = math(f_of_x() + sigma_of_x() + mo("=") +
                          frac(mn("1"), mn("1") + mo("+") + exp_of(minus() + x())));
  a.derivative_mathml =
      math(df_of_x() + sigma_of_x() + paren(mn("1") + minus() + sigma_of_x()));
  a.kink_convention =
      "Smooth everywhere. Computed as 1/(1 + e^−|x|) for x ≥ 0 and e^−|x|/(1 + e^−|x|) below, "
      "so no exponential overflows; f′ is taken as e^−|x|/(1 + e^−|x|)², the same as "
      "σ(x)(1 − σ(x)) without its cancellation as σ nears 1.";
  a.numpy_snippet =
      "def sigmoid(x):\n"
      "    e = np.exp(-np.abs(x))\n"
      "    return np.where(x >= 0, 1 / (1 + e), e / (1 + e))\n"
      "\n"
      "def sigmoid_dash(x):\n"
      "    e = np.exp(-np.abs(x))\n"
      "    return e / (1 + e) ** 2\n";
  a.value = sigmoid;
  a.derivative = sigmoid_dash;
  return a;
}

Activation log_sigmoid_entry() {
  using namespace mathml;
  Activation a;
  a.id = "log_sigmoid";
  a.name = "Log-sigmoid";
  a.group = "Sigmoid-like";
  a.formula_mathml =
      math(f_of_x() + call("log", sigma_of_x()) + mo("=") + minus() +
           call("log", mn("1") + mo("+") + exp_of(minus() + x())));
  a.derivative_mathml = math(df_of_x() + mi("σ") + paren(minus() + x()) + mo("=") +
                             frac(mn("1"), mn("1") + mo("+") + exp_of(x())));
  a.kink_convention =
      "Smooth everywhere. Computed as PyTorch's LogSigmoid does, min(x, 0) − log(1 + e^−|x|), "
      "which stays finite for every finite x (f(−1000) = −1000).";
  a.numpy_snippet =
      "def log_sigmoid(x):\n"
      "    return np.minimum(x, 0) - np.log1p(np.exp(-np.abs(x)))\n"
      "\n"
      "def log_sigmoid_dash(x):\n"
      "    e = np.exp(-np.abs(x))\n"
      "    return np.where(x >= 0, e / (1 + e), 1 / (1 + e))\n";
  a.value = log_sigmoid;
  a.derivative = log_sigmoid_dash;
  return a;
}

Activation hard_sigmoid_entry() {
  using namespace mathml;
  Activation a;
  a.id = "hard_sigmoid";
  a.name = "Hard sigmoid";
  a.group = "Sigmoid-like";
  a.formula_mathml = math(f_of_x() + cases({{mn("0"), x() + mo("≤") + minus() + mn("3")},
                                            {frac(x(), mn("6")) + mo("+") + frac(mn("1"), mn("2")),
                                             minus() + mn("3") + mo("<") + x() + mo("<") + mn("3")},
                                            {mn("1"), x() + mo("≥") + mn("3")}}));
  a.derivative_mathml =
      math(df_of_x() + cases({{frac(mn("1"), mn("6")), minus() + mn("3") + mo("<") + x() +
                                                            mo("<") + mn("3")},
                              {mn("0"), text("otherwise")}}));
  // Keras's old hard_sigmoid was 0.2x + 0.5 clipped; we follow PyTorch's Hardsigmoid.
  a.kink_convention =
      "PyTorch's Hardsigmoid, relu6(x + 3)/6. At x = ±3 the flat pieces' slope is taken, as "
      "PyTorch's backward does: f′(−3) = f′(3) = 0 (f(−3) = 0, f(3) = 1).";
  a.numpy_snippet =
      "def hard_sigmoid(x):\n"
      "    return np.clip(x + 3, 0, 6) / 6\n"
      "\n"
      "def hard_sigmoid_dash(x):\n"
      "    return np.where((x > -3) & (x < 3), 1 / 6, 0.0)\n";
  a.value = hard_sigmoid;
  a.derivative = hard_sigmoid_dash;
  a.jumps = at_plus_minus_3;
  a.breakpoints = at_plus_minus_3;
  return a;
}

}  // namespace act
