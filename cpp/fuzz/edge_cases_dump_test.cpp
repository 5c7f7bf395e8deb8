// Numerical edge cases for every function: writes each catalogue entry's NumPy snippet with the
// core's f and f' at +-0, +-inf, NaN, subnormals, the smallest normal, +-1e308 and +-DBL_MAX,
// for its default parameters, both ends of each slider and a point inside, to
// $ACT_EDGE_DUMP_DIR/edge_cases.json, in the format of CatalogueNumpyDump (catalogue_dump_test.cpp)
// so tests/edge/check_edge_cases.py can compare them with NumPy using the catalogue's checker.
// Skipped when ACT_EDGE_DUMP_DIR is unset (a plain ctest run): the script sets it and runs this.
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

NdArray floats(std::vector<double> v) {
  NdArray a = NdArray::of_shape(DType::Float64, {v.size()});
  a.f64 = std::move(v);
  return a;
}

constexpr double kInf = std::numeric_limits<double>::infinity();

// The edge values, each with its negative.
NdArray edge_values() {
  std::vector<double> xs = {0.0, -0.0, std::numeric_limits<double>::quiet_NaN()};
  for (double v : {kInf, std::numeric_limits<double>::denorm_min(), 1e-320, 1e-310,
                   2.2250738585072009e-308 /* largest subnormal */, std::numeric_limits<double>::min(), 1e-300,
                   1e300, 1e307, 1e308, std::numeric_limits<double>::max()}) {
    xs.push_back(v);
    xs.push_back(-v);
  }
  return floats(xs);
}

// Softmax takes the whole vector: the edge values in small vectors, where they interact.
std::vector<NdArray> softmax_edges() {
  const double nan = std::numeric_limits<double>::quiet_NaN(), tiny = std::numeric_limits<double>::denorm_min();
  const double big = std::numeric_limits<double>::max();
  return {floats({0.0}), floats({-0.0}), floats({0.0, -0.0}), floats({tiny}), floats({tiny, -tiny, 0.0}),
          floats({1e-310, 0.0}), floats({1e308}), floats({-1e308}), floats({1e308, -1e308}),
          floats({1e308, 1e308}), floats({-1e308, -1e308}), floats({big, -big}), floats({big, big, 0.0}),
          floats({-kInf, 0.0}), floats({-kInf, -kInf, 1.0}), floats({nan}), floats({nan, 0.0}),
          floats({nan, kInf}), floats({1e308, nan}), floats({kInf}), floats({kInf, 0.0}), floats({kInf, kInf, 0.0}),
          floats({kInf, -kInf}), floats({-kInf}), floats({-kInf, -kInf})};
}

// Defaults, both ends of every slider, and a point inside; ints too where the dtype rules use them.
std::vector<std::vector<Number>> parameter_sets(const Activation& fn) {
  std::vector<std::vector<Number>> sets(1);
  for (const ParamSpec& p : fn.params) sets[0].push_back(p.default_value);
  if (fn.params.empty()) return sets;
  for (double q : {0.0, 1.0, 0.375}) {
    std::vector<Number> s;
    for (const ParamSpec& p : fn.params) s.push_back(Number::from_double(p.min + (p.max - p.min) * q));
    sets.push_back(s);
  }
  if (fn.value_array) {
    for (std::int64_t v : {0, 1}) sets.push_back(std::vector<Number>(fn.params.size(), Number::from_int(v)));
  }
  return sets;
}

std::string json_case(const Activation& fn, const NdArray& x, const std::vector<Number>& params) {
  return "{\"params\": " + json_params(fn, params) + ", \"x\": " + json_array(x) +
         ", \"f\": " + json_array(evaluate_value(fn, x, params)) +
         ", \"df\": " + json_array(evaluate_derivative(fn, x, params)) + "}";
}

TEST(EdgeCasesNumpyDump, WritesSnippetsAndEdgeValues) {
  const char* dir = std::getenv("ACT_EDGE_DUMP_DIR");
  if (dir == nullptr || *dir == '\0') GTEST_SKIP() << "ACT_EDGE_DUMP_DIR not set";
  std::string out = "{\"functions\": [\n";
  bool first = true;
  for (const Activation& fn : activations()) {
    std::vector<std::string> cases;
    if (fn.vector_valued) {
      for (const NdArray& x : softmax_edges()) cases.push_back(json_case(fn, x, {}));
    } else {
      for (const auto& params : parameter_sets(fn)) cases.push_back(json_case(fn, edge_values(), params));
    }
    out += first ? "" : ",\n";
    first = false;
    out += "{\"id\": " + json_string(fn.id) + ", \"vector_valued\": " + (fn.vector_valued ? "true" : "false") +
           ", \"snippet\": " + json_string(fn.numpy_snippet) + ", \"cases\": [\n";
    for (std::size_t i = 0; i < cases.size(); ++i) out += (i ? ",\n" : "") + cases[i];
    out += "]}";
  }
  out += "\n]}\n";
  const std::string path = std::string(dir) + "/edge_cases.json";
  std::ofstream file(path, std::ios::binary);
  ASSERT_TRUE(file) << "cannot write " << path;
  file << out;
  ASSERT_TRUE(file.good());
}

}  // namespace
}  // namespace act
