// The rectifiers: the tutorial's ReLU and Leaky ReLU (built on relu.h so int arrays stay int,
// exactly as its np.where does), PReLU, ReLU6 and squared ReLU.
#include <cmath>

#include "activations/numpy_semantics.h"
#include "activations/registry.h"
#include "activations/relu.h"

namespace act {
namespace {

// The tutorial's np.where(x <= 0, leak * x, x) and np.where(x <= 0, leak, 1) on one float64.
double leaky(double x, double leak) { return x <= 0 ? leak * x : x; }
double leaky_dash(double x, double leak) { return x <= 0 ? leak : 1.0; }

// relu is the tutorial's function with its default leak, the int 0.
double relu_value(double x, const double*) { return leaky(x, 0); }
double relu_dash_value(double x, const double*) { return leaky_dash(x, 0); }
NdArray relu_array(const NdArray& x, const std::vector<Number>&) {
  return relu(x, Number::from_int(0));
}
NdArray relu_dash_array(const NdArray& x, const std::vector<Number>&) {
  return relu_dash(x, Number::from_int(0));
}

// leaky_relu and prelu: the same function with the leak (slope) as their one parameter.
double leak_value(double x, const double* p) { return leaky(x, p[0]); }
double leak_dash_value(double x, const double* p) { return leaky_dash(x, p[0]); }
NdArray leak_array(const NdArray& x, const std::vector<Number>& p) { return relu(x, p[0]); }
NdArray leak_dash_array(const NdArray& x, const std::vector<Number>& p) {
  return relu_dash(x, p[0]);
}

std::vector<double> at_zero(const double*) { return {0.0}; }
// f' steps from leak to 1 at 0 unless the leak is 1.
std::vector<double> at_zero_unless_slope_one(const double* p) {
  return p[0] == 1 ? std::vector<double>{} : std::vector<double>{0.0};
}

double relu6(double x, const double*) { return np::clip(x, 0.0, 6.0); }
// PyTorch's relu6 is hardtanh(x, 0, 6): slope 0 at x <= 0 and x >= 6 (NaN gets 1).
double relu6_dash(double x, const double*) { return (x <= 0 || x >= 6) ? 0.0 : 1.0; }
std::vector<double> at_0_and_6(const double*) { return {0.0, 6.0}; }

double relu_squared(double x, const double*) {
  const double m = np::maximum(x, 0.0);
  return m * m;
}
double relu_squared_dash(double x, const double*) { return x > 0 ? 2 * x : 0.0; }

}  // namespace

Activation relu_entry() {
  Activation a;
  a.id = "relu";
  a.name = "ReLU";
  a.group = "Tutorial";
  // f(x) = max(0, x)
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mi>max</mi><mo>&#x2061;</mo><mo>(</mo><mn>0</mn><mo>,</mo><mi>x</mi><mo>)</mo></math>";
  // f′(x) = {0 if x ≤ 0; 1 if x > 0}
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mn>0</mn></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>≤</mo><mn>0</mn></mtd></"
      "mtr>"
      "<mtr><mtd><mn>1</mn></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn></"
      "mtd></mtr>"
      "</mtable></mrow></math>";
  a.kink_convention =
      "The tutorial's convention: at x = 0 the x ≤ 0 branch is taken, so f(0) = 0·0 = 0 and "
      "f′(0) = 0. A negative float x gives 0·x = −0. (printed -0.), and NaN, not being ≤ 0, "
      "gives f = NaN and f′ = 1. An int array stays int, as np.where gives.";
  a.numpy_snippet =
      "def relu(x, leak = 0):\n"
      "    return np.where(x <= 0, leak * x, x)\n"
      "\n"
      "def relu_dash(x, leak = 0):\n"
      "    return np.where(x <= 0, leak, 1)\n";
  a.value = relu_value;
  a.derivative = relu_dash_value;
  a.value_array = relu_array;
  a.derivative_array = relu_dash_array;
  a.jumps = at_zero;
  a.breakpoints = at_zero;
  return a;
}

Activation leaky_relu_entry() {
  Activation a;
  a.id = "leaky_relu";
  a.name = "Leaky ReLU";
  a.group = "Tutorial";
  // f(x) = {leak⋅x if x ≤ 0; x if x > 0}
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mi>leak</mi><mo>⋅</mo><mi>x</mi></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi>"
      "<mo>≤</mo><mn>0</mn></mtd></mtr>"
      "<mtr><mtd><mi>x</mi></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn></"
      "mtd></mtr>"
      "</mtable></mrow></math>";
  // f′(x) = {leak if x ≤ 0; 1 if x > 0}
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mi>leak</mi></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>≤</mo><mn>0</mn></"
      "mtd></mtr>"
      "<mtr><mtd><mn>1</mn></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn></"
      "mtd></mtr>"
      "</mtable></mrow></math>";
  // The tutorial's leak is 0.1; PyTorch's LeakyReLU defaults to negative_slope = 0.01.
  a.params = {{"leak", "Leak", Number::from_double(0.1), 0, 1, 0.01}};
  a.kink_convention =
      "The tutorial's convention: at x = 0 the x ≤ 0 branch is taken, so f(0) = leak·0 and "
      "f′(0) = leak (PyTorch agrees). The default leak is the tutorial's 0.1; PyTorch's "
      "LeakyReLU defaults to 0.01. A leak typed as an int (0) keeps int arrays int.";
  a.numpy_snippet =
      "def leaky_relu(x, leak = 0.1):\n"
      "    return np.where(x <= 0, leak * x, x)\n"
      "\n"
      "def leaky_relu_dash(x, leak = 0.1):\n"
      "    return np.where(x <= 0, leak, 1)\n";
  a.value = leak_value;
  a.derivative = leak_dash_value;
  a.value_array = leak_array;
  a.derivative_array = leak_dash_array;
  a.jumps = at_zero_unless_slope_one;
  a.breakpoints = at_zero;
  return a;
}

Activation prelu_entry() {
  Activation a;
  a.id = "prelu";
  a.name = "PReLU";
  a.group = "Rectifiers";
  // f(x) = {a⋅x if x ≤ 0; x if x > 0}
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mi>a</mi><mo>⋅</mo><mi>x</mi></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi>"
      "<mo>≤</mo><mn>0</mn></mtd></mtr>"
      "<mtr><mtd><mi>x</mi></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn></"
      "mtd></mtr>"
      "</mtable></mrow></math>";
  // f′(x) = {a if x ≤ 0; 1 if x > 0}
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mi>a</mi></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>≤</mo><mn>0</mn></mtd></"
      "mtr>"
      "<mtr><mtd><mn>1</mn></mtd><mtd><mtext>if&#xa0;</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn></"
      "mtd></mtr>"
      "</mtable></mrow></math>";
  // In a network a is learned; 0.25 is PyTorch's initial value.
  a.params = {{"a", "Slope a", Number::from_double(0.25), 0, 1, 0.01}};
  a.kink_convention =
      "Leaky ReLU with a learned slope a (PyTorch's PReLU starts it at 0.25). At x = 0 the "
      "x ≤ 0 branch is taken: f(0) = a·0, f′(0) = a, as PyTorch's backward gives.";
  a.numpy_snippet =
      "def prelu(x, a=0.25):\n"
      "    return np.where(x <= 0, a * x, x)\n"
      "\n"
      "def prelu_dash(x, a=0.25):\n"
      "    return np.where(x <= 0, a, 1)\n";
  a.value = leak_value;
  a.derivative = leak_dash_value;
  a.value_array = leak_array;
  a.derivative_array = leak_dash_array;
  a.jumps = at_zero_unless_slope_one;
  a.breakpoints = at_zero;
  return a;
}

Activation relu6_entry() {
  Activation a;
  a.id = "relu6";
  a.name = "ReLU6";
  a.group = "Rectifiers";
  // f(x) = min(max(0, x), 6)
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<mi>min</mi><mo>&#x2061;</mo><mo>(</mo><mi>max</mi><mo>&#x2061;</mo><mo>(</mo><mn>0</mn>"
      "<mo>,</mo><mi>x</mi><mo>)</mo><mo>,</mo><mn>6</mn><mo>)</mo></math>";
  // f′(x) = {1 if 0 < x < 6; 0 otherwise}
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mrow><mo>{</mo><mtable columnalign=\"left\">"
      "<mtr><mtd><mn>1</mn></mtd><mtd><mtext>if&#xa0;</mtext><mn>0</mn><mo>&lt;</mo><mi>x</mi>"
      "<mo>&lt;</mo><mn>6</mn></mtd></mtr>"
      "<mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></math>";
  a.kink_convention =
      "PyTorch's ReLU6, clip(x, 0, 6). At x = 0 and x = 6 the flat pieces' slope is taken, as "
      "PyTorch's backward does: f′(0) = f′(6) = 0.";
  a.numpy_snippet =
      "def relu6(x):\n"
      "    return np.clip(x, 0.0, 6.0)\n"
      "\n"
      "def relu6_dash(x):\n"
      "    return np.where((x <= 0) | (x >= 6), 0.0, 1.0)\n";
  a.value = relu6;
  a.derivative = relu6_dash;
  a.jumps = at_0_and_6;
  a.breakpoints = at_0_and_6;
  return a;
}

Activation relu_squared_entry() {
  Activation a;
  a.id = "relu_squared";
  a.name = "Squared ReLU";
  a.group = "Rectifiers";
  // f(x) = max(0, x)^2
  a.formula_mathml =
      "<math display=\"block\"><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo>"
      "<msup><mrow><mi>max</mi><mo>&#x2061;</mo><mo>(</mo><mn>0</mn><mo>,</mo><mi>x</mi><mo>)</"
      "mo></mrow>"
      "<mrow><mn>2</mn></mrow></msup></math>";
  // f′(x) = 2 max(0, x)
  a.derivative_mathml =
      "<math display=\"block\"><msup><mi>f</mi><mo>′</mo></msup><mo>(</mo><mi>x</mi><mo>)</mo>"
      "<mo>=</mo><mn>2</mn><mi>max</mi><mo>&#x2061;</mo><mo>(</mo><mn>0</mn><mo>,</mo><mi>x</mi>"
      "<mo>)</mo></math>";
  a.kink_convention =
      "Squared ReLU (So et al., Primer, 2021). f and f′ are continuous at 0, with f′(0) = 0; "
      "only the second derivative jumps there.";
  a.numpy_snippet =
      "def relu_squared(x):\n"
      "    return np.maximum(x, 0.0) ** 2\n"
      "\n"
      "def relu_squared_dash(x):\n"
      "    return np.where(x > 0, 2 * x, 0.0)\n";
  a.value = relu_squared;
  a.derivative = relu_squared_dash;
  a.breakpoints = at_zero;
  return a;
}

}  // namespace act
