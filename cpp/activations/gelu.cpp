// GELU, x times the standard normal CDF: the exact (erf) form and PyTorch's tanh approximation.
#include <cmath>

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
  Activation a;
  a.id = "gelu";
  a.name = "GELU";
  a.group = "Gated";
  // f(x) = x Φ(x) = (x/2)(1 + erf(x/√2))
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mi>x</mi><mi>Φ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo><mfrac><mrow><mi>x</mi></mrow>"
      "<mrow><mn>2</mn></mrow></mfrac><mo>(</mo><mn>1</mn><mo>+</mo><mi>erf</mi><mo>&#x2061;</mo>"
      "<mo>(</mo><mfrac><mrow><mi>x</mi></mrow><mrow><msqrt><mn>2</mn></msqrt></mrow></mfrac>"
      "<mo>)</mo><mo>)</mo></math>";
  // f′(x) = Φ(x) + x e^(−x^2/2)/√(2π)
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mi>Φ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>+</mo><mi>x</mi><mfrac><mrow><msup>"
      "<mrow><mi>e</mi></mrow><mrow><mo>−</mo><msup><mrow><mi>x</mi></mrow><mrow><mn>2</mn></"
      "mrow></msup>"
      "<mo>/</mo><mn>2</mn></mrow></msup></mrow><mrow><msqrt><mn>2</mn><mi>π</mi></msqrt></mrow></"
      "mfrac>"
      "</math>";
  a.kink_convention =
      "Smooth everywhere; the exact GELU (PyTorch's approximate='none'). Computed as "
      "x·erfc(−x/√2)/2, which keeps full precision in the left tail where 1 + erf(x/√2) "
      "cancels; PyTorch's erf form rounds to 0 there (below about x = −8). NumPy has no erf, so "
      "the snippet uses math.erfc.";
  a.numpy_snippet =
      "import math\n"
      "erfc = np.vectorize(math.erfc, otypes=[float])  # NumPy has no erfc; scipy.special.erfc "
      "also works\n"
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
  Activation a;
  a.id = "gelu_tanh";
  a.name = "GELU (tanh approximation)";
  a.group = "Gated";
  // f(x) = (x/2)(1 + tanh(u)),  u = √(2/π)(x + 0.044715 x^3)
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mfrac><mrow><mi>x</mi></mrow><mrow><mn>2</mn></mrow></mfrac><mo>(</mo><mn>1</mn><mo>+</mo>"
      "<mi>tanh</mi><mo>&#x2061;</mo><mo>(</mo><mi>u</mi><mo>)</mo><mo>)</mo><mo>,</mo>"
      "<mspace width=\"1em\"></mspace><mi>u</mi><mo>=</mo><msqrt><mfrac><mrow><mn>2</mn></mrow>"
      "<mrow><mi>π</mi></mrow></mfrac></msqrt><mo>(</mo><mi>x</mi><mo>+</mo><mn>0.044715</mn>"
      "<msup><mrow><mi>x</mi></mrow><mrow><mn>3</mn></mrow></msup><mo>)</mo></math>";
  // f′(x) = (1/2)(1 + tanh(u)) + (x/2)(1 − tanh^2 u) √(2/π)(1 + 0.134145 x^2)
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mfrac><mrow><mn>1</mn></mrow><mrow><mn>2</mn></mrow></mfrac><mo>(</mo><mn>1</mn>"
      "<mo>+</mo><mi>tanh</mi><mo>&#x2061;</mo><mo>(</mo><mi>u</mi><mo>)</mo><mo>)</mo><mo>+</mo>"
      "<mfrac><mrow><mi>x</mi></mrow><mrow><mn>2</mn></mrow></mfrac><mo>(</mo><mn>1</mn><mo>−</mo>"
      "<msup><mrow><mi>tanh</mi></mrow><mrow><mn>2</mn></mrow></msup><mo>&#x2061;</mo><mi>u</mi>"
      "<mo>)</mo><msqrt><mfrac><mrow><mn>2</mn></mrow><mrow><mi>π</mi></mrow></mfrac></msqrt>"
      "<mo>(</mo><mn>1</mn><mo>+</mo><mn>0.134145</mn><msup><mrow><mi>x</mi></mrow><mrow>"
      "<mn>2</mn></mrow></msup><mo>)</mo></math>";
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
