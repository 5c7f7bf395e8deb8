// read_program: values, the choice, the Python source, and every error path with its
// message and column.
#include "numpy/program/program.h"

#include <gtest/gtest.h>

#include "numpy/format.h"
#include "numpy/parse.h"

namespace act {
namespace {

std::string str_of(const std::string& program) {
  const ProgramResult r = read_program(program);
  EXPECT_TRUE(r.ok) << program << " -> column " << r.error.column << ": " << r.error.message;
  return r.ok ? array_str(r.value) : "";
}

struct ErrorCase {
  const char* program;
  const char* message;  // a part of it
  std::size_t column;
};

TEST(Program, LiteralsAreParseArrays) {
  for (const char* text :
       {"[[0.2], [0.5], [1.2], [-2.3], [0]]", "np.array([[0.2],[0.5]])", "[1, 2, -3]",
        "0.2, 0.5, -2.3", "1 2 3", "nan", "[−1.5, np.inf]", "5", "[9223372036854775808, 1]"}) {
    const ParsedArray want = parse_array(text);
    ASSERT_TRUE(want.ok) << text;
    const ProgramResult got = read_program(text);
    ASSERT_TRUE(got.ok) << text;
    EXPECT_TRUE(got.literal);
    EXPECT_EQ(array_repr(got.value), array_repr(want.array)) << text;
    EXPECT_FALSE(got.choice);
  }
}

TEST(Program, LiteralErrorsKeepTheirMessages) {
  for (const char* text : {"[1, 2", "[[1, 2], [3]]", "[1,, 2]", "]", "[1 2, 3]", "", "   "}) {
    const ParsedArray want = parse_array(text);
    ASSERT_FALSE(want.ok) << text;
    const ProgramResult got = read_program(text);
    ASSERT_FALSE(got.ok) << text;
    EXPECT_EQ(got.error.message, want.error.message) << text;
    EXPECT_EQ(got.error.column, want.error.column) << text;
  }
}

TEST(Program, Constructors) {
  EXPECT_EQ(str_of("np.linspace(-5, 5, 11)"), "[-5. -4. -3. -2. -1.  0.  1.  2.  3.  4.  5.]");
  EXPECT_EQ(str_of("np.arange(-3, 4)"), "[-3 -2 -1  0  1  2  3]");
  EXPECT_EQ(str_of("np.arange(-3, 4, 0.7)"), "[-3.  -2.3 -1.6 -0.9 -0.2  0.5  1.2  1.9  2.6  3.3]");
  EXPECT_EQ(str_of("np.arange(5) * 2"), "[0 2 4 6 8]");
  EXPECT_EQ(str_of("np.arange(3).reshape(-1, 1)"), "[[0]\n [1]\n [2]]");
  EXPECT_EQ(str_of("np.zeros((2, 2))"), "[[0. 0.]\n [0. 0.]]");
  EXPECT_EQ(str_of("np.ones(3, dtype=int)"), "[1 1 1]");
  EXPECT_EQ(str_of("np.full(2, 7)"), "[7 7]");
  EXPECT_EQ(str_of("np.zeros_like([1, 2])"), "[0 0]");
  EXPECT_EQ(str_of("np.array([1, 2], dtype='float64')"), "[1. 2.]");
  EXPECT_EQ(str_of("np.pi"), "3.141592653589793");
}

TEST(Program, Statements) {
  EXPECT_EQ(str_of("import numpy as np\nx = np.arange(3)\nprint(x)\nx * 10"), "[0 1 2]");
  EXPECT_EQ(str_of("a = np.arange(3); b = a + 1; b * b"), "[1 4 9]");
  EXPECT_EQ(str_of("import numpy\nnumpy.arange(2)  # a comment"), "[0 1]");
  EXPECT_EQ(str_of("x = np.array([1, 2,\n              3])"), "[1 2 3]");
  EXPECT_EQ(str_of("x = np.arange(4)[:, np.newaxis][1:3]"), "[[1]\n [2]]");
  EXPECT_EQ(str_of("np.arange(6).reshape(2, 3).T"), "[[0 3]\n [1 4]\n [2 5]]");
  EXPECT_EQ(str_of("np.arange(6).reshape((2, 3))[::-1, 1]"), "[4 1]");
}

TEST(Program, ArithmeticFollowsPython) {
  EXPECT_EQ(str_of("-2 ** 2"), "-4");
  EXPECT_EQ(str_of("2 ** -1"), "0.5");
  EXPECT_EQ(str_of("7 // -2"), "-4");
  EXPECT_EQ(str_of("-7 % 3"), "2");
  EXPECT_EQ(str_of("np.arange(3) / 2"), "[0.  0.5 1. ]");
  EXPECT_EQ(str_of("-9223372036854775808"), "-9223372036854775808");
}

TEST(Program, ChoiceIsTheLastCatalogueCall) {
  ProgramResult r = read_program("x = np.array([[-1.0], [2.0]])\nrelu(x, leak = .1)");
  ASSERT_TRUE(r.ok) << r.error.message;
  ASSERT_TRUE(r.choice);
  EXPECT_EQ(r.choice->fn_id, "leaky_relu");
  ASSERT_EQ(r.choice->params.size(), 1u);
  EXPECT_EQ(r.choice->params[0].first, "leak");
  EXPECT_EQ(r.choice->params[0].second, ".1");
  EXPECT_EQ(array_str(r.value), "[[-1.]\n [ 2.]]");

  r = read_program("x = np.arange(3)\ny = relu_dash(x, 0)\nsigmoid(x)");
  ASSERT_TRUE(r.ok) << r.error.message;
  EXPECT_EQ(r.choice->fn_id, "sigmoid");

  r = read_program("relu(np.arange(-2, 2))");
  ASSERT_TRUE(r.ok) << r.error.message;
  EXPECT_EQ(r.choice->fn_id, "relu");
  EXPECT_EQ(array_str(r.value), "[0 0 0 1]");
}

TEST(Program, PythonSource) {
  ProgramResult r = read_program("x = np.arange(−3, 4)*2   # c\nrelu(x, leak=.1)");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.python_source, "x = np.arange(-3, 4) * 2\nrelu(x, leak=.1)\n");
  r = read_program("import numpy as np; (np.arange(3) + 1) ** 2");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.python_source, "x = (np.arange(3) + 1) ** 2\n");
  r = read_program("[1 2 nan]");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.python_source, "x = np.array([1, 2, np.nan])\n");
  r = read_program("x = [1 −2 inf] * np.float32(2)");
  ASSERT_TRUE(r.ok) << r.error.message;
  EXPECT_EQ(r.python_source, "x = [1, -2, np.inf] * np.float32(2)\n");
}

