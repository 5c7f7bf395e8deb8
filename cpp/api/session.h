// A Session is everything the page asks of the core for one widget (or one compared
// function): the chosen function, its parameters (each text parsed once, when set), the test
// vector (parsed once, when set) and its printed outputs, curve records for the plots, values
// for the crosshair and the "Copy as NumPy" script. Pure C++: the native tests, the fuzzers and
// the page (through cpp/bindings/embind.cpp, which only marshals) run the same code.
//
// Work is done when something changes, and only what depends on it:
//   set_vector:   parse, evaluate f and f', print the three outputs; curves are not touched.
//   set_param / set_function: re-evaluate and re-print the stored parsed vector (no re-parse).
//   curve / coarse_range / value_at: sample with the current function and parameters.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "activations/registry.h"
#include "api/curve.h"
#include "api/shape.h"
#include "api/widget.h"  // InputError, ParamTexts
#include "core/ndarray.h"
#include "numpy/program/program.h"  // ProgramChoice

namespace act {

class Session {
 public:
  Session();  // ReLU, default parameters, no test vector

  // The function by id. An unknown id records an error for field "fn" and keeps the last good
  // function. Returns whether the id was known.
  bool set_function(std::string_view id);
  // A parameter box's text, by parameter id (e.g. "leak"). Parsed here, once. A bad text records
  // an error for that field; the last good value (else the default) stays in use. Parameters of
  // other functions are kept for when the function changes. Returns whether the text parsed.
  bool set_param(std::string_view id, std::string_view text);
  // Back to the default: forgets the text typed for that parameter.
  void reset_param(std::string_view id);
  // The test vector's text: parsed, evaluated and printed once. A blank text (only whitespace,
  // as JavaScript's trim() sees it) clears the vector without an error. Returns whether the
  // vector is usable (or blank).
  bool set_vector(std::string_view text);
  // The page's main thread reads programs whose arrays stay within `n` elements (0: no budget,
  // the default). A program that would make a bigger array stops before allocating it, with no
  // error and nothing evaluated: needs_worker() says so, and the page reads the text in its
  // worker, whose session has no budget (issue 13). needs_worker() also says so, for any text
  // that is not a plain literal, in a core linked without the program reader (the page's
  // first-paint activations.wasm, numpy/literal_only_reader.cpp): the page reads it with the full
  // core (activations-programs.wasm), in its worker where it can.
  void set_element_budget(std::size_t n) { budget_ = n; }
  bool needs_worker() const { return needs_worker_; }
  // The seed a program that draws without np.random.seed uses: "" for the text's own
  // (text_seed), else a decimal integer 0..2**32-1 (the page draws one per text and keeps it in
  // the URL). It applies from the next set_vector, which reads even an unchanged text again if
  // that text drew with another seed. Returns whether the text was "" or a valid seed (else the
  // text's own seed is used).
  bool set_seed(std::string_view text);
  // The seed the vector's program drew with because it did not seed itself, in decimal; "" when
  // it draws nothing, seeds itself first, or is not a program.
  std::string drawn_seed() const;

  const Activation& function() const { return *fn_; }
  // The parameters in use, in the order of function().params (defaults where none was typed).
  const std::vector<Number>& param_values() const { return values_; }
  std::vector<double> param_doubles() const;

  // The outputs of the last evaluation; evaluated() is false when there is no vector, it did not
  // parse, or it cannot be evaluated (softmax of a huge vector).
  bool evaluated() const { return evaluated_; }
  const std::string& x_text() const { return x_text_; }      // print(x)
  const std::string& fx_text() const { return fx_text_; }    // print(f(x))
  const std::string& dfx_text() const { return dfx_text_; }  // repr(f_dash(x))
  const NdArray& x() const { return parsed_; }
  const NdArray& fx() const { return fx_; }
  const NdArray& dfx() const { return dfx_; }
  // The same arrays as float64 (for the plots' markers), flattened.
  const std::vector<double>& x_values() const { return x_values_; }
  const std::vector<double>& fx_values() const { return fx_values_; }
  const std::vector<double>& dfx_values() const { return dfx_values_; }

  // Every current error: the function's, then each parameter's of the current function (in its
  // order), then the test vector's. Messages are the ones the page has always shown.
  std::vector<InputError> errors() const;
  std::optional<InputError> first_error() const;

  YRange coarse_range(Plot plot, double x0, double x1) const;
  CurveRecord curve(Plot plot, const CurveView& view) const;
  std::pair<double, double> value_at(double x) const;  // f(x), f'(x)
  // The curve's shape as facts (pieces, jumps and kinks, limits), for its text description.
  CurveShape shape(Plot plot) const;
  // The tangent to f at the crosshair's x, snapped to a kink or jump of f within `snap` of x.
  Tangent tangent_at(double x, double snap) const;

  // The whole "Copy as NumPy" script: the definitions, x as typed (in Python), and prints of
  // x, f(x, params as typed) and repr(f_dash(x, ...)), so that it prints every output both when
  // pasted into a notebook cell and when run as a file.
  std::string python_script() const;

  // The function and parameter texts a program typed as the test vector chose: its last
  // catalogue call (issue 13). set_vector has already applied them; the page's controls follow.
  const std::optional<ProgramChoice>& program_choice() const { return choice_; }

  // How many times the vector text was parsed, and evaluated (for tests of "parsed once").
  std::size_t vector_parses() const { return vector_parses_; }
  std::size_t evaluations() const { return evaluations_; }

 private:
  struct Param {
    std::string id;
    std::string text;            // last text set
    std::optional<Number> good;  // last value that parsed
    std::optional<std::string> good_text;
    std::optional<ParseError> error;  // when `text` did not parse
  };

  void resolve();                           // values_ from the current function's specs and params_
  void read_vector(std::string_view text);  // set_vector's work, without its "unchanged" check
  void evaluate();                          // outputs from the stored vector

  const Activation* fn_;
  std::optional<InputError> fn_error_;
  Param* find_param(std::string_view id);
  const Param* find_param(std::string_view id) const;

  std::vector<Param> params_;  // a handful: a list, not a map (less code in the page's binary)
  std::vector<Number> values_;

  std::string vector_text_;
  bool has_vector_ = false;  // a non-blank text that parsed
  NdArray parsed_;
  std::optional<InputError> vector_error_;  // it did not parse
  std::optional<InputError> refused_;       // it parsed, but the function cannot show it
  std::optional<ProgramChoice> choice_;     // what a program chose (issue 13)
  bool literal_ = true;                     // the vector was a literal, not a program
  std::string program_source_;              // the program, normalised (x assigned)
  std::vector<std::string> program_functions_;
  std::size_t budget_ = 0;                   // main-thread element budget (0: none)
  bool needs_worker_ = false;                // the last text stopped at the budget
  std::optional<std::uint32_t> seed_;        // set_seed's, else text_seed(text)
  std::optional<std::uint32_t> drawn_seed_;  // the seed the program drew with, unseeded

  bool evaluated_ = false;
  NdArray fx_, dfx_;
  std::string x_text_, fx_text_, dfx_text_;
  std::vector<double> x_values_, fx_values_, dfx_values_;
  std::size_t vector_parses_ = 0, evaluations_ = 0;
};

// JavaScript's String.prototype.trim() would leave nothing (the page's "empty box").
bool is_blank(std::string_view text);

}  // namespace act
