// Walks the lexer's tokens the way parse_array reads them, writing Python instead of values.
// Only ever given accepted text, so it keeps no shapes: it needs to know, per open bracket,
// whether it is a list, a parenthesis (a tuple once it has a comma or a second item), or an
// np.array(...) call, and it writes ", " between items however they were separated.
#include "api/python_source.h"

#include <cmath>
#include <vector>

#include "numpy/lexer.h"
#include "numpy/parse.h"
#include "numpy/scalar_names.h"

namespace act {

namespace {

using numpy_detail::Lexer;
using numpy_detail::Token;
using numpy_detail::TokenKind;

// A scalar from its first token (a sign, a number or a name) on: appends its source.
void scalar_source(Lexer& lex, Token t, std::string& out) {
  const std::string_view text = lex.text();
  bool negative = false;
  while (t.kind == TokenKind::Minus || t.kind == TokenKind::Plus) {
    if (t.kind == TokenKind::Minus) negative = !negative;
    t = lex.next();
  }
  if (t.kind == TokenKind::Number) {
    if (negative) out += '-';
    out.append(text.substr(t.pos, t.end - t.pos));
    return;
  }
  double v = 0;
  numpy_detail::scalar_name_value(text.substr(t.pos, t.end - t.pos), v);
  if (std::isnan(v)) {
    out += negative ? "-np.nan" : "np.nan";  // the sign bit survives, as in the core
    return;
  }
  if (v < 0) {  // np.NINF
    negative = !negative;
    v = -v;
  }
  if (negative) out += '-';
  out += std::isinf(v) ? "np.inf" : v == 3.141592653589793 ? "np.pi" : "np.e";
}

enum class Kind { Top, List, Paren, Call };

struct Frame {
  Kind kind;
  std::size_t count = 0;
  bool comma = false;
};

}  // namespace

namespace python_detail {

std::string array_source_unchecked(std::string_view text) {
  Lexer lex(text);
  std::string out;
  std::vector<Frame> stack{{Kind::Top}};
  for (;;) {
    const Token t = lex.next();
    if (t.kind == TokenKind::End || t.kind == TokenKind::Bad || t.kind == TokenKind::Equals) break;
    if (t.kind == TokenKind::Comma) {
      stack.back().comma = true;
      continue;
    }
    if (t.kind == TokenKind::RBracket || t.kind == TokenKind::RParen) {
      if (stack.size() == 1) break;
      const Frame f = stack.back();
      stack.pop_back();
      if (f.kind == Kind::List) out += ']';
      if (f.kind == Kind::Paren) out += f.count == 1 && f.comma ? ",)" : ")";
      continue;
    }
    // Anything else starts an item of the innermost frame.
    if (stack.back().count++ > 0) out += ", ";
    if (t.kind == TokenKind::LBracket) {
      out += '[';
      stack.push_back({Kind::List});
    } else if (t.kind == TokenKind::LParen) {
      out += '(';
      stack.push_back({Kind::Paren});
    } else if (t.kind == TokenKind::Name &&
               numpy_detail::is_array_call_name(text.substr(t.pos, t.end - t.pos))) {
      lex.next();  // its '('; the call's one argument stands for the call
      stack.push_back({Kind::Call});
    } else {
      scalar_source(lex, t, out);
    }
  }
  const Frame& top = stack.front();
  if (top.count > 1 || top.comma) return "np.array([" + out + "])";  // a bare list: 1-D
  return "np.array(" + out + ")";
}

}  // namespace python_detail

std::optional<std::string> python_array_source(std::string_view text) {
  if (!parse_array(text).ok) return std::nullopt;
  return python_detail::array_source_unchecked(text);
}

std::optional<std::string> python_number_source(std::string_view text) {
  if (!parse_number(text).ok) return std::nullopt;
  Lexer lex(text);
  std::string out;
  scalar_source(lex, lex.next(), out);
  return out;
}

}  // namespace act
