// parse_number: one Python scalar, as a parameter box holds it ("0" int, "0.1" float).
#include <cstdint>

#include "numpy/lexer.h"
#include "numpy/parse.h"
#include "numpy/scalar_names.h"
#include "numpy/utf8.h"

namespace act {

namespace {

using numpy_detail::Lexer;
using numpy_detail::Token;
using numpy_detail::TokenKind;

ParsedNumber number_error(std::string_view text, std::size_t pos, std::string message) {
  ParsedNumber r;
  r.error.message = std::move(message);
  r.error.column = numpy_detail::column_at(text, pos);
  return r;
}

}  // namespace

ParsedNumber parse_number(std::string_view text) {
  Lexer lex(text);
  Token t = lex.next();
  if (t.kind == TokenKind::End) return number_error(text, 0, "empty: type a number such as 0.1");
  const std::size_t start = t.pos;
  bool negative = false;
  while (t.kind == TokenKind::Minus || t.kind == TokenKind::Plus) {
    if (t.kind == TokenKind::Minus) negative = !negative;
    t = lex.next();
  }
  Number value;
  if (t.kind == TokenKind::Bad) return number_error(text, t.pos, t.error);
  if (t.kind == TokenKind::Number) {
    const auto& n = t.number;
    if (n.is_float) {
      value = Number::from_double(negative ? -n.value : n.value);
    } else if (!n.overflow && !negative && n.magnitude <= static_cast<std::uint64_t>(INT64_MAX)) {
      value = Number::from_int(static_cast<std::int64_t>(n.magnitude));
    } else if (!n.overflow && negative &&
               n.magnitude <= static_cast<std::uint64_t>(INT64_MAX) + 1) {
      value = Number::from_int(static_cast<std::int64_t>(0 - n.magnitude));
    } else {
      return number_error(
          text, start,
          "integer does not fit in int64 (from -9223372036854775808 to 9223372036854775807)");
    }
  } else if (t.kind == TokenKind::Name) {
    const std::string_view name = text.substr(t.pos, t.end - t.pos);
    double v = 0;
    if (!numpy_detail::scalar_name_value(name, v))
      return number_error(text, t.pos, "unknown name '" + numpy_detail::shorten(name) + "'");
    value = Number::from_double(negative ? -v : v);
  } else if (t.kind == TokenKind::End) {
    return number_error(text, start, "expected a number after the sign");
  } else {
    return number_error(text, t.pos, "expected a single number");
  }
  const Token rest = lex.next();
  if (rest.kind != TokenKind::End)
    return number_error(text, rest.pos, "expected a single number; unexpected text after it");
  ParsedNumber r;
  r.ok = true;
  r.value = value;
  return r;
}

}  // namespace act
