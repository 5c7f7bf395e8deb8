// The tutorial's three examples (shared/seed-examples.md), byte for byte.
#include <gtest/gtest.h>

#include "activations/relu.h"
#include "numpy/format.h"
#include "numpy/parse.h"
#include "testing/seed_examples.h"

namespace act {
namespace {

using testing::seed_example_name;
using testing::seed_examples;
using testing::SeedExample;

TEST(SeedExamples, FileHasTheTutorialsThree) {
  std::string error;
  const std::vector<SeedExample> seeds = seed_examples(&error);
  ASSERT_EQ(seeds.size(), 3u) << error;
  EXPECT_EQ(seeds[0].name, "Example 1");
  EXPECT_EQ(seeds[2].fn, "leaky_relu");
}

// Example n: parse -> print(x), print(relu(x, leak)), repr(relu_dash(x, leak)), the leak as typed
// (relu's is the int 0).
class SeedExampleThroughTheParser : public ::testing::TestWithParam<SeedExample> {};

TEST_P(SeedExampleThroughTheParser, PrintsXReluAndReluDashAsNumPy) {
  const SeedExample& s = GetParam();
  Number leak = Number::from_int(0);
  for (const auto& [id, text] : s.params) {
    ASSERT_EQ(id, "leak");
    const ParsedNumber typed = parse_number(text);
    ASSERT_TRUE(typed.ok) << text;
    leak = typed.value;
  }
  const ParsedArray x = parse_array("np.array(" + s.x + ")");
  ASSERT_TRUE(x.ok) << x.error.message;
  EXPECT_EQ(x.array.dtype, DType::Float64);
  EXPECT_EQ(array_str(x.array), s.print_x);
  EXPECT_EQ(array_str(relu(x.array, leak)), s.print_fx);
  EXPECT_EQ(array_repr(relu_dash(x.array, leak)), s.repr_dfx);
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedExampleThroughTheParser, ::testing::ValuesIn(seed_examples()),
                         [](const auto& info) { return seed_example_name(info.param); });

TEST(SeedExamples, BareListsParseTheSame) {
  const ParsedArray a = parse_array("[[0.2], [0.5], [1.2], [-2.3], [0]]");
  ASSERT_TRUE(a.ok);
  EXPECT_EQ(array_str(a.array), "[[ 0.2]\n [ 0.5]\n [ 1.2]\n [-2.3]\n [ 0. ]]");
  EXPECT_EQ(array_repr(a.array),
            "array([[ 0.2],\n       [ 0.5],\n       [ 1.2],\n       [-2.3],\n       [ 0. ]])");
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
