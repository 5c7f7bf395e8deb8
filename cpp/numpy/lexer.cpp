#include "numpy/lexer.h"

#include "numpy/utf8.h"

namespace act::numpy_detail {

namespace {

bool is_name_start(char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9'); }

// The one-character tokens; Bad for any other character.
TokenKind punctuation_kind(char c) {
  switch (c) {
    case '[':
      return TokenKind::LBracket;
    case ']':
      return TokenKind::RBracket;
    case '(':
      return TokenKind::LParen;
    case ')':
      return TokenKind::RParen;
    case ',':
      return TokenKind::Comma;
    case '-':
      return TokenKind::Minus;
    case '+':
      return TokenKind::Plus;
    case '=':
      return TokenKind::Equals;
    default:
      return TokenKind::Bad;
  }
}

}  // namespace

bool Lexer::skip_space() {
  const std::size_t start = pos_;
  while (pos_ < text_.size()) {
    const char c = text_[pos_];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++pos_;
    } else if (c == '#') {  // a Python comment runs to the end of the line
      while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
    } else if (c == '\\' && pos_ + 1 < text_.size() &&
               (text_[pos_ + 1] == '\n' || text_[pos_ + 1] == '\r')) {
      pos_ += 2;  // explicit line continuation
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      const CodePoint cp = decode_utf8(text_, pos_);
      if (!is_unicode_space(cp.value)) break;
      pos_ += cp.bytes;
    } else {
      break;
    }
  }
  return pos_ != start;
}

Token Lexer::next() {
  Token t;
  t.space_before = skip_space();
  t.pos = pos_;
  if (pos_ >= text_.size()) {
    t.kind = TokenKind::End;
    t.end = pos_;
    return t;
  }
  const char c = text_[pos_];
  const TokenKind punctuation = punctuation_kind(c);
  if (punctuation != TokenKind::Bad) {
    t.kind = punctuation;
    t.end = ++pos_;
    return t;
  }
  if (starts_number(text_, pos_)) {
    t.number = scan_number(text_, pos_);
    t.kind = t.number.ok ? TokenKind::Number : TokenKind::Bad;
    t.error = t.number.error;
    t.end = pos_ = t.number.end;
    return t;
  }
  if (is_name_start(c)) {
    std::size_t p = pos_;
    for (;;) {
      while (p < text_.size() && is_name_char(text_[p])) ++p;
      if (p + 1 < text_.size() && text_[p] == '.' && is_name_start(text_[p + 1])) {
        ++p;
        continue;
      }
      break;
    }
    t.kind = TokenKind::Name;
    t.end = pos_ = p;
    return t;
  }
  const CodePoint cp = decode_utf8(text_, pos_);
  if (is_unicode_minus(cp.value)) {
    t.kind = TokenKind::Minus;
    t.end = pos_ += cp.bytes;
    return t;
  }
  t.kind = TokenKind::Bad;
  t.end = pos_ + cp.bytes;
  if (c == '"' || c == '\'') {
    t.error = "text in quotes is not a number";
  } else if (c == '{') {
    t.error = "unexpected '{': use [ ] for lists";
  } else {
    t.error = "unexpected " + describe_char(text_, pos_);
  }
  pos_ = t.end;
  return t;
}

}  // namespace act::numpy_detail
