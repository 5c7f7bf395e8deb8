#include "numpy/program/tokens.h"

#include "numpy/utf8.h"

namespace act::program {

namespace {

using numpy_detail::decode_utf8;

bool is_name_start(char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9'); }

}  // namespace

void TokenStream::skip_space() {
  while (pos_ < text_.size()) {
    const char c = text_[pos_];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || (c == '\n' && depth_ > 0)) {
      ++pos_;
    } else if (c == '#') {
      while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
    } else if (c == '\\' && (at(pos_ + 1) == '\n' || at(pos_ + 1) == '\r')) {
      pos_ += 2;
      if (at(pos_ - 1) == '\r' && at(pos_) == '\n') ++pos_;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      const auto cp = decode_utf8(text_, pos_);
      if (!numpy_detail::is_unicode_space(cp.value)) return;
      pos_ += cp.bytes;
    } else {
      return;
    }
  }
}

Token TokenStream::make(Tok kind, std::size_t len) {
  Token t;
  t.kind = kind;
  t.pos = pos_;
  t.end = pos_ += len;
  return t;
}

Token TokenStream::bad(std::size_t len, std::string message) {
  Token t = make(Tok::Bad, len);
  t.text = std::move(message);
  return t;
}

Token TokenStream::string_literal(char quote) {
  const std::size_t start = pos_;
  std::size_t p = pos_ + 1;
  std::string contents;
  while (p < text_.size() && text_[p] != quote && text_[p] != '\n') {
    if (text_[p] == '\\') return bad(1, "escapes in strings are not supported");
    contents += text_[p++];
  }
  if (p >= text_.size() || text_[p] != quote) return bad(1, "this string is never closed");
  Token t = make(Tok::String, p + 1 - start);
  t.text = std::move(contents);
  return t;
}

Token TokenStream::scan() {
  if (pos_ >= text_.size()) return make(Tok::End, 0);
  const char c = text_[pos_];
  const char d = at(pos_ + 1);
  switch (c) {
    case '\n':
      return make(Tok::Newline, 1);
    case '(':
      ++depth_;
      return make(Tok::LParen, 1);
    case '[':
      ++depth_;
      return make(Tok::LBracket, 1);
    case '{':
      ++depth_;
      return make(Tok::LBrace, 1);
    case ')':
      if (depth_) --depth_;
      return make(Tok::RParen, 1);
    case ']':
      if (depth_) --depth_;
      return make(Tok::RBracket, 1);
    case '}':
      if (depth_) --depth_;
      return make(Tok::RBrace, 1);
    case ',':
      return make(Tok::Comma, 1);
    case ';':
      return make(Tok::Semicolon, 1);
    case ':':
      return make(d == '=' ? Tok::AugAssign : Tok::Colon, d == '=' ? 2 : 1);
    case '~':
      return make(Tok::Tilde, 1);
    case '@':
      return make(d == '=' ? Tok::AugAssign : Tok::At, d == '=' ? 2 : 1);
    case '"':
    case '\'':
      return string_literal(c);
    case '=':
      return make(d == '=' ? Tok::Compare : Tok::Assign, d == '=' ? 2 : 1);
    case '!':
      if (d == '=') return make(Tok::Compare, 2);
      break;
    case '<':
    case '>':
      if (d == c)
        return make(at(pos_ + 2) == '=' ? Tok::AugAssign : Tok::Compare,
                    at(pos_ + 2) == '=' ? 3 : 2);
      return make(Tok::Compare, d == '=' ? 2 : 1);
    case '&':
    case '|':
    case '^':
      return make(d == '=' ? Tok::AugAssign : Tok::Compare, d == '=' ? 2 : 1);
    case '+':
      return make(d == '=' ? Tok::AugAssign : Tok::Plus, d == '=' ? 2 : 1);
    case '-':
      if (d == '>') return make(Tok::Arrow, 2);
      return make(d == '=' ? Tok::AugAssign : Tok::Minus, d == '=' ? 2 : 1);
    case '%':
      return make(d == '=' ? Tok::AugAssign : Tok::Percent, d == '=' ? 2 : 1);
    case '*':
      if (d == '*')
        return make(at(pos_ + 2) == '=' ? Tok::AugAssign : Tok::DoubleStar,
                    at(pos_ + 2) == '=' ? 3 : 2);
      return make(d == '=' ? Tok::AugAssign : Tok::Star, d == '=' ? 2 : 1);
    case '/':
      if (d == '/')
        return make(at(pos_ + 2) == '=' ? Tok::AugAssign : Tok::DoubleSlash,
                    at(pos_ + 2) == '=' ? 3 : 2);
      return make(d == '=' ? Tok::AugAssign : Tok::Slash, d == '=' ? 2 : 1);
    case '.':
      if (d == '.' && at(pos_ + 2) == '.') return make(Tok::Ellipsis, 3);
      if (!numpy_detail::starts_number(text_, pos_)) return make(Tok::Dot, 1);
      break;
    default:
      break;
  }
  if (numpy_detail::starts_number(text_, pos_)) {
    Token t;
    t.pos = pos_;
    t.number = numpy_detail::scan_number(text_, pos_);
    t.kind = t.number.ok ? Tok::Number : Tok::Bad;
    t.text = t.number.error;
    t.end = pos_ = t.number.end;
    return t;
  }
  if (is_name_start(c)) {
    std::size_t p = pos_;
    while (p < text_.size() && is_name_char(text_[p])) ++p;
    if (p < text_.size() && (text_[p] == '"' || text_[p] == '\'') && p - pos_ <= 2) {
      return bad(p - pos_, "string prefixes are not supported");
    }
    return make(Tok::Name, p - pos_);
  }
  const auto cp = decode_utf8(text_, pos_);
  if (numpy_detail::is_unicode_minus(cp.value)) return make(Tok::Minus, cp.bytes);
  if (cp.value == 0x00D7) return make(Tok::Star, cp.bytes);  // the multiplication sign blogs render
  return bad(cp.bytes, "unexpected " + numpy_detail::describe_char(text_, pos_));
}

Token TokenStream::next() {
  if (done_) return make(Tok::End, 0);
  skip_space();
  Token t = scan();
  done_ = t.kind == Tok::End || t.kind == Tok::Bad;
  return t;
}

const char* token_name(Tok kind) {
  switch (kind) {
    case Tok::Number:
      return "a number";
    case Tok::Name:
      return "a name";
    case Tok::String:
      return "a string";
    case Tok::LParen:
      return "'('";
    case Tok::RParen:
      return "')'";
    case Tok::LBracket:
      return "'['";
    case Tok::RBracket:
      return "']'";
    case Tok::LBrace:
      return "'{'";
    case Tok::RBrace:
      return "'}'";
    case Tok::Comma:
      return "','";
    case Tok::Colon:
      return "':'";
    case Tok::Semicolon:
      return "';'";
    case Tok::Dot:
      return "'.'";
    case Tok::Ellipsis:
      return "'...'";
    case Tok::Plus:
      return "'+'";
    case Tok::Minus:
      return "'-'";
    case Tok::Star:
      return "'*'";
    case Tok::Slash:
      return "'/'";
    case Tok::DoubleSlash:
      return "'//'";
    case Tok::Percent:
      return "'%'";
    case Tok::DoubleStar:
      return "'**'";
    case Tok::At:
      return "'@'";
    case Tok::Tilde:
      return "'~'";
    case Tok::Assign:
      return "'='";
    case Tok::AugAssign:
      return "an augmented assignment";
    case Tok::Compare:
      return "a comparison";
    case Tok::Arrow:
      return "'->'";
    case Tok::Newline:
      return "the end of the line";
    case Tok::End:
      return "the end";
    case Tok::Bad:
      return "a bad character";
  }
  return "?";
}

const char* operator_text(Tok op) {
  switch (op) {
    case Tok::Plus:
      return "+";
    case Tok::Minus:
      return "-";
    case Tok::Star:
      return "*";
    case Tok::Slash:
      return "/";
    case Tok::DoubleSlash:
      return "//";
    case Tok::Percent:
      return "%";
    case Tok::DoubleStar:
      return "**";
    case Tok::Tilde:
      return "~";
    default:
      return "?";
  }
}

}  // namespace act::program
