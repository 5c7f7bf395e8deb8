// Elementary shapes shown for contrast: identity, binary step, bent identity, Gaussian, sine.
#include <cmath>

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
  Activation a;
  a.id = "identity";
  a.name = "Identity";
  a.group = "Other";
  // f(x) = x
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mi>x</mi></math>";
  // f′(x) = 1
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mn>1</mn></math>";
  a.kink_convention =
      "Linear: f′ = 1 everywhere. Like every function here but the tutorial's "
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
  Activation a;
  a.id = "binary_step";
  a.name = "Binary step";
  a.group = "Other";
  // f(x) = {0 if x < 0; 1 if x ≥ 0}
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mn>0</mn></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>&lt;</mo><mn>0</mn></"
      "mtd></mtr>"
      "<mtr><mtd><mn>1</mn></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>≥</mo><mn>0</mn></mtd></"
      "mtr>"
      "</mtable></mrow></math>";
  // f′(x) = 0 (x ≠ 0)
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mn>0</mn><mspace width=\"1em\"></mspace><mtext>(x ≠ 0)</mtext></math>";
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
  Activation a;
  a.id = "bent_identity";
  a.name = "Bent identity";
  a.group = "Other";
  // f(x) = (√(x^2 + 1) − 1)/2 + x
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mfrac><mrow><msqrt><msup><mrow><mi>x</mi></mrow><mrow><mn>2</mn></mrow></msup><mo>+</mo>"
      "<mn>1</mn></msqrt><mo>−</mo><mn>1</mn></mrow><mrow><mn>2</mn></mrow></mfrac><mo>+</mo>"
      "<mi>x</mi></math>";
  // f′(x) = x/(2√(x^2 + 1)) + 1
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mfrac><mrow><mi>x</mi></mrow><mrow><mn>2</mn><msqrt><msup><mrow><mi>x</mi></mrow>"
      "<mrow><mn>2</mn></mrow></msup><mo>+</mo><mn>1</mn></msqrt></mrow></mfrac><mo>+</mo>"
      "<mn>1</mn></math>";
  a.kink_convention =
      "Smooth everywhere, with slopes between 1/2 and 3/2. Computed as x·(x/(√(x² + 1) + 1)/2 + "
      "1), "
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
  Activation a;
  a.id = "gaussian";
  a.name = "Gaussian";
  a.group = "Other";
  // f(x) = e^(−x^2)
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<msup><mrow><mi>e</mi></mrow><mrow><mo>−</mo><msup><mrow><mi>x</mi></mrow><mrow><mn>2</mn></"
      "mrow>"
      "</msup></mrow></msup></math>";
  // f′(x) = −2x e^(−x^2)
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mo>−</mo><mn>2</mn><mi>x</mi><msup><mrow><mi>e</mi></mrow><mrow><mo>−</mo><msup>"
      "<mrow><mi>x</mi></mrow><mrow><mn>2</mn></mrow></msup></mrow></msup></math>";
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
  Activation a;
  a.id = "sinusoid";
  a.name = "Sinusoid";
  a.group = "Other";
  // f(x) = sin(x)
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mi>sin</mi><mo>&#x2061;</mo><mo>(</mo><mi>x</mi><mo>)</mo></math>";
  // f′(x) = cos(x)
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mi>cos</mi><mo>&#x2061;</mo><mo>(</mo><mi>x</mi><mo>)</mo></math>";
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
