// The shrinkage functions: soft and hard thresholding (PyTorch's Softshrink, Hardshrink) and
// Tanhshrink.
#include <cmath>

#include "activations/numpy_semantics.h"
#include "activations/registry.h"

namespace act {
namespace {

// params: lambd (PyTorch's name; `lambda` is a Python keyword).
// x - clip(x, -lambd, lambd): x - lambd above, x + lambd below, 0 between, NaN stays NaN.
double softshrink(double x, const double* p) { return x - np::clip(x, -p[0], p[0]); }
// PyTorch's backward: slope 0 on the closed interval [-lambd, lambd] (NaN gets 1).
bool inside(double x, double lambd) { return x >= -lambd && x <= lambd; }
double shrink_dash(double x, const double* p) { return inside(x, p[0]) ? 0.0 : 1.0; }
double hardshrink(double x, const double* p) { return inside(x, p[0]) ? 0.0 : x; }
std::vector<double> at_plus_minus_lambd(const double* p) { return {-p[0], p[0]}; }

// PyTorch's x - tanh(x). Near 0 it cancels: the result is right to about 1e-16 |x|
// absolutely, not relatively (tanhshrink(1e-10) is 0, not 3e-31).
double tanhshrink(double x, const double*) { return x - std::tanh(x); }
double tanhshrink_dash(double x, const double*) {
  const double t = std::tanh(x);
  return t * t;
}

}  // namespace

Activation softshrink_entry() {
  Activation a;
  a.id = "softshrink";
  a.name = "Softshrink";
  a.group = "Shrinkage";
  // f(x) = {x − λ if x > λ; x + λ if x < −λ; 0 otherwise}
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mi>x</mi><mo>−</mo><mi>λ</mi></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi>"
      "<mo>&gt;</mo><mi>λ</mi></mtd></mtr>"
      "<mtr><mtd><mi>x</mi><mo>+</mo><mi>λ</mi></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi>"
      "<mo>&lt;</mo><mo>−</mo><mi>λ</mi></mtd></mtr>"
      "<mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>";
  // f′(x) = {0 if −λ ≤ x ≤ λ; 1 otherwise}
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mn>0</mn></mtd><mtd><mtext>if&#xa0;</mtext><mo>−</mo><mi>λ</mi><mo>≤</mo>"
      "<mi>x</mi><mo>≤</mo><mi>λ</mi></mtd></mtr>"
      "<mtr><mtd><mn>1</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>";
  a.params = {{"lambd", "Lambda", Number::from_double(0.5), 0, 3, 0.05}};
  a.kink_convention =
      "PyTorch's Softshrink (λ = 0.5; the parameter is called lambd because lambda is a "
      "Python keyword). At x = ±λ the inner branch is taken, as PyTorch's backward does: "
      "f(±λ) = 0 and f′(±λ) = 0.";
  a.numpy_snippet =
      "def softshrink(x, lambd=0.5):\n"
      "    return x - np.clip(x, -lambd, lambd)\n"
      "\n"
      "def softshrink_dash(x, lambd=0.5):\n"
      "    return np.where((x >= -lambd) & (x <= lambd), 0.0, 1.0)\n";
  a.value = softshrink;
  a.derivative = shrink_dash;
  a.jumps = at_plus_minus_lambd;
  a.breakpoints = at_plus_minus_lambd;
  return a;
}

Activation hardshrink_entry() {
  Activation a;
  a.id = "hardshrink";
  a.name = "Hardshrink";
  a.group = "Shrinkage";
  // f(x) = {0 if −λ ≤ x ≤ λ; x otherwise}
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mn>0</mn></mtd><mtd><mtext>if&#xa0;</mtext><mo>−</mo><mi>λ</mi><mo>≤</mo>"
      "<mi>x</mi><mo>≤</mo><mi>λ</mi></mtd></mtr>"
      "<mtr><mtd><mi>x</mi></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>";
  // f′(x) = {0 if −λ ≤ x ≤ λ; 1 otherwise}
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mn>0</mn></mtd><mtd><mtext>if&#xa0;</mtext><mo>−</mo><mi>λ</mi><mo>≤</mo>"
      "<mi>x</mi><mo>≤</mo><mi>λ</mi></mtd></mtr>"
      "<mtr><mtd><mn>1</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>";
  a.params = {{"lambd", "Lambda", Number::from_double(0.5), 0, 3, 0.05}};
  a.kink_convention =
      "PyTorch's Hardshrink (λ = 0.5): f is 0 on the closed interval [−λ, λ], so it jumps "
      "from 0 to ±λ just outside; at x = ±λ the inner branch is taken: f(±λ) = 0, f′(±λ) = 0.";
  a.numpy_snippet =
      "def hardshrink(x, lambd=0.5):\n"
      "    return np.where((x >= -lambd) & (x <= lambd), 0.0, x)\n"
      "\n"
      "def hardshrink_dash(x, lambd=0.5):\n"
      "    return np.where((x >= -lambd) & (x <= lambd), 0.0, 1.0)\n";
  a.value = hardshrink;
  a.derivative = shrink_dash;
  a.jumps = at_plus_minus_lambd;
  a.breakpoints = at_plus_minus_lambd;
  return a;
}

Activation tanhshrink_entry() {
  Activation a;
  a.id = "tanhshrink";
  a.name = "Tanhshrink";
  a.group = "Shrinkage";
  // f(x) = x − tanh(x)
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mi>x</mi><mo>−</mo><mi>tanh</mi><mo>&#x2061;</mo><mo>(</mo><mi>x</mi><mo>)</mo></math>";
  // f′(x) = tanh^2(x)
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><msup><mrow><mi>tanh</mi></mrow><mrow><mn>2</mn></mrow></msup><mo>&#x2061;</mo>"
      "<mo>(</mo><mi>x</mi><mo>)</mo></math>";
  a.kink_convention =
      "Smooth everywhere; PyTorch's Tanhshrink, x − tanh(x). Near 0 the subtraction cancels, "
      "so f is accurate to about 10⁻¹⁶·|x| there rather than to its own size (≈ x³/3).";
  a.numpy_snippet =
      "def tanhshrink(x):\n"
      "    return x - np.tanh(x)\n"
      "\n"
      "def tanhshrink_dash(x):\n"
      "    return np.tanh(x) ** 2\n";
  a.value = tanhshrink;
  a.derivative = tanhshrink_dash;
  return a;
}

}  // namespace act
