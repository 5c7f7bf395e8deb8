// read_program for the page's first-paint core (dist/activations.wasm, issue 13 and issue 11):
// the literal reader alone. It is linked before activation_core's archive (cmake/wasm.cmake),
// so the linker takes read_program and text_seed from here and never pulls the program
// reader (cpp/numpy/program/, cpp/numpy/random/: ~36 KB gzip) into that binary.
//
// What parse_array accepts is read exactly as numpy/program/program.cpp reads it (it tries the
// literal reader first, the same call), and so is a text of only a literal's tokens that it
// refuses (only_literal_tokens: "[[1, 2], [3" while typing). Anything else is not refused here:
// needs_program says
// the text needs the program reader, and the page reads it with the full core
// (activations-programs.wasm), in its worker. Native builds and every test link the full reader.
#include "numpy/parse.h"
#include "numpy/program/program.h"

namespace act {

// Only a program draws random numbers, and this core reads none.
std::uint32_t text_seed(std::string_view /*text*/) { return 0; }

ProgramResult read_program(std::string_view text, const ProgramLimits& limits) {
  ProgramResult r;
  r.seed = limits.default_seed;
  ParsedArray literal = parse_array(text);
  if (!literal.ok && text.size() <= limits.max_text && only_literal_tokens(text)) {
    r.error = {literal.error.message, literal.error.column};  // as program.cpp answers it
    return r;
  }
  if (!literal.ok) {
    r.needs_program = true;  // not an error: the full core reads it (or explains it)
    return r;
  }
  r.ok = true;
  r.literal = true;
  r.value = std::move(literal.array);
  // python_source stays empty: the Session writes a literal's script from the text itself.
  return r;
}

}  // namespace act
