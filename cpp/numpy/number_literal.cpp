#include "numpy/number_literal.h"

#include <cstdlib>

#include "numpy/utf8.h"

namespace act::numpy_detail {

namespace {

constexpr std::size_t kMaxLiteralChars = 4300;  // Python's own limit on integer digits

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_char(char c) {
  return is_digit(c) || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// digitpart: digit (["_"] digit)*; appends the digits to `clean`. Returns false if none.
bool scan_digitpart(std::string_view t, std::size_t& p, std::string& clean) {
  if (p >= t.size() || !is_digit(t[p])) return false;
  clean += t[p++];
  while (p < t.size()) {
    if (is_digit(t[p])) {
      clean += t[p++];
    } else if (t[p] == '_' && p + 1 < t.size() && is_digit(t[p + 1])) {
      clean += t[p + 1];
      p += 2;
    } else {
      break;
    }
  }
  return true;
}

NumberLiteral fail(std::string_view t, std::size_t start, std::size_t p, const std::string& why) {
  // Take in the rest of the word so the message shows what the reader typed.
  while (p < t.size() && (is_word_char(t[p]) || t[p] == '.')) ++p;
  NumberLiteral n;
  n.end = p;
  n.error = why + " '" + shorten(t.substr(start, p - start)) + "'";
  return n;
}

}  // namespace

bool starts_number(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  if (is_digit(text[pos])) return true;
  return text[pos] == '.' && pos + 1 < text.size() && is_digit(text[pos + 1]);
}

NumberLiteral scan_number(std::string_view t, std::size_t start) {
  std::size_t p = start;
  std::string clean;
  bool is_float = false;
  const bool has_int = scan_digitpart(t, p, clean);
  const std::string int_digits = clean;
  if (p < t.size() && t[p] == '.') {
    is_float = true;
    clean += t[p++];
    if (!scan_digitpart(t, p, clean) && !has_int) return fail(t, start, p, "invalid number");
  }
  if (p < t.size() && (t[p] == 'e' || t[p] == 'E')) {
    std::size_t q = p + 1;
    std::string exp = "e";
    if (q < t.size() && (t[q] == '+' || t[q] == '-')) exp += t[q++];
    if (!scan_digitpart(t, q, exp)) return fail(t, start, q, "invalid number");
    clean += exp;
    p = q;
    is_float = true;
  }
  if (p < t.size() && (t[p] == 'j' || t[p] == 'J'))
    return fail(t, start, p + 1, "complex numbers are not supported:");
  if (p < t.size() && (is_word_char(t[p]) || t[p] == '.'))
    return fail(t, start, p, "invalid number");
  if (p - start > kMaxLiteralChars) {
    NumberLiteral n;
    n.end = p;
    n.error = "number has too many digits (more than 4300)";
    return n;
  }

  NumberLiteral n;
  n.end = p;
  n.is_float = is_float;
  if (!is_float) {
    if (int_digits.size() > 1 && int_digits[0] == '0' &&
        int_digits.find_first_not_of('0') != std::string::npos) {
      n.error = "leading zeros are not allowed in an integer: '" +
                shorten(t.substr(start, p - start)) + "'";
      return n;
    }
    for (char c : int_digits) {
      const std::uint64_t d = static_cast<std::uint64_t>(c - '0');
      if (n.magnitude > (UINT64_MAX - d) / 10) {
        n.overflow = true;
        break;
      }
      n.magnitude = n.magnitude * 10 + d;
    }
  }
  if (is_float) n.value = std::strtod(clean.c_str(), nullptr);  // correctly rounded, C locale
  n.ok = true;
  return n;
}

}  // namespace act::numpy_detail
