// The Session: each text parsed once, work done only for what changed, the page's messages.
#include "api/session.h"

#include <gtest/gtest.h>

namespace act {
namespace {

TEST(Session, TheTutorialsFirstExample) {
  Session s;
  EXPECT_EQ(s.function().id, "relu");
  EXPECT_FALSE(s.evaluated());
  ASSERT_TRUE(s.set_vector("[[0.2], [0.5], [1.2], [-2.3], [0]]"));
  ASSERT_TRUE(s.evaluated());
  EXPECT_EQ(s.x_text(), "[[ 0.2]\n [ 0.5]\n [ 1.2]\n [-2.3]\n [ 0. ]]");
  EXPECT_EQ(s.fx_text(), "[[ 0.2]\n [ 0.5]\n [ 1.2]\n [-0. ]\n [ 0. ]]");
  EXPECT_EQ(s.dfx_text(), "array([[1],\n       [1],\n       [1],\n       [0],\n       [0]])");
  EXPECT_EQ(s.x_values(), (std::vector<double>{0.2, 0.5, 1.2, -2.3, 0}));
  EXPECT_EQ(s.dfx_values(), (std::vector<double>{1, 1, 1, 0, 0}));
  EXPECT_TRUE(s.errors().empty());
}

TEST(Session, AParameterChangeReEvaluatesWithoutReParsing) {
  Session s;
  s.set_function("leaky_relu");
  s.set_vector("[[-0.5], [0], [1], [2], [3], [4.5]]");
  EXPECT_EQ(s.vector_parses(), 1u);
  ASSERT_TRUE(s.set_param("leak", ".1"));
  EXPECT_EQ(s.fx_text(), "[[-0.05]\n [ 0.  ]\n [ 1.  ]\n [ 2.  ]\n [ 3.  ]\n [ 4.5 ]]");
  EXPECT_EQ(
      s.dfx_text(),
      "array([[0.1],\n       [0.1],\n       [1. ],\n       [1. ],\n       [1. ],\n       [1. ]])");
  ASSERT_TRUE(s.set_param("leak", "0"));  // an int leak keeps f' int
  EXPECT_EQ(s.dfx_text(),
            "array([[0],\n       [0],\n       [1],\n       [1],\n       [1],\n       [1]])");
  s.set_function("relu");
  s.set_function("leaky_relu");
  EXPECT_EQ(s.vector_parses(), 1u);  // never re-parsed
  // The same text again: nothing to do.
  const std::size_t evaluations = s.evaluations();
  s.set_vector("[[-0.5], [0], [1], [2], [3], [4.5]]");
  s.set_param("leak", "0");
  EXPECT_EQ(s.vector_parses(), 1u);
  EXPECT_EQ(s.evaluations(), evaluations);
}

TEST(Session, ABadParameterKeepsTheLastGoodValue) {
  Session s;
  s.set_function("leaky_relu");
  s.set_vector("[-1, 2]");
  s.set_param("leak", "0.2");
  EXPECT_FALSE(s.set_param("leak", "0.2x"));
  const std::vector<InputError> errors = s.errors();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "leak");
  EXPECT_EQ(errors[0].message, "Leak: invalid number '0.2x'");
  EXPECT_EQ(errors[0].column, 1u);
  EXPECT_EQ(s.param_values()[0].as_double(), 0.2);
  EXPECT_EQ(s.fx_text(), "[-0.2  2. ]");
  // The curve is drawn with the last good value too.
  EXPECT_EQ(s.value_at(-1).first, -0.2);
  ASSERT_TRUE(s.set_param("leak", "0.3"));
  EXPECT_TRUE(s.errors().empty());
  s.reset_param("leak");
  EXPECT_EQ(s.param_values()[0].as_double(), 0.1);
}

TEST(Session, ParametersOfOtherFunctionsWaitForThem) {
  Session s;
  s.set_param("alpha", "2.0");  // ReLU has no alpha: kept, unused
  EXPECT_TRUE(s.param_values().empty());
  s.set_function("elu");
  EXPECT_EQ(s.param_values()[0].as_double(), 2.0);
  s.set_param("leak", "oops");  // an error in another function's parameter is not ELU's
  EXPECT_TRUE(s.errors().empty());
  s.set_function("leaky_relu");
  ASSERT_EQ(s.errors().size(), 1u);
  EXPECT_EQ(s.errors()[0].field, "leak");
}

TEST(Session, ErrorsInThePagesOrderWithItsMessages) {
  Session s;
  EXPECT_FALSE(s.set_function("nope"));
  EXPECT_EQ(s.function().id, "relu");  // the last good one stays
  EXPECT_FALSE(s.set_vector("[[1], [2]"));
  const std::vector<InputError> errors = s.errors();
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "fn");
  EXPECT_EQ(errors[0].message, "unknown activation 'nope'");
  EXPECT_EQ(errors[1].field, "x");
  EXPECT_EQ(errors[1].message, "column 1: unbalanced bracket: '[' is never closed");
  EXPECT_EQ(errors[1].column, 1u);
  EXPECT_EQ(s.first_error()->field, "fn");
  EXPECT_FALSE(s.evaluated());
  s.set_function("relu");
  EXPECT_EQ(s.first_error()->field, "x");
}

