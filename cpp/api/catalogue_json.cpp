#include "api/catalogue_json.h"

#include <cstdio>

#include "activations/registry.h"

namespace act {

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

namespace {

// 17 significant digits: JSON.parse gives back the same double. The registry's numbers are finite.
std::string json_number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

void field(std::string& out, const char* name, const std::string& value) {
  out += '"';
  out += name;
  out += "\":";
  out += value;
  out += ',';
}

}  // namespace

std::string catalogue_json() {
  std::string out = "[";
  for (const Activation& fn : activations()) {
    out += '{';
    field(out, "id", json_quote(fn.id));
    field(out, "name", json_quote(fn.name));
    field(out, "group", json_quote(fn.group));
    field(out, "formula", json_quote(fn.formula_mathml));
    field(out, "derivativeFormula", json_quote(fn.derivative_mathml));
    field(out, "convention", json_quote(fn.kink_convention));
    field(out, "numpy", json_quote(fn.numpy_snippet));
    field(out, "vectorValued", fn.vector_valued ? "true" : "false");
    out += "\"params\":[";
    for (const ParamSpec& p : fn.params) {
      out += '{';
      field(out, "id", json_quote(p.id));
      field(out, "label", json_quote(p.label));
      field(out, "default", json_number(p.default_value.as_double()));
      field(out, "defaultIsInt", p.default_value.dtype == DType::Int64 ? "true" : "false");
      field(out, "min", json_number(p.min));
      field(out, "max", json_number(p.max));
      field(out, "step", json_number(p.step));
      out.back() = '}';
      out += ',';
    }
    if (!fn.params.empty()) out.pop_back();
    out += "]},";
  }
  out.back() = ']';
  return out;
}

}  // namespace act
