#include "activations/registry.h"

#include <algorithm>

namespace act {

// The catalogue, in picker order: one line per activation. Each X(name) is defined in that
// function's (or its family's) file as `Activation name_entry()`.
// clang-format off
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
// clang-format on

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

// What NumPy 1.24 gives for each snippet on a float32 or bool array, by function id: eight codes,
// f and f' for a float32 array of one or more dimensions, then for a 0-d float32 array, then for
// a bool array, then a 0-d bool array. 's' float32, 'd' float64, 'i' int64, 'h' float16 (no such
// dtype here; also where a float64 result is computed from a float16 step), 'x' TypeError. The
// default, "ssdddddd", is omitted. Found by running every snippet; check_numpy_snippets.py checks
// this table against NumPy on every run.
struct DtypeRule {
  const char* id;
  const char* codes;
};
constexpr DtypeRule kDtypeRules[] = {
    {"sigmoid", "ssddxxxx"},     {"tanh", "sssdhdhd"},        {"relu", "sidiiiii"},
    {"leaky_relu", "sddddddd"},  {"elu", "ssddhhdd"},         {"selu", "ssdddhdd"},
    {"softmax", "ssssxxxx"},     {"prelu", "sddddddd"},       {"relu6", "sddddddd"},
    {"gelu", "ddddxxxx"},        {"silu", "ssddxxxx"},        {"mish", "sssdhdhd"},
    {"elish", "ssddxxxx"},       {"log_sigmoid", "ssddxxxx"}, {"hard_sigmoid", "sddddddd"},
    {"hard_tanh", "sddddddd"},   {"arctan", "sssdhdhd"},      {"softshrink", "sddddddd"},
    {"hardshrink", "sddddddd"},  {"tanhshrink", "sssdhhhh"},  {"identity", "dddddddd"},
    {"binary_step", "sddddddd"}, {"gaussian", "sssdxxxx"},    {"sinusoid", "sssshhhh"},
};

char dtype_code(const Activation& fn, const NdArray& x, bool derivative) {
  const char* codes = "ssdddddd";
  for (const DtypeRule& r : kDtypeRules)
    if (fn.id == r.id) codes = r.codes;
  const int kind = x.dtype == DType::Float32 ? 0 : x.dtype == DType::Bool ? 4 : -1;
  if (kind < 0) return 'd';
  return codes[kind + (x.ndim() == 0 ? 2 : 0) + (derivative ? 1 : 0)];
}

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

// A float64 result as the float32 array NumPy gives when the rule says so (and, for an array of
// one or more dimensions, every parameter keeps float32 under value-based casting).
NdArray with_float32_rule(const Activation& fn, const NdArray& x, const std::vector<Number>& p,
                          bool derivative, NdArray r) {
  if (x.dtype != DType::Float32 || r.dtype != DType::Float64 ||
      dtype_code(fn, x, derivative) != 's')
    return r;
  if (x.ndim() > 0)
    for (const Number& n : p)
      if (!keeps_float32(n)) return r;
  r.dtype = DType::Float32;
  for (double& v : r.f64) v = round_f32(v);
  return r;
}

}  // namespace

bool numpy_scalar_of_0d(const Activation& fn, bool derivative) {
  // f and f' of a 0-d float64 array, by id: 's' a NumPy scalar, 'a' a 0-d array.
  static constexpr DtypeRule kScalars[] = {
      {"sigmoid", "as"},    {"tanh", "ss"},         {"softsign", "ss"},      {"softmax", "sa"},
      {"relu6", "sa"},      {"relu_squared", "sa"}, {"squareplus", "as"},    {"gelu", "ss"},
      {"gelu_tanh", "as"},  {"silu", "as"},         {"swish", "as"},         {"mish", "ss"},
      {"hard_swish", "sa"}, {"log_sigmoid", "sa"},  {"hard_sigmoid", "sa"},  {"hard_tanh", "sa"},
      {"arctan", "ss"},     {"isru", "ss"},         {"sqnl", "sa"},          {"softshrink", "sa"},
      {"tanhshrink", "ss"}, {"binary_step", "sa"},  {"bent_identity", "ss"}, {"gaussian", "ss"},
      {"sinusoid", "ss"},
  };
  for (const DtypeRule& r : kScalars)
    if (fn.id == r.id) return r.codes[derivative ? 1 : 0] == 's';
  return false;  // np.where throughout: relu, leaky_relu, elu, selu, softplus, ...
}

std::string numpy_refusal(const Activation& fn, const NdArray& x, bool derivative) {
  const char c = dtype_code(fn, x, derivative);
  const std::string what = fn.id + (derivative ? "_dash" : "") + " of a " +
                           (x.ndim() == 0 ? "0-d " : "") + dtype_name(x.dtype) + " array";
  if (c == 'h') return "NumPy computes " + what + " in float16 (float16 is not supported)";
  if (c == 'x')
    return "NumPy refuses " + what + " (TypeError: the snippet negates or subtracts a bool)";
  return "";
}

NdArray evaluate_value(const Activation& fn, const NdArray& x, const std::vector<Number>& params) {
  const std::vector<Number> p = with_defaults(fn, params);
  if (fn.value_array) {
    NdArray r = fn.value_array(x, p);  // the ReLUs apply NumPy's rules themselves
    return fn.vector_valued ? with_float32_rule(fn, x, p, false, std::move(r)) : r;
  }
  return with_float32_rule(fn, x, p, false, map_scalar(fn.value, x, as_doubles(p)));
}

NdArray evaluate_derivative(const Activation& fn, const NdArray& x,
                            const std::vector<Number>& params) {
  const std::vector<Number> p = with_defaults(fn, params);
  if (fn.derivative_array) {
    NdArray r = fn.derivative_array(x, p);
    return fn.vector_valued ? with_float32_rule(fn, x, p, true, std::move(r)) : r;
  }
  return with_float32_rule(fn, x, p, true, map_scalar(fn.derivative, x, as_doubles(p)));
}

void sample_curve(const Activation& fn, const std::vector<Number>& params, double x0, double x1,
                  std::size_t n, double* xs, double* ys, double* dys) {
  const std::vector<double> p = as_doubles(with_defaults(fn, params));
  for (std::size_t i = 0; i < n; ++i) {
    // The last sample is exactly x1, whatever the rounding of the step.
    const double x = (i + 1 == n && n > 1)
                         ? x1
                         : x0 + (x1 - x0) * static_cast<double>(i) /
                                    static_cast<double>(std::max<std::size_t>(n - 1, 1));
    xs[i] = x;
    ys[i] = fn.value(x, p.data());
    dys[i] = fn.derivative(x, p.data());
  }
}

}  // namespace act
