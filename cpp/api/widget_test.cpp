// The tutorial's three examples through the same entry point the page uses, byte for byte.
#include "api/widget.h"

#include <gtest/gtest.h>

#include "testing/seed_examples.h"

namespace act {
namespace {

using testing::SeedExample;

// tests/seed/seed_examples.json (cpp/testing/seed_examples.h), as the page evaluates them.
class TutorialExample : public ::testing::TestWithParam<SeedExample> {};

TEST_P(TutorialExample, PrintsExactlyAsNumPy) {
  const SeedExample& c = GetParam();
  Evaluation e = evaluate(c.fn, c.params, c.x);
  ASSERT_TRUE(e.ok) << e.error.message;
  EXPECT_EQ(e.x_text, c.print_x);
  EXPECT_EQ(e.fx_text, c.print_fx);
  EXPECT_EQ(e.dfx_text, c.repr_dfx);
}

INSTANTIATE_TEST_SUITE_P(Seeds, TutorialExample, ::testing::ValuesIn(testing::seed_examples()),
                         [](const auto& info) { return testing::seed_example_name(info.param); });

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
