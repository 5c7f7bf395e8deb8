#include "api/catalogue_json.h"

#include <cmath>

#include "activations/registry.h"
#include "numpy/dragon4.h"

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
      constexpr char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

namespace {

// The shortest digits that read back to the same double (the printer's Dragon4), written
// d.ddde±x: JSON.parse gives back the very double. Not snprintf: the page's binary would
// carry printf (~4 KB gzip) for these few numbers. The registry's numbers are finite.
std::string json_number(double v) {
  const numpy_detail::DecimalDigits d =
      numpy_detail::dragon4_unique(v, numpy_detail::Cutoff::TotalLength, -1, -1);
  std::string out = std::signbit(v) ? "-" : "";
  out += d.digits[0];
  if (d.digits.size() > 1) {
    out += '.';
    out.append(d.digits, 1, std::string::npos);
  }
  out += 'e';
  if (d.exponent < 0) out += '-';
  std::string exponent;
  for (unsigned e = static_cast<unsigned>(std::abs(d.exponent)); exponent.empty() || e > 0;
       e /= 10) {
    exponent.insert(exponent.begin(), static_cast<char>('0' + e % 10));
  }
  return out + exponent;
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
