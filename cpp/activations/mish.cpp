// Mish (Misra 2019): x * tanh(softplus(x)).
#include <cmath>

#include "activations/numpy_semantics.h"
#include "activations/registry.h"

namespace act {
namespace {

// PyTorch's form. It stays right at large |x|: exp(x) -> inf gives tanh(inf) = 1, and
// exp(x) -> 0 gives x * 0.
double mish(double x, const double*) {
  if (std::isinf(x) && x < 0) return -0.0;  // -inf * tanh(0) would be NaN
  return x * std::tanh(std::log1p(std::exp(x)));
}

// With n = e^x and q = n(n + 2) = (1 + n)^2 - 1: tanh(softplus(x)) = q/(q + 2),
// sech^2(softplus(x)) = 4(q + 1)/(q + 2)^2 and sigma(x) = n/(1 + n), so
// f' = q/(q + 2) + x sech^2 sigma with no 1 - tanh^2 cancellation. Above x = 40, f' is 1 in
// float64, and clipping there keeps q finite; n/(1 + n) comes first so that x * 4 cannot
// overflow before being multiplied by n = 0.
double mish_dash(double x, const double*) {
  if (std::isinf(x) && x < 0) return 0.0;
  x = np::minimum(x, 40.0);
  const double n = std::exp(x);
  const double q = n * (n + 2);
  return q / (q + 2) + n / (1 + n) * 4 * x * (q + 1) / ((q + 2) * (q + 2));
}

}  // namespace

Activation mish_entry() {
  Activation a;
  a.id = "mish";
  a.name = "Mish";
  a.group = "Gated";
  // f(x) = x tanh(softplus(x)),  softplus(x) = log(1 + e^x)
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mi>x</mi><mi>tanh</mi><mo>&#x2061;</mo><mo>(</mo><mi>softplus</mi><mo>&#x2061;</mo>"
      "<mo>(</mo><mi>x</mi><mo>)</mo><mo>)</mo><mo>,</mo><mspace width=\"1em\"></mspace>"
      "<mi>softplus</mi><mo>&#x2061;</mo><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo><mi>log</mi>"
      "<mo>&#x2061;</mo><mo>(</mo><mn>1</mn><mo>+</mo><msup><mrow><mi>e</mi></mrow><mrow>"
      "<mi>x</mi></mrow></msup><mo>)</mo></math>";
  // f′(x) = tanh(softplus(x)) + x sech^2(softplus(x)) σ(x)
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mi>tanh</mi><mo>&#x2061;</mo><mo>(</mo><mi>softplus</mi><mo>&#x2061;</mo>"
      "<mo>(</mo><mi>x</mi><mo>)</mo><mo>)</mo><mo>+</mo><mi>x</mi><msup><mrow><mi>sech</mi></mrow>"
      "<mrow><mn>2</mn></mrow></msup><mo>&#x2061;</mo><mo>(</mo><mi>softplus</mi><mo>&#x2061;</mo>"
      "<mo>(</mo><mi>x</mi><mo>)</mo><mo>)</mo><mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo></math>";
  a.kink_convention =
      "Smooth everywhere. f′ is computed from q = eˣ(eˣ + 2) as q/(q + 2) + 4x(q + 1)σ(x)/(q + "
      "2)², "
      "equal to tanh(sp) + x·sech²(sp)·σ(x) without 1 − tanh² cancelling; f′ is exactly 1 in "
      "float64 above x = 40, where the snippet clips x.";
  a.numpy_snippet =
      "def mish(x):\n"
      "    return x * np.tanh(np.log1p(np.exp(x)))\n"
      "\n"
      "def mish_dash(x):\n"
      "    x = np.minimum(x, 40.0)\n"
      "    n = np.exp(x)\n"
      "    q = n * (n + 2)\n"
      "    return q / (q + 2) + n / (1 + n) * 4 * x * (q + 1) / (q + 2) ** 2\n";
  a.value = mish;
  a.derivative = mish_dash;
  return a;
}

}  // namespace act
