// The core's f and f' for every catalogue entry, written out with its NumPy snippet for the
// NumPy checkers to run the snippets and compare (values travel as bit patterns, so -0.0,
// NaN and every last bit survive). Two dumps, one driver:
//   CatalogueNumpyDump: a dense grid, for tests/catalogue/check_numpy_snippets.py
//     -> $ACT_DUMP_DIR/catalogue.json
//   EdgeCasesNumpyDump: +-0, +-inf, NaN, subnormals, the smallest normal, +-1e308 and +-DBL_MAX,
//     for tests/edge/check_edge_cases.py -> $ACT_EDGE_DUMP_DIR/edge_cases.json
// Each is skipped when its variable is unset (a plain ctest run): its script sets it and runs it.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include "activations/registry.h"
#include "activations/testing/dump_json.h"
#include "api/session.h"
#include "testing/arrays.h"

namespace act {
namespace {

using namespace testing_dump;  // json_quote, json_array, json_params
using testing::floats;
using testing::ints;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// What one dump evaluates: each elementwise function at every input, for its defaults and for
// each slider at the given fractions of its range (and at the ints 0 and 1, where the tutorial's
// dtype rules use them); softmax, which takes the whole vector, at each of its own inputs.
struct DumpPlan {
  std::vector<NdArray> inputs;
  std::vector<double> slider_fractions;
  std::vector<NdArray> softmax_inputs;
  // float32 and bool inputs, with the defaults only, written apart ("dtype_cases") for readers of
  // "cases" that build x from its text (tests/wasm/catalogue.test.mjs): those know int64 and
  // float64.
  std::vector<NdArray> dtype_inputs;
  std::vector<NdArray> softmax_dtype_inputs;
  // 0-d inputs as typed on the page (literals, and programs whose x is a Python float, a NumPy
  // scalar, a 0-d float32 array), with the defaults, written apart ("zero_d"): what the core
  // echoes for them and the "Copy as NumPy" script that should print the same.
  std::vector<std::string> zero_d_texts;
};

std::vector<std::vector<Number>> parameter_sets(const Activation& fn,
                                                const std::vector<double>& fractions) {
  std::vector<std::vector<Number>> sets(1);
  for (const ParamSpec& p : fn.params) sets[0].push_back(p.default_value);
  if (fn.params.empty()) return sets;
  for (double q : fractions) {
    std::vector<Number> s;
    for (const ParamSpec& p : fn.params)
      s.push_back(Number::from_double(p.min + (p.max - p.min) * q));
    sets.push_back(s);
  }
  if (fn.value_array) {
    for (std::int64_t v : {0, 1})
      sets.push_back(std::vector<Number>(fn.params.size(), Number::from_int(v)));
  }
  return sets;
}

std::string json_case(const Activation& fn, const NdArray& x, const std::vector<Number>& params) {
  return "{\"params\": " + json_params(fn, params) + ", \"x\": " + json_array(x) +
         ", \"f\": " + json_array(evaluate_value(fn, x, params)) +
         ", \"df\": " + json_array(evaluate_derivative(fn, x, params)) +
         ", \"refusal_f\": " + json_quote(numpy_refusal(fn, x, false)) +
         ", \"refusal_df\": " + json_quote(numpy_refusal(fn, x, true)) + "}";
}

// One 0-d input typed on the page: the Session's echoes of x, f(x) and f'(x) (print, print,
// repr) and its "Copy as NumPy" script, which prints the same three lines in NumPy.
std::string json_zero_d_case(const Activation& fn, const std::string& text) {
  Session s;
  s.set_function(fn.id);
  s.set_vector(text);
  std::string out =
      "{\"text\": " + json_quote(text) + ", \"evaluated\": " + (s.evaluated() ? "true" : "false");
  if (s.evaluated())
    out += ", \"x\": " + json_array(s.x()) + ", \"f\": " + json_array(s.fx()) +
           ", \"df\": " + json_array(s.dfx()) + ", \"x_echo\": " + json_quote(s.x_text()) +
           ", \"f_echo\": " + json_quote(s.fx_text()) +
           ", \"df_echo\": " + json_quote(s.dfx_text()) +
           ", \"script\": " + json_quote(s.python_script());
  return out + "}";
}

// {"functions": [{"id", "vector_valued", "snippet", "cases": [{"params", "x", "f", "df"}],
// "dtype_cases": [...], "scalar_of_0d": {"f", "df"}, "zero_d": [...]}]} to $env_var/file_name;
// skipped when env_var is unset.
void write_dump(const char* env_var, const char* file_name, const DumpPlan& plan) {
  const char* dir = std::getenv(env_var);
  if (dir == nullptr || *dir == '\0') GTEST_SKIP() << env_var << " not set";
  std::string out = "{\"functions\": [\n";
  bool first = true;
  for (const Activation& fn : activations()) {
    std::vector<std::string> cases;
    std::vector<std::string> dtype_cases;
    if (fn.vector_valued) {
      for (const NdArray& x : plan.softmax_inputs) cases.push_back(json_case(fn, x, {}));
      for (const NdArray& x : plan.softmax_dtype_inputs)
        dtype_cases.push_back(json_case(fn, x, {}));
    } else {
      for (const auto& params : parameter_sets(fn, plan.slider_fractions)) {
        for (const NdArray& x : plan.inputs) cases.push_back(json_case(fn, x, params));
      }
      for (const NdArray& x : plan.dtype_inputs)
        dtype_cases.push_back(json_case(fn, x, parameter_sets(fn, {})[0]));
    }
    out += first ? "" : ",\n";
    first = false;
    out += "{\"id\": " + json_quote(fn.id) +
           ", \"vector_valued\": " + (fn.vector_valued ? "true" : "false") +
           ", \"snippet\": " + json_quote(fn.numpy_snippet) + ", \"cases\": [\n";
    for (std::size_t i = 0; i < cases.size(); ++i) out += (i ? ",\n" : "") + cases[i];
    out += "],\n\"dtype_cases\": [\n";
    for (std::size_t i = 0; i < dtype_cases.size(); ++i) out += (i ? ",\n" : "") + dtype_cases[i];
    out += "]";
    if (!plan.zero_d_texts.empty()) {
      // The registry's table: does NumPy give a scalar (not a 0-d array) for f, f' of a 0-d x?
      out += ",\n\"scalar_of_0d\": {\"f\": ";
      out += numpy_scalar_of_0d(fn, false) ? "true" : "false";
      out += ", \"df\": ";
      out += numpy_scalar_of_0d(fn, true) ? "true" : "false";
      out += "},\n\"zero_d\": [\n";
      for (std::size_t i = 0; i < plan.zero_d_texts.size(); ++i)
        out += (i ? ",\n" : "") + json_zero_d_case(fn, plan.zero_d_texts[i]);
      out += "]";
    }
    out += "}";
  }
  out += "\n]}\n";
  const std::string path = std::string(dir) + "/" + file_name;
  std::ofstream file(path, std::ios::binary);
  ASSERT_TRUE(file) << "cannot write " << path;
  file << out;
  ASSERT_TRUE(file.good());
}

// ---- the catalogue dump: a dense grid ----------------------------------------------------

// Every 1/64 on [-10, 10] (kinks included), every 0.1 (not dyadic), and the extremes.
NdArray dense_grid() {
  std::vector<double> xs;
  for (int k = -640; k <= 640; ++k) xs.push_back(k / 64.0);
  for (int k = -100; k <= 100; ++k) xs.push_back(k / 10.0);
  for (double v : {std::numeric_limits<double>::denorm_min(),
                   std::numeric_limits<double>::min(),
                   1e-300,
                   1e-10,
                   1e-5,
                   0.001,
                   15.0,
                   19.999,
                   20.0,
                   20.001,
                   25.0,
                   30.0,
                   40.0,
                   50.0,
                   100.0,
                   709.0,
                   710.0,
                   745.0,
                   1000.0,
                   1e10,
                   1e100,
                   1e154,
                   1e200,
                   1e300,
                   1e308,
                   std::numeric_limits<double>::max(),
                   kInf}) {
    xs.push_back(v);
    xs.push_back(-v);
  }
  xs.push_back(-0.0);
  xs.push_back(kNaN);
  return floats(xs);
}

// Softmax's inputs: the tutorial's three column vectors, and a few awkward ones.
std::vector<NdArray> softmax_grid() {
  std::vector<NdArray> v = {
      floats({0.2, 0.5, 1.2, -2.3, 0}, {5, 1}),
      floats({0.11, -2.2, 0, 50.2, 33.5, -0.6}, {6, 1}),
      floats({-0.5, 0, 1, 2, 3, 4.5}, {6, 1}),
      ints({1, 2, -3}),
      floats({0.0}),
      floats({1000, -1000, 0}),
      floats({-1000, -1000}),
      floats({1e308, -1e308, 0}),
      floats({1, 2, 3, 4, 5, 6}, {2, 3}),
      floats({1, kNaN}),
  };
  for (std::size_t n : {9u, 20u, 130u}) {  // past the 8 and 128 of NumPy's pairwise sum
    std::vector<double> xs;
    for (std::size_t i = 0; i < n; ++i) xs.push_back(std::sin(1.7 * i) * 4 + 0.01 * i);
    v.push_back(floats(xs));
  }
  return v;
}

// Softmax's float32 and bool inputs.
std::vector<NdArray> softmax_dtype_grid() {
  NdArray f32 = NdArray::of_shape(DType::Float32, {5, 1});
  f32.f64 = {round_f32(0.2), round_f32(0.5), round_f32(1.2), round_f32(-2.3), 0.0};
  NdArray b = NdArray::of_shape(DType::Bool, {3});
  b.i64 = {1, 0, 1};
  return {f32, b};
}

// float32 and bool inputs: the dense grid rounded to float32, a 0-d float32, bools 1-d and 0-d.
std::vector<NdArray> other_dtype_inputs(const NdArray& grid) {
  NdArray f32 = NdArray::of_shape(DType::Float32, grid.shape);
  for (std::size_t i = 0; i < grid.f64.size(); ++i) f32.f64[i] = round_f32(grid.f64[i]);
  NdArray f32_0d = NdArray::of_shape(DType::Float32, {});
  f32_0d.f64 = {-1.5};
  NdArray b = NdArray::of_shape(DType::Bool, {3});
  b.i64 = {1, 0, 1};
  NdArray b_0d = NdArray::of_shape(DType::Bool, {});
  b_0d.i64 = {1};
  return {f32, f32_0d, b, b_0d};
}

TEST(CatalogueNumpyDump, WritesSnippetsAndValues) {
  const NdArray grid = dense_grid();
  write_dump("ACT_DUMP_DIR", "catalogue.json",
             {{grid, ints({-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6})},
              {0.25, 0.75},
              softmax_grid(),
              other_dtype_inputs(grid),
              softmax_dtype_grid(),
              {"0.5", "-2.0", "0", "x = 0.5", "x = np.float64(-2.0)",
               "x = np.array(0.5, dtype=np.float32)"}});
}

// ---- the edge-case dump: the values where formulas break ---------------------------------

// The edge values, each with its negative.
NdArray edge_values() {
  std::vector<double> xs = {0.0, -0.0, kNaN};
  for (double v :
       {kInf, std::numeric_limits<double>::denorm_min(), 1e-320, 1e-310,
        2.2250738585072009e-308 /* largest subnormal */, std::numeric_limits<double>::min(), 1e-300,
        1e300, 1e307, 1e308, std::numeric_limits<double>::max()}) {
    xs.push_back(v);
    xs.push_back(-v);
  }
  return floats(xs);
}

// Softmax takes the whole vector: the edge values in small vectors, where they interact.
std::vector<NdArray> softmax_edges() {
  const double tiny = std::numeric_limits<double>::denorm_min(),
               big = std::numeric_limits<double>::max();
  return {floats({0.0}),
          floats({-0.0}),
          floats({0.0, -0.0}),
          floats({tiny}),
          floats({tiny, -tiny, 0.0}),
          floats({1e-310, 0.0}),
          floats({1e308}),
          floats({-1e308}),
          floats({1e308, -1e308}),
          floats({1e308, 1e308}),
          floats({-1e308, -1e308}),
          floats({big, -big}),
          floats({big, big, 0.0}),
          floats({-kInf, 0.0}),
          floats({-kInf, -kInf, 1.0}),
          floats({kNaN}),
          floats({kNaN, 0.0}),
          floats({kNaN, kInf}),
          floats({1e308, kNaN}),
          floats({kInf}),
          floats({kInf, 0.0}),
          floats({kInf, kInf, 0.0}),
          floats({kInf, -kInf}),
          floats({-kInf}),
          floats({-kInf, -kInf})};
}

// Defaults, both ends of every slider, and a point inside.
TEST(EdgeCasesNumpyDump, WritesSnippetsAndEdgeValues) {
  write_dump("ACT_EDGE_DUMP_DIR", "edge_cases.json",
             {{edge_values()}, {0.0, 1.0, 0.375}, softmax_edges()});
}

}  // namespace
}  // namespace act
