// The catalogue as a whole: what every entry must carry, and how the registry evaluates.
#include "activations/registry.h"

#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "activations/testing/catalogue_testing.h"
#include "testing/arrays.h"

namespace act {
namespace {

// True when every <tag> is closed by a matching </tag> and the whole is one <math> element.
bool well_formed_math(const std::string& s) {
  std::vector<std::string> open;
  std::size_t i = 0;
  bool saw_root = false;
  while ((i = s.find('<', i)) != std::string::npos) {
    const std::size_t end = s.find('>', i);
    if (end == std::string::npos) return false;
    std::string tag = s.substr(i + 1, end - i - 1);
    const bool closing = !tag.empty() && tag[0] == '/';
    if (closing) tag = tag.substr(1);
    tag = tag.substr(0, tag.find(' '));
    if (closing) {
      if (open.empty() || open.back() != tag) return false;
      open.pop_back();
      if (open.empty() && end + 1 != s.size()) return false;  // nothing after </math>
    } else {
      if (open.empty() && (saw_root || tag != "math")) return false;
      saw_root = true;
      open.push_back(tag);
    }
    i = end + 1;
  }
  return saw_root && open.empty();
}

TEST(Registry, HoldsTheCataloguesFunctionsInOrderWithUniqueSnakeCaseIds) {
  const std::regex snake("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  std::vector<std::string> ids;
  for (const Activation& fn : activations()) {
    EXPECT_TRUE(std::regex_match(fn.id, snake)) << fn.id;
    ids.push_back(fn.id);
  }
  const std::vector<std::string> catalogue = {
      "sigmoid",  "tanh",        "softsign",      "relu",        "leaky_relu",   "elu",
      "selu",     "softplus",    "softmax",       "prelu",       "relu6",        "relu_squared",
      "celu",     "squareplus",  "gelu",          "gelu_tanh",   "silu",         "swish",
      "mish",     "hard_swish",  "elish",         "log_sigmoid", "hard_sigmoid", "hard_tanh",
      "arctan",   "isru",        "sqnl",          "softshrink",  "hardshrink",   "tanhshrink",
      "identity", "binary_step", "bent_identity", "gaussian",    "sinusoid"};
  EXPECT_EQ(ids, catalogue);
}

TEST(Registry, HoldsTheTutorialFamilyInItsOwnGroup) {
  for (const char* id : {"sigmoid", "tanh", "softsign", "relu", "leaky_relu", "elu", "selu",
                         "softplus", "softmax"}) {
    const Activation* fn = find_activation(id);
    ASSERT_NE(fn, nullptr) << id;
    EXPECT_EQ(fn->group, "Tutorial") << id;
  }
  EXPECT_EQ(activations().front().id, "sigmoid");
}

TEST(Registry, EveryEntryIsComplete) {
  const std::set<std::string> groups = {"Tutorial",     "Rectifiers", "Gated",
                                        "Sigmoid-like", "Shrinkage",  "Other"};
  for (const Activation& fn : activations()) {
    SCOPED_TRACE(fn.id);
    EXPECT_FALSE(fn.name.empty());
    EXPECT_TRUE(groups.count(fn.group)) << fn.group;
    EXPECT_TRUE(well_formed_math(fn.formula_mathml)) << fn.formula_mathml;
    EXPECT_TRUE(well_formed_math(fn.derivative_mathml)) << fn.derivative_mathml;
    EXPECT_GT(fn.kink_convention.size(), 20u);
    EXPECT_EQ(fn.kink_convention.back(), '.') << "a sentence";
    EXPECT_NE(fn.value, nullptr);
    EXPECT_NE(fn.derivative, nullptr);
    EXPECT_EQ(fn.value_array == nullptr, fn.derivative_array == nullptr);
  }
}

TEST(Registry, SnippetsDefineFAndFDashNamedByTheIdWithTheParameters) {
  for (const Activation& fn : activations()) {
    SCOPED_TRACE(fn.id);
    const std::string& s = fn.numpy_snippet;
    for (const std::string& name : {fn.id, fn.id + "_dash"}) {
      const std::size_t def = s.find("def " + name + "(x");
      ASSERT_NE(def, std::string::npos) << s;
      const std::string signature = s.substr(def, s.find("):", def) - def);
      for (const ParamSpec& p : fn.params) {
        EXPECT_TRUE(signature.find(", " + p.id + "=") != std::string::npos ||
                    signature.find(", " + p.id + " = ") != std::string::npos)
            << signature << " lacks " << p.id;
      }
    }
    EXPECT_NE(s.find("    return "), std::string::npos);
    EXPECT_EQ(s.back(), '\n');
  }
}

TEST(Registry, ParametersHaveSaneRangesAndDefaultsInside) {
  const std::set<std::string> python_keywords = {"lambda", "def", "class", "from",
                                                 "import", "in",  "is"};
  const std::regex identifier("[a-z_][a-z0-9_]*");
  for (const Activation& fn : activations()) {
    std::set<std::string> ids;
    for (const ParamSpec& p : fn.params) {
      SCOPED_TRACE(fn.id + "." + p.id);
      EXPECT_TRUE(std::regex_match(p.id, identifier));
      EXPECT_FALSE(python_keywords.count(p.id));
      EXPECT_TRUE(ids.insert(p.id).second);
      EXPECT_FALSE(p.label.empty());
      EXPECT_LT(p.min, p.max);
      EXPECT_GT(p.step, 0);
      EXPECT_LE(p.step, (p.max - p.min) / 10);
      const double d = p.default_value.as_double();
      EXPECT_GE(d, p.min);
      EXPECT_LE(d, p.max);
    }
  }
}

TEST(Registry, JumpsAreAmongTheBreakpoints) {
  for (const Activation& fn : activations()) {
    if (!fn.jumps) continue;
    SCOPED_TRACE(fn.id);
    ASSERT_NE(fn.breakpoints, nullptr);
    const std::vector<double> p = testing::default_params(fn);
    const std::vector<double> b = fn.breakpoints(p.data());
    for (double j : fn.jumps(p.data())) EXPECT_NE(std::find(b.begin(), b.end(), j), b.end()) << j;
  }
}

TEST(Registry, ReluCarriesTheTutorialsExactSnippetAndNoParameters) {
  const Activation& relu = testing::entry("relu");
  EXPECT_EQ(relu.numpy_snippet,
            "def relu(x, leak = 0):\n"
            "    return np.where(x <= 0, leak * x, x)\n"
            "\n"
            "def relu_dash(x, leak = 0):\n"
            "    return np.where(x <= 0, leak, 1)\n");
  EXPECT_TRUE(relu.params.empty());
}

TEST(Registry, LeakyReluHasTheTutorialsLeak) {
  const Activation& fn = testing::entry("leaky_relu");
  ASSERT_EQ(fn.params.size(), 1u);
  EXPECT_EQ(fn.params[0].id, "leak");
  EXPECT_EQ(fn.params[0].label, "Leak");
  EXPECT_EQ(fn.params[0].default_value.dtype, DType::Float64);
  EXPECT_EQ(fn.params[0].default_value.f, 0.1);
}

TEST(Registry, FindsByIdOnly) {
  EXPECT_EQ(find_activation("gelu")->name, "GELU");
  EXPECT_EQ(find_activation("GELU"), nullptr);
  EXPECT_EQ(find_activation(""), nullptr);
}

using testing::ints;

TEST(Evaluate, CastsIntArraysToFloat64ByDefaultAndKeepsTheShape) {
  const NdArray x = ints({-1, 0, 2, 5}, {2, 2});
  const NdArray y = evaluate_value(testing::entry("sigmoid"), x, {});
  ASSERT_EQ(y.dtype, DType::Float64);
  EXPECT_EQ(y.shape, x.shape);
  EXPECT_EQ(y.f64[1], 0.5);
  const NdArray d = evaluate_derivative(testing::entry("identity"), x, {});
  EXPECT_EQ(d.dtype, DType::Float64);
  EXPECT_EQ(d.f64, (std::vector<double>{1, 1, 1, 1}));
}

TEST(Evaluate, ReluKeepsIntArraysIntAsTheTutorialsNpWhereDoes) {
  const NdArray x = ints({-2, 0, 3}, {3, 1});
  const NdArray y = evaluate_value(testing::entry("relu"), x, {});
  ASSERT_EQ(y.dtype, DType::Int64);
  EXPECT_EQ(y.i64, (std::vector<std::int64_t>{0, 0, 3}));
  const NdArray d = evaluate_derivative(testing::entry("relu"), x, {});
  ASSERT_EQ(d.dtype, DType::Int64);
  EXPECT_EQ(d.i64, (std::vector<std::int64_t>{0, 0, 1}));
}

TEST(Evaluate, LeakyReluFollowsTheLeaksDtype) {
  const Activation& fn = testing::entry("leaky_relu");
  const NdArray x = ints({-2, 3}, {2});
  EXPECT_EQ(evaluate_value(fn, x, {}).dtype, DType::Float64);  // default leak 0.1
  EXPECT_EQ(evaluate_value(fn, x, {}).f64[0], 0.1 * -2);
  EXPECT_EQ(evaluate_value(fn, x, {Number::from_int(2)}).i64, (std::vector<std::int64_t>{-4, 3}));
  EXPECT_EQ(evaluate_derivative(fn, x, {Number::from_int(0)}).dtype, DType::Int64);
}

TEST(Evaluate, MissingParametersTakeTheirDefaults) {
  const Activation& fn = testing::entry("softplus");
  const NdArray x = testing::floats({30.0});
  EXPECT_EQ(evaluate_value(fn, x, {}).f64[0], 30.0);  // above the default threshold 20
  EXPECT_NE(evaluate_value(fn, x, {Number::from_double(1.0), Number::from_double(40.0)}).f64[0],
            30.0);
}

TEST(Evaluate, SoftmaxIsVectorValued) {
  const Activation& fn = testing::entry("softmax");
  EXPECT_TRUE(fn.vector_valued);
  const NdArray x = ints({1, 2, 3}, {3, 1});
  const NdArray s = evaluate_value(fn, x, {});
  EXPECT_EQ(s.shape, x.shape);
  EXPECT_NEAR(s.f64[0] + s.f64[1] + s.f64[2], 1.0, 1e-15);
  const NdArray j = evaluate_derivative(fn, x, {});
  EXPECT_EQ(j.shape, (std::vector<std::size_t>{3, 3}));
  for (const Activation& other : activations())
    if (other.id != "softmax") EXPECT_FALSE(other.vector_valued) << other.id;
}

TEST(SampleCurve, SpansTheRangeExactlyAndMatchesTheScalarFunctions) {
  const Activation& fn = testing::entry("leaky_relu");
  std::vector<double> xs(101), ys(101), dys(101);
  sample_curve(fn, {Number::from_double(0.2)}, -3, 7, 101, xs.data(), ys.data(), dys.data());
  EXPECT_EQ(xs.front(), -3.0);
  EXPECT_EQ(xs.back(), 7.0);
  EXPECT_EQ(xs[30], 0.0);
  EXPECT_EQ(ys[0], 0.2 * -3.0);
  EXPECT_EQ(dys[0], 0.2);
  EXPECT_EQ(ys[100], 7.0);
  EXPECT_EQ(dys[30], 0.2);  // x = 0 takes the x <= 0 branch
}

TEST(SampleCurve, OneSampleIsX0AndSoftmaxPlotsSigmoid) {
  double x, y, dy;
  sample_curve(testing::entry("softmax"), {}, 2, 5, 1, &x, &y, &dy);
  EXPECT_EQ(x, 2.0);
  EXPECT_EQ(y, testing::f("sigmoid", 2.0));
  EXPECT_EQ(dy, testing::df("sigmoid", 2.0));
}

}  // namespace
}  // namespace act