TEST(Session, BlankIsNoVectorAndNoError) {
  Session s;
  EXPECT_TRUE(s.set_vector(" \n\u00a0\u3000"));
  EXPECT_FALSE(s.evaluated());
  EXPECT_TRUE(s.errors().empty());
  EXPECT_FALSE(s.set_vector("# nothing here"));  // not blank: the parser's message
  EXPECT_EQ(s.first_error()->message.find("column 1: empty input"), 0u);
  EXPECT_TRUE(is_blank(""));
  EXPECT_FALSE(is_blank("\u200b"));  // a zero-width space is not whitespace to JavaScript
}

TEST(Session, SoftmaxOfAHugeVectorIsRefusedUntilTheFunctionChanges) {
  std::string big = "[";
  for (int i = 0; i < 2500; ++i) big += "1, ";
  big += "1]";
  Session s;
  ASSERT_TRUE(s.set_vector(big));
  EXPECT_FALSE(s.set_function("softmax") && s.errors().empty());
  ASSERT_EQ(s.errors().size(), 1u);
  EXPECT_EQ(s.errors()[0].message.rfind("Softmax of 2501 entries", 0), 0u);
  EXPECT_FALSE(s.evaluated());
  s.set_function("sigmoid");
  EXPECT_TRUE(s.errors().empty());
  EXPECT_TRUE(s.evaluated());
  EXPECT_EQ(s.vector_parses(), 1u);
}

// NumPy raises on -x of a bool array and computes np.tanh of bools in float16: the page says so
// rather than show numbers the reader's cell would not print (the Copy as NumPy script would
// raise).
TEST(Session, ABoolVectorIsRefusedWhereNumpysSnippetRefusesIt) {
  Session s;
  ASSERT_TRUE(s.set_vector("[True, False]"));  // ReLU of bools: NumPy answers, and so do we
  EXPECT_TRUE(s.evaluated());
  s.set_function("gaussian");  // exp(-x**2): -x of a bool array is a TypeError in NumPy
  EXPECT_FALSE(s.evaluated());
  ASSERT_EQ(s.errors().size(), 1u);
  EXPECT_EQ(s.errors()[0].field, "x");
  EXPECT_EQ(s.errors()[0].message.rfind("NumPy refuses gaussian of a bool array (TypeError", 0), 0u)
      << s.errors()[0].message;
  EXPECT_NE(s.errors()[0].message.find(".astype(float)"), std::string::npos);
  s.set_function("tanh");  // np.tanh of bools is float16
  EXPECT_EQ(s.errors().at(0).message.rfind("NumPy computes tanh of a bool array in float16", 0),
            0u);
  ASSERT_TRUE(s.set_vector("np.array([True, False]).astype(float)"));
  EXPECT_TRUE(s.evaluated());
  EXPECT_TRUE(s.errors().empty());
  // The one-shot evaluate() refuses it the same way.
  const Evaluation once = evaluate("gaussian", {}, "[True, False]");
  EXPECT_FALSE(once.ok);
  EXPECT_EQ(once.error.message,
            "NumPy refuses gaussian of a bool array (TypeError: the snippet "
            "negates or subtracts a bool); .astype(float) reads it as numbers");
}

