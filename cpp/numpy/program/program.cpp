// read_program: the literal reader first (what parse_array accepts keeps its exact
// array), then the program reader. When both refuse, the message comes from the one
// that understood the text: the literal reader's for text that only uses a literal's
// tokens, the program's otherwise.
#include "numpy/program/program.h"

#include "numpy/parse.h"
#include "numpy/program/evaluator.h"
#include "numpy/program/parser.h"
#include "numpy/program/source.h"
#include "numpy/scalar_names.h"
#include "numpy/utf8.h"

namespace act {

namespace {

using program::Tok;

// True when the text only uses what a literal list uses: numbers, brackets, commas, signs and
// the names parse_array knows (nan, inf, np.inf, np.array...). Its mistakes are the literal
// reader's to explain.
bool literal_tokens_only(std::string_view text) {
  program::TokenStream s(text);
  std::string name;  // a dotted name being read
  auto name_ok = [&]() {
    double v = 0;
    const bool ok = name.empty() || numpy_detail::scalar_name_value(name, v) || numpy_detail::is_array_call_name(name);
    name.clear();
    return ok;
  };
  for (Tok prev = Tok::End;;) {
    const program::Token t = s.next();
    if (t.kind == Tok::Name || (t.kind == Tok::Dot && prev == Tok::Name)) {
      name += text.substr(t.pos, t.end - t.pos);
      prev = t.kind;
      continue;
    }
    if (!name_ok()) return false;
    prev = t.kind;
    switch (t.kind) {
      case Tok::End: return true;
      case Tok::Number: case Tok::LBracket: case Tok::RBracket: case Tok::LParen:
      case Tok::RParen: case Tok::Comma: case Tok::Minus: case Tok::Plus: case Tok::Newline:
        break;
      default: return false;
    }
  }
}

std::string literal_program_source(std::string_view text, const NdArray& value) {
  std::string s = program::literal_source(text);
  if (s.rfind("np.array(", 0) == 0) return "x = " + s + "\n";
  bool single = false;
  if (!s.empty() && (s[0] == '[' || s[0] == '(')) {  // one bracketed item?
    int depth = 0;
    single = true;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '[' || s[i] == '(') ++depth;
      if (s[i] == ']' || s[i] == ')') --depth;
      if (depth == 0 && i + 1 < s.size()) {
        single = false;
        break;
      }
    }
  }
  if (single || value.shape.empty()) return "x = np.array(" + s + ")\n";
  return "x = np.array([" + s + "])\n";
}

}  // namespace

ProgramResult read_program(std::string_view text, const ProgramLimits& limits) {
  ProgramResult r;
  r.seed = limits.default_seed;
  ParsedArray literal = parse_array(text);
  if (literal.ok) {
    r.ok = true;
    r.literal = true;
    r.value = std::move(literal.array);
    r.python_source = literal_program_source(text, r.value);
    return r;
  }
  if (text.size() > limits.max_text) {
    r.error = {"program too long: at most " + std::to_string(limits.max_text) + " bytes", 0};
    return r;
  }
  program::Program prog;
  program::SyntaxError syntax;
  const bool literal_like = literal_tokens_only(text);
  if (!program::parse_program(text, prog, syntax)) {
    if (literal_like) {
      r.error = {literal.error.message, literal.error.column};
    } else {
      r.error = {syntax.message, numpy_detail::column_at(text, syntax.pos)};
    }
    return r;
  }
  program::Evaluator eval(text, prog, limits);
  NdArray value;
  const bool ok = eval.run(value);
  r.operations = eval.env().operations();
  r.uses_random = eval.uses_random();
  r.seeded = eval.seeded_first();
  if (!ok) {
    r.error = literal_like ? ProgramError{literal.error.message, literal.error.column} : eval.env().error();
    return r;
  }
  r.ok = true;
  r.value = std::move(value);
  r.choice = eval.choice();
  bool assigns_x = false;
  for (const auto& s : prog.stmts) assigns_x |= s.kind == program::StmtKind::Assign && s.target == "x";
  r.python_source = program::program_source(prog, assigns_x);
  if (r.uses_random && !r.seeded) r.python_source = "np.random.seed(" + std::to_string(r.seed) + ")\n" + r.python_source;
  return r;
}

}  // namespace act
