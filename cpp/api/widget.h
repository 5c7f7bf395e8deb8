// What the page asks of the core, in one place: read the reader's text, evaluate,
// print as NumPy would. Pure C++, so the native tests see exactly what the page sees.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "activations/registry.h"
#include "core/ndarray.h"
#include "numpy/parse.h"

namespace act {

// Parameter values as the reader typed them, by id: {"leak", "0.1"}. Missing ones take defaults.
using ParamTexts = std::vector<std::pair<std::string, std::string>>;

struct InputError {
  std::string field;       // "x" for the test vector, else the parameter id
  std::string message;     // one line: what is wrong, and where
  std::size_t column = 0;  // 1-based column in the field's text (0 when not about a spot)
};

struct ResolvedParams {
  bool ok = false;
  std::vector<Number> values;  // in the order of Activation::params
  InputError error;
};

struct Evaluation {
  bool ok = false;
  InputError error;
  NdArray x, fx, dfx;
  std::string x_text;    // print(x)
  std::string fx_text;   // print(f(x))
  std::string dfx_text;  // f_dash(x) echoed: its repr
};

ResolvedParams resolve_params(const Activation& fn, const ParamTexts& texts);

// Deprecated (issue 11): the old Widget binding's even sampling, kept until the page has moved
// to Session::curve. n samples of x, f, f' on [x0, x1]; the jumps of f or f' and, for each, six
// values: f(j-), f(j), f(j+), f'(j-), f'(j), f'(j+), taken 1e-9 (relative) either side.
struct EvenSamples {
  bool ok = false;
  InputError error;
  std::vector<double> xs, ys, dys, jumps, jump_sides;
};
EvenSamples even_samples(std::string_view fn_id, const ParamTexts& params, double x0, double x1,
                         std::size_t n);

// The page's messages, shared by evaluate() and Session:
//   a parameter that does not parse: "Leak: <parser message>" at its column;
InputError param_error(const ParamSpec& spec, const ParseError& error);
//   a test vector that does not parse: "column N: <parser message>";
InputError vector_error(const ParseError& error);
//   a vector the page cannot answer as the tutorial's cell would: softmax (f' an n x n Jacobian)
//   of more entries than the page shows, or a dtype whose NumPy snippet raises (a bool array
//   through -x) or computes in a dtype the core does not have (float16: np.tanh of bools).
std::optional<InputError> vector_refused(const Activation& fn, const NdArray& x);
//   the echo of f_dash(x) as the tutorial's cell shows it: its repr, except that for a 0-d x
//   a snippet made of ufuncs gives NumPy a scalar, whose repr is its str (0.25, not array(0.25)).
std::string derivative_echo(const Activation& fn, const NdArray& dfx);
Evaluation evaluate(std::string_view fn_id, const ParamTexts& params, std::string_view x_text);

}  // namespace act
