#include "api/widget.h"

#include "numpy/format.h"
#include "numpy/parse.h"
#include "numpy/program/program.h"

namespace act {

// Softmax's f'(x) is an n x n Jacobian: past this many entries it would take hundreds of
// megabytes (10^5 entries: 80 GB) and abort the one WASM instance every widget shares.
constexpr std::size_t kMaxVectorValuedEntries = 2000;

ResolvedParams resolve_params(const Activation& fn, const ParamTexts& texts) {
  ResolvedParams out;
  for (const ParamSpec& spec : fn.params) {
    Number value = spec.default_value;
    for (const auto& [id, text] : texts) {
      if (id != spec.id) continue;
      ParsedNumber parsed = parse_number(text);
      if (!parsed.ok) {
        out.error = {spec.id, spec.label + ": " + parsed.error.message, parsed.error.column};
        return out;
      }
      value = parsed.value;
    }
    out.values.push_back(value);
  }
  out.ok = true;
  return out;
}

Evaluation evaluate(std::string_view fn_id, const ParamTexts& params, std::string_view x_text) {
  Evaluation out;
  // The test vector may be a NumPy program (issue 13); its last catalogue call, if any, picks
  // the function and the parameters shown.
  ProgramResult program = read_program(x_text);
  if (!program.ok) {
    out.error = {"x", "column " + std::to_string(program.error.column) + ": " + program.error.message,
                 program.error.column};
    if (program.error.column == 0) out.error.message = program.error.message;
    return out;
  }
  ParamTexts chosen_params = params;
  if (program.choice) {
    fn_id = program.choice->fn_id;
    chosen_params = program.choice->params;
    out.choice = program.choice;
  }
  const Activation* fn = find_activation(fn_id);
  if (fn == nullptr) {
    out.error = {"fn", "unknown activation '" + std::string(fn_id) + "'", 0};
    return out;
  }
  ResolvedParams resolved = resolve_params(*fn, chosen_params);
  if (!resolved.ok) {
    out.error = resolved.error;
    return out;
  }
  if (fn->vector_valued && program.value.size() > kMaxVectorValuedEntries) {
    out.error = {"x", fn->name + " of " + std::to_string(program.value.size()) +
                          " entries: its derivative is an n × n Jacobian, shown for up to " +
                          std::to_string(kMaxVectorValuedEntries) + " entries",
                 0};
    return out;
  }
  out.x = std::move(program.value);
  out.fx = evaluate_value(*fn, out.x, resolved.values);
  out.dfx = evaluate_derivative(*fn, out.x, resolved.values);
  out.x_text = array_str(out.x);
  out.fx_text = array_str(out.fx);
  out.dfx_text = array_repr(out.dfx);
  out.ok = true;
  return out;
}

}  // namespace act
