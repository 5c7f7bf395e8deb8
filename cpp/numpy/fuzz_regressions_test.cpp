// Bugs the fuzzers found in the parser and printer (tests/fuzz/run.sh), each kept as a readable
// test here; the raw inputs are in tests/fuzz/regressions/ and replayed by FuzzReplay.*.
#include <gtest/gtest.h>

#include <string>

#include "numpy/parse.h"
#include "numpy/utf8.h"

namespace act {
namespace {

bool valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto cp = numpy_detail::decode_utf8(s, i);
    if (cp.value == 0xFFFD && cp.bytes == 1) return false;
    i += cp.bytes;
  }
  return true;
}

// parse/surrogate-echoed-in-message: a UTF-16 surrogate (U+D800 as ED A0 80), an overlong '['
// (C1 9B) or a code point past U+10FFFF was taken for a character and quoted back byte for byte,
// so the error message itself was not valid UTF-8.
TEST(FuzzRegressions, MalformedUtf8IsNeverQuotedBack) {
  for (const std::string bad :
       {"\xED\xA0\x80", "\xC1\x9B", "\xE0\x80\xAF", "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80"}) {
    const ParsedArray p = parse_array("[" + bad + "]");
    ASSERT_FALSE(p.ok);
    EXPECT_TRUE(valid_utf8(p.error.message)) << p.error.message;
    EXPECT_NE(p.error.message.find("not UTF-8"), std::string::npos) << p.error.message;
    EXPECT_EQ(p.error.column, 2u);
    const ParsedNumber n = parse_number(bad);
    ASSERT_FALSE(n.ok);
    EXPECT_TRUE(valid_utf8(n.error.message)) << n.error.message;
  }
  EXPECT_EQ(numpy_detail::decode_utf8("\xED\x9F\xBF", 0).value,
            0xD7FFu);  // the last one before them
  EXPECT_EQ(numpy_detail::decode_utf8("\xF4\x8F\xBF\xBF", 0).value, 0x10FFFFu);
}

}  // namespace
}  // namespace act

namespace act {
namespace {

std::string message_for(const std::string& text) {
  const ParsedArray p = parse_array(text);
  EXPECT_FALSE(p.ok) << text;
  return p.error.message;
}

// Found by the hostile-input catalogue (tests/hostile/): invisible format characters, among
// them right-to-left marks, were quoted raw, so the message showed '' (or, for U+202E and the
// bidi isolates, reordered itself); code points past U+FFFF lost their top digits (U+E0001
// came out as U+0001).
TEST(HostileRegressions, InvisibleCharactersAreNamedByCodePoint) {
  EXPECT_EQ(message_for("[1, \u00AD2]"), "unexpected character U+00AD");  // soft hyphen
  EXPECT_EQ(message_for("[1, \u061C2]"), "unexpected character U+061C");  // Arabic letter mark
  EXPECT_EQ(message_for("[1, \u200F2]"), "unexpected character U+200F");  // right-to-left mark
  EXPECT_EQ(message_for("[1, \u202E2]"), "unexpected character U+202E");  // right-to-left override
  EXPECT_EQ(message_for("[1, \u20672]"), "unexpected character U+2067");  // right-to-left isolate
  EXPECT_EQ(message_for("[1, \u20602]"), "unexpected character U+2060");  // word joiner
  EXPECT_EQ(message_for("[1, \uFE0F2]"), "unexpected character U+FE0F");  // variation selector
  EXPECT_EQ(message_for("[1, \U000E00012]"), "unexpected character U+E0001");  // language tag
  EXPECT_EQ(message_for(std::string("[1, ") + '\0' + "2]"), "unexpected character U+0000");
  EXPECT_EQ(message_for("[1, \u05D02]"),
            "unexpected character '\u05D0'");  // a visible Hebrew letter, quoted
}

}  // namespace
}  // namespace act
