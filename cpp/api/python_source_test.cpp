// The Python source of typed text. Issue 11 lists what the regex version got wrong; each is here.
// (tests/wasm/python-script.test.mjs runs the whole script in NumPy for the golden and hostile
// corpora and compares its output with the page's.)
#include "api/python_source.h"

#include <gtest/gtest.h>

namespace act {
namespace {

std::string py(std::string_view text) {
  const std::optional<std::string> s = python_array_source(text);
  return s ? *s : "<refused>";
}

TEST(PythonSource, SpaceSeparatedNumbersStayApart) {
  EXPECT_EQ(py("0.2 -1.5"), "np.array([0.2, -1.5])");  // not [0.2 -1.5], which is [-1.3]
  EXPECT_EQ(py("1 -2 3"), "np.array([1, -2, 3])");
  EXPECT_EQ(py("[1 -2]"), "np.array([1, -2])");
  EXPECT_EQ(py("[[1 2]\n [3 4]]"), "np.array([[1, 2], [3, 4]])");
}

TEST(PythonSource, CommentsAndContinuationsDropped) {
  EXPECT_EQ(py("[1, 2]  # my numbers"), "np.array([1, 2])");
  EXPECT_EQ(py("[1, # one\n 2]"), "np.array([1, 2])");
  EXPECT_EQ(py("[1, \\\n 2]"), "np.array([1, 2])");
}

TEST(PythonSource, ArrayCallsKeepTheirShape) {
  EXPECT_EQ(py("np.asarray([1, -2])"), "np.array([1, -2])");
  EXPECT_EQ(py("np.array([[0.2],[0.5]])"), "np.array([[0.2], [0.5]])");
  EXPECT_EQ(py("numpy.array((1, 2))"), "np.array((1, 2))");
  EXPECT_EQ(py("array([1., 2.])"), "np.array([1., 2.])");
  EXPECT_EQ(py("[np.array([1, 2]), np.array([3, 4])]"), "np.array([[1, 2], [3, 4]])");
  EXPECT_EQ(py("np.array(5)"), "np.array(5)");
}

TEST(PythonSource, NamesBecomeNumPys) {
  EXPECT_EQ(py("[infinity, -Infinity, NaN, inf]"), "np.array([np.inf, -np.inf, np.nan, np.inf])");
  EXPECT_EQ(py("[np.NINF, -np.NINF, np.PINF, np.infty]"),
            "np.array([-np.inf, np.inf, np.inf, np.inf])");
  EXPECT_EQ(py("[-nan, math.pi, np.e, numpy.NaN]"), "np.array([-np.nan, np.pi, np.e, np.nan])");
}

TEST(PythonSource, UnicodeMinusAndSpacesNormalised) {
  EXPECT_EQ(py("\u22121.5, \u00a02"), "np.array([-1.5, 2])");
  EXPECT_EQ(py("[1,\u2009\u22122]"), "np.array([1, -2])");
  EXPECT_EQ(py("--1, +-2, +3"), "np.array([1, -2, 3])");
}

TEST(PythonSource, ScalarsAndTuples) {
  EXPECT_EQ(py("5"), "np.array(5)");  // 0-d, not [5]
  EXPECT_EQ(py("-5.5"), "np.array(-5.5)");
  EXPECT_EQ(py("(5)"), "np.array((5))");
  EXPECT_EQ(py("5,"), "np.array([5])");
  EXPECT_EQ(py("(1,)"), "np.array((1,))");
  EXPECT_EQ(py("(1 2)"), "np.array((1, 2))");
  EXPECT_EQ(py("(1, 2), (3, 4)"), "np.array([(1, 2), (3, 4)])");
  EXPECT_EQ(py("[]"), "np.array([])");
  EXPECT_EQ(py("[1, 2,]"), "np.array([1, 2])");
  EXPECT_EQ(py("()"), "np.array(())");
}

TEST(PythonSource, LiteralsKeptAsTyped) {
  EXPECT_EQ(py("[1e-3, 1_000, .5, 1., 2.5E+10]"), "np.array([1e-3, 1_000, .5, 1., 2.5E+10])");
  EXPECT_EQ(py("[-9223372036854775808]"), "np.array([-9223372036854775808])");
}

TEST(PythonSource, RefusedTextHasNone) {
  EXPECT_EQ(py("[1, 2"), "<refused>");
  EXPECT_EQ(py("<script>"), "<refused>");
  EXPECT_EQ(py(""), "<refused>");
}

TEST(PythonSource, Numbers) {
  EXPECT_EQ(python_number_source("0").value(), "0");
  EXPECT_EQ(python_number_source(" .1 ").value(), ".1");
  EXPECT_EQ(python_number_source("\u22120.1").value(), "-0.1");
  EXPECT_EQ(python_number_source("-inf").value(), "-np.inf");
  EXPECT_EQ(python_number_source("nan").value(), "np.nan");
  EXPECT_EQ(python_number_source("1e308").value(), "1e308");
  EXPECT_FALSE(python_number_source("abc").has_value());
  EXPECT_FALSE(python_number_source("1 2").has_value());
}

}  // namespace
}  // namespace act
