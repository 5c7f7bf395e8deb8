#include "activations/registry.h"

#include <algorithm>

namespace act {

// The catalogue, in picker order: one line per activation. Each X(name) is defined in that
// function's (or its family's) file as `Activation name_entry()`.
#define ACT_CATALOGUE(X)                                                       \
  /* Tutorial */                                                               \
  X(sigmoid) X(tanh) X(softsign) X(relu) X(leaky_relu) X(elu) X(selu)         \
  X(softplus) X(softmax)                                                       \
  /* Rectifiers */                                                             \
  X(prelu) X(relu6) X(relu_squared) X(celu) X(squareplus)                      \
  /* Gated */                                                                  \
  X(gelu) X(gelu_tanh) X(silu) X(swish) X(mish) X(hard_swish) X(elish)         \
  /* Sigmoid-like */                                                           \
  X(log_sigmoid) X(hard_sigmoid) X(hard_tanh) X(arctan) X(isru) X(sqnl)        \
  /* Shrinkage */                                                              \
  X(softshrink) X(hardshrink) X(tanhshrink)                                    \
  /* Other */                                                                  \
  X(identity) X(binary_step) X(bent_identity) X(gaussian) X(sinusoid)

#define ACT_DECLARE(name) Activation name##_entry();
ACT_CATALOGUE(ACT_DECLARE)
#undef ACT_DECLARE

const std::vector<Activation>& activations() {
#define ACT_ENTRY(name) name##_entry(),
  static const std::vector<Activation> all{ACT_CATALOGUE(ACT_ENTRY)};
#undef ACT_ENTRY
  return all;
}

const Activation* find_activation(std::string_view id) {
  for (const Activation& fn : activations())
    if (fn.id == id) return &fn;
  return nullptr;
}

namespace {

// The caller's parameters, with defaults for any it left out.
std::vector<Number> with_defaults(const Activation& fn, const std::vector<Number>& params) {
  std::vector<Number> out;
  for (std::size_t i = 0; i < fn.params.size(); ++i)
    out.push_back(i < params.size() ? params[i] : fn.params[i].default_value);
  return out;
}

std::vector<double> as_doubles(const std::vector<Number>& params) {
  std::vector<double> out;
  for (const Number& p : params) out.push_back(p.as_double());
  return out;
}

// NumPy's ufuncs on an int array compute in float64: cast, then map the scalar function.
NdArray map_scalar(ScalarFn f, const NdArray& x, const std::vector<double>& params) {
  NdArray out = NdArray::of_shape(DType::Float64, x.shape);
  const std::vector<double> xs = x.as_double();
  for (std::size_t i = 0; i < xs.size(); ++i) out.f64[i] = f(xs[i], params.data());
  return out;
}

}  // namespace

NdArray evaluate_value(const Activation& fn, const NdArray& x, const std::vector<Number>& params) {
  const std::vector<Number> p = with_defaults(fn, params);
  if (fn.value_array) return fn.value_array(x, p);
  return map_scalar(fn.value, x, as_doubles(p));
}

NdArray evaluate_derivative(const Activation& fn, const NdArray& x,
                            const std::vector<Number>& params) {
  const std::vector<Number> p = with_defaults(fn, params);
  if (fn.derivative_array) return fn.derivative_array(x, p);
  return map_scalar(fn.derivative, x, as_doubles(p));
}

void sample_curve(const Activation& fn, const std::vector<Number>& params, double x0, double x1,
                  std::size_t n, double* xs, double* ys, double* dys) {
  const std::vector<double> p = as_doubles(with_defaults(fn, params));
  for (std::size_t i = 0; i < n; ++i) {
    // The last sample is exactly x1, whatever the rounding of the step.
    const double x = (i + 1 == n && n > 1) ? x1 : x0 + (x1 - x0) * static_cast<double>(i) /
                                                           static_cast<double>(std::max<std::size_t>(n - 1, 1));
    xs[i] = x;
    ys[i] = fn.value(x, p.data());
    dys[i] = fn.derivative(x, p.data());
  }
}

}  // namespace act