TEST(Session, CurvesFollowTheParameters) {
  Session s;
  s.set_function("leaky_relu");
  s.set_param("leak", "0.5");
  const CurveRecord r = s.curve(Plot::F, {-4, 4, -3, 5, 600, 300});
  EXPECT_EQ(r.x, (std::vector<double>{-4, 0, 4}));
  EXPECT_EQ(r.y, (std::vector<double>{-2, 0, 4}));
  const YRange range = s.coarse_range(Plot::DF, -4, 4);
  EXPECT_EQ(range.lo, 0.5);
  EXPECT_EQ(range.hi, 1.0);
  EXPECT_EQ(s.value_at(-2), (std::pair<double, double>{-1, 0.5}));
}

TEST(Session, PythonScript) {
  Session s;
  s.set_function("leaky_relu");
  s.set_param("leak", "\u22120.25");
  s.set_vector("0.2 -1.5  # two numbers");
  EXPECT_EQ(s.python_script(),
            "import numpy as np\n"
            "\n"
            "def leaky_relu(x, leak = 0.1):\n"
            "    return np.where(x <= 0, leak * x, x)\n"
            "\n"
            "def leaky_relu_dash(x, leak = 0.1):\n"
            "    return np.where(x <= 0, leak, 1)\n"
            "\n"
            "x = np.array([0.2, -1.5])\n"
            "print(x)\n"
            "print(leaky_relu(x, leak=-0.25))\n"
            "print(repr(leaky_relu_dash(x, leak=-0.25)))\n");
  // Parameters left at their defaults are not passed; without a vector, only the definitions.
  Session t;
  t.set_function("sigmoid");
  EXPECT_EQ(t.python_script().find("x = "), std::string::npos);
  t.set_vector("5");
  EXPECT_NE(t.python_script().find(
                "x = np.array(5)\nprint(x)\nprint(sigmoid(x))\nprint(repr(sigmoid_dash(x)))\n"),
            std::string::npos);
}

}  // namespace
}  // namespace act

