// ELiSH (Basirat & Roth 2018): x sigma(x) for x >= 0, (e^x - 1) sigma(x) below.
#include <cmath>

#include "activations/registry.h"

namespace act {
namespace {

// With e = exp(-|x|) (= e^x on the negative side) nothing overflows.
double elish(double x, const double*) {
  const double e = std::exp(-std::fabs(x));
  return x >= 0 ? x / (1 + e) : std::expm1(x) * e / (1 + e);
}
// x >= 0: sigma + x sigma(1 - sigma); x < 0: e^x sigma + (e^x - 1) sigma(1 - sigma).
double elish_dash(double x, const double*) {
  if (std::isinf(x) && x > 0) return 1.0;  // inf * 0 in the second term
  const double e = std::exp(-std::fabs(x));
  return x >= 0 ? 1 / (1 + e) + x * e / ((1 + e) * (1 + e))
                : e * e / (1 + e) + std::expm1(x) * e / ((1 + e) * (1 + e));
}
std::vector<double> at_zero(const double*) { return {0.0}; }

}  // namespace

Activation elish_entry() {
  Activation a;
  a.id = "elish";
  a.name = "ELiSH";
  a.group = "Gated";
  // f(x) = {x σ(x) if x ≥ 0; (e^x − 1) σ(x) if x < 0}
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mi>x</mi><mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo></mtd><mtd>"
      "<mtext>if&#xa0;</mtext><mi>x</mi><mo>≥</mo><mn>0</mn></mtd></mtr>"
      "<mtr><mtd><mo>(</mo><msup><mrow><mi>e</mi></mrow><mrow><mi>x</mi></mrow></msup><mo>−</mo>"
      "<mn>1</mn><mo>)</mo><mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo></mtd><mtd>"
      "<mtext>if&#xa0;</mtext><mi>x</mi><mo>&lt;</mo><mn>0</mn></mtd></mtr></mtable></mrow></math>";
  // f′(x) = {σ(x) + x σ(x)(1 − σ(x)) if x ≥ 0;
  //          e^x σ(x) + (e^x − 1) σ(x)(1 − σ(x)) if x < 0}
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>+</mo><mi>x</mi><mi>σ</mi><mo>(</mo>"
      "<mi>x</mi><mo>)</mo><mo>(</mo><mn>1</mn><mo>−</mo><mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>)</mo></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>≥</mo><mn>0</mn></mtd></mtr>"
      "<mtr><mtd><msup><mrow><mi>e</mi></mrow><mrow><mi>x</mi></mrow></msup><mi>σ</mi><mo>(</mo>"
      "<mi>x</mi><mo>)</mo><mo>+</mo><mo>(</mo><msup><mrow><mi>e</mi></mrow><mrow><mi>x</mi></"
      "mrow></msup>"
      "<mo>−</mo><mn>1</mn><mo>)</mo><mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>(</mo><mn>1</mn>"
      "<mo>−</mo><mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>)</mo></mtd><mtd>"
      "<mtext>if&#xa0;</mtext><mi>x</mi><mo>&lt;</mo><mn>0</mn></mtd></mtr></mtable></mrow></math>";
  a.kink_convention =
      "The two pieces meet at x = 0 with f(0) = 0 and f′(0) = 1/2 from both sides (the x ≥ 0 "
      "branch is taken there); only the second derivative jumps.";
  a.numpy_snippet =
      "def elish(x):\n"
      "    e = np.exp(-np.abs(x))\n"
      "    return np.where(x >= 0, x / (1 + e), np.expm1(x) * e / (1 + e))\n"
      "\n"
      "def elish_dash(x):\n"
      "    e = np.exp(-np.abs(x))\n"
      "    return np.where(x >= 0, 1 / (1 + e) + x * e / (1 + e) ** 2,\n"
      "                    e * e / (1 + e) + np.expm1(x) * e / (1 + e) ** 2)\n";
  a.value = elish;
  a.derivative = elish_dash;
  a.breakpoints = at_zero;
  return a;
}

}  // namespace act
