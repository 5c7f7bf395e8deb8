#include <gtest/gtest.h>

#include <cmath>

#include "numpy/parse.h"

namespace act {
namespace {

TEST(ParseNumber, IntsStayInts) {
  for (const char* s :
       {"0", " 0 ", "+0", "-0", "1_000", "9223372036854775807", "-9223372036854775808"}) {
    const ParsedNumber n = parse_number(s);
    ASSERT_TRUE(n.ok) << s << ": " << n.error.message;
    EXPECT_EQ(n.value.dtype, DType::Int64) << s;
  }
  EXPECT_EQ(parse_number("1_000").value.i, 1000);
  EXPECT_EQ(parse_number("-9223372036854775808").value.i, INT64_MIN);
  EXPECT_EQ(parse_number("--3").value.i, 3);
}

TEST(ParseNumber, FloatsAsPythonReadsThem) {
  const struct {
    const char* text;
    double value;
  } cases[] = {{"0.1", 0.1},
               {".1", 0.1},
               {"1e-3", 1e-3},
               {"-0.5", -0.5},
               {"\u22120.5", -0.5},
               {"1.", 1.0},
               {"0.0", 0.0},
               {"2.5E+10", 2.5e10},
               {"1_0.5", 10.5},
               {"+.5", 0.5},
               {"np.pi", 3.141592653589793},
               {"1e400", INFINITY},
               {"-inf", -INFINITY},
               {"np.NINF", -INFINITY}};
  for (const auto& c : cases) {
    const ParsedNumber n = parse_number(c.text);
    ASSERT_TRUE(n.ok) << c.text << ": " << n.error.message;
    EXPECT_EQ(n.value.dtype, DType::Float64) << c.text;
    EXPECT_EQ(n.value.f, c.value) << c.text;
  }
  const ParsedNumber nan = parse_number("np.nan");
  ASSERT_TRUE(nan.ok);
  EXPECT_TRUE(std::isnan(nan.value.f));
  EXPECT_TRUE(std::signbit(parse_number("-0.0").value.f));
}

TEST(ParseNumber, Errors) {
  const struct {
    const char* text;
    const char* message;
    std::size_t column;
  } cases[] = {
      {"", "empty: type a number such as 0.1", 1},
      {"   ", "empty: type a number such as 0.1", 1},
      {"abc", "unknown name 'abc'", 1},
      {" 0.1x", "invalid number '0.1x'", 2},
      {"1 2", "expected a single number; unexpected text after it", 3},
      {"[1]", "expected a single number", 1},
      {"-", "expected a number after the sign", 1},
      {"\u2212\u2212x", "unknown name 'x'", 3},
      {"01", "leading zeros are not allowed in an integer: '01'", 1},
      {"1__0", "invalid number '1__0'", 1},
      {"2j", "complex numbers are not supported: '2j'", 1},
      {"9223372036854775808",
       "integer does not fit in int64 (from -9223372036854775808 to 9223372036854775807)", 1},
      {"\u00e9", "unexpected character '\u00e9'", 1},
  };
  for (const auto& c : cases) {
    const ParsedNumber n = parse_number(c.text);
    EXPECT_FALSE(n.ok) << c.text;
    EXPECT_EQ(n.error.message, c.message) << c.text;
    EXPECT_EQ(n.error.column, c.column) << c.text;
  }
}

}  // namespace
}  // namespace act