TEST(Program, ABudgetStopsBeforeTheBigArray) {
  ProgramLimits limits;
  limits.budget_elements = 20000;
  for (const char* big :
       {"np.linspace(-5, 5, 50000)", "np.random.randn(30000)", "x = np.arange(20001)",
        "np.zeros((200, 101))", "np.full(30000, 2.5)",
        "np.random.seed(1); np.random.rand(200, 101)", "np.ones(5000).reshape(-1, 1) + np.ones(5)",
        "np.ones(20000)[:, None] * 2 + [1, 2]"}) {
    const ProgramResult r = read_program(big, limits);
    EXPECT_FALSE(r.ok) << big;
    EXPECT_TRUE(r.over_budget) << big;
    EXPECT_LE(r.operations, 70000u) << big;  // what came before; the big array is not made
    const ProgramResult unlimited = read_program(big);
    EXPECT_TRUE(unlimited.ok) << big;
    EXPECT_FALSE(unlimited.over_budget) << big;
  }
  for (const char* small : {"np.linspace(-5, 5, 20000)", "np.random.randn(100, 200)", "[1, 2]"}) {
    const ProgramResult r = read_program(small, limits);
    EXPECT_TRUE(r.ok) << small;
    EXPECT_FALSE(r.over_budget) << small;
  }
  // An error found before any big array stays an error.
  const ProgramResult bad = read_program("np.zeros(3).reshape(4); np.zeros(50000)", limits);
  EXPECT_FALSE(bad.over_budget);
  EXPECT_NE(bad.error.message.find("cannot reshape"), std::string::npos) << bad.error.message;
}

TEST(Program, Limits) {
  ProgramLimits small;
  small.max_operations = 100;
  const ProgramResult r = read_program("x = np.arange(60); y = x + x", small);
  ASSERT_FALSE(r.ok);
  EXPECT_NE(r.error.message.find("too much work"), std::string::npos) << r.error.message;
  EXPECT_EQ(r.error.column, 26u);
}

