// The tutorial's three examples (shared/seed-examples.md), byte for byte.
#include <gtest/gtest.h>

#include "activations/relu.h"
#include "numpy/format.h"
#include "numpy/parse.h"

namespace act {
namespace {

struct Seed {
  const char* input;
  Number leak;
  const char* x_str;
  const char* relu_str;
  const char* dash_repr;
};

const Seed kSeeds[] = {
    {"np.array([[0.2], [0.5], [1.2], [-2.3], [0]])", Number::from_int(0),
     "[[ 0.2]\n [ 0.5]\n [ 1.2]\n [-2.3]\n [ 0. ]]",
     "[[ 0.2]\n [ 0.5]\n [ 1.2]\n [-0. ]\n [ 0. ]]",
     "array([[1],\n       [1],\n       [1],\n       [0],\n       [0]])"},
    {"np.array([[0.11], [-2.2], [0], [50.2], [33.5], [-0.6]])", Number::from_int(0),
     "[[ 0.11]\n [-2.2 ]\n [ 0.  ]\n [50.2 ]\n [33.5 ]\n [-0.6 ]]",
     "[[ 0.11]\n [-0.  ]\n [ 0.  ]\n [50.2 ]\n [33.5 ]\n [-0.  ]]",
     "array([[1],\n       [0],\n       [0],\n       [1],\n       [1],\n       [0]])"},
    {"np.array([[-0.5], [0], [1], [2], [3], [4.5]])", Number::from_double(0.1),
     "[[-0.5]\n [ 0. ]\n [ 1. ]\n [ 2. ]\n [ 3. ]\n [ 4.5]]",
     "[[-0.05]\n [ 0.  ]\n [ 1.  ]\n [ 2.  ]\n [ 3.  ]\n [ 4.5 ]]",
     "array([[0.1],\n       [0.1],\n       [1. ],\n       [1. ],\n       [1. ],\n       [1. ]])"},
};

TEST(SeedExamples, PrintXReluAndReluDash) {
  for (const Seed& s : kSeeds) {
    SCOPED_TRACE(s.input);
    const ParsedArray x = parse_array(s.input);
    ASSERT_TRUE(x.ok) << x.error.message;
    EXPECT_EQ(x.array.dtype, DType::Float64);
    EXPECT_EQ(array_str(x.array), s.x_str);
    EXPECT_EQ(array_str(relu(x.array, s.leak)), s.relu_str);
    EXPECT_EQ(array_repr(relu_dash(x.array, s.leak)), s.dash_repr);
  }
}

TEST(SeedExamples, BareListsParseTheSame) {
  const ParsedArray a = parse_array("[[0.2], [0.5], [1.2], [-2.3], [0]]");
  ASSERT_TRUE(a.ok);
  EXPECT_EQ(array_str(a.array), kSeeds[0].x_str);
  EXPECT_EQ(array_repr(a.array), "array([[ 0.2],\n       [ 0.5],\n       [ 1.2],\n       [-2.3],\n       [ 0. ]])");
}

TEST(SeedExamples, LeakAsTyped) {
  const ParsedNumber dot1 = parse_number(".1");
  ASSERT_TRUE(dot1.ok);
  EXPECT_EQ(dot1.value.dtype, DType::Float64);
  EXPECT_EQ(dot1.value.f, 0.1);
  const ParsedNumber zero = parse_number("0");
  ASSERT_TRUE(zero.ok);
  EXPECT_EQ(zero.value.dtype, DType::Int64);
  EXPECT_EQ(zero.value.i, 0);
}

}  // namespace
}  // namespace act
