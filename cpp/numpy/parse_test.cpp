// What parse_array accepts: the shapes and dtypes NumPy would make of it.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "numpy/format.h"
#include "numpy/parse.h"

namespace act {
namespace {

struct Accept {
  const char* text;
  DType dtype;
  std::vector<std::size_t> shape;
  const char* repr;  // NumPy's repr of np.array(text)
};

const Accept kAccepted[] = {
    // The product's examples.
    {"[[0.2], [0.5], [1.2], [-2.3], [0]]",
     DType::Float64,
     {5, 1},
     "array([[ 0.2],\n       [ 0.5],\n       [ 1.2],\n       [-2.3],\n       [ 0. ]])"},
    {"np.array([[0.2],[0.5]])", DType::Float64, {2, 1}, "array([[0.2],\n       [0.5]])"},
    {"[1, 2, -3]", DType::Int64, {3}, "array([ 1,  2, -3])"},
    {"0.2, 0.5, -2.3", DType::Float64, {3}, "array([ 0.2,  0.5, -2.3])"},
    {"1e-3, 2E+2, .5, 5., 1_000",
     DType::Float64,
     {5},
     "array([1.e-03, 2.e+02, 5.e-01, 5.e+00, 1.e+03])"},
    {"[nan, inf, -inf]", DType::Float64, {3}, "array([ nan,  inf, -inf])"},
    {"[np.nan, np.inf, -np.inf, numpy.nan, np.NINF, np.Inf, np.NaN]",
     DType::Float64,
     {7},
     "array([ nan,  inf, -inf,  nan, -inf,  inf,  nan])"},
    {"[\xE2\x88\x92"
     "0.5, \xE2\x88\x92"
     "2]",
     DType::Float64,
     {2},
     "array([-0.5, -2. ])"},  // U+2212
    {"[+1, -+-2, --3]", DType::Int64, {3}, "array([1, 2, 3])"},
    // Wrappers, tuples, grouping parentheses, trailing commas.
    {"numpy.array([1, 2])", DType::Int64, {2}, "array([1, 2])"},
    {"array([0.1, 0.2])", DType::Float64, {2}, "array([0.1, 0.2])"},  // pasted from a repr
    {"np.array([1, 2],)", DType::Int64, {2}, "array([1, 2])"},
    {"np.asarray((1, 2))", DType::Int64, {2}, "array([1, 2])"},
    {"((1, 2), (3, 4))", DType::Int64, {2, 2}, "array([[1, 2],\n       [3, 4]])"},
    {"[(1, 2), [3, 4]]", DType::Int64, {2, 2}, "array([[1, 2],\n       [3, 4]])"},
    {"[(1), ((2))]", DType::Int64, {2}, "array([1, 2])"},
    {"[([1, 2]), [3, 4]]", DType::Int64, {2, 2}, "array([[1, 2],\n       [3, 4]])"},
    {"(1,)", DType::Int64, {1}, "array([1])"},
    {"[1, 2,]", DType::Int64, {2}, "array([1, 2])"},
    {"5,", DType::Int64, {1}, "array([5])"},
    {"[1, 2], [3, 4]", DType::Int64, {2, 2}, "array([[1, 2],\n       [3, 4]])"},
    {"[np.array([1, 2]), np.array([3, 4])]",
     DType::Int64,
     {2, 2},
     "array([[1, 2],\n       [3, 4]])"},
    // 0-d: a lone number, as np.array(5) would be.
    {"5", DType::Int64, {}, "array(5)"},
    {"np.array(2.5)", DType::Float64, {}, "array(2.5)"},
    {"(-0.0)", DType::Float64, {}, "array(-0.)"},
    {"nan", DType::Float64, {}, "array(nan)"},
    // Empty arrays are float64, as in NumPy.
    {"[]", DType::Float64, {0}, "array([], dtype=float64)"},
    {"()", DType::Float64, {0}, "array([], dtype=float64)"},
    {"[[]]", DType::Float64, {1, 0}, "array([], shape=(1, 0), dtype=float64)"},
    {"[[], []]", DType::Float64, {2, 0}, "array([], shape=(2, 0), dtype=float64)"},
    {"np.array([[[]]])", DType::Float64, {1, 1, 0}, "array([], shape=(1, 1, 0), dtype=float64)"},
    // NumPy's printed form: spaces instead of commas, any whitespace, comments.
    {"[1 2 3]", DType::Int64, {3}, "array([1, 2, 3])"},
    {"[[ 0.2]\n [-2.3]\n [ 0. ]]",
     DType::Float64,
     {3, 1},
     "array([[ 0.2],\n       [-2.3],\n       [ 0. ]])"},
    {"1 -2 3", DType::Int64, {3}, "array([ 1, -2,  3])"},
    {"\t[1,\r\n 2]  # the inputs\n", DType::Int64, {2}, "array([1, 2])"},
    {"\xC2\xA0[1,\xE2\x80\x89"
     "2]",
     DType::Int64,
     {2},
     "array([1, 2])"},  // no-break and thin spaces
    // Four dimensions is the limit.
    {"[[[[1]]]]", DType::Int64, {1, 1, 1, 1}, "array([[[[1]]]])"},
    {"[[[[1, 2]]], [[[3, 4]]]]",
     DType::Int64,
     {2, 1, 1, 2},
     "array([[[[1, 2]]],\n\n\n       [[[3, 4]]]])"},
    // Integers: int64 limits exactly; mixed with floats they become float64.
    {"[9223372036854775807, -9223372036854775808]",
     DType::Int64,
     {2},
     "array([ 9223372036854775807, -9223372036854775808])"},
    {"[1.5, 9223372036854775808]", DType::Float64, {2}, "array([1.50000000e+00, 9.22337204e+18])"},
    {"[18446744073709551615, 0.5]", DType::Float64, {2}, "array([1.84467441e+19, 5.00000000e-01])"},
    {"[9223372036854775808, 1]", DType::Float64, {2}, "array([9.22337204e+18, 1.00000000e+00])"},
    {"[1, 2.0]", DType::Float64, {2}, "array([1., 2.])"},
    {"[00, 0_0, 0.5e0_1]", DType::Float64, {3}, "array([0., 0., 5.])"},
    {"[1e400, -1e400, 1e-400]", DType::Float64, {3}, "array([ inf, -inf,   0.])"},
    {"[np.pi, math.e]", DType::Float64, {2}, "array([3.14159265, 2.71828183])"},
};

TEST(ParseArray, AcceptsWhatNumpyAccepts) {
  for (const Accept& a : kAccepted) {
    SCOPED_TRACE(a.text);
    const ParsedArray p = parse_array(a.text);
    ASSERT_TRUE(p.ok) << p.error.message << " at column " << p.error.column;
    EXPECT_EQ(p.array.dtype, a.dtype);
    EXPECT_EQ(p.array.shape, a.shape);
    EXPECT_EQ(array_repr(p.array), a.repr);
  }
}

TEST(ParseArray, KeepsNegativeZeroAndExactValues) {
  const ParsedArray p = parse_array("[-0.0, 0.1, 5e-324, 1.7976931348623157e308, 4.35]");
  ASSERT_TRUE(p.ok);
  EXPECT_TRUE(std::signbit(p.array.f64[0]));
  EXPECT_EQ(p.array.f64[1], 0.1);
  EXPECT_EQ(p.array.f64[2], 5e-324);
  EXPECT_EQ(p.array.f64[3], 1.7976931348623157e308);
  EXPECT_EQ(p.array.f64[4], 4.35);
}

TEST(ParseArray, IntegersConvertToFloatAsPythonDoes) {
  // float(2**53 + 1) rounds to even; 2**63 - 1 rounds up to 2**63.
  const ParsedArray p = parse_array("[9007199254740993, 9223372036854775807, 0.5]");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.array.f64[0], 9007199254740992.0);
  EXPECT_EQ(p.array.f64[1], 9223372036854775808.0);
}

}  // namespace
}  // namespace act
