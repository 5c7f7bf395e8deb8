// Elementary shapes shown for contrast: identity, binary step, bent identity, Gaussian, sine.
#include <cmath>

#include "activations/mathml.h"
#include "activations/numpy_semantics.h"
#include "activations/registry.h"

namespace act {
namespace {

double identity(double x, const double*) { return x; }
double one(double, const double*) { return 1.0; }
double zero(double, const double*) { return 0.0; }

double binary_step(double x, const double*) { return np::heaviside(x, 1.0); }
std::vector<double> at_zero(const double*) { return {0.0}; }

// (sqrt(x^2 + 1) - 1)/2 + x, with sqrt(x^2 + 1) - 1 = x^2/(h + 1), h = hypot(x, 1), written
// x * (x/(h + 1)/2 + 1): nothing cancels near 0, x^2 never overflows, and f(-0) = -0.
double bent_identity(double x, const double*) {
  if (std::isinf(x)) return x;  // x/(h + 1) would be inf/inf
  return x * (x / (std::hypot(x, 1.0) + 1) / 2 + 1);
}
double bent_identity_dash(double x, const double*) {
  if (std::isinf(x)) return x > 0 ? 1.5 : 0.5;
  return x / std::hypot(x, 1.0) / 2 + 1;
}

double gaussian(double x, const double*) { return std::exp(-x * x); }
// -2 * (x e^{-x^2}): x * 0 first, so that -2x cannot overflow into inf * 0.
double gaussian_dash(double x, const double*) {
  if (std::isinf(x)) return std::copysign(0.0, -x);
  return -2 * (x * std::exp(-x * x));
}

double sinusoid(double x, const double*) { return std::sin(x); }
double sinusoid_dash(double x, const double*) { return std::cos(x); }

}  // namespace

Activation identity_entry() {
  using namespace mathml;
  Activation a;
  a.id = "identity";
  a.name = "Identity";
  a.group = "Other";
  a.formula_mathml = math(f_of_x() + x());
  a.derivative_mathml = math(df_of_x() + mn("1"));
  a.kink_convention = "Linear: f′ = 1 everywhere. Like every function here but the tutorial's "
                      "ReLUs, an int array gives float64.";
  a.numpy_snippet =
      "def identity(x):\n"
      "    return np.asarray(x, dtype=float)\n"
      "\n"
      "def identity_dash(x):\n"
      "    return np.ones_like(x, dtype=float)\n";
  a.value = identity;
  a.derivative = one;
  return a;
}

Activation binary_step_entry() {
  using namespace mathml;
  Activation a;
  a.id = "binary_step";
  a.name = "Binary step";
  a.group = "Other";
  a.formula_mathml = math(f_of_x() + cases({{mn("0"), x() + mo("<") + mn("0")}, {mn("1"), x() + mo("≥") + mn("0")}}));
  a.derivative_mathml = math(df_of_x() + mn("0") + mspace() + text("(x ≠ 0)"));
  a.kink_convention =
      "f jumps at 0 and takes f(0) = 1 (np.heaviside(x, 1)); f′ is taken as 0 everywhere, "
      "including at 0 where the true derivative is a Dirac delta, so it cannot train by "
      "gradient descent.";
  a.numpy_snippet =
      "def binary_step(x):\n"
      "    return np.heaviside(x, 1.0)\n"
      "\n"
      "def binary_step_dash(x):\n"
      "    return np.zeros_like(x, dtype=float)\n";
  a.value = binary_step;
  a.derivative = zero;
  a.jumps = at_zero;
  a.breakpoints = at_zero;
  return a;
}

Activation bent_identity_entry() {
  using namespace mathml;
  Activation a;
  a.id = "bent_identity";
  a.name = "Bent identity";
  a.group = "Other";
  const std::string root = sqrt(sup(x(), mn("2")) + mo("+") + mn("1"));
  a.formula_mathml = math(f_of_x() + frac(root + minus() + mn("1"), mn("2")) + mo("+") + x());
  a.derivative_mathml = math(df_of_x() + frac(x(), mn("2") + root) + mo("+") + mn("1"));
  a.kink_convention =
      "Smooth everywhere, with slopes between 1/2 and 3/2. Computed as x·(x/(√(x² + 1) + 1)/2 + 1), "
      "which neither cancels near 0 nor overflows for |x| near 1e308.";
  a.numpy_snippet =
      "def bent_identity(x):\n"
      "    return x * (x / (np.hypot(x, 1) + 1) / 2 + 1)\n"
      "\n"
      "def bent_identity_dash(x):\n"
      "    return x / np.hypot(x, 1) / 2 + 1\n";
  a.value = bent_identity;
  a.derivative = bent_identity_dash;
  return a;
}

Activation gaussian_entry() {
  using namespace mathml;
  Activation a;
  a.id = "gaussian";
  a.name = "Gaussian";
  a.group = "Other";
  a.formula_mathml = math(f_of_x() + exp_of(minus() + sup(x(), mn("2"))));
  a.derivative_mathml = math(df_of_x() + minus() + mn("2") + x() + exp_of(minus() + sup(x(), mn("2"))));
  a.kink_convention = "Smooth everywhere; not monotonic: f′(0) = 0 at the peak f(0) = 1.";
  a.numpy_snippet =
      "def gaussian(x):\n"
      "    return np.exp(-x * x)\n"
      "\n"
      "def gaussian_dash(x):\n"
      "    return -2 * (x * np.exp(-x * x))\n";
  a.value = gaussian;
  a.derivative = gaussian_dash;
  return a;
}

Activation sinusoid_entry() {
  using namespace mathml;
  Activation a;
  a.id = "sinusoid";
  a.name = "Sinusoid";
  a.group = "Other";
  a.formula_mathml = math(f_of_x() + call("sin", x()));
  a.derivative_mathml = math(df_of_x() + call("cos", x()));
  a.kink_convention = "Smooth and periodic; sin(±inf) has no limit and is NaN.";
  a.numpy_snippet =
      "def sinusoid(x):\n"
      "    return np.sin(x)\n"
      "\n"
      "def sinusoid_dash(x):\n"
      "    return np.cos(x)\n";
  a.value = sinusoid;
  a.derivative = sinusoid_dash;
  return a;
}

}  // namespace act
