// tanh and PyTorch's Hardtanh (tanh's piecewise-linear stand-in).
#include <cmath>

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
  Activation a;
  a.id = "tanh";
  a.name = "Tanh";
  a.group = "Tutorial";
  // f(x) = tanh(x) = (e^x − e^−x)/(e^x + e^−x)
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mi>tanh</mi><mo>&#x2061;</mo><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo><mfrac><mrow><msup>"
      "<mrow><mi>e</mi></mrow><mrow><mi>x</mi></mrow></msup><mo>−</mo><msup><mrow><mi>e</mi></mrow>"
      "<mrow><mo>−</mo><mi>x</mi></mrow></msup></mrow><mrow><msup><mrow><mi>e</mi></mrow><mrow>"
      "<mi>x</mi></mrow></msup><mo>+</mo><msup><mrow><mi>e</mi></mrow><mrow><mo>−</mo><mi>x</mi></"
      "mrow>"
      "</msup></mrow></mfrac></math>";
  // f′(x) = 1 − tanh^2(x)
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mn>1</mn><mo>−</mo><msup><mrow><mi>tanh</mi></mrow><mrow><mn>2</mn></mrow></msup>"
      "<mo>&#x2061;</mo><mo>(</mo><mi>x</mi><mo>)</mo></math>";
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
  Activation a;
  a.id = "hard_tanh";
  a.name = "Hard tanh";
  a.group = "Sigmoid-like";
  // f(x) = {min_val if x ≤ min_val; x if min_val < x < max_val; max_val if x ≥ max_val}
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mi>min_val</mi></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>≤</mo>"
      "<mi>min_val</mi></mtd></mtr>"
      "<mtr><mtd><mi>x</mi></mtd><mtd><mtext>if&#xa0;</mtext><mi>min_val</mi><mo>&lt;</mo>"
      "<mi>x</mi><mo>&lt;</mo><mi>max_val</mi></mtd></mtr>"
      "<mtr><mtd><mi>max_val</mi></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>≥</mo>"
      "<mi>max_val</mi></mtd></mtr></mtable></mrow></math>";
  // f′(x) = {1 if min_val < x < max_val; 0 otherwise}
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mn>1</mn></mtd><mtd><mtext>if&#xa0;</mtext><mi>min_val</mi><mo>&lt;</mo>"
      "<mi>x</mi><mo>&lt;</mo><mi>max_val</mi></mtd></mtr>"
      "<mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>";
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
