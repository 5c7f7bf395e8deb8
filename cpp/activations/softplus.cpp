// Smooth rectifiers: softplus (PyTorch's, with beta and threshold) and squareplus (Barron 2021).
#include <cmath>

#include "activations/numpy_semantics.h"
#include "activations/registry.h"

namespace act {
namespace {

// params: beta, threshold. Above beta*x = threshold PyTorch returns x itself. Below it,
// log(1 + e^z)/beta is written max(z, 0) + log1p(e^-|z|) so that it never overflows,
// whatever threshold the reader types.
double softplus(double x, const double* p) {
  const double z = p[0] * x;
  if (z > p[1]) return x;
  return (np::maximum(z, 0) + std::log1p(std::exp(-std::fabs(z)))) / p[0];
}
double softplus_dash(double x, const double* p) {
  const double z = p[0] * x;
  return z > p[1] ? 1.0 : np::logistic(z);
}
std::vector<double> at_threshold(const double* p) { return {p[1] / p[0]}; }

// params: b. With h = hypot(x, sqrt(b)) = sqrt(x^2 + b), f = (x + h)/2, written as
// b/2/(h - x) for x < 0 where x + h would cancel; and f' = (1 + x/h)/2 = f/h.
double squareplus(double x, const double* p) {
  const double h = std::hypot(x, std::sqrt(p[0]));
  return x >= 0 ? x / 2 + h / 2 : p[0] / 2 / (h - x);
}
double squareplus_dash(double x, const double* p) {
  if (std::isinf(x) && x > 0) return 1.0;  // f/h would be inf/inf
  return squareplus(x, p) / std::hypot(x, std::sqrt(p[0]));
}

}  // namespace

Activation softplus_entry() {
  Activation a;
  a.id = "softplus";
  a.name = "Softplus";
  a.group = "Tutorial";
  // f(x) = (1/β) log(1 + e^(βx))
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mfrac><mrow><mn>1</mn></mrow><mrow><mi>β</mi></mrow></mfrac><mi>log</mi><mo>&#x2061;</mo>"
      "<mo>(</mo><mn>1</mn><mo>+</mo><msup><mrow><mi>e</mi></mrow><mrow><mi>β</mi><mi>x</mi></"
      "mrow></msup>"
      "<mo>)</mo></math>";
  // f′(x) = σ(βx) = 1/(1 + e^−βx)
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mi>σ</mi><mo>(</mo><mi>β</mi><mi>x</mi><mo>)</mo><mo>=</mo><mfrac><mrow>"
      "<mn>1</mn></mrow><mrow><mn>1</mn><mo>+</mo><msup><mrow><mi>e</mi></mrow><mrow><mo>−</mo>"
      "<mi>β</mi><mi>x</mi></mrow></msup></mrow></mfrac></math>";
  a.params = {{"beta", "Beta", Number::from_double(1.0), 0.1, 10, 0.1},
              {"threshold", "Threshold", Number::from_double(20.0), 1, 50, 1}};
  a.kink_convention =
      "PyTorch's Softplus: where βx > threshold it returns x itself (and f′ = 1), so at "
      "x = threshold/β f steps by log(1 + e^−threshold)/β ≈ 2·10⁻⁹ and f′ from σ(threshold) to "
      "1. The tutorial's softplus log(1 + eˣ) is β = 1 without the threshold.";
  a.numpy_snippet =
      "def softplus(x, beta=1.0, threshold=20.0):\n"
      "    z = beta * x\n"
      "    return np.where(z > threshold, x,\n"
      "                    (np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))) / beta)\n"
      "\n"
      "def softplus_dash(x, beta=1.0, threshold=20.0):\n"
      "    z = beta * x\n"
      "    e = np.exp(-np.abs(z))\n"
      "    return np.where(z > threshold, 1.0, np.where(z >= 0, 1 / (1 + e), e / (1 + e)))\n";
  a.value = softplus;
  a.derivative = softplus_dash;
  a.jumps = at_threshold;
  a.breakpoints = at_threshold;
  return a;
}

Activation squareplus_entry() {
  Activation a;
  a.id = "squareplus";
  a.name = "Squareplus";
  a.group = "Rectifiers";
  // f(x) = (x + √(x^2 + b))/2
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mfrac><mrow><mi>x</mi><mo>+</mo><msqrt><msup><mrow><mi>x</mi></mrow><mrow><mn>2</mn></"
      "mrow></msup>"
      "<mo>+</mo><mi>b</mi></msqrt></mrow><mrow><mn>2</mn></mrow></mfrac></math>";
  // f′(x) = (1/2)(1 + x/√(x^2 + b))
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mfrac><mrow><mn>1</mn></mrow><mrow><mn>2</mn></mrow></mfrac><mo>(</mo><mn>1</mn>"
      "<mo>+</mo><mfrac><mrow><mi>x</mi></mrow><mrow><msqrt><msup><mrow><mi>x</mi></mrow><mrow>"
      "<mn>2</mn></mrow></msup><mo>+</mo><mi>b</mi></msqrt></mrow></mfrac><mo>)</mo></math>";
  a.params = {{"b", "b", Number::from_double(4.0), 0.1, 10, 0.1}};
  a.kink_convention =
      "Smooth for b > 0 (Barron's squareplus, b = 4 by default); b = 0 gives ReLU. Computed "
      "as b/(2(√(x² + b) − x)) for x < 0, where (x + √(x² + b))/2 would cancel, and f′ = f/√(x² + "
      "b).";
  a.numpy_snippet =
      "def squareplus(x, b=4.0):\n"
      "    h = np.hypot(x, np.sqrt(b))\n"
      "    return np.where(x >= 0, x / 2 + h / 2, b / 2 / (h - x))\n"
      "\n"
      "def squareplus_dash(x, b=4.0):\n"
      "    h = np.hypot(x, np.sqrt(b))\n"
      "    return np.where(x >= 0, x / 2 + h / 2, b / 2 / (h - x)) / h\n";
  a.value = squareplus;
  a.derivative = squareplus_dash;
  return a;
}

}  // namespace act
