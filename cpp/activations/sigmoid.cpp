// The logistic sigmoid and its relatives: log-sigmoid and PyTorch's hard sigmoid.
#include <cmath>

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

}  // namespace

Activation sigmoid_entry() {
  Activation a;
  a.id = "sigmoid";
  a.name = "Sigmoid";
  a.group = "Tutorial";
  // f(x) = σ(x) = 1/(1 + e^−x)
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo><mfrac><mrow><mn>1</mn></mrow><mrow>"
      "<mn>1</mn><mo>+</mo><msup><mrow><mi>e</mi></mrow><mrow><mo>−</mo><mi>x</mi></mrow></msup></"
      "mrow>"
      "</mfrac></math>";
  // f′(x) = σ(x)(1 − σ(x))
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>(</mo><mn>1</mn><mo>−</mo><mi>σ</mi>"
      "<mo>(</mo><mi>x</mi><mo>)</mo><mo>)</mo></math>";
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
  Activation a;
  a.id = "log_sigmoid";
  a.name = "Log-sigmoid";
  a.group = "Sigmoid-like";
  // f(x) = log(σ(x)) = −log(1 + e^−x)
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mi>log</mi><mo>&#x2061;</mo><mo>(</mo><mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>)</mo>"
      "<mo>=</mo><mo>−</mo><mi>log</mi><mo>&#x2061;</mo><mo>(</mo><mn>1</mn><mo>+</mo><msup><mrow>"
      "<mi>e</mi></mrow><mrow><mo>−</mo><mi>x</mi></mrow></msup><mo>)</mo></math>";
  // f′(x) = σ(−x) = 1/(1 + e^x)
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mi>σ</mi><mo>(</mo><mo>−</mo><mi>x</mi><mo>)</mo><mo>=</mo><mfrac><mrow>"
      "<mn>1</mn></mrow><mrow><mn>1</mn><mo>+</mo><msup><mrow><mi>e</mi></mrow><mrow><mi>x</mi></"
      "mrow>"
      "</msup></mrow></mfrac></math>";
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
  Activation a;
  a.id = "hard_sigmoid";
  a.name = "Hard sigmoid";
  a.group = "Sigmoid-like";
  // f(x) = {0 if x ≤ −3; x/6 + 1/2 if −3 < x < 3; 1 if x ≥ 3}
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mn>0</mn></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>≤</mo><mo>−</mo>"
      "<mn>3</mn></mtd></mtr>"
      "<mtr><mtd><mfrac><mrow><mi>x</mi></mrow><mrow><mn>6</mn></mrow></mfrac><mo>+</mo><mfrac>"
      "<mrow><mn>1</mn></mrow><mrow><mn>2</mn></mrow></mfrac></mtd><mtd><mtext>if&#xa0;</mtext>"
      "<mo>−</mo><mn>3</mn><mo>&lt;</mo><mi>x</mi><mo>&lt;</mo><mn>3</mn></mtd></mtr>"
      "<mtr><mtd><mn>1</mn></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>≥</mo><mn>3</mn></mtd></"
      "mtr>"
      "</mtable></mrow></math>";
  // f′(x) = {1/6 if −3 < x < 3; 0 otherwise}
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mfrac><mrow><mn>1</mn></mrow><mrow><mn>6</mn></mrow></mfrac></mtd><mtd>"
      "<mtext>if&#xa0;</mtext><mo>−</mo><mn>3</mn><mo>&lt;</mo><mi>x</mi><mo>&lt;</mo><mn>3</mn></"
      "mtd>"
      "</mtr>"
      "<mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>";
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
