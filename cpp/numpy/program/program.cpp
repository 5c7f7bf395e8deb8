// read_program: the literal reader first (what parse_array accepts keeps its exact
// array), then the program reader. When both refuse, the message comes from the one
// that understood the text: the literal reader's for text that only uses a literal's
// tokens, the program's otherwise.
#include "numpy/program/program.h"

#include "activations/registry.h"
#include "numpy/parse.h"
#include "numpy/program/evaluator.h"
#include "numpy/program/parser.h"
#include "numpy/program/source.h"
#include "numpy/random/random_state.h"
#include "numpy/scalar_names.h"
#include "numpy/utf8.h"

namespace act {

namespace {

using program::Tok;

// Whether the text shows a program's intent: a call of a function only programs have
// (np.linspace(, relu(, print(...), a method or attribute of an array (.reshape, .T), an
// assignment, `import numpy`, `def`, a comprehension, or arithmetic on a value. When both
// readers refuse a text, the program reader explains one that does; the literal reader (with
// the messages it has always given) any other.
bool looks_like_program(std::string_view text) {
  static const char* const methods[] = {"reshape", "T",      "ravel",     "flatten", "astype",
                                        "shape",   "copy",   "transpose", "size",    "ndim",
                                        "dtype",   "random", "newaxis"};
  program::TokenStream s(text);
  std::vector<program::Token> window;  // the tokens of the current dotted name
  std::string name;
  Tok prev = Tok::End, before_name = Tok::Newline;
  int depth = 0;
  bool at_statement_start = true, statement_starts_with_name = false;
  for (;;) {
    const program::Token t = s.next();
    const std::string_view word = text.substr(t.pos, t.end - t.pos);
    if (t.kind == Tok::Name && prev == Tok::Dot &&
        (before_name == Tok::RParen || before_name == Tok::RBracket || !name.empty())) {
      for (const char* m : methods) {
        if (word == m) return true;
      }
    }
    if (t.kind == Tok::Name && prev != Tok::Dot) {
      if (name.empty() || prev != Tok::Dot) before_name = prev;
      name = word;
    } else if (t.kind == Tok::Name) {
      name += "." + std::string(word);
    }
    // Arithmetic on what can only be a value: 2 ** 10, np.arange(3) * 2, [1] - x.
    const bool operand_end = prev == Tok::RParen || prev == Tok::RBracket;
    if (t.kind == Tok::Star || t.kind == Tok::Slash || t.kind == Tok::DoubleSlash ||
        t.kind == Tok::Percent || t.kind == Tok::DoubleStar || t.kind == Tok::At) {
      if (operand_end || prev == Tok::Number) return true;
    }
    if ((t.kind == Tok::Plus || t.kind == Tok::Minus) && operand_end) return true;
    if (t.kind == Tok::AugAssign) return true;
    if (t.kind == Tok::Name && depth > 0 && word == "for") return true;  // a comprehension
    if (t.kind == Tok::Name &&
        (prev == Tok::Minus || prev == Tok::Plus)) {  // -np.array(...), -np.pi
      const program::Token next = program::TokenStream(text, t.end).next();
      if ((word == "np" || word == "numpy") && next.kind == Tok::Dot) return true;
    }
    if (t.kind == Tok::LParen && prev == Tok::Name) {
      const std::string_view n = name;
      static const char* const builtins[] = {"range", "len", "list",  "sum", "abs",
                                             "min",   "max", "round", "zip", "enumerate"};
      for (const char* b : builtins) {
        if (n == b) return true;
      }
      const bool numpy = n.rfind("np.", 0) == 0 || n.rfind("numpy.", 0) == 0;
      if ((numpy && !numpy_detail::is_array_call_name(n)) || n == "print" || n == "float" ||
          n == "int" || n == "bool" || find_activation(n) != nullptr ||
          (n.size() > 5 && n.substr(n.size() - 5) == "_dash" &&
           find_activation(n.substr(0, n.size() - 5)) != nullptr)) {
        return true;
      }
    }
    if (t.kind == Tok::Assign && depth == 0 && statement_starts_with_name) return true;
    if (depth == 0 && (t.kind == Tok::Newline || t.kind == Tok::Semicolon)) {
      at_statement_start = true;
    } else if (at_statement_start) {
      statement_starts_with_name = t.kind == Tok::Name;
      at_statement_start = false;
    } else if (t.kind == Tok::Compare) {
      statement_starts_with_name = false;
    }
    if (t.kind == Tok::Name && prev != Tok::Dot &&
        (before_name == Tok::Newline || before_name == Tok::End || before_name == Tok::Semicolon) &&
        (word == "def" || word == "from" || word == "import")) {
      const program::Token next = program::TokenStream(text, t.end).next();
      if (word == "def" || next.kind == Tok::Name) return true;
    }
    if (t.kind == Tok::LParen || t.kind == Tok::LBracket || t.kind == Tok::LBrace) ++depth;
    if ((t.kind == Tok::RParen || t.kind == Tok::RBracket || t.kind == Tok::RBrace) && depth > 0)
      --depth;
    if (t.kind != Tok::Name && t.kind != Tok::Dot) name.clear();
    if (t.kind == Tok::End || t.kind == Tok::Bad) return false;
    prev = t.kind;
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

std::uint32_t text_seed(std::string_view text) {
  std::uint64_t h = 14695981039346656037ull;  // FNV-1a over the bytes, then NumPy-side mixing
  for (const char ch : text) h = (h ^ static_cast<unsigned char>(ch)) * 1099511628211ull;
  return numpy_random::draw_seed(h);
}

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
  if (only_literal_tokens(text)) {  // the first-paint core answers this without us: the same way
    r.error = {literal.error.message, literal.error.column};
    return r;
  }
  program::Program prog;
  program::SyntaxError syntax;
  const bool literal_like = !looks_like_program(text);
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
    r.over_budget = eval.env().over_budget();
    r.error = literal_like ? ProgramError{literal.error.message, literal.error.column}
                           : eval.env().error();
    return r;
  }
  r.ok = true;
  r.value = std::move(value);
  r.choice = eval.choice();
  for (const std::string& called : eval.called()) {
    const bool dash = find_activation(called) == nullptr;
    const std::string id = dash ? called.substr(0, called.size() - 5) : called;
    bool seen = false;
    for (const std::string& f : r.functions) seen |= f == id;
    if (!seen) r.functions.push_back(id);
  }
  bool assigns_x = false;
  for (const auto& s : prog.stmts) {
    if (s.kind != program::StmtKind::Assign) continue;
    assigns_x |= s.target == "x";
    for (const std::string& t : s.more_targets) assigns_x |= t == "x";
  }
  r.python_source = program::program_source(prog, assigns_x);
  if (eval.value_from_sequence()) r.python_source += "x = np.array(x)\n";  // as the widget reads it
  if (r.uses_random && !r.seeded)
    r.python_source = "np.random.seed(" + std::to_string(r.seed) + ")\n" + r.python_source;
  return r;
}

}  // namespace act
