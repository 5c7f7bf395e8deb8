// Just enough UTF-8 for the parser: decode one code point, and turn a byte
// offset into the 1-based column (in code points) the page draws its caret at.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace act::numpy_detail {

struct CodePoint {
  char32_t value = 0;     // U+FFFD for a malformed sequence
  std::size_t bytes = 0;  // how many bytes it takes (1 for a malformed byte)
};

CodePoint decode_utf8(std::string_view text, std::size_t pos);

// 1-based column of the code point starting at byte `pos`.
std::size_t column_at(std::string_view text, std::size_t pos);

// The text as a message quotes it: cut to about `max_bytes` on a code point boundary.
std::string shorten(std::string_view text, std::size_t max_bytes = 40);

// How a message names one unexpected character: itself, or U+XXXX when it is invisible.
std::string describe_char(std::string_view text, std::size_t pos);

bool is_unicode_minus(char32_t c);  // U+2212 and the dashes blogs render for '-'
bool is_unicode_space(char32_t c);  // no-break and other typographic spaces

}  // namespace act::numpy_detail