TEST(Program, EveryErrorHasAMessageAndColumn) {
  const ErrorCase cases[] = {
      {"np.arange(0, 10**7)", "too many elements", 1},
      {"2 ** 10 ** 10", "integer too large", 3},
      {"x = np.zeros((1000, 1000, 2))", "too many elements", 5},
      {"np.random.default_rng(0)", "np.random.default_rng is not supported", 1},
      {"np.exp(np.arange(3))", "np.exp is not supported", 1},
      {"range(5)", "'range' is not supported", 1},
      {"[i for i in x]", "comprehensions are not supported", 4},
      {"import math", "module 'math' is not supported", 8},
      {"from numpy import array", "'from ... import' is not supported", 1},
      {"def relu(x):\n    return x", "def is not needed", 1},
      {"np.linspace(0, 1)[", "expected", 19},
      {"np.linspace(0)", "missing required argument 'stop': np.linspace(start, stop, num)", 14},
      {"np.linspace(0, 1, 5, foo=1)", "unexpected keyword argument 'foo'", 22},
      {"np.arange(6).reshape(4, 2)", "cannot reshape array of size 6 into shape (4,2)", 1},
      {"np.arange(3) + np.arange(4)",
       "operands could not be broadcast together with shapes (3,) (4,)", 14},
      {"np.random.seed(-1)", "Seed must be between 0 and 2**32 - 1", 16},
      {"np.random.seed(1.5)", "integer from 0 to 2**32 - 1", 16},
      {"y = 1\nfoo + 1", "name 'foo' is not defined", 7},
      {"x = 1 / 0", "division by zero", 7},
      {"x = 5 // 0", "integer division or modulo by zero", 7},
      {"np.array([1, 2]) ** -1", "Integers to negative integer powers are not allowed", 18},
      {"np.array([True]) - True", "boolean subtract", 18},
      {"-np.array([True])", "boolean negative", 1},
      {"np.arange(5)[7]", "index 7 is out of bounds for axis 0 with size 5", 14},
      {"np.arange(5)[:, :]", "too many indices for array", 1},
      {"np.arange(6).reshape(-1, -1)", "can only specify one unknown dimension", 1},
      {"x = [1, 2] * 3", "wrap it in np.array", 12},
      {"x = np.arange(3) < 2", "comparisons", 18},
      {"x += 1", "not supported", 3},
      {"a, b = 1, 2", "unpacking", 1},
      {"x[0] = 1", "assigning to elements", 1},
      {"np.zeros(3, dtype='complex')", "dtype 'complex' is not supported", 13},
      {"np.linspace(0, 1, 2.5)", "num must be an integer", 19},
      {"'abc'", "text in quotes is not a number", 1},
      {"np.array([[1, 2], [3]]) * 2", "inhomogeneous shape", 10},
      {"x = (-8) ** (1/3)", "complex", 10},
      {"import numpy as np", "nothing to show", 0},
      {"x = np.arange(3)\nx.foo()", "'.foo' is not supported", 18},
      {"np.random.randint(5, 1)", "low >= high", 1},
      {"np.arange(0, 1, 0)", "step must not be 0", 1},
      {"x = 1 if True else 2", "conditional expressions", 7},
      {"lambda x: x", "unknown name 'lambda'", 1},  // literal-like: the literal reader's words
      {"{1: 2}", "unexpected '{'", 1},
      {"x = {1: 2}", "dicts and sets", 5},
      {"np.array([1, 2]) @ np.array([1, 2])", "matrix multiplication", 18},
      {"x = np.arange(3)\nfor i in x: pass", "'for' is not supported", 18},
      {"x = 'unclosed", "never closed", 5},
      {"x = 1 $ 2", "unexpected character '$'", 7},
  };
  for (const ErrorCase& c : cases) {
    const ProgramResult r = read_program(c.program);
    EXPECT_FALSE(r.ok) << c.program;
    EXPECT_NE(r.error.message.find(c.message), std::string::npos)
        << c.program << "\n  got: " << r.error.message;
    EXPECT_EQ(r.error.column, c.column) << c.program << "\n  got: " << r.error.message;
    EXPECT_EQ(r.error.message.find('\n'), std::string::npos) << c.program;
  }
}

}  // namespace
}  // namespace act
