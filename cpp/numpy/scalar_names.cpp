#include "numpy/scalar_names.h"

#include <cctype>
#include <limits>
#include <string>

namespace act::numpy_detail {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

bool scalar_name_value(std::string_view name, double& value) {
  const double inf = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  // Bare words, as NumPy prints them and as people write them: any case.
  const std::string l = lower(name);
  if (l == "nan") return value = nan, true;
  if (l == "inf" || l == "infinity") return value = inf, true;

  std::string_view attr;
  for (std::string_view prefix : {"np.", "numpy.", "math."}) {
    if (name.substr(0, prefix.size()) == prefix) attr = name.substr(prefix.size());
  }
  if (attr.empty()) return false;
  const bool is_math = name.substr(0, 5) == "math.";
  if (attr == "nan") return value = nan, true;
  if (attr == "inf") return value = inf, true;
  if (attr == "pi") return value = 3.141592653589793, true;
  if (attr == "e") return value = 2.718281828459045, true;
  if (is_math) return false;
  // NumPy 1.24's aliases.
  if (attr == "NaN" || attr == "NAN") return value = nan, true;
  if (attr == "Inf" || attr == "Infinity" || attr == "PINF" || attr == "infty")
    return value = inf, true;
  if (attr == "NINF") return value = -inf, true;
  return false;
}

bool is_array_call_name(std::string_view name) {
  return name == "np.array" || name == "numpy.array" || name == "array" || name == "np.asarray" ||
         name == "numpy.asarray";
}

}  // namespace act::numpy_detail
