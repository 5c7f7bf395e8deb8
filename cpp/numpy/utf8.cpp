#include "numpy/utf8.h"

namespace act::numpy_detail {

CodePoint decode_utf8(std::string_view text, std::size_t pos) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) return {b0, 1};
  std::size_t len = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    return {0xFFFD, 1};
  }
  if (pos + len > text.size()) return {0xFFFD, 1};
  for (std::size_t i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(text[pos + i]);
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8 either: a message
  // must never quote them back (found by tests/fuzz, regression in fuzz_regressions_test.cpp).
  const char32_t min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min_for_len[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return {0xFFFD, 1};
  return {cp, len};
}

std::size_t column_at(std::string_view text, std::size_t pos) {
  std::size_t column = 1;
  for (std::size_t i = 0; i < pos && i < text.size();) {
    i += decode_utf8(text, i).bytes;
    ++column;
  }
  return column;
}

std::string shorten(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t end = 0;
  while (end < text.size()) {
    const std::size_t next = end + decode_utf8(text, end).bytes;
    if (next > max_bytes) break;
    end = next;
  }
  return std::string(text.substr(0, end)) + "\xE2\x80\xA6";  // U+2026 HORIZONTAL ELLIPSIS
}

std::string describe_char(std::string_view text, std::size_t pos) {
  const CodePoint cp = decode_utf8(text, pos);
  if (cp.value == 0xFFFD && cp.bytes == 1) return "byte that is not UTF-8";
  const char32_t c = cp.value;
  // Controls, and the format characters (Unicode's Cf, plus fillers that render as nothing):
  // quoted as themselves they would show as nothing, or reorder the message (U+202E, U+2067).
  // Found by the hostile-input catalogue (tests/hostile/): soft hyphen, Arabic letter mark,
  // word joiner, bidi isolates, variation selectors and tags were quoted raw.
  const bool invisible =
      c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xAD || c == 0x034F || c == 0x061C ||
      c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 || (c >= 0x180B && c <= 0x180F) ||
      (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E) ||
      (c >= 0x2060 && c <= 0x206F) || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF ||
      c == 0xFFA0 || (c >= 0xFFF0 && c <= 0xFFFB) || (c >= 0x1D173 && c <= 0x1D17A) ||
      (c >= 0xE0000 && c <= 0xE0FFF) || (c >= 0xE000 && c <= 0xF8FF) ||
      c >= 0xF0000;  // private use: no glyph to show
  if (!invisible) return "character '" + std::string(text.substr(pos, cp.bytes)) + "'";
  static const char* hex = "0123456789ABCDEF";
  std::string digits;
  for (char32_t v = c; v != 0 || digits.size() < 4; v >>= 4)
    digits.insert(digits.begin(), hex[v & 0xF]);
  return "character U+" + digits;  // at least four digits, as Unicode writes them: U+0000, U+E0001
}

bool is_unicode_minus(char32_t c) {
  return c == 0x2212 || c == 0x2013 || c == 0xFE63 || c == 0xFF0D;
}

bool is_unicode_space(char32_t c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == 0xFEFF;
}

}  // namespace act::numpy_detail
