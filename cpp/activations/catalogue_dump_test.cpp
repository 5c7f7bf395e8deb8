// Writes every catalogue entry's NumPy snippet with the core's f and f' on a dense grid to
// $ACT_DUMP_DIR/catalogue.json, for tests/catalogue/check_numpy_snippets.py to run the
// snippets in NumPy and compare. Skipped when ACT_DUMP_DIR is unset (a plain ctest run):
// the script sets it and runs this test itself.
#include <gtest/gtest.h>

#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include "activations/registry.h"
#include "activations/testing/dump_json.h"

namespace act {
namespace {

using namespace testing_dump;  // json_string, bits, json_array, json_params

NdArray floats(std::vector<double> v, std::vector<std::size_t> shape = {}) {
  if (shape.empty()) shape = {v.size()};
  NdArray a = NdArray::of_shape(DType::Float64, shape);
  a.f64 = std::move(v);
  return a;
}

NdArray ints(std::vector<std::int64_t> v) {
  NdArray a = NdArray::of_shape(DType::Int64, {v.size()});
  a.i64 = std::move(v);
  return a;
}

// Every 1/64 on [-10, 10] (kinks included), every 0.1 (not dyadic), and the extremes.
NdArray dense_grid() {
  std::vector<double> xs;
  for (int k = -640; k <= 640; ++k) xs.push_back(k / 64.0);
  for (int k = -100; k <= 100; ++k) xs.push_back(k / 10.0);
  const double inf = std::numeric_limits<double>::infinity();
  for (double v : {std::numeric_limits<double>::denorm_min(), std::numeric_limits<double>::min(), 1e-300,
                   1e-10, 1e-5, 0.001, 15.0, 19.999, 20.0, 20.001, 25.0, 30.0, 40.0, 50.0, 100.0, 709.0,
                   710.0, 745.0, 1000.0, 1e10, 1e100, 1e154, 1e200, 1e300, 1e308,
                   std::numeric_limits<double>::max(), inf}) {
    xs.push_back(v);
    xs.push_back(-v);
  }
  xs.push_back(-0.0);
  xs.push_back(std::numeric_limits<double>::quiet_NaN());
  return floats(xs);
}

// Softmax's inputs: the tutorial's three column vectors, and a few awkward ones.
std::vector<NdArray> softmax_inputs() {
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
      floats({1, std::numeric_limits<double>::quiet_NaN()}),
  };
  for (std::size_t n : {9u, 20u, 130u}) {  // past the 8 and 128 of NumPy's pairwise sum
    std::vector<double> xs;
    for (std::size_t i = 0; i < n; ++i) xs.push_back(std::sin(1.7 * i) * 4 + 0.01 * i);
    v.push_back(floats(xs));
  }
  return v;
}

std::vector<std::vector<Number>> parameter_sets(const Activation& fn) {
  std::vector<std::vector<Number>> sets(1);
  for (const ParamSpec& p : fn.params) sets[0].push_back(p.default_value);
  if (fn.params.empty()) return sets;
  for (double q : {0.25, 0.75}) {
    std::vector<Number> s;
    for (const ParamSpec& p : fn.params) s.push_back(Number::from_double(p.min + (p.max - p.min) * q));
    sets.push_back(s);
  }
  if (fn.value_array) {  // the tutorial's dtype rules: int parameters too
    for (std::int64_t v : {0, 1}) sets.push_back(std::vector<Number>(fn.params.size(), Number::from_int(v)));
  }
  return sets;
}

std::string json_case(const Activation& fn, const NdArray& x, const std::vector<Number>& params) {
  return "{\"params\": " + json_params(fn, params) + ", \"x\": " + json_array(x) +
         ", \"f\": " + json_array(evaluate_value(fn, x, params)) +
         ", \"df\": " + json_array(evaluate_derivative(fn, x, params)) +
         ", \"refusal_f\": " + json_string(numpy_refusal(fn, x, false)) +
         ", \"refusal_df\": " + json_string(numpy_refusal(fn, x, true)) + "}";
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
  const char* dir = std::getenv("ACT_DUMP_DIR");
  if (dir == nullptr || *dir == '\0') GTEST_SKIP() << "ACT_DUMP_DIR not set";
  std::string out = "{\"functions\": [\n";
  bool first = true;
  for (const Activation& fn : activations()) {
    std::vector<std::string> cases;
    // float32 and bool inputs, kept apart ("dtype_cases") for readers of "cases" that build x from
    // its text (tests/wasm/catalogue.test.mjs): those only know int64 and float64.
    std::vector<std::string> dtype_cases;
    if (fn.vector_valued) {
      for (const NdArray& x : softmax_inputs()) cases.push_back(json_case(fn, x, {}));
      NdArray f32 = NdArray::of_shape(DType::Float32, {5, 1});
      f32.f64 = {round_f32(0.2), round_f32(0.5), round_f32(1.2), round_f32(-2.3), 0.0};
      NdArray b = NdArray::of_shape(DType::Bool, {3});
      b.i64 = {1, 0, 1};
      dtype_cases.push_back(json_case(fn, f32, {}));
      dtype_cases.push_back(json_case(fn, b, {}));
    } else {
      const NdArray grid = dense_grid();
      for (const auto& params : parameter_sets(fn)) {
        cases.push_back(json_case(fn, grid, params));
        cases.push_back(json_case(fn, ints({-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6}), params));
      }
      for (const NdArray& x : other_dtype_inputs(grid)) dtype_cases.push_back(json_case(fn, x, parameter_sets(fn)[0]));
    }
    out += first ? "" : ",\n";
    first = false;
    out += "{\"id\": " + json_string(fn.id) + ", \"vector_valued\": " + (fn.vector_valued ? "true" : "false") +
           ", \"snippet\": " + json_string(fn.numpy_snippet) + ", \"cases\": [\n";
    for (std::size_t i = 0; i < cases.size(); ++i) out += (i ? ",\n" : "") + cases[i];
    out += "],\n\"dtype_cases\": [\n";
    for (std::size_t i = 0; i < dtype_cases.size(); ++i) out += (i ? ",\n" : "") + dtype_cases[i];
    out += "]}";
  }
  out += "\n]}\n";
  const std::string path = std::string(dir) + "/catalogue.json";
  std::ofstream file(path, std::ios::binary);
  ASSERT_TRUE(file) << "cannot write " << path;
  file << out;
  ASSERT_TRUE(file.good());
}

}  // namespace
}  // namespace act
