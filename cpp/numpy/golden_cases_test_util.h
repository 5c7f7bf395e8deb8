// Loads a NumPy golden file (tests/golden/make_numpy_goldens.py's format) and checks
// one case through the whole pipeline: parse -> str, repr, relu str, relu_dash repr.
#pragma once

#include <string>
#include <vector>

#include "activations/relu.h"
#include "core/ndarray.h"
#include "numpy/format.h"
#include "numpy/json_test_util.h"
#include "numpy/parse.h"

namespace act::testing {

// Shows an expected/actual pair so a mismatch can be read in a terminal.
inline std::string show(const std::string& what, const std::string& want, const std::string& got) {
  return "  " + what + ":\n    numpy: " + want + "\n    ours:  " + got + "\n";
}

inline std::string quoted(const std::string& s) {
  std::string o = "\"";
  for (char c : s) {
    if (c == '\n')
      o += "\\n";
    else if (c == '"')
      o += "\\\"";
    else
      o += c;
  }
  return o + "\"";
}

// Returns "" when every output matches, else a readable report naming the input.
inline std::string check_golden_case(const Json& c) {
  std::string report;
  const std::string& input = c["input"].text;
  const ParsedArray x = parse_array(input);
  if (!x.ok)
    return "input " + quoted(input) + "\n  parse error at column " +
           std::to_string(x.error.column) + ": " + x.error.message + "\n";
  const std::string dtype = dtype_name(x.array.dtype);
  if (dtype != c["dtype"].text) report += show("dtype", c["dtype"].text, dtype);
  std::string shape = "[";
  for (std::size_t i = 0; i < x.array.shape.size(); ++i)
    shape += (i ? ", " : "") + std::to_string(x.array.shape[i]);
  shape += "]";
  std::string want_shape = "[";
  for (std::size_t i = 0; i < c["shape"].items.size(); ++i)
    want_shape += (i ? ", " : "") + c["shape"].items[i].text;
  want_shape += "]";
  if (shape != want_shape) report += show("shape", want_shape, shape);
  const std::string s = array_str(x.array), r = array_repr(x.array);
  if (s != c["str"].text) report += show("str(x)", quoted(c["str"].text), quoted(s));
  if (r != c["repr"].text) report += show("repr(x)", quoted(c["repr"].text), quoted(r));
  for (const Json& rl : c["relu"].items) {
    const ParsedNumber leak = parse_number(rl["leak"].text);
    if (!leak.ok) {
      report += "  leak " + rl["leak"].text + " did not parse: " + leak.error.message + "\n";
      continue;
    }
    const std::string kind = leak.value.dtype == DType::Int64 ? "int" : "float";
    if (kind != rl["leak_dtype"].text)
      report += show("leak " + rl["leak"].text + " type", rl["leak_dtype"].text, kind);
    const std::string rs = array_str(relu(x.array, leak.value));
    const std::string dr = array_repr(relu_dash(x.array, leak.value));
    if (rs != rl["str"].text)
      report += show("str(relu(x, " + rl["leak"].text + "))", quoted(rl["str"].text), quoted(rs));
    if (dr != rl["dash_repr"].text) {
      report += show("repr(relu_dash(x, " + rl["leak"].text + "))", quoted(rl["dash_repr"].text),
                     quoted(dr));
    }
  }
  return report.empty() ? "" : "input " + quoted(input) + "\n" + report;
}

// Checks a whole golden file; returns the number of cases and appends mismatch reports.
inline std::size_t check_golden_file(const Json& file, std::vector<std::string>& failures) {
  for (const Json& c : file["cases"].items) {
    std::string report = check_golden_case(c);
    if (!report.empty()) failures.push_back(std::move(report));
  }
  for (const Json& r : file["rejects"].items) {
    const ParsedArray x = parse_array(r.text);
    if (x.ok)
      failures.push_back("input " + quoted(r.text) +
                         "\n  NumPy rejects it (inhomogeneous shape) but it parsed\n");
  }
  return file["cases"].items.size();
}

}  // namespace act::testing
