// Mish (Misra 2019): x * tanh(softplus(x)).
#include <cmath>

#include "activations/mathml.h"
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
  using namespace mathml;
  Activation a;
  a.id = "mish";
  a.name = "Mish";
  a.group = "Gated";
  const std::string sp = call("softplus", x());
  a.formula_mathml = math(f_of_x() + x() + call("tanh", sp) + mo(",") + mspace() + sp + mo("=") +
                          call("log", mn("1") + mo("+") + exp_of(x())));
  a.derivative_mathml = math(df_of_x() + call("tanh", sp) + mo("+") + x() +
                             sup(mi("sech"), mn("2")) + mo("&#x2061;") + paren(sp) + mi("σ") + paren(x()));
  a.kink_convention =
      "Smooth everywhere. f′ is computed from q = eˣ(eˣ + 2) as q/(q + 2) + 4x(q + 1)σ(x)/(q + 2)², "
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
