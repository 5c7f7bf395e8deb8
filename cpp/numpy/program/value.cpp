#include "numpy/program/value.h"

#include <cmath>

#include "numpy/utf8.h"

namespace act::program {

Value python_int(std::int64_t v) {
  Value out;
  out.kind = ValueKind::Array;
  out.python = true;
  out.array.dtype = DType::Int64;
  out.array.i64 = {v};
  return out;
}

Value python_float(double v) {
  Value out;
  out.kind = ValueKind::Array;
  out.python = true;
  out.array.dtype = DType::Float64;
  out.array.f64 = {v};
  return out;
}

Value python_bool(bool v) {
  Value out = python_int(v ? 1 : 0);
  out.array.dtype = DType::Bool;
  return out;
}

Value array_value(NdArray a) {
  Value out;
  out.kind = ValueKind::Array;
  out.array = std::move(a);
  return out;
}

double element_f(const NdArray& a, std::size_t i) {
  return stores_i64(a.dtype) ? static_cast<double>(a.i64[i]) : a.f64[i];
}

std::int64_t element_i(const NdArray& a, std::size_t i) {
  if (stores_i64(a.dtype)) return a.i64[i];
  const double v = a.f64[i];
  // NumPy on x86: NaN, inf and out-of-range values become INT64_MIN (with a warning).
  if (!(v >= -9223372036854775808.0 && v < 9223372036854775808.0)) return INT64_MIN;
  return static_cast<std::int64_t>(v);
}

bool Env::fail(std::size_t pos, std::string message) {
  if (!failed_) {
    failed_ = true;
    error_.message = std::move(message);
    error_.column = pos == kNoPos ? 0 : numpy_detail::column_at(text_, pos);
  }
  return false;
}

bool Env::charge(std::size_t pos, std::size_t n) {
  if (failed_) return false;
  if (n > limits_.max_elements) {
    return fail(pos, "too many elements: this array would have " + std::to_string(n) +
                         "; at most " + std::to_string(limits_.max_elements) + " are supported");
  }
  if (n > limits_.budget_elements) {
    over_budget_ = !failed_;
    return fail(pos, "an array of " + std::to_string(n) + " elements: evaluated in the worker");
  }
  const std::size_t cost = n == 0 ? 1 : n;
  if (cost > limits_.max_operations - ops_) {
    return fail(pos, "too much work: this program needs more than " +
                         std::to_string(limits_.max_operations) + " element operations");
  }
  ops_ += cost;
  return true;
}

bool Env::charge_shape(std::size_t pos, const std::vector<std::size_t>& shape) {
  std::size_t n = 1;
  for (std::size_t d : shape) {
    if (d != 0 && n > (limits_.max_elements + 1) / d) {
      n = limits_.max_elements + 1;  // saturate: the message only says "too many"
    } else {
      n *= d;
    }
  }
  for (std::size_t d : shape) {
    if (d == 0) n = 0;
  }
  if (n > limits_.max_elements) {
    return fail(pos, "too many elements: an array of shape " + shape_text(shape) +
                         " is over the limit of " + std::to_string(limits_.max_elements));
  }
  return charge(pos, n);
}

std::string shape_text(const std::vector<std::size_t>& shape) {
  std::string t = "(";
  for (std::size_t i = 0; i < shape.size(); ++i) t += (i ? ", " : "") + std::to_string(shape[i]);
  return t + (shape.size() == 1 ? ",)" : ")");
}

}  // namespace act::program
