// The parser never crashes, never throws, and stays linear on hostile input:
// deep nesting, megabyte inputs, random bytes.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>

#include "numpy/format.h"
#include "numpy/parse.h"

namespace act {
namespace {

std::size_t product(const std::vector<std::size_t>& shape) {
  std::size_t n = 1;
  for (std::size_t d : shape) n *= d;
  return n;
}

std::string repeat(const std::string& s, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + s.size());
  while (out.size() < bytes) out += s;
  return out;
}

// Parses (and prints, when it parses) within a generous time limit; `printed` is print(x).
ParsedArray timed_parse(const std::string& text, std::string* printed = nullptr) {
  const auto start = std::chrono::steady_clock::now();
  ParsedArray p = parse_array(text);
  if (p.ok) {
    EXPECT_EQ(product(p.array.shape), p.array.size());
    const std::string str = array_str(p.array);
    if (printed != nullptr) *printed = str;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 5.0) << "input of " << text.size() << " bytes";
  return p;
}

constexpr std::size_t kMegabyte = 1 << 20;

// A megabyte that parses: its shape, and print(x) as NumPy 1.24 prints the same array.
void expect_megabyte(const std::string& text, std::vector<std::size_t> shape,
                     const std::string& str) {
  std::string printed;
  const ParsedArray p = timed_parse(text, &printed);
  ASSERT_TRUE(p.ok) << p.error.message;
  EXPECT_EQ(p.array.shape, shape);
  EXPECT_EQ(printed, str);
}

TEST(ParseRobustness, MegabyteInputsStayLinear) {
  // 80,660 copies of "0.123456789, " (13 bytes) and a 1, and so on: sizes from repeat().
  expect_megabyte("[" + repeat("0.123456789, ", kMegabyte) + "1]", {80661},
                  "[0.12345679 0.12345679 0.12345679 ... 0.12345679 0.12345679 1.        ]");
  expect_megabyte(
      "[" + repeat("[1.5, -2], ", kMegabyte) + "[0, 0]]", {95327, 2},
      "[[ 1.5 -2. ]\n [ 1.5 -2. ]\n [ 1.5 -2. ]\n ...\n [ 1.5 -2. ]\n [ 1.5 -2. ]\n [ 0.   0. ]]");
  expect_megabyte(repeat("7 ", kMegabyte), {524288}, "[7 7 7 ... 7 7 7]");
  expect_megabyte("[" + repeat("[], ", kMegabyte) + "]", {262144, 0}, "[]");
  expect_megabyte(repeat("-", kMegabyte) + "1", {}, "1");  // an even number of minus signs
  expect_megabyte(repeat(" \n\t", kMegabyte) + "[1]", {1}, "[1]");
  expect_megabyte("#" + repeat("x", kMegabyte) + "\n[1]", {1}, "[1]");
  EXPECT_FALSE(timed_parse(repeat(" ", kMegabyte)).ok);
  EXPECT_FALSE(timed_parse(repeat("1", kMegabyte)).ok);
  EXPECT_FALSE(timed_parse(repeat("a", kMegabyte)).ok);
  EXPECT_FALSE(timed_parse(repeat("[", kMegabyte)).ok);
  EXPECT_FALSE(timed_parse(repeat("(", kMegabyte)).ok);
  EXPECT_FALSE(timed_parse(repeat("]", kMegabyte)).ok);
  EXPECT_FALSE(timed_parse(repeat(",", kMegabyte)).ok);
  EXPECT_FALSE(timed_parse(repeat("\xE2\x88\x92", kMegabyte)).ok);
  EXPECT_FALSE(timed_parse("[" + repeat("[1], ", kMegabyte) + "[1, 2]]").ok);
  const std::string ones = repeat("1, ", kMegabyte);
  const ParsedArray late = timed_parse("[" + ones + "x]");
  ASSERT_FALSE(late.ok);
  EXPECT_EQ(late.error.column, 1 + ones.size() + 1);
}

TEST(ParseRobustness, RandomInputNeverCrashes) {
  // Bytes that make up real test vectors, plus some that do not.
  const std::string alphabet = "[](),., -+0123456789eEnaif_#\n\t jx\"=";
  const std::string extra[] = {"\xE2\x88\x92", "\xC2\xA0", "\xFF", "np.array(", "nan",
                               "inf",          "1e308",    "(",    "[[",        "]]"};
  std::mt19937 rng(12345);
  int parsed = 0;
  for (int i = 0; i < 30000; ++i) {
    std::string text;
    const int len = static_cast<int>(rng() % 40);
    for (int j = 0; j < len; ++j) {
      if (rng() % 8 == 0)
        text += extra[rng() % (sizeof extra / sizeof extra[0])];
      else
        text += alphabet[rng() % alphabet.size()];
    }
    const ParsedArray p = parse_array(text);
    if (p.ok) {
      ++parsed;
      ASSERT_EQ(product(p.array.shape), p.array.size()) << text;
      ASSERT_LE(p.array.ndim(), 4u) << text;
      array_str(p.array);
      array_repr(p.array);
    } else {
      ASSERT_FALSE(p.error.message.empty()) << text;
      ASSERT_GE(p.error.column, 1u) << text;
      ASSERT_LE(p.error.column, text.size() + 1) << text;
    }
    parse_number(text);
  }
  EXPECT_GT(parsed, 100);  // the alphabet does make valid vectors
}

}  // namespace
}  // namespace act
