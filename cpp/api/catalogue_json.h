// The registry as one JSON text, for the page: it reads the catalogue with a single call
// into WASM and one JSON.parse, instead of thousands of calls building objects field by field.
#pragma once

#include <string>
#include <string_view>

namespace act {

// [{"id", "name", "group", "formula", "derivativeFormula", "convention", "numpy",
//   "vectorValued", "params": [{"id", "label", "default", "defaultIsInt", "min", "max", "step"}]}]
std::string catalogue_json();

// s as a JSON string literal (quotes, backslashes and control characters escaped; UTF-8 kept).
std::string json_quote(std::string_view s);

}  // namespace act
