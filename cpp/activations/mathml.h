// Tiny builders for the MathML the page shows (browsers render <math> natively), so each
// catalogue entry can write its formula compactly. Arguments are MathML fragments.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>

namespace act::mathml {

inline std::string mi(const std::string& s) { return "<mi>" + s + "</mi>"; }
inline std::string mn(const std::string& s) { return "<mn>" + s + "</mn>"; }
// "<" and ">" are escaped so the operators can be written as themselves.
inline std::string mo(const std::string& s) {
  return "<mo>" + (s == "<" ? std::string("&lt;") : s == ">" ? std::string("&gt;") : s) + "</mo>";
}
inline std::string text(const std::string& s) { return "<mtext>" + s + "</mtext>"; }
inline std::string row(const std::string& s) { return "<mrow>" + s + "</mrow>"; }
inline std::string frac(const std::string& a, const std::string& b) {
  return "<mfrac>" + row(a) + row(b) + "</mfrac>";
}
inline std::string sup(const std::string& base, const std::string& exp) {
  return "<msup>" + row(base) + row(exp) + "</msup>";
}
inline std::string sqrt(const std::string& s) { return "<msqrt>" + s + "</msqrt>"; }
inline std::string paren(const std::string& s) { return mo("(") + s + mo(")"); }
inline std::string abs(const std::string& s) { return mo("|") + s + mo("|"); }
inline std::string mspace() { return "<mspace width=\"1em\"></mspace>"; }

// Common pieces.
inline std::string x() { return mi("x"); }
inline std::string minus() { return mo("−"); }
inline std::string exp_of(const std::string& e) { return sup(mi("e"), e); }
inline std::string call(const std::string& fn, const std::string& arg) {
  return mi(fn) + mo("&#x2061;") + paren(arg);
}

// `f(x) =` and `f'(x) =`.
inline std::string f_of_x() { return mi("f") + paren(x()) + mo("="); }
inline std::string df_of_x() {
  return "<msup><mi>f</mi><mo>′</mo></msup>" + paren(x()) + mo("=");
}

// A whole formula.
inline std::string math(const std::string& body) {
  return "<math display=\"block\">" + body + "</math>";
}

// A condition written in words ("otherwise") takes no "if".
inline bool is_words(const std::string& condition) { return condition.rfind("<mtext>", 0) == 0; }

// { value  if condition ... } as a left brace and a two-column table.
inline std::string cases(std::initializer_list<std::pair<std::string, std::string>> rows) {
  std::string t = "<mtable columnalign=\"left\">";
  for (const auto& [value, condition] : rows)
    t += "<mtr><mtd>" + value + "</mtd><mtd>" + (is_words(condition) ? "" : text("if&#xa0;")) +
         condition + "</mtd></mtr>";
  t += "</mtable>";
  return row(mo("{") + t);
}

}  // namespace act::mathml