namespace act {
namespace {

TEST(SessionProgram, AProgramChoosesTheFunctionAndItsParameters) {
  Session s;
  ASSERT_TRUE(s.set_vector(
      "import numpy as np\nx = np.array([[-1.0], [0.5]])\nprint(x)\nrelu(x, leak = .1)"));
  ASSERT_TRUE(s.program_choice());
  EXPECT_EQ(s.program_choice()->fn_id, "leaky_relu");
  EXPECT_EQ(s.function().id, "leaky_relu");
  EXPECT_EQ(s.x_text(), "[[-1. ]\n [ 0.5]]");
  EXPECT_EQ(s.fx_text(), "[[-0.1]\n [ 0.5]]");
  EXPECT_EQ(s.dfx_text(), "array([[0.1],\n       [1. ]])");
  const std::string script = s.python_script();
  EXPECT_NE(script.find("def leaky_relu(x, leak = 0.1):"), std::string::npos) << script;
  EXPECT_NE(script.find("def relu(x, leak = 0):"), std::string::npos) << script;
  EXPECT_NE(script.find("x = np.array([[-1.0], [0.5]])\nprint(x)\nrelu(x, leak=.1)\n"),
            std::string::npos)
      << script;
}

TEST(SessionProgram, AProgramWithoutACallKeepsTheControls) {
  Session s;
  ASSERT_TRUE(s.set_function("sigmoid"));
  ASSERT_TRUE(s.set_vector("np.linspace(-1, 1, 3)"));
  EXPECT_FALSE(s.program_choice());
  EXPECT_EQ(s.function().id, "sigmoid");
  EXPECT_EQ(s.x_text(), "[-1.  0.  1.]");
}

TEST(SessionProgram, UnseededRandomIsFixedByTheTextAndWrittenInTheScript) {
  Session a, b;
  ASSERT_TRUE(a.set_vector("np.random.randn(3)"));
  ASSERT_TRUE(b.set_vector("np.random.randn(3)"));
  EXPECT_EQ(a.x_text(), b.x_text());
  const std::string seed =
      "np.random.seed(" + std::to_string(text_seed("np.random.randn(3)")) + ")\n";
  EXPECT_NE(a.python_script().find(seed + "x = np.random.randn(3)\n"), std::string::npos)
      << a.python_script();
  ASSERT_TRUE(a.set_vector("np.random.seed(42); np.random.randn(5, 1)"));
  EXPECT_EQ(a.x_text().substr(0, 29), "[[ 0.49671415]\n [-0.1382643 ]");
}

TEST(SessionProgram, ProgramErrorsNameTheColumn) {
  Session s;
  EXPECT_FALSE(s.set_vector("x = np.arange(6).reshape(4, 2)"));
  const auto e = s.first_error();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field, "x");
  EXPECT_EQ(e->message, "column 5: cannot reshape array of size 6 into shape (4,2)");
  EXPECT_EQ(e->column, 5u);
}

TEST(Session, TheTangentFollowsTheFunctionAndItsParameters) {
  Session s;
  s.set_function("leaky_relu");
  s.set_param("leak", "0.2");
  const Tangent t = s.tangent_at(-1, 0.05);
  EXPECT_FALSE(t.snapped);
  EXPECT_DOUBLE_EQ(t.left_y, -0.2);
  EXPECT_DOUBLE_EQ(t.left_slope, 0.2);
  const Tangent k = s.tangent_at(0.02, 0.05);
  EXPECT_TRUE(k.snapped);
  EXPECT_DOUBLE_EQ(k.left_slope, 0.2);
  EXPECT_EQ(k.right_slope, 1);
}

TEST(Session, TheDerivativeOfA0dIsANumpyScalarWhereTheSnippetGivesOne) {
  // What NumPy 1.24 echoes for repr(f_dash(x)) of a 0-d x (digits: the catalogue's own checks).
  Session s;
  ASSERT_TRUE(s.set_vector("5"));
  EXPECT_EQ(s.dfx_text(), "array(1)");  // np.where: a 0-d array
  ASSERT_TRUE(s.set_function("sigmoid"));
  EXPECT_EQ(s.dfx_text().substr(0, 10), "0.00664805");  // 0.006648056670790156: a float64 scalar
  ASSERT_TRUE(s.set_function("tanh"));
  ASSERT_TRUE(s.set_vector("np.array(2.0, dtype=np.float32)"));
  EXPECT_EQ(s.dfx_text().substr(0, 12), "0.0706508248");  // 0.07065082485316446: float64
  ASSERT_TRUE(s.set_function("sinusoid"));
  EXPECT_EQ(s.dfx_text().substr(0, 9), "-0.416146");  // NumPy's -0.4161468: a float32 scalar
  ASSERT_TRUE(s.set_function("relu6"));
  EXPECT_EQ(s.dfx_text(), "array(1.)");
  ASSERT_TRUE(s.set_function("tanh"));
  ASSERT_TRUE(s.set_vector("[5]"));
  EXPECT_EQ(s.dfx_text(), "array([0.00018158])");  // one dimension: an array, as ever
}

TEST(SessionProgram, ABudgetSendsBigProgramsToTheWorkerWithoutAnError) {
  Session s;
  s.set_element_budget(20000);
  ASSERT_TRUE(s.set_vector("np.linspace(-5, 5, 20000)"));  // within the budget: read here
  EXPECT_FALSE(s.needs_worker());
  EXPECT_TRUE(s.evaluated());
  for (const char* big :
       {"np.linspace(-5, 5, 50000)", "np.random.randn(30000)", "x = np.arange(20001)",
        "np.zeros((200, 101))", "np.ones(5000).reshape(-1, 1) + np.ones(5)"}) {
    EXPECT_TRUE(s.set_vector(big)) << big;
    EXPECT_TRUE(s.needs_worker()) << big;
    EXPECT_FALSE(s.evaluated()) << big;
    EXPECT_TRUE(s.errors().empty()) << big;
  }
  // A real error before the big array is still an error; an over-limit one too.
  EXPECT_FALSE(s.set_vector("np.zeros(3).reshape(4); np.zeros(50000)"));
  EXPECT_FALSE(s.needs_worker());
  EXPECT_FALSE(s.set_vector("np.arange(0, 10**7)"));
  EXPECT_FALSE(s.needs_worker());
  // Without the budget (the worker's session), the same text is read.
  s.set_element_budget(0);
  ASSERT_TRUE(s.set_vector("np.linspace(-5, 5, 50000)"));
  EXPECT_FALSE(s.needs_worker());
  EXPECT_EQ(s.x().size(), 50000u);
  EXPECT_EQ(s.x_text(),
            "[-5.         -4.9998     -4.99959999 ...  4.99959999  4.9998\n  5.        ]");
  ASSERT_TRUE(s.set_vector("[1, 2]"));
  EXPECT_FALSE(s.needs_worker());
}

TEST(SessionProgram, AGivenSeedDrawsAndIsReported) {
  Session a, b;
  ASSERT_TRUE(a.set_vector("np.random.randn(3)"));
  EXPECT_EQ(a.drawn_seed(), std::to_string(text_seed("np.random.randn(3)")));
  ASSERT_TRUE(b.set_seed("42"));
  ASSERT_TRUE(b.set_vector("np.random.randn(3)"));
  EXPECT_EQ(b.drawn_seed(), "42");
  EXPECT_EQ(b.x_text(), "[ 0.49671415 -0.1382643   0.64768854]");
  EXPECT_NE(b.python_script().find("np.random.seed(42)\nx = np.random.randn(3)\n"),
            std::string::npos)
      << b.python_script();
  ASSERT_TRUE(b.set_param("leak", "0.5"));  // a parameter keeps the draws
  EXPECT_EQ(b.x_text(), "[ 0.49671415 -0.1382643   0.64768854]");
  ASSERT_TRUE(b.set_seed("4294967295"));  // a new seed re-reads the same text
  const std::size_t parses = b.vector_parses();
  ASSERT_TRUE(b.set_vector("np.random.randn(3)"));
  EXPECT_EQ(b.vector_parses(), parses + 1);
  EXPECT_EQ(b.drawn_seed(), "4294967295");
  EXPECT_NE(b.x_text(), "[ 0.49671415 -0.1382643   0.64768854]");
  ASSERT_TRUE(b.set_vector("np.random.randn(3)"));  // same text, same seed: not read again
  EXPECT_EQ(b.vector_parses(), parses + 1);
  ASSERT_TRUE(b.set_seed(""));  // back to the text's own
  ASSERT_TRUE(b.set_vector("np.random.randn(3)"));
  EXPECT_EQ(b.x_text(), a.x_text());
  for (const char* bad : {"4294967296", "-1", "1e3", "12345678901", " 1"}) {
    EXPECT_FALSE(b.set_seed(bad)) << bad;
    ASSERT_TRUE(b.set_vector("np.random.randn(3)"));
    EXPECT_EQ(b.x_text(), a.x_text()) << bad;
  }
  // No seed is reported for texts that do not draw, or seed themselves.
  ASSERT_TRUE(b.set_vector("np.random.seed(1); np.random.randn(3)"));
  EXPECT_EQ(b.drawn_seed(), "");
  ASSERT_TRUE(b.set_vector("np.arange(3)"));
  EXPECT_EQ(b.drawn_seed(), "");
}

}  // namespace
}  // namespace act
