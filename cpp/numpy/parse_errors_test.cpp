// Every way parse_array refuses input: the one-line message and the 1-based
// column (in code points) the page puts its caret under.
#include <gtest/gtest.h>

#include <string>

#include "numpy/parse.h"

namespace act {
namespace {

struct Reject {
  std::string text;
  const char* message;
  std::size_t column;
};

const char* const kTooDeep = "too many dimensions: at most 4 levels of nesting are supported";
const char* const kRagged3 = "ragged rows: this row has more elements than the rows before it (2)";

const Reject kRejected[] = {
    // Empty.
    {"", "empty input: type numbers such as [0.2, -1.5]", 1},
    {"  \n\t # just a comment", "empty input: type numbers such as [0.2, -1.5]", 1},
    // Brackets.
    {"[1, 2", "unbalanced bracket: '[' is never closed", 1},
    {"[[1, 2], [3, 4]", "unbalanced bracket: '[' is never closed", 1},
    {"[[1, 2], [3, 4", "unbalanced bracket: '[' is never closed", 10},
    {"np.array([1, 2]", "unbalanced bracket: '(' is never closed", 9},
    {"(1, 2", "unbalanced bracket: '(' is never closed", 1},
    {"[1, 2]]", "unmatched ']'", 7},
    {"]", "unmatched ']'", 1},
    {"1, 2)", "unmatched ')'", 5},
    {"[1, 2)", "')' does not match '[' at column 1", 6},
    {"(1, 2]", "']' does not match '(' at column 1", 6},
    // Separators.
    {"[,1]", "unexpected ',' before the first element", 2},
    {"[1,,2]", "unexpected ',': an element is missing", 4},
    {",", "unexpected ',' before the first element", 1},
    {"[1, 2 3]", "missing ',' between elements", 7},
    {"[1 2, 3]", "unexpected ',': this list separates its elements with spaces", 5},
    {"[1][2]", "missing ',' or space between elements", 4},
    {"[1-2]", "missing ',' or space between elements", 3},
    {"[1 = 2]", "unexpected '='", 4},
    // Ragged rows and mixed depths (NumPy: "inhomogeneous shape").
    {"[[1, 2], [3, 4, 5]]", kRagged3, 17},
    {"[[1, 2], [3]]", "ragged rows: this row has 1 element but the rows before it have 2", 12},
    {"[[1, 2], []]", "ragged rows: this row has 0 elements but the rows before it have 2", 11},
    {"[[], [1]]", "ragged rows: this row has more elements than the rows before it (0)", 7},
    {"[[1], 2]", "inhomogeneous shape: expected a list here, found a number", 7},
    {"[1, [2]]", "inhomogeneous shape: expected a number here, found a list", 5},
    {"[[[1, 2]], [[3, 4], [5, 6]]]",
     "ragged rows: this row has more elements than the rows before it (1)", 21},
    {"[1, (2, 3)]", "inhomogeneous shape: expected a number here, found a list", 5},
    {"[[1, 2], ([3], 4)]", "inhomogeneous shape: expected a number here, found a list", 11},
    {"[[1, 2], ([3, 4, 5])]",
     "inhomogeneous shape: this element has shape (3,) but the ones before it have (2,)", 11},
    {"[1, 2] [3]", "ragged rows: this row has 1 element but the rows before it have 2", 10},
    {"np.array([[1, 2], [3, 4, 5]])", kRagged3, 26},
    // Depth.
    {"[[[[[1]]]]]", kTooDeep, 5},
    {std::string(10000, '[') + std::string(10000, ']'), kTooDeep, 5},
    {"[[[[1]]]], [[[[2]]]]", kTooDeep, 10},
    {std::string(100, '(') + "1" + std::string(100, ')'), "too deeply nested", 64},
    // Words.
    {"[1, foo]", "unknown name 'foo'", 5},
    {"[True, False]", "unknown name 'True'", 2},
    {"x = [1, 2]", "unknown name 'x'", 1},
    {"np.array [1]", "expected '(' after np.array", 10},
    {"np.array()", "np.array() needs a list of numbers", 10},
    {"np.array([1], dtype=float)",
     "np.array takes one list here; other arguments such as dtype= are not supported", 15},
    {"array([], dtype=float64)",
     "np.array takes one list here; other arguments such as dtype= are not supported", 11},
    {"np.array([1], [2])",
     "np.array takes one list here; other arguments such as dtype= are not supported", 15},
    {"[" + std::string(100, 'a') + "]",
     "unknown name 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\xE2\x80\xA6'", 2},
    // Signs.
    {"[-]", "expected a number after '-'", 2},
    {"[1, -[2]]", "expected a number after '-'", 5},
    {"[+ ]", "expected a number after '+'", 2},
    {"\xE2\x88\x92", "expected a number after '\xE2\x88\x92'", 1},
    // Numbers.
    {"[1.2.3]", "invalid number '1.2.3'", 2},
    {"[1e]", "invalid number '1e'", 2},
    {"[1e+]", "invalid number '1e+'", 2},
    {"[1_]", "invalid number '1_'", 2},
    {"[1__000]", "invalid number '1__000'", 2},
    {"[12abc]", "invalid number '12abc'", 2},
    {"[0x10]", "invalid number '0x10'", 2},
    {"[3j]", "complex numbers are not supported: '3j'", 2},
    {"[007]", "leading zeros are not allowed in an integer: '007'", 2},
    {"[" + std::string(5000, '1') + "]", "number has too many digits (more than 4300)", 2},
    // Integers NumPy would not keep as int64.
    {"[9223372036854775808]",
     "integer does not fit in int64 (NumPy would make a uint64 array, which is not supported)", 2},
    {"[1, [2, 18446744073709551615]]", "inhomogeneous shape: expected a number here, found a list",
     5},
    {"[[18446744073709551615], [9223372036854775808]]",
     "integer does not fit in int64 (NumPy would make a uint64 array, which is not supported)", 3},
    {"[0.5, 18446744073709551616]",
     "integer too large: NumPy would make an object array, which is not supported", 7},
    {"[-9223372036854775809]",
     "integer too large: NumPy would make an object array, which is not supported", 2},
    // Characters.
    {"[1, @]", "unexpected character '@'", 5},
    {"['1']", "text in quotes is not a number", 2},
    {"{1, 2}", "unexpected '{': use [ ] for lists", 1},
    {"[1,\x01 2]", "unexpected character U+0001", 4},
    {"[1, \xFF]", "unexpected byte that is not UTF-8", 5},
    {"[\xCE\xB1]", "unexpected character '\xCE\xB1'", 2},  // Greek alpha
    // Columns count code points, not bytes.
    {"[\xE2\x88\x92"
     "1, \xE2\x88\x92"
     "2, x]",
     "unknown name 'x'", 10},
    {"\xC2\xA0\xC2\xA0[1, 2, 3", "unbalanced bracket: '[' is never closed", 3},
};

TEST(ParseArrayErrors, MessageAndColumn) {
  for (const Reject& r : kRejected) {
    SCOPED_TRACE(r.text.size() > 60 ? r.text.substr(0, 60) + "..." : r.text);
    const ParsedArray p = parse_array(r.text);
    ASSERT_FALSE(p.ok);
    EXPECT_EQ(p.error.message, r.message);
    EXPECT_EQ(p.error.column, r.column);
    EXPECT_EQ(p.error.message.find('\n'), std::string::npos);  // one line
  }
}

TEST(ParseArrayErrors, TooManyElements) {
  std::string text = "[";
  for (int i = 0; i < 1000000; ++i) text += "1,";
  const ParsedArray ok = parse_array(text + "]");
  ASSERT_TRUE(ok.ok) << ok.error.message;
  EXPECT_EQ(ok.array.size(), 1000000u);
  const ParsedArray p = parse_array(text + "2]");
  ASSERT_FALSE(p.ok);
  EXPECT_EQ(p.error.message, "too many elements: at most 1,000,000 are supported");
  EXPECT_EQ(p.error.column, 2000002u);
}

}  // namespace
}  // namespace act
