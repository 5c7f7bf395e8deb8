// array_str / array_repr on arrays built directly (shapes a reader cannot type,
// 0-d arrays, the exp/positional switch, padding, wrapping, summarization).
// Expected strings are NumPy 1.24's own output.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "numpy/format.h"

namespace act {
namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

struct Case {
  const char* name;
  DType dtype;
  std::vector<std::size_t> shape;
  std::vector<std::int64_t> ints;  // empty: filled as 0, 1, 2, ... (see make)
  std::vector<double> floats;
  const char* str;
  const char* repr;
};

NdArray make(const Case& c) {
  NdArray a = NdArray::of_shape(c.dtype, c.shape);
  if (c.dtype == DType::Int64) {
    if (!c.ints.empty())
      a.i64 = c.ints;
    else
      for (std::size_t i = 0; i < a.i64.size(); ++i) a.i64[i] = static_cast<std::int64_t>(i);
  } else {
    if (!c.floats.empty())
      a.f64 = c.floats;
    else
      for (std::size_t i = 0; i < a.f64.size(); ++i) a.f64[i] = static_cast<double>(i) / 8;
  }
  return a;
}

// One generated case per line, as NumPy printed it: not reflowed.
// clang-format off
const Case kCases[] = {
    {"empty (0,3) float", DType::Float64, {0, 3}, {}, {},
     "[]",
     "array([], shape=(0, 3), dtype=float64)"},
    {"empty (0,3) int", DType::Int64, {0, 3}, {}, {},
     "[]",
     "array([], shape=(0, 3), dtype=int64)"},
    {"empty (2,0) int", DType::Int64, {2, 0}, {}, {},
     "[]",
     "array([], shape=(2, 0), dtype=int64)"},
    {"empty (0,) int", DType::Int64, {0}, {}, {},
     "[]",
     "array([], dtype=int64)"},
    {"empty (0,) float", DType::Float64, {0}, {}, {},
     "[]",
     "array([], dtype=float64)"},
    {"empty (1,0,2) float", DType::Float64, {1, 0, 2}, {}, {},
     "[]",
     "array([], shape=(1, 0, 2), dtype=float64)"},
    {"0-d int", DType::Int64, {}, {-7LL}, {},
     "-7",
     "array(-7)"},
    {"0-d int min", DType::Int64, {}, {INT64_MIN}, {},
     "-9223372036854775808",
     "array(-9223372036854775808)"},
    {"0-d float 0.1", DType::Float64, {}, {}, {0.1},
     "0.1",
     "array(0.1)"},
    {"0-d float tiny", DType::Float64, {}, {}, {1e-10},
     "1e-10",
     "array(1.e-10)"},
    {"0-d float -0", DType::Float64, {}, {}, {-0.0},
     "-0.0",
     "array(-0.)"},
    {"0-d float nan", DType::Float64, {}, {}, {kNan},
     "nan",
     "array(nan)"},
    {"0-d float -inf", DType::Float64, {}, {}, {-kInf},
     "-inf",
     "array(-inf)"},
    {"0-d float 1e16", DType::Float64, {}, {}, {1e+16},
     "1e+16",
     "array(1.e+16)"},
    {"0-d float 123456789.123", DType::Float64, {}, {}, {123456789.123},
     "123456789.123",
     "array(1.23456789e+08)"},
    {"0-d float 1.5e-5", DType::Float64, {}, {}, {1.5e-05},
     "1.5e-05",
     "array(1.5e-05)"},
    {"int negative padding", DType::Int64, {2, 2}, {1LL, -100LL, 20LL, 3LL}, {},
     "[[   1 -100]\n [  20    3]]",
     "array([[   1, -100],\n       [  20,    3]])"},
    {"int extremes", DType::Int64, {3}, {9223372036854775807LL, INT64_MIN, 0LL}, {},
     "[ 9223372036854775807 -9223372036854775808                    0]",
     "array([ 9223372036854775807, -9223372036854775808,                    0])"},
    {"all -0.", DType::Float64, {2}, {}, {-0.0, -0.0},
     "[-0. -0.]",
     "array([-0., -0.])"},
    {"nan and -inf", DType::Float64, {2}, {}, {kNan, -kInf},
     "[ nan -inf]",
     "array([ nan, -inf])"},
    {"only nan", DType::Float64, {2}, {}, {kNan, kNan},
     "[nan nan]",
     "array([nan, nan])"},
    {"exp with nan", DType::Float64, {3}, {}, {1e-10, kNan, 1.0},
     "[1.e-10    nan 1.e+00]",
     "array([1.e-10,    nan, 1.e+00])"},
    {"exp switch at 1e8", DType::Float64, {2}, {}, {100000000.0, 1.0},
     "[1.e+08 1.e+00]",
     "array([1.e+08, 1.e+00])"},
    {"positional just below 1e8", DType::Float64, {2}, {}, {99999999.0, 1.0},
     "[9.9999999e+07 1.0000000e+00]",
     "array([9.9999999e+07, 1.0000000e+00])"},
    {"ratio over 1000", DType::Float64, {2}, {}, {1001.0, 1.0},
     "[1.001e+03 1.000e+00]",
     "array([1.001e+03, 1.000e+00])"},
    {"ratio exactly 1000", DType::Float64, {2}, {}, {1000.0, 1.0},
     "[1000.    1.]",
     "array([1000.,    1.])"},
    {"min below 1e-4", DType::Float64, {2}, {}, {9.99e-05, 1.0},
     "[9.99e-05 1.00e+00]",
     "array([9.99e-05, 1.00e+00])"},
    {"precision 8 rounding", DType::Float64, {2}, {}, {0.123456789, 1.0},
     "[0.12345679 1.        ]",
     "array([0.12345679, 1.        ])"},
    {"3-d blank lines", DType::Int64, {2, 3, 2}, {0LL, 1LL, 2LL, 3LL, 4LL, 5LL, 6LL, 7LL, 8LL, 9LL, 10LL, 11LL}, {},
     "[[[ 0  1]\n  [ 2  3]\n  [ 4  5]]\n\n [[ 6  7]\n  [ 8  9]\n  [10 11]]]",
     "array([[[ 0,  1],\n        [ 2,  3],\n        [ 4,  5]],\n\n       [[ 6,  7],\n        [ 8,  9],\n        [10, 11]]])"},
    {"4-d blank lines", DType::Float64, {2, 2, 2, 2}, {}, {0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 2.75, 3.0, 3.25, 3.5, 3.75},
     "[[[[0.   0.25]\n   [0.5  0.75]]\n\n  [[1.   1.25]\n   [1.5  1.75]]]\n\n\n [[[2.   2.25]\n   [2.5  2.75]]\n\n  [[3.   3.25]\n   [3.5  3.75]]]]",
     "array([[[[0.  , 0.25],\n         [0.5 , 0.75]],\n\n        [[1.  , 1.25],\n         [1.5 , 1.75]]],\n\n\n       [[[2.  , 2.25],\n         [2.5 , 2.75]],\n\n        [[3.  , 3.25],\n         [3.5 , 3.75]]]])"},
    {"1001 summarized", DType::Int64, {1001}, {}, {},
     "[   0    1    2 ...  998  999 1000]",
     "array([   0,    1,    2, ...,  998,  999, 1000])"},
    {"2-d summarized rows", DType::Float64, {2, 1001}, {}, {},
     "[[0.00000e+00 1.25000e-01 2.50000e-01 ... 1.24750e+02 1.24875e+02\n  1.25000e+02]\n [1.25125e+02 1.25250e+02 1.25375e+02 ... 2.49875e+02 2.50000e+02\n  2.50125e+02]]",
     "array([[0.00000e+00, 1.25000e-01, 2.50000e-01, ..., 1.24750e+02,\n        1.24875e+02, 1.25000e+02],\n       [1.25125e+02, 1.25250e+02, 1.25375e+02, ..., 2.49875e+02,\n        2.50000e+02, 2.50125e+02]])"},
    {"long row wraps", DType::Int64, {30}, {0LL, 1000003LL, 2000006LL, 3000009LL, 4000012LL, 5000015LL, 6000018LL, 7000021LL, 8000024LL, 9000027LL, 10000030LL, 11000033LL, 12000036LL, 13000039LL, 14000042LL, 15000045LL, 16000048LL, 17000051LL, 18000054LL, 19000057LL, 20000060LL, 21000063LL, 22000066LL, 23000069LL, 24000072LL, 25000075LL, 26000078LL, 27000081LL, 28000084LL, 29000087LL}, {},
     "[       0  1000003  2000006  3000009  4000012  5000015  6000018  7000021\n  8000024  9000027 10000030 11000033 12000036 13000039 14000042 15000045\n 16000048 17000051 18000054 19000057 20000060 21000063 22000066 23000069\n 24000072 25000075 26000078 27000081 28000084 29000087]",
     "array([       0,  1000003,  2000006,  3000009,  4000012,  5000015,\n        6000018,  7000021,  8000024,  9000027, 10000030, 11000033,\n       12000036, 13000039, 14000042, 15000045, 16000048, 17000051,\n       18000054, 19000057, 20000060, 21000063, 22000066, 23000069,\n       24000072, 25000075, 26000078, 27000081, 28000084, 29000087])"},
    {"subnormal min digits", DType::Float64, {2}, {}, {5e-324, 1.234e-300},
     "[4.941e-324 1.234e-300]",
     "array([4.941e-324, 1.234e-300])"},
    {"3-digit exponent padding", DType::Float64, {2}, {}, {1e-05, 1e-100},
     "[1.e-005 1.e-100]",
     "array([1.e-005, 1.e-100])"},
};
// clang-format on

TEST(NumpyFormat, MatchesNumpy) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    const NdArray a = make(c);
    EXPECT_EQ(array_str(a), c.str);
    EXPECT_EQ(array_repr(a), c.repr);
  }
}

TEST(NumpyFormat, InconsistentArrayIsNotReadOutOfBounds) {
  NdArray a;
  a.dtype = DType::Float64;
  a.shape = {3};
  a.f64 = {1.0};
  EXPECT_EQ(array_str(a), "<array with inconsistent shape>");
  EXPECT_EQ(array_repr(a), "<array with inconsistent shape>");
}

}  // namespace
}  // namespace act
