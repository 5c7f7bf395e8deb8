#include "api/widget.h"

#include <algorithm>
#include <cmath>

#include "numpy/format.h"
#include "numpy/parse.h"
#include "numpy/program/program.h"

namespace act {

// Softmax's f'(x) is an n x n Jacobian: past this many entries it would take hundreds of
// megabytes (10^5 entries: 80 GB) and abort the one WASM instance every widget shares.
constexpr std::size_t kMaxVectorValuedEntries = 2000;

InputError param_error(const ParamSpec& spec, const ParseError& error) {
  return {spec.id, spec.label + ": " + error.message, error.column};
}

InputError vector_error(const ParseError& error) {
  return {"x", "column " + std::to_string(error.column) + ": " + error.message, error.column};
}

std::optional<InputError> vector_refused(const Activation& fn, const NdArray& x) {
  if (fn.vector_valued && x.size() > kMaxVectorValuedEntries)
    return InputError{"x",
                      fn.name + " of " + std::to_string(x.size()) +
                          " entries: its derivative is an n × n Jacobian, shown for up to " +
                          std::to_string(kMaxVectorValuedEntries) + " entries",
                      0};
  for (const bool derivative : {false, true}) {
    const std::string why = numpy_refusal(fn, x, derivative);
    if (!why.empty()) return InputError{"x", why + "; .astype(float) reads it as numbers", 0};
  }
  return std::nullopt;
}

ResolvedParams resolve_params(const Activation& fn, const ParamTexts& texts) {
  ResolvedParams out;
  for (const ParamSpec& spec : fn.params) {
    Number value = spec.default_value;
    for (const auto& [id, text] : texts) {
      if (id != spec.id) continue;
      ParsedNumber parsed = parse_number(text);
      if (!parsed.ok) {
        out.error = param_error(spec, parsed.error);
        return out;
      }
      value = parsed.value;
    }
    out.values.push_back(value);
  }
  out.ok = true;
  return out;
}

EvenSamples even_samples(std::string_view fn_id, const ParamTexts& params, double x0, double x1,
                         std::size_t n) {
  EvenSamples out;
  const Activation* fn = find_activation(fn_id);
  if (fn == nullptr) {
    out.error = {"fn", "unknown activation '" + std::string(fn_id) + "'", 0};
    return out;
  }
  const ResolvedParams resolved = resolve_params(*fn, params);
  if (!resolved.ok) {
    out.error = resolved.error;
    return out;
  }
  out.xs.resize(n);
  out.ys.resize(n);
  out.dys.resize(n);
  sample_curve(*fn, resolved.values, x0, x1, n, out.xs.data(), out.ys.data(), out.dys.data());
  std::vector<double> p;
  for (const Number& v : resolved.values) p.push_back(v.as_double());
  if (fn->jumps) out.jumps = fn->jumps(p.data());
  for (double j : out.jumps) {
    const double h = 1e-9 * std::max(1.0, std::fabs(j));
    for (const ScalarFn g : {fn->value, fn->derivative}) {
      out.jump_sides.push_back(g(j - h, p.data()));
      out.jump_sides.push_back(g(j, p.data()));
      out.jump_sides.push_back(g(j + h, p.data()));
    }
  }
  out.ok = true;
  return out;
}

std::string derivative_echo(const Activation& fn, const NdArray& dfx) {
  const bool scalar = dfx.ndim() == 0 && numpy_scalar_of_0d(fn, true);
  return scalar ? array_str(dfx) : array_repr(dfx);
}

Evaluation evaluate(std::string_view fn_id, const ParamTexts& params, std::string_view x_text) {
  Evaluation out;
  // The vector may be a NumPy program (issue 13): read first, since its last catalogue call
  // chooses the function and parameters (applied over the ones given, as the Session does).
  ProgramLimits limits;
  limits.default_seed = text_seed(x_text);
  ProgramResult parsed = read_program(x_text, limits);
  ParamTexts texts = params;
  if (parsed.ok && parsed.choice) {
    fn_id = parsed.choice->fn_id;
    texts.insert(texts.end(), parsed.choice->params.begin(),
                 parsed.choice->params.end());  // later texts win
  }
  const Activation* fn = find_activation(fn_id);
  if (fn == nullptr) {
    out.error = {"fn", "unknown activation '" + std::string(fn_id) + "'", 0};
    return out;
  }
  ResolvedParams resolved = resolve_params(*fn, texts);
  if (!resolved.ok) {
    out.error = resolved.error;
    return out;
  }
  if (!parsed.ok) {
    out.error = vector_error(ParseError{parsed.error.message, parsed.error.column});
    if (parsed.error.column == 0) out.error.message = parsed.error.message;
    return out;
  }
  if (auto refused = vector_refused(*fn, parsed.value)) {
    out.error = *refused;
    return out;
  }
  out.x = std::move(parsed.value);
  out.fx = evaluate_value(*fn, out.x, resolved.values);
  out.dfx = evaluate_derivative(*fn, out.x, resolved.values);
  out.x_text = array_str(out.x);
  out.fx_text = array_str(out.fx);
  out.dfx_text = derivative_echo(*fn, out.dfx);
  out.ok = true;
  return out;
}

}  // namespace act
