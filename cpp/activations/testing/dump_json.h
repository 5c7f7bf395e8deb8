// The catalogue dump's JSON, shared by the dump tests that feed the NumPy checkers
// (tests/catalogue/check_numpy_snippets.py and tests/edge/check_edge_cases.py).
#pragma once

#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "activations/registry.h"
#include "api/catalogue_json.h"
#include "core/ndarray.h"

namespace act::testing_dump {

using act::json_quote;  // api/catalogue_json.h: the page's catalogue uses the same quoting

// Doubles travel as their bit patterns (hex), so -0.0, NaN and every last bit survive.
inline std::string bits(double v) {
  std::uint64_t u;
  std::memcpy(&u, &v, sizeof u);
  char buf[24];
  std::snprintf(buf, sizeof buf, "\"%016" PRIx64 "\"", u);
  return buf;
}

inline std::string json_array(const NdArray& a) {
  std::string s = "{\"dtype\": \"";
  s += dtype_name(a.dtype);
  s += "\", \"shape\": [";
  for (std::size_t i = 0; i < a.shape.size(); ++i)
    s += (i ? ", " : "") + std::to_string(a.shape[i]);
  s += "], \"data\": [";
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (i) s += ", ";
    s += stores_i64(a.dtype) ? "\"" + std::to_string(a.i64[i]) + "\"" : bits(a.f64[i]);
  }
  return s + "]}";
}

inline std::string json_params(const Activation& fn, const std::vector<Number>& values) {
  std::string s = "{";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) s += ", ";
    s += json_quote(fn.params[i].id) + ": ";
    s += values[i].dtype == DType::Int64 ? "{\"int\": \"" + std::to_string(values[i].i) + "\"}"
                                         : "{\"float\": " + bits(values[i].f) + "}";
  }
  return s + "}";
}

}  // namespace act::testing_dump
