#include "activations/softmax.h"

#include <cmath>
#include <limits>
#include <vector>

#include "activations/numpy_semantics.h"
#include "activations/registry.h"

namespace act {

double numpy_pairwise_sum(const double* a, std::size_t n) {
  if (n < 8) {
    double res = 0.;
    for (std::size_t i = 0; i < n; ++i) res += a[i];
    return res;
  }
  if (n <= 128) {  // PW_BLOCKSIZE: eight running sums, then a fixed tree
    double r[8];
    for (std::size_t j = 0; j < 8; ++j) r[j] = a[j];
    std::size_t i = 8;
    for (; i < n - (n % 8); i += 8)
      for (std::size_t j = 0; j < 8; ++j) r[j] += a[i + j];
    double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; ++i) res += a[i];
    return res;
  }
  std::size_t n2 = n / 2;
  n2 -= n2 % 8;
  return numpy_pairwise_sum(a, n2) + numpy_pairwise_sum(a + n2, n - n2);
}

namespace {

// The flattened softmax vector.
std::vector<double> softmax_vector(const NdArray& x) {
  std::vector<double> e = x.as_double();
  if (e.empty()) return e;
  double m = e[0];
  for (double v : e) {
    if (std::isnan(v)) {  // np.max propagates NaN
      m = v;
      break;
    }
    if (v > m) m = v;
  }
  if (m == std::numeric_limits<double>::infinity()) {
    double count = 0;
    for (double v : e) count += (v == m);
    for (double& v : e) v = (v == m) ? 1 / count : 0.0;
    return e;
  }
  for (double& v : e) v = std::exp(v - m);
  const double total = numpy_pairwise_sum(e.data(), e.size());
  for (double& v : e) v = v / total;
  return e;
}

NdArray softmax_array(const NdArray& x, const std::vector<Number>&) { return softmax(x); }
NdArray jacobian_array(const NdArray& x, const std::vector<Number>&) { return softmax_jacobian(x); }

// The curve: softmax([x, 0])[0] = e^x / (e^x + 1) = sigmoid(x), and its slope.
double first_of_pair(double x, const double*) { return np::logistic(x); }
double first_of_pair_dash(double x, const double*) { return np::logistic_slope(x); }

}  // namespace

NdArray softmax(const NdArray& x) {
  NdArray out = NdArray::of_shape(DType::Float64, x.shape);
  out.f64 = softmax_vector(x);
  return out;
}

NdArray softmax_jacobian(const NdArray& x) {
  const std::vector<double> s = softmax_vector(x);
  const std::size_t n = s.size();
  NdArray out = NdArray::of_shape(DType::Float64, {n, n});
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      out.f64[i * n + j] = (i == j ? s[i] : 0.0) - s[i] * s[j];  // np.diagflat(s) - s @ s.T
  return out;
}

Activation softmax_entry() {
  Activation a;
  a.id = "softmax";
  a.name = "Softmax";
  a.group = "Tutorial";
  // s_i = e^(x_i) / ∑_k e^(x_k)
  a.formula_mathml =
      "<math display=\"block\"><msub><mi>s</mi><mi>i</mi></msub><mo>=</mo>"
      "<mfrac><mrow><msup><mrow><mi>e</mi></mrow><mrow><msub><mi>x</mi><mi>i</mi></msub></mrow></"
      "msup>"
      "</mrow><mrow><munder><mo>∑</mo><mi>k</mi></munder><msup><mrow><mi>e</mi></mrow><mrow><msub>"
      "<mi>x</mi><mi>k</mi></msub></mrow></msup></mrow></mfrac></math>";
  // ∂s_i/∂x_j = s_i (δ_ij − s_j)
  a.derivative_mathml =
      "<math display=\"block\"><mfrac><mrow><mo>∂</mo><msub><mi>s</mi><mi>i</mi></msub></mrow>"
      "<mrow><mo>∂</mo><msub><mi>x</mi><mi>j</mi></msub></mrow></mfrac><mo>=</mo><msub><mi>s</mi>"
      "<mi>i</mi></msub><mo>(</mo><msub><mi>δ</mi><mi>ij</mi></msub><mo>−</mo><msub><mi>s</mi>"
      "<mi>j</mi></msub><mo>)</mo></math>";
  a.kink_convention =
      "Vector-valued: f(x) is the softmax of all entries of x together (flattened), in x's "
      "shape, and f′(x) is its n × n Jacobian diag(s) − s sᵀ. The curve plots the first entry "
      "of softmax([x, 0]), which is sigmoid(x), and its slope. Smooth everywhere; +inf entries "
      "share the whole weight (the limit), and a NaN anywhere makes every entry NaN.";
  a.numpy_snippet =
      "def softmax(x):\n"
      "    e = np.exp(x - np.max(x))\n"
      "    return e / np.sum(e)\n"
      "\n"
      "def softmax_dash(x):\n"
      "    s = softmax(x).reshape(-1, 1)\n"
      "    return np.diagflat(s) - s @ s.T\n";
  a.value = first_of_pair;
  a.derivative = first_of_pair_dash;
  a.value_array = softmax_array;
  a.derivative_array = jacobian_array;
  a.vector_valued = true;
  return a;
}

}  // namespace act
