// The one list of every activation the widget offers. The page builds its picker,
// parameter controls, formulas and conventions from it: adding a function touches
// one file plus one line in registry.cpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/ndarray.h"

namespace act {

struct ParamSpec {
  std::string id;     // URL and attribute name, e.g. "leak"
  std::string label;  // accessible name of its control, e.g. "Leak"
  Number default_value;
  double min = 0, max = 1,
         step = 0.01;  // the slider's range; the number box accepts any finite value
};

using ScalarFn = double (*)(double x, const double* params);
using ArrayFn = NdArray (*)(const NdArray& x, const std::vector<Number>& params);

struct Activation {
  std::string id;     // "relu", "leaky_relu", "sigmoid", ...
  std::string name;   // "Leaky ReLU"
  std::string group;  // picker group, e.g. "Tutorial", "Rectifiers", "Smooth", "Sigmoid-like"
  std::string formula_mathml;     // <math> for f(x)
  std::string derivative_mathml;  // <math> for f'(x)
  std::string kink_convention;    // sentence shown in the UI, e.g. "At x = 0 the x <= 0 branch is
                                  // taken: f(0) = 0, f'(0) = leak."
  std::string numpy_snippet;      // "def f(x, ...): return np.where(...)\ndef f_dash(...): ..."
  std::vector<ParamSpec> params;
  ScalarFn value = nullptr;       // f(x) for one float64
  ScalarFn derivative = nullptr;  // f'(x) for one float64
  // Whole-array forms, for functions whose NumPy dtype rules differ from "float64 in, float64 out"
  // (ReLU keeps int arrays int). Null means: cast to float64 and map `value`/`derivative`.
  ArrayFn value_array = nullptr;
  ArrayFn derivative_array = nullptr;
  // Points where f or f' jumps, for drawing gaps (the function takes its value at the point
  // itself).
  std::vector<double> (*jumps)(const double* params) = nullptr;
  // Every point where the formula changes branch (a superset of jumps): f or a derivative may be
  // non-smooth there, so numerical differentiation keeps away from them. Null means none.
  std::vector<double> (*breakpoints)(const double* params) = nullptr;
  // Softmax: f maps the whole (flattened) array to an array of the same shape and f' is the n x n
  // Jacobian (value_array/derivative_array do this). value/derivative, for the curve, are the
  // first component of softmax([x, 0]), which is sigmoid(x), and its slope.
  bool vector_valued = false;
};

const std::vector<Activation>& activations();
const Activation* find_activation(std::string_view id);

// f(x) and f'(x) over a whole array, honouring value_array/derivative_array.
NdArray evaluate_value(const Activation& fn, const NdArray& x, const std::vector<Number>& params);
NdArray evaluate_derivative(const Activation& fn, const NdArray& x,
                            const std::vector<Number>& params);

// float32 and bool inputs follow the dtype NumPy's own snippet gives (checked by
// tests/catalogue/check_numpy_snippets.py): a float32 array gives float32 for most functions
// (computed in float64, then rounded to float32) and float64 where the snippet builds the result
// from Python scalars (np.where(x <= 0, a, 1.0)) or goes through float64; a Python parameter too
// big for float32 (value-based casting, keeps_float32) makes it float64. A bool array is read as
// 0/1 and gives float64 (int64 for the tutorial's ReLU with an int leak). Where NumPy gives a
// dtype the core does not have (float16: np.tanh of a bool array) or refuses the snippet
// (TypeError: -x of a bool array), numpy_refusal() says so, and the program evaluator refuses it;
// evaluate_* then still returns the float64 values.
std::string numpy_refusal(const Activation& fn, const NdArray& x, bool derivative);

// Whether the function's NumPy snippet, given a 0-d array, returns a NumPy scalar (its ufuncs
// and arithmetic do) rather than a 0-d array (np.where does): repr() then prints 0.25, not
// array(0.25). Found by running every snippet under NumPy 1.24.
bool numpy_scalar_of_0d(const Activation& fn, bool derivative);

// n evenly spaced samples on [x0, x1] of x, f(x), f'(x) into caller-owned buffers.
void sample_curve(const Activation& fn, const std::vector<Number>& params, double x0, double x1,
                  std::size_t n, double* xs, double* ys, double* dys);

}  // namespace act
