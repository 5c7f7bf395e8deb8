// The program's tokens: Python's, as far as the reader needs them. Reuses the literal
// scanner and the Unicode handling of the list parser (typographic minus signs and spaces,
// comments, line continuations). Newlines inside brackets are spaces, as in Python.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "numpy/number_literal.h"

namespace act::program {

enum class Tok {
  Number,
  Name,
  String,
  LParen,
  RParen,
  LBracket,
  RBracket,
  LBrace,
  RBrace,
  Comma,
  Colon,
  Semicolon,
  Dot,
  Ellipsis,
  Plus,
  Minus,
  Star,
  Slash,
  DoubleSlash,
  Percent,
  DoubleStar,
  At,
  Tilde,
  Assign,
  AugAssign,
  Compare,
  Arrow,
  Newline,
  End,
  Bad
};

struct Token {
  Tok kind = Tok::End;
  std::size_t pos = 0;                 // first byte
  std::size_t end = 0;                 // one past the last byte
  numpy_detail::NumberLiteral number;  // Number
  std::string text;                    // String: its contents; Bad: the message
};

// Tokens one at a time (a program may hold a long literal list: nothing is stored).
class TokenStream {
 public:
  explicit TokenStream(std::string_view text, std::size_t pos = 0) : text_(text), pos_(pos) {}
  Token next();  // after End or Bad, End again
  std::string_view text() const { return text_; }
  int depth() const { return depth_; }  // brackets open
  void seek(std::size_t pos, int depth) { pos_ = pos, depth_ = depth, done_ = false; }

 private:
  void skip_space();
  Token make(Tok kind, std::size_t len);
  Token bad(std::size_t len, std::string message);
  Token string_literal(char quote);
  Token scan();
  char at(std::size_t p) const { return p < text_.size() ? text_[p] : '\0'; }

  std::string_view text_;
  std::size_t pos_ = 0;
  int depth_ = 0;
  bool done_ = false;
};

const char* token_name(Tok kind);
// An operator as Python spells it: "+", "//", "**", "~" ("?" for a token that is none).
const char* operator_text(Tok op);

}  // namespace act::program
