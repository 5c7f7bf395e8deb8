// float32 and bool arrays printed as NumPy 1.24 prints them, and the tutorial's relu/relu_dash
// on them with NumPy's dtype promotion, against tests/golden/dtype_goldens.json
// (make_dtype_goldens.py under Debian's NumPy).
#include <gtest/gtest.h>

#include <cstring>
#include <iostream>

#include "activations/relu.h"
#include "numpy/format.h"
#include "numpy/golden_cases_test_util.h"
#include "numpy/parse.h"

namespace act {
namespace {

using testing::Json;
using testing::quoted;
using testing::show;

NdArray build(const Json& c) {
  std::vector<std::size_t> shape;
  for (const Json& d : c["shape"].items) shape.push_back(std::stoul(d.text));
  const bool is_bool = c["dtype"].text == "bool";
  NdArray a = NdArray::of_shape(is_bool ? DType::Bool : DType::Float32, shape);
  for (std::size_t i = 0; i < c["data"].items.size(); ++i) {
    const std::string& t = c["data"].items[i].text;
    if (is_bool) {
      a.i64[i] = std::stoll(t);
    } else {
      const std::uint64_t u = std::strtoull(t.c_str(), nullptr, 16);
      std::memcpy(&a.f64[i], &u, sizeof u);
    }
  }
  return a;
}

std::string check_case(const Json& c) {
  std::string report;
  const NdArray x = build(c);
  if (array_str(x) != c["str"].text)
    report += show("str(x)", quoted(c["str"].text), quoted(array_str(x)));
  if (array_repr(x) != c["repr"].text)
    report += show("repr(x)", quoted(c["repr"].text), quoted(array_repr(x)));
  for (const Json& r : c["relu"].items) {
    const ParsedNumber leak = parse_number(r["leak"].text);
    if (!leak.ok) return report + "  leak " + r["leak"].text + " did not parse\n";
    const NdArray f = relu(x, leak.value), d = relu_dash(x, leak.value);
    const std::string at = "(x, " + r["leak"].text + ")";
    if (dtype_name(f.dtype) != r["dtype"].text)
      report += show("relu" + at + ".dtype", r["dtype"].text, dtype_name(f.dtype));
    if (array_str(f) != r["str"].text)
      report += show("str(relu" + at + ")", quoted(r["str"].text), quoted(array_str(f)));
    if (array_repr(f) != r["repr"].text)
      report += show("repr(relu" + at + ")", quoted(r["repr"].text), quoted(array_repr(f)));
    if (dtype_name(d.dtype) != r["dash_dtype"].text)
      report += show("relu_dash" + at + ".dtype", r["dash_dtype"].text, dtype_name(d.dtype));
    if (array_repr(d) != r["dash_repr"].text)
      report +=
          show("repr(relu_dash" + at + ")", quoted(r["dash_repr"].text), quoted(array_repr(d)));
  }
  return report.empty() ? "" : "x = " + quoted(c["repr"].text) + "\n" + report;
}

TEST(DtypeGolden, Float32AndBoolPrintAndReluAsNumpy) {
  Json file;
  std::string err;
  ASSERT_TRUE(testing::load_json_file(
      std::string(PROJECT_ROOT) + "/tests/golden/dtype_goldens.json", file, err))
      << err;
  std::size_t n = 0, relus = 0, failures = 0;
  for (const Json& c : file["cases"].items) {
    ++n;
    relus += c["relu"].items.size();
    const std::string r = check_case(c);
    if (!r.empty() && failures++ < 30) ADD_FAILURE() << r;
  }
  EXPECT_GE(n, 800U);
  EXPECT_EQ(failures, 0U);
  std::cout << n << " float32/bool arrays and " << relus << " relu/relu_dash pairs checked, "
            << failures << " mismatches\n";
}

TEST(DtypePrint, Examples) {
  NdArray b = NdArray::of_shape(DType::Bool, {2});
  b.i64 = {1, 0};
  EXPECT_EQ(array_str(b), "[ True False]");
  EXPECT_EQ(array_repr(b), "array([ True, False])");
  NdArray f = NdArray::of_shape(DType::Float32, {2});
  f.f64 = {round_f32(0.1), round_f32(-2.5)};
  EXPECT_EQ(array_str(f), "[ 0.1 -2.5]");
  EXPECT_EQ(array_repr(f), "array([ 0.1, -2.5], dtype=float32)");
  const NdArray g = relu(f, Number::from_double(0.1));
  EXPECT_EQ(array_repr(g), "array([ 0.1 , -0.25], dtype=float32)");
}

}  // namespace
}  // namespace act
