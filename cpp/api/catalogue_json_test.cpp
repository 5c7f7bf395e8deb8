#include "api/catalogue_json.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "activations/registry.h"

namespace act {
namespace {

TEST(JsonQuote, EscapesWhatJsonRequiresAndKeepsUtf8) {
  EXPECT_EQ(json_quote("plain"), "\"plain\"");
  EXPECT_EQ(json_quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(json_quote("line\nnext"), "\"line\\nnext\"");
  EXPECT_EQ(json_quote(std::string("tab\there\x01\0", 10)), "\"tab\\u0009here\\u0001\\u0000\"");
  EXPECT_EQ(json_quote("f\xE2\x80\xB2(x) \xCE\xB1"), "\"f\xE2\x80\xB2(x) \xCE\xB1\"");
}

TEST(CatalogueJson, ListsEveryFunctionInRegistryOrderWithItsFields) {
  const std::string json = catalogue_json();
  ASSERT_EQ(json.front(), '[');
  ASSERT_EQ(json.back(), ']');
  std::size_t from = 0;
  for (const Activation& fn : activations()) {
    const std::size_t at =
        json.find("{\"id\":" + json_quote(fn.id) + ",\"name\":" + json_quote(fn.name), from);
    ASSERT_NE(at, std::string::npos) << fn.id;
    EXPECT_NE(json.find("\"formula\":" + json_quote(fn.formula_mathml), at), std::string::npos)
        << fn.id;
    EXPECT_NE(json.find("\"numpy\":" + json_quote(fn.numpy_snippet), at), std::string::npos)
        << fn.id;
    from = at + 1;
  }
}

// The number written after `"name":` at or after `from`, read back as C's strtod reads JSON.
double number_after(const std::string& json, const std::string& name, std::size_t from) {
  const std::size_t at = json.find("\"" + name + "\":", from);
  EXPECT_NE(at, std::string::npos) << name;
  return std::strtod(json.c_str() + at + name.size() + 3, nullptr);
}

TEST(CatalogueJson, ParameterNumbersRoundTripAndKeepTheirDtype) {
  const std::string json = catalogue_json();
  // The tutorial's Leaky ReLU: leak 0.1, a float, written in its shortest form.
  const std::size_t leaky = json.find("{\"id\":\"leaky_relu\"");
  ASSERT_NE(leaky, std::string::npos);
  EXPECT_NE(json.find("\"default\":1e-1,\"defaultIsInt\":false", leaky), std::string::npos);
  // Every parameter, inside its own function's entry: each number reads back to the same double.
  for (const Activation& fn : activations()) {
    const std::size_t at = json.find("{\"id\":" + json_quote(fn.id) + ",");
    const std::size_t end = json.find("]},", at);
    for (const ParamSpec& p : fn.params) {
      const std::size_t id = json.find("{\"id\":" + json_quote(p.id), at);
      ASSERT_LT(id, end) << fn.id << "." << p.id;
      EXPECT_EQ(number_after(json, "default", id), p.default_value.as_double())
          << fn.id << "." << p.id;
      EXPECT_EQ(number_after(json, "min", id), p.min) << fn.id << "." << p.id;
      EXPECT_EQ(number_after(json, "max", id), p.max) << fn.id << "." << p.id;
      EXPECT_EQ(number_after(json, "step", id), p.step) << fn.id << "." << p.id;
      const std::size_t flag = json.find("\"defaultIsInt\":", id) + 15;
      EXPECT_EQ(json.compare(flag, 4, "true") == 0, p.default_value.dtype == DType::Int64)
          << fn.id << "." << p.id;
    }
  }
}

}  // namespace
}  // namespace act
