// array_str / array_repr: numpy.core.arrayprint's array2string, _array_str_implementation
// and _array_repr_implementation for int64, float64, float32 and bool with default print options.
#include "numpy/format.h"

#include "numpy/array_format.h"
#include "numpy/float_format.h"
#include "numpy/int_format.h"

namespace act {

namespace {

using numpy_detail::FloatingFormat;
using numpy_detail::IntegerFormat;

// The data must hold exactly the elements the shape says, or nothing can be printed safely.
bool consistent(const NdArray& a) {
  std::size_t n = 1;
  for (std::size_t d : a.shape) n *= d;
  return n == a.size();
}

std::string array2string(const NdArray& a, const std::string& separator, const std::string& prefix,
                         const std::string& suffix) {
  if (a.size() == 0) return "[]";
  const int line_width = numpy_detail::kLineWidth - static_cast<int>(suffix.size());
  const bool summarize = a.size() > numpy_detail::kThreshold;
  // The column widths come only from the elements that are shown, as NumPy does.
  const std::vector<std::size_t> shown = numpy_detail::shown_indices(a.shape, summarize);
  const std::string next_line_prefix = " " + std::string(prefix.size(), ' ');

  // Each shown element formatted once, in the order of `shown`.
  std::vector<std::string> elements;
  elements.reserve(shown.size());
  if (a.dtype == DType::Bool) {
    // BoolFormat: " True" lines up with "False", except in a 0-d array.
    const char* true_str = a.ndim() == 0 ? "True" : " True";
    for (std::size_t i : shown) elements.push_back(a.i64[i] ? true_str : "False");
  } else if (stores_i64(a.dtype)) {
    std::vector<std::int64_t> data;
    data.reserve(shown.size());
    for (std::size_t i : shown) data.push_back(a.i64[i]);
    const IntegerFormat fmt(data);
    for (std::int64_t v : data) elements.push_back(fmt(v));
  } else {
    std::vector<double> data;
    data.reserve(shown.size());
    for (std::size_t i : shown) data.push_back(a.f64[i]);
    const FloatingFormat fmt(data, a.dtype == DType::Float32);
    for (double v : data) elements.push_back(fmt(v));
  }
  return numpy_detail::format_array(a.shape, shown, elements, line_width, next_line_prefix,
                                    separator, summarize);
}

std::string shape_repr(const std::vector<std::size_t>& shape) {
  std::string s = "(";
  for (std::size_t i = 0; i < shape.size(); ++i) {
    if (i != 0) s += ", ";
    s += std::to_string(shape[i]);
  }
  if (shape.size() == 1) s += ',';
  return s + ")";
}

}  // namespace

std::string array_str(const NdArray& a) {
  if (!consistent(a)) return "<array with inconsistent shape>";
  // A 0-d array prints as its scalar would, without the array precision.
  if (a.ndim() == 0) {
    if (a.dtype == DType::Bool) return !a.i64.empty() && a.i64[0] ? "True" : "False";
    if (stores_i64(a.dtype)) return a.i64.empty() ? "0" : std::to_string(a.i64[0]);
    return numpy_detail::float_scalar_str(a.f64.empty() ? 0.0 : a.f64[0],
                                          a.dtype == DType::Float32);
  }
  return array2string(a, " ", "", "");
}

std::string array_repr(const NdArray& a) {
  if (!consistent(a)) return "<array with inconsistent shape>";
  // int64, float64 and bool are implied by their values (NumPy's _typelessdata); float32 is not.
  const bool skip_dtype = a.size() > 0 && a.dtype != DType::Float32;
  const std::string prefix = "array(";
  const std::string suffix = skip_dtype ? ")" : ",";
  std::string lst;
  if (a.size() > 0 || (a.ndim() == 1 && a.shape[0] == 0)) {
    lst = array2string(a, ", ", prefix, suffix);
  } else {
    lst = "[], shape=" + shape_repr(a.shape);
  }
  std::string arr_str = prefix + lst + suffix;
  if (skip_dtype) return arr_str;

  const std::string dtype_str = std::string("dtype=") + dtype_name(a.dtype) + ")";
  const std::size_t nl = arr_str.rfind('\n');
  const std::size_t last_line_len =
      nl == std::string::npos ? arr_str.size() : arr_str.size() - nl - 1;
  const bool wrap =
      static_cast<int>(last_line_len + dtype_str.size() + 1) > numpy_detail::kLineWidth;
  return arr_str + (wrap ? "\n" + std::string(prefix.size(), ' ') : std::string(" ")) + dtype_str;
}

}  // namespace act
