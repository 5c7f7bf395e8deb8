// The tutorial's three examples through the same entry point the page uses, byte for byte.
#include "api/widget.h"

#include <gtest/gtest.h>

namespace act {
namespace {

struct SeedCase {
  const char* fn;
  ParamTexts params;
  const char* x;
  const char* print_x;
  const char* print_fx;
  const char* repr_dfx;
};

// Copied from shared/seed-examples.md (also tests/seed/seed_examples.json for the JS layers).
const SeedCase kSeeds[] = {
    {"relu", {}, "[[0.2], [0.5], [1.2], [-2.3], [0]]",
     "[[ 0.2]\n [ 0.5]\n [ 1.2]\n [-2.3]\n [ 0. ]]",
     "[[ 0.2]\n [ 0.5]\n [ 1.2]\n [-0. ]\n [ 0. ]]",
     "array([[1],\n       [1],\n       [1],\n       [0],\n       [0]])"},
    {"relu", {}, "[[0.11], [-2.2], [0], [50.2], [33.5], [-0.6]]",
     "[[ 0.11]\n [-2.2 ]\n [ 0.  ]\n [50.2 ]\n [33.5 ]\n [-0.6 ]]",
     "[[ 0.11]\n [-0.  ]\n [ 0.  ]\n [50.2 ]\n [33.5 ]\n [-0.  ]]",
     "array([[1],\n       [0],\n       [0],\n       [1],\n       [1],\n       [0]])"},
    {"leaky_relu", {{"leak", ".1"}}, "[[-0.5], [0], [1], [2], [3], [4.5]]",
     "[[-0.5]\n [ 0. ]\n [ 1. ]\n [ 2. ]\n [ 3. ]\n [ 4.5]]",
     "[[-0.05]\n [ 0.  ]\n [ 1.  ]\n [ 2.  ]\n [ 3.  ]\n [ 4.5 ]]",
     "array([[0.1],\n       [0.1],\n       [1. ],\n       [1. ],\n       [1. ],\n       [1. ]])"},
};

class TutorialExample : public ::testing::TestWithParam<SeedCase> {};

TEST_P(TutorialExample, PrintsExactlyAsNumPy) {
  const SeedCase& c = GetParam();
  Evaluation e = evaluate(c.fn, c.params, c.x);
  ASSERT_TRUE(e.ok) << e.error.message;
  EXPECT_EQ(e.x_text, c.print_x);
  EXPECT_EQ(e.fx_text, c.print_fx);
  EXPECT_EQ(e.dfx_text, c.repr_dfx);
}

INSTANTIATE_TEST_SUITE_P(Seeds, TutorialExample, ::testing::ValuesIn(kSeeds));

TEST(Evaluate, UnknownActivationIsReported) {
  Evaluation e = evaluate("nope", {}, "[1]");
  EXPECT_FALSE(e.ok);
  EXPECT_EQ(e.error.field, "fn");
  EXPECT_NE(e.error.message.find("nope"), std::string::npos);
}

TEST(Evaluate, BadParameterNamesTheControl) {
  Evaluation e = evaluate("leaky_relu", {{"leak", "abc"}}, "[1]");
  EXPECT_FALSE(e.ok);
  EXPECT_EQ(e.error.field, "leak");
  EXPECT_EQ(e.error.message.rfind("Leak: ", 0), 0u) << e.error.message;
}

TEST(Evaluate, BadVectorNamesTheColumn) {
  Evaluation e = evaluate("relu", {}, "[[1], [2]");
  EXPECT_FALSE(e.ok);
  EXPECT_EQ(e.error.field, "x");
  EXPECT_GT(e.error.column, 0u);
  EXPECT_EQ(e.error.message.rfind("column ", 0), 0u) << e.error.message;
}

TEST(Evaluate, SoftmaxRefusesAJacobianTooBigToHold) {
  std::string x = "[";
  for (int i = 0; i < 100000; ++i) x += i ? ", 1" : "1";
  Evaluation e = evaluate("softmax", {}, x + "]");
  EXPECT_FALSE(e.ok);
  EXPECT_EQ(e.error.field, "x");
  EXPECT_NE(e.error.message.find("Jacobian"), std::string::npos) << e.error.message;
}

TEST(Evaluate, IntegerLeakTypedAsIntKeepsIntDerivative) {
  Evaluation as_int = evaluate("leaky_relu", {{"leak", "0"}}, "[1]");
  Evaluation as_float = evaluate("leaky_relu", {{"leak", "0.0"}}, "[1]");
  ASSERT_TRUE(as_int.ok && as_float.ok);
  EXPECT_EQ(as_int.dfx.dtype, DType::Int64);
  EXPECT_EQ(as_float.dfx.dtype, DType::Float64);
}

}  // namespace
}  // namespace act
