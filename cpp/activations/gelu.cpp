// GELU, x times the standard normal CDF: the exact (erf) form and PyTorch's tanh approximation.
#include <cmath>

#include "activations/mathml.h"
#include "activations/numpy_semantics.h"
#include "activations/registry.h"

namespace act {
namespace {

// Phi(x) = erfc(-x/sqrt2)/2 keeps full relative precision in the left tail, where PyTorch's
// (1 + erf(x/sqrt2))/2 cancels (and returns 0 below about x = -8).
double gelu(double x, const double*) {
  if (std::isinf(x) && x < 0) return -0.0;  // x * Phi(x) -> 0 from below; -inf * 0 would be NaN
  return 0.5 * x * std::erfc(-x / std::sqrt(2.0));
}
double gelu_dash(double x, const double*) {
  if (std::isinf(x)) return x > 0 ? 1.0 : 0.0;
  return 0.5 * std::erfc(-x / std::sqrt(2.0)) + x * std::exp(-(x * x) / 2) / std::sqrt(2 * np::pi);
}

// 0.5x(1 + tanh(u)) = x * sigma(2u), u = sqrt(2/pi)(x + 0.044715x^3): the sigma form needs no
// 1 + tanh(u), which cancels for negative x.
double gelu_tanh(double x, const double*) {
  if (std::isinf(x) && x < 0) return -0.0;
  const double u = std::sqrt(2 / np::pi) * (x + 0.044715 * x * x * x);
  const double e = std::exp(-2 * std::fabs(u));
  return u >= 0 ? x / (1 + e) : x * e / (1 + e);
}
double gelu_tanh_dash(double x, const double*) {
  // Beyond |x| = 50, f' is exactly 0 or 1 in float64; clipping keeps x^3 and x * du finite.
  x = np::clip(x, -50.0, 50.0);
  const double u = std::sqrt(2 / np::pi) * (x + 0.044715 * x * x * x);
  const double e = std::exp(-2 * std::fabs(u));
  const double s = u >= 0 ? 1 / (1 + e) : e / (1 + e);
  const double du = std::sqrt(2 / np::pi) * (1 + 3 * 0.044715 * x * x);
  return s + 2 * x * du * e / ((1 + e) * (1 + e));
}

}  // namespace

Activation gelu_entry() {
  using namespace mathml;
  Activation a;
  a.id = "gelu";
  a.name = "GELU";
  a.group = "Gated";
  const std::string Phi = mi("Φ") + paren(x());
  a.formula_mathml = math(f_of_x() + x() + Phi + mo("=") + frac(x(), mn("2")) +
                          paren(mn("1") + mo("+") + call("erf", frac(x(), sqrt(mn("2"))))));
  a.derivative_mathml =
      math(df_of_x() + Phi + mo("+") + x() +
           frac(exp_of(minus() + sup(x(), mn("2")) + mo("/") + mn("2")), sqrt(mn("2") + mi("π"))));
  a.kink_convention =
      "Smooth everywhere; the exact GELU (PyTorch's approximate='none'). Computed as "
      "x·erfc(−x/√2)/2, which keeps full precision in the left tail where 1 + erf(x/√2) "
      "cancels; PyTorch's erf form rounds to 0 there (below about x = −8). NumPy has no erf, so "
      "the snippet uses math.erfc.";
  a.numpy_snippet =
      "import math\n"
      "erfc = np.vectorize(math.erfc, otypes=[float])  # NumPy has no erfc; scipy.special.erfc also works\n"
      "\n"
      "def gelu(x):\n"
      "    return 0.5 * x * erfc(-x / np.sqrt(2))\n"
      "\n"
      "def gelu_dash(x):\n"
      "    return 0.5 * erfc(-x / np.sqrt(2)) + x * np.exp(-x ** 2 / 2) / np.sqrt(2 * np.pi)\n";
  a.value = gelu;
  a.derivative = gelu_dash;
  return a;
}

Activation gelu_tanh_entry() {
  using namespace mathml;
  Activation a;
  a.id = "gelu_tanh";
  a.name = "GELU (tanh approximation)";
  a.group = "Gated";
  const std::string u = mi("u");
  const std::string u_def = u + mo("=") + sqrt(frac(mn("2"), mi("π"))) +
                            paren(x() + mo("+") + mn("0.044715") + sup(x(), mn("3")));
  a.formula_mathml = math(f_of_x() + frac(x(), mn("2")) + paren(mn("1") + mo("+") + call("tanh", u)) +
                          mo(",") + mspace() + u_def);
  a.derivative_mathml = math(
      df_of_x() + frac(mn("1"), mn("2")) + paren(mn("1") + mo("+") + call("tanh", u)) + mo("+") +
      frac(x(), mn("2")) + paren(mn("1") + minus() + sup(mi("tanh"), mn("2")) + mo("&#x2061;") + u) +
      sqrt(frac(mn("2"), mi("π"))) + paren(mn("1") + mo("+") + mn("0.134145") + sup(x(), mn("2"))));
  a.kink_convention =
      "Smooth everywhere; PyTorch's GELU(approximate='tanh'). Computed as x·σ(2u), which "
      "equals x(1 + tanh u)/2 without its cancellation for negative x. f′ is exactly 0 or 1 "
      "in float64 beyond |x| = 50, so the snippet clips x there to keep x³ finite.";
  a.numpy_snippet =
      "def gelu_tanh(x):\n"
      "    u = np.sqrt(2 / np.pi) * (x + 0.044715 * x * x * x)\n"
      "    e = np.exp(-2 * np.abs(u))\n"
      "    return np.where(u >= 0, x / (1 + e), x * e / (1 + e))\n"
      "\n"
      "def gelu_tanh_dash(x):\n"
      "    x = np.clip(x, -50.0, 50.0)\n"
      "    u = np.sqrt(2 / np.pi) * (x + 0.044715 * x * x * x)\n"
      "    e = np.exp(-2 * np.abs(u))\n"
      "    s = np.where(u >= 0, 1 / (1 + e), e / (1 + e))\n"
      "    du = np.sqrt(2 / np.pi) * (1 + 3 * 0.044715 * x * x)\n"
      "    return s + 2 * x * du * e / (1 + e) ** 2\n";
  a.value = gelu_tanh;
  a.derivative = gelu_tanh_dash;
  return a;
}

}  // namespace act
