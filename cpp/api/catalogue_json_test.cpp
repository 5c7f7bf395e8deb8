#include "api/catalogue_json.h"

#include <gtest/gtest.h>

#include <cstdio>

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
    const std::size_t at = json.find("{\"id\":" + json_quote(fn.id) + ",\"name\":" + json_quote(fn.name), from);
    ASSERT_NE(at, std::string::npos) << fn.id;
    EXPECT_NE(json.find("\"formula\":" + json_quote(fn.formula_mathml), at), std::string::npos) << fn.id;
    EXPECT_NE(json.find("\"numpy\":" + json_quote(fn.numpy_snippet), at), std::string::npos) << fn.id;
    from = at + 1;
  }
}

TEST(CatalogueJson, ParameterNumbersRoundTripAndKeepTheirDtype) {
  const std::string json = catalogue_json();
  // The tutorial's Leaky ReLU: leak 0.1, a float, printed so JSON.parse gives back 0.1 exactly.
  const std::size_t leaky = json.find("{\"id\":\"leaky_relu\"");
  ASSERT_NE(leaky, std::string::npos);
  EXPECT_NE(json.find("\"default\":0.10000000000000001,\"defaultIsInt\":false", leaky), std::string::npos);
  // Every parameter: its id, then its default with its dtype, inside its own function's entry.
  for (const Activation& fn : activations()) {
    const std::size_t at = json.find("{\"id\":" + json_quote(fn.id) + ",");
    const std::size_t end = json.find("]},", at);
    for (const ParamSpec& p : fn.params) {
      char want[96];
      std::snprintf(want, sizeof want, "\"default\":%.17g,\"defaultIsInt\":%s", p.default_value.as_double(),
                    p.default_value.dtype == DType::Int64 ? "true" : "false");
      const std::size_t id = json.find("{\"id\":" + json_quote(p.id), at);
      EXPECT_LT(id, end) << fn.id << "." << p.id;
      EXPECT_LT(json.find(want, id), end) << fn.id << "." << p.id << " " << want;
    }
  }
}

}  // namespace
}  // namespace act
