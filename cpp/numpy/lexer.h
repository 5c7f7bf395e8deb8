// Splits a test vector into tokens. Whitespace, comments and the typographic
// spaces and minus signs that blogs produce are handled here.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "numpy/number_literal.h"

namespace act::numpy_detail {

enum class TokenKind {
  Number,
  Name,
  LBracket,
  RBracket,
  LParen,
  RParen,
  Comma,
  Minus,
  Plus,
  Equals,
  End,
  Bad
};

struct Token {
  TokenKind kind = TokenKind::End;
  std::size_t pos = 0;        // first byte
  std::size_t end = 0;        // one past the last byte
  bool space_before = false;  // whitespace (or a comment) separates it from the previous token
  NumberLiteral number;       // for Number
  std::string error;          // for Bad
};

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}
  Token next();
  std::string_view text() const { return text_; }

 private:
  bool skip_space();  // returns whether anything was skipped
  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace act::numpy_detail
