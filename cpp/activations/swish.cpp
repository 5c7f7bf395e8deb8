// The x-times-a-sigmoid gates: SiLU, Swish with a trainable-style beta, and hard swish.
#include <cmath>

#include "activations/numpy_semantics.h"
#include "activations/registry.h"

namespace act {
namespace {

// x * sigma(beta x) with e = exp(-|beta x|), so nothing overflows; at +-inf the limits
// (x * 0 would be NaN).
double swish_with(double x, double beta) {
  const double z = beta * x;
  if (std::isinf(x)) {
    if (beta == 0) return x / 2;
    return z > 0 ? x : std::copysign(0.0, x);
  }
  const double e = std::exp(-std::fabs(z));
  return z >= 0 ? x / (1 + e) : x * e / (1 + e);
}
// sigma(z) + z sigma(z)(1 - sigma(z)), z = beta x, with sigma(1 - sigma) = e/(1+e)^2.
double swish_dash_with(double x, double beta) {
  const double z = beta * x;
  if (std::isinf(x)) return beta == 0 ? 0.5 : (z > 0 ? 1.0 : 0.0);
  const double e = std::exp(-std::fabs(z));
  const double s = z >= 0 ? 1 / (1 + e) : e / (1 + e);
  return s + z * e / ((1 + e) * (1 + e));
}

double silu(double x, const double*) { return swish_with(x, 1.0); }
double silu_dash(double x, const double*) { return swish_dash_with(x, 1.0); }
double swish(double x, const double* p) { return swish_with(x, p[0]); }
double swish_dash(double x, const double* p) { return swish_dash_with(x, p[0]); }

// x * relu6(x + 3)/6, as x * (clip/6) so that x near 1e308 does not overflow on the way
// (PyTorch computes x * clip / 6; the two can differ in the last bit).
double hard_swish(double x, const double*) {
  if (std::isinf(x) && x < 0) return -0.0;  // -inf * 0 would be NaN; the limit is 0
  return x * (np::clip(x + 3, 0, 6) / 6);
}
// PyTorch's hardswish_backward: 0 below -3, x/3 + 1/2 on [-3, 3], 1 above (NaN gets 1).
double hard_swish_dash(double x, const double*) {
  return x < -3 ? 0.0 : (x <= 3 ? x / 3 + 0.5 : 1.0);
}
std::vector<double> at_plus_minus_3(const double*) { return {-3.0, 3.0}; }

}  // namespace

Activation silu_entry() {
  Activation a;
  a.id = "silu";
  a.name = "SiLU (swish-1)";
  a.group = "Gated";
  // f(x) = x σ(x) = x/(1 + e^−x)
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mi>x</mi><mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo><mfrac><mrow><mi>x</mi></mrow>"
      "<mrow><mn>1</mn><mo>+</mo><msup><mrow><mi>e</mi></mrow><mrow><mo>−</mo><mi>x</mi></mrow></"
      "msup>"
      "</mrow></mfrac></math>";
  // f′(x) = σ(x) + x σ(x)(1 − σ(x))
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>+</mo><mi>x</mi><mi>σ</mi><mo>(</mo>"
      "<mi>x</mi><mo>)</mo><mo>(</mo><mn>1</mn><mo>−</mo><mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>)</mo></math>";
  a.kink_convention =
      "Smooth everywhere; PyTorch's SiLU, x·σ(x). Computed with e^−|x| so nothing overflows: "
      "f(−1000) = −0, f(1000) = 1000.";
  a.numpy_snippet =
      "def silu(x):\n"
      "    e = np.exp(-np.abs(x))\n"
      "    return np.where(x >= 0, x / (1 + e), x * e / (1 + e))\n"
      "\n"
      "def silu_dash(x):\n"
      "    e = np.exp(-np.abs(x))\n"
      "    s = np.where(x >= 0, 1 / (1 + e), e / (1 + e))\n"
      "    return s + x * e / (1 + e) ** 2\n";
  a.value = silu;
  a.derivative = silu_dash;
  return a;
}

Activation swish_entry() {
  Activation a;
  a.id = "swish";
  a.name = "Swish";
  a.group = "Gated";
  // f(x) = x σ(βx) = x/(1 + e^−βx)
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mi>x</mi><mi>σ</mi><mo>(</mo><mi>β</mi><mi>x</mi><mo>)</mo><mo>=</mo><mfrac><mrow>"
      "<mi>x</mi></mrow><mrow><mn>1</mn><mo>+</mo><msup><mrow><mi>e</mi></mrow><mrow><mo>−</mo>"
      "<mi>β</mi><mi>x</mi></mrow></msup></mrow></mfrac></math>";
  // f′(x) = σ(βx) + βx σ(βx)(1 − σ(βx))
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mi>σ</mi><mo>(</mo><mi>β</mi><mi>x</mi><mo>)</mo><mo>+</mo><mi>β</mi><mi>x</mi>"
      "<mi>σ</mi><mo>(</mo><mi>β</mi><mi>x</mi><mo>)</mo><mo>(</mo><mn>1</mn><mo>−</mo><mi>σ</mi>"
      "<mo>(</mo><mi>β</mi><mi>x</mi><mo>)</mo><mo>)</mo></math>";
  a.params = {{"beta", "Beta", Number::from_double(1.0), 0, 5, 0.05}};
  a.kink_convention =
      "Smooth everywhere; Swish (Ramachandran et al. 2017), x·σ(βx). β = 1 is SiLU, β = 0 "
      "gives x/2 and large β approaches ReLU. PyTorch has only SiLU (β = 1).";
  a.numpy_snippet =
      "def swish(x, beta=1.0):\n"
      "    z = beta * x\n"
      "    e = np.exp(-np.abs(z))\n"
      "    return np.where(z >= 0, x / (1 + e), x * e / (1 + e))\n"
      "\n"
      "def swish_dash(x, beta=1.0):\n"
      "    z = beta * x\n"
      "    e = np.exp(-np.abs(z))\n"
      "    s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
      "    return s + z * e / (1 + e) ** 2\n";
  a.value = swish;
  a.derivative = swish_dash;
  return a;
}

Activation hard_swish_entry() {
  Activation a;
  a.id = "hard_swish";
  a.name = "Hard swish";
  a.group = "Gated";
  // f(x) = x min(max(x + 3, 0), 6)/6
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mi>x</mi><mfrac><mrow><mi>min</mi><mo>&#x2061;</mo><mo>(</mo><mi>max</mi><mo>&#x2061;</mo>"
      "<mo>(</mo><mi>x</mi><mo>+</mo><mn>3</mn><mo>,</mo><mn>0</mn><mo>)</mo><mo>,</mo><mn>6</mn>"
      "<mo>)</mo></mrow><mrow><mn>6</mn></mrow></mfrac></math>";
  // f′(x) = {0 if x < −3; x/3 + 1/2 if −3 ≤ x ≤ 3; 1 if x > 3}
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mn>0</mn></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>&lt;</mo><mo>−</mo>"
      "<mn>3</mn></mtd></mtr>"
      "<mtr><mtd><mfrac><mrow><mi>x</mi></mrow><mrow><mn>3</mn></mrow></mfrac><mo>+</mo><mfrac>"
      "<mrow><mn>1</mn></mrow><mrow><mn>2</mn></mrow></mfrac></mtd><mtd><mtext>if&#xa0;</mtext>"
      "<mo>−</mo><mn>3</mn><mo>≤</mo><mi>x</mi><mo>≤</mo><mn>3</mn></mtd></mtr>"
      "<mtr><mtd><mn>1</mn></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>&gt;</mo><mn>3</mn></"
      "mtd></mtr>"
      "</mtable></mrow></math>";
  a.kink_convention =
      "PyTorch's Hardswish, x·relu6(x + 3)/6 (MobileNetV3). At x = −3 and x = 3 the middle "
      "piece's slope is taken, as PyTorch's backward does: f′(−3) = −1/2 and f′(3) = 3/2, "
      "though the outer pieces have slopes 0 and 1.";
  a.numpy_snippet =
      "def hard_swish(x):\n"
      "    return x * (np.clip(x + 3, 0, 6) / 6)\n"
      "\n"
      "def hard_swish_dash(x):\n"
      "    return np.where(x < -3, 0.0, np.where(x <= 3, x / 3 + 0.5, 1.0))\n";
  a.value = hard_swish;
  a.derivative = hard_swish_dash;
  a.jumps = at_plus_minus_3;
  a.breakpoints = at_plus_minus_3;
  return a;
}

}  // namespace act
