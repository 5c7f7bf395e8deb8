// Bounded, odd squashing functions: softsign, arctan, ISRU and SQNL.
#include <cmath>

#include "activations/numpy_semantics.h"
#include "activations/registry.h"

namespace act {
namespace {

double softsign(double x, const double*) {
  if (std::isinf(x)) return std::copysign(1.0, x);  // inf/inf would be NaN
  return x / (1 + std::fabs(x));
}
double softsign_dash(double x, const double*) {
  const double d = 1 + std::fabs(x);
  return 1 / (d * d);
}

double arctan(double x, const double*) { return std::atan(x); }
double arctan_dash(double x, const double*) { return 1 / (1 + x * x); }

// params: alpha (> 0). With s = sqrt(alpha), x/sqrt(1 + alpha x^2) = x / hypot(1/s, x) / s:
// x / hypot(1/s, x) is at most 1, so nothing overflows for any alpha, even at |x| = 1e308.
double isru(double x, const double* p) {
  const double s = std::sqrt(p[0]);
  if (std::isinf(x)) return std::copysign(1 / s, x);  // the limit, not inf/inf
  return x / std::hypot(1 / s, x) / s;
}
// (1 + alpha x^2)^(-3/2) = r^3 with r = 1/hypot(1, s x); where s x overflows, r^3 truly underflows.
double isru_dash(double x, const double* p) {
  const double r = 1 / std::hypot(1.0, std::sqrt(p[0]) * x);
  return r * r * r;
}

// With c = clip(x, -2, 2): f = c(1 - |c|/4), that is x -+ x^2/4 inside and +-1 outside.
double sqnl(double x, const double*) {
  const double c = np::clip(x, -2.0, 2.0);
  return c * (1 - std::fabs(c) / 4);
}
double sqnl_dash(double x, const double*) { return std::fabs(x) < 2 ? 1 - std::fabs(x) / 2 : 0.0; }
std::vector<double> sqnl_pieces(const double*) { return {-2.0, 0.0, 2.0}; }

}  // namespace

Activation softsign_entry() {
  Activation a;
  a.id = "softsign";
  a.name = "Softsign";
  a.group = "Tutorial";
  // f(x) = x/(1 + |x|)
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mfrac><mrow><mi>x</mi></mrow><mrow><mn>1</mn><mo>+</mo><mo>|</mo><mi>x</mi><mo>|</mo></"
      "mrow>"
      "</mfrac></math>";
  // f′(x) = 1/((1 + |x|)^2)
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mfrac><mrow><mn>1</mn></mrow><mrow><msup><mrow><mo>(</mo><mn>1</mn><mo>+</mo>"
      "<mo>|</mo><mi>x</mi><mo>|</mo><mo>)</mo></mrow><mrow><mn>2</mn></mrow></msup></mrow></"
      "mfrac></math>";
  a.kink_convention =
      "Smooth to first order: |x| has a kink at 0 but f′(0) = 1 from both sides (f″ jumps). "
      "f(±inf) = ±1, the limits.";
  a.numpy_snippet =
      "def softsign(x):\n"
      "    return x / (1 + np.abs(x))\n"
      "\n"
      "def softsign_dash(x):\n"
      "    return 1 / (1 + np.abs(x)) ** 2\n";
  a.value = softsign;
  a.derivative = softsign_dash;
  a.breakpoints = [](const double*) { return std::vector<double>{0.0}; };
  return a;
}

Activation arctan_entry() {
  Activation a;
  a.id = "arctan";
  a.name = "Arctan";
  a.group = "Sigmoid-like";
  // f(x) = arctan(x)
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mi>arctan</mi><mo>&#x2061;</mo><mo>(</mo><mi>x</mi><mo>)</mo></math>";
  // f′(x) = 1/(1 + x^2)
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mfrac><mrow><mn>1</mn></mrow><mrow><mn>1</mn><mo>+</mo><msup><mrow><mi>x</mi></"
      "mrow>"
      "<mrow><mn>2</mn></mrow></msup></mrow></mfrac></math>";
  a.kink_convention = "Smooth everywhere; bounded by ±π/2.";
  a.numpy_snippet =
      "def arctan(x):\n"
      "    return np.arctan(x)\n"
      "\n"
      "def arctan_dash(x):\n"
      "    return 1 / (1 + x ** 2)\n";
  a.value = arctan;
  a.derivative = arctan_dash;
  return a;
}

Activation isru_entry() {
  Activation a;
  a.id = "isru";
  a.name = "ISRU";
  a.group = "Sigmoid-like";
  // f(x) = x/√(1 + αx^2)
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mfrac><mrow><mi>x</mi></mrow><mrow><msqrt><mn>1</mn><mo>+</mo><mi>α</mi><msup><mrow>"
      "<mi>x</mi></mrow><mrow><mn>2</mn></mrow></msup></msqrt></mrow></mfrac></math>";
  // f′(x) = (1/√(1 + αx^2))^3
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><msup><mrow><mo>(</mo><mfrac><mrow><mn>1</mn></mrow><mrow><msqrt><mn>1</mn>"
      "<mo>+</mo><mi>α</mi><msup><mrow><mi>x</mi></mrow><mrow><mn>2</mn></mrow></msup></msqrt></"
      "mrow>"
      "</mfrac><mo>)</mo></mrow><mrow><mn>3</mn></mrow></msup></math>";
  a.params = {{"alpha", "Alpha", Number::from_double(1.0), 0.05, 5, 0.05}};
  a.kink_convention =
      "Smooth everywhere; the inverse square root unit (Carlile et al. 2017), for α > 0, "
      "bounded by ±1/√α. Computed as x/hypot(1/√α, x)/√α, which cannot overflow.";
  a.numpy_snippet =
      "def isru(x, alpha=1.0):\n"
      "    s = np.sqrt(alpha)\n"
      "    return x / np.hypot(1 / s, x) / s\n"
      "\n"
      "def isru_dash(x, alpha=1.0):\n"
      "    r = 1 / np.hypot(1, np.sqrt(alpha) * x)\n"
      "    return r * r * r\n";
  a.value = isru;
  a.derivative = isru_dash;
  return a;
}

Activation sqnl_entry() {
  Activation a;
  a.id = "sqnl";
  a.name = "SQNL";
  a.group = "Sigmoid-like";
  // f(x) = {1 if x > 2; x − x^2/4 if 0 ≤ x ≤ 2; x + x^2/4 if −2 ≤ x < 0; −1 if x < −2}
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mn>1</mn></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>&gt;</mo><mn>2</mn></"
      "mtd></mtr>"
      "<mtr><mtd><mi>x</mi><mo>−</mo><mfrac><mrow><msup><mrow><mi>x</mi></mrow><mrow><mn>2</mn></"
      "mrow>"
      "</msup></mrow><mrow><mn>4</mn></mrow></mfrac></mtd><mtd><mtext>if&#xa0;</mtext><mn>0</mn>"
      "<mo>≤</mo><mi>x</mi><mo>≤</mo><mn>2</mn></mtd></mtr>"
      "<mtr><mtd><mi>x</mi><mo>+</mo><mfrac><mrow><msup><mrow><mi>x</mi></mrow><mrow><mn>2</mn></"
      "mrow>"
      "</msup></mrow><mrow><mn>4</mn></mrow></mfrac></mtd><mtd><mtext>if&#xa0;</mtext><mo>−</mo>"
      "<mn>2</mn><mo>≤</mo><mi>x</mi><mo>&lt;</mo><mn>0</mn></mtd></mtr>"
      "<mtr><mtd><mo>−</mo><mn>1</mn></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>&lt;</mo>"
      "<mo>−</mo><mn>2</mn></mtd></mtr></mtable></mrow></math>";
  // f′(x) = {1 − |x|/2 if |x| < 2; 0 otherwise}
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mn>1</mn><mo>−</mo><mfrac><mrow><mo>|</mo><mi>x</mi><mo>|</mo></mrow><mrow>"
      "<mn>2</mn></mrow></mfrac></mtd><mtd><mtext>if&#xa0;</mtext><mo>|</mo><mi>x</mi><mo>|</mo>"
      "<mo>&lt;</mo><mn>2</mn></mtd></mtr>"
      "<mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>";
  a.kink_convention =
      "The square nonlinearity (Wuraola & Patel 2018). The pieces meet smoothly: f′ = 0 at "
      "x = ±2 and f′(0) = 1 from both sides; only f″ jumps.";
  a.numpy_snippet =
      "def sqnl(x):\n"
      "    c = np.clip(x, -2.0, 2.0)\n"
      "    return c * (1 - np.abs(c) / 4)\n"
      "\n"
      "def sqnl_dash(x):\n"
      "    return np.where(np.abs(x) < 2, 1 - np.abs(x) / 2, 0.0)\n";
  a.value = sqnl;
  a.derivative = sqnl_dash;
  a.breakpoints = sqnl_pieces;
  return a;
}

}  // namespace act
