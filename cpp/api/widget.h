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
#include "numpy/program/program.h"

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
  std::optional<ProgramChoice> choice;  // the program's last catalogue call, which was used
};

ResolvedParams resolve_params(const Activation& fn, const ParamTexts& texts);
Evaluation evaluate(std::string_view fn_id, const ParamTexts& params, std::string_view x_text);

}  // namespace act
