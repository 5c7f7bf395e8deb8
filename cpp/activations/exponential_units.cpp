// The exponential linear units: ELU, SELU and CELU, each PyTorch's definition and defaults.
// The negative side uses expm1 so that small |x| keeps full precision.
#include <cmath>

#include "activations/registry.h"

namespace act {
namespace {

// SELU's constants (Klambauer et al. 2017), as PyTorch and Python print them.
constexpr double kSeluAlpha = 1.6732632423543772;
constexpr double kSeluScale = 1.0507009873554805;

double elu(double x, const double* p) { return x > 0 ? x : p[0] * std::expm1(x); }
double elu_dash(double x, const double* p) { return x > 0 ? 1.0 : p[0] * std::exp(x); }

double selu(double x, const double*) {
  return x > 0 ? kSeluScale * x : kSeluScale * kSeluAlpha * std::expm1(x);
}
double selu_dash(double x, const double*) {
  return x > 0 ? kSeluScale : kSeluScale * kSeluAlpha * std::exp(x);
}

double celu(double x, const double* p) { return x > 0 ? x : p[0] * std::expm1(x / p[0]); }
double celu_dash(double x, const double* p) { return x > 0 ? 1.0 : std::exp(x / p[0]); }

std::vector<double> at_zero(const double*) { return {0.0}; }
// ELU's slope steps from alpha to 1 at 0 unless alpha is 1.
std::vector<double> at_zero_unless_alpha_one(const double* p) {
  return p[0] == 1 ? std::vector<double>{} : std::vector<double>{0.0};
}

}  // namespace

Activation elu_entry() {
  Activation a;
  a.id = "elu";
  a.name = "ELU";
  a.group = "Tutorial";
  // f(x) = {x if x > 0; α(e^x − 1) if x ≤ 0}
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mi>x</mi></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn></"
      "mtd></mtr>"
      "<mtr><mtd><mi>α</mi><mo>(</mo><msup><mrow><mi>e</mi></mrow><mrow><mi>x</mi></mrow></msup>"
      "<mo>−</mo><mn>1</mn><mo>)</mo></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>≤</mo>"
      "<mn>0</mn></mtd></mtr></mtable></mrow></math>";
  // f′(x) = {1 if x > 0; α e^x if x ≤ 0}
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mn>1</mn></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn></"
      "mtd></mtr>"
      "<mtr><mtd><mi>α</mi><msup><mrow><mi>e</mi></mrow><mrow><mi>x</mi></mrow></msup></mtd><mtd>"
      "<mtext>if&#xa0;</mtext><mi>x</mi><mo>≤</mo><mn>0</mn></mtd></mtr></mtable></mrow></math>";
  a.params = {{"alpha", "Alpha", Number::from_double(1.0), 0, 3, 0.05}};
  a.kink_convention =
      "At x = 0 the x ≤ 0 branch is taken, as PyTorch's ELU backward does: f(0) = α(e⁰ − 1) = 0 "
      "and f′(0) = α, so f′ jumps from α to 1 at 0 unless α = 1.";
  a.numpy_snippet =
      "def elu(x, alpha=1.0):\n"
      "    return np.where(x > 0, x, alpha * np.expm1(x))\n"
      "\n"
      "def elu_dash(x, alpha=1.0):\n"
      "    return np.where(x > 0, 1, alpha * np.exp(x))\n";
  a.value = elu;
  a.derivative = elu_dash;
  a.jumps = at_zero_unless_alpha_one;
  a.breakpoints = at_zero;
  return a;
}

Activation selu_entry() {
  Activation a;
  a.id = "selu";
  a.name = "SELU";
  a.group = "Tutorial";
  // f(x) = λ {x if x > 0; α(e^x − 1) if x ≤ 0}
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mi>λ</mi><mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mi>x</mi></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn></"
      "mtd></mtr>"
      "<mtr><mtd><mi>α</mi><mo>(</mo><msup><mrow><mi>e</mi></mrow><mrow><mi>x</mi></mrow></msup>"
      "<mo>−</mo><mn>1</mn><mo>)</mo></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>≤</mo>"
      "<mn>0</mn></mtd></mtr></mtable></mrow></math>";
  // f′(x) = λ {1 if x > 0; α e^x if x ≤ 0}
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mi>λ</mi><mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mn>1</mn></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn></"
      "mtd></mtr>"
      "<mtr><mtd><mi>α</mi><msup><mrow><mi>e</mi></mrow><mrow><mi>x</mi></mrow></msup></mtd><mtd>"
      "<mtext>if&#xa0;</mtext><mi>x</mi><mo>≤</mo><mn>0</mn></mtd></mtr></mtable></mrow></math>";
  a.kink_convention =
      "Fixed constants α ≈ 1.6733 and λ (scale) ≈ 1.0507, PyTorch's. At x = 0 the x ≤ 0 branch "
      "is taken: f(0) = 0 and f′(0) = λα ≈ 1.7581, so f′ jumps to λ at 0.";
  a.numpy_snippet =
      "def selu(x, alpha=1.6732632423543772, scale=1.0507009873554805):\n"
      "    return np.where(x > 0, scale * x, scale * alpha * np.expm1(x))\n"
      "\n"
      "def selu_dash(x, alpha=1.6732632423543772, scale=1.0507009873554805):\n"
      "    return np.where(x > 0, scale, scale * alpha * np.exp(x))\n";
  a.value = selu;
  a.derivative = selu_dash;
  a.jumps = at_zero;
  a.breakpoints = at_zero;
  return a;
}

Activation celu_entry() {
  Activation a;
  a.id = "celu";
  a.name = "CELU";
  a.group = "Rectifiers";
  // f(x) = {x if x > 0; α(e^(x/α) − 1) if x ≤ 0}
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mi>x</mi></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn></"
      "mtd></mtr>"
      "<mtr><mtd><mi>α</mi><mo>(</mo><msup><mrow><mi>e</mi></mrow><mrow><mi>x</mi><mo>/</mo>"
      "<mi>α</mi></mrow></msup><mo>−</mo><mn>1</mn><mo>)</mo></mtd><mtd><mtext>if&#xa0;</mtext>"
      "<mi>x</mi><mo>≤</mo><mn>0</mn></mtd></mtr></mtable></mrow></math>";
  // f′(x) = {1 if x > 0; e^(x/α) if x ≤ 0}
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mn>1</mn></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn></"
      "mtd></mtr>"
      "<mtr><mtd><msup><mrow><mi>e</mi></mrow><mrow><mi>x</mi><mo>/</mo><mi>α</mi></mrow></msup></"
      "mtd>"
      "<mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>≤</mo><mn>0</mn></mtd></mtr></mtable></mrow></"
      "math>";
  a.params = {{"alpha", "Alpha", Number::from_double(1.0), 0.1, 3, 0.05}};
  a.kink_convention =
      "Continuously differentiable for every α: f′(0) = 1 from both sides (the x ≤ 0 branch "
      "gives e⁰ = 1). We divide x by α where PyTorch multiplies by 1/α, which can differ in the "
      "last bit.";
  a.numpy_snippet =
      "def celu(x, alpha=1.0):\n"
      "    return np.where(x > 0, x, alpha * np.expm1(x / alpha))\n"
      "\n"
      "def celu_dash(x, alpha=1.0):\n"
      "    return np.where(x > 0, 1, np.exp(x / alpha))\n";
  a.value = celu;
  a.derivative = celu_dash;
  a.breakpoints = at_zero;
  return a;
}

}  // namespace act
