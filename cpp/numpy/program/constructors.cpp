#include "numpy/program/constructors.h"

#include <cmath>
#include <string>

#include "numpy/program/promotion.h"
#include "numpy/utf8.h"

namespace act::program {

namespace {

bool sequence_to_array(Env& env, const Value& v, std::size_t pos, NdArray& out) {
  if (v.items.empty() && v.kind == ValueKind::List && v.array.size() > 0) {  // a literal list
    if (!env.charge(pos, v.array.size())) return false;
    out = v.array;
    return true;
  }
  if (v.items.empty()) {
    if (v.array.shape.size() == 1 || v.kind == ValueKind::Tuple) {
      out = NdArray();
      out.dtype = v.array.shape.empty() ? DType::Float64 : v.array.dtype;
      out.shape = {0};
      if (!v.array.shape.empty()) out.shape = v.array.shape;
      return true;
    }
    out = v.array;
    return true;
  }
  std::vector<NdArray> parts(v.items.size());
  DType dtype = DType::Bool;
  for (std::size_t i = 0; i < v.items.size(); ++i) {
    if (!to_array(env, v.items[i], pos, parts[i])) return false;
    if (parts[i].shape != parts[0].shape) {
      return env.fail(pos, "inhomogeneous shape: element " + std::to_string(i) + " has shape " +
                               shape_text(parts[i].shape) + " but element 0 has " +
                               shape_text(parts[0].shape));
    }
    dtype = i == 0 ? parts[i].dtype : promote_types(dtype, parts[i].dtype);
  }
  std::vector<std::size_t> shape{parts.size()};
  shape.insert(shape.end(), parts[0].shape.begin(), parts[0].shape.end());
  if (shape.size() > kMaxDims) return env.fail(pos, "too many dimensions: at most 4 are supported");
  if (!env.charge_shape(pos, shape)) return false;
  out = NdArray();
  out.dtype = dtype;
  out.shape = shape;
  for (NdArray& p : parts) {
    const NdArray c = cast(p, dtype);
    if (stores_i64(dtype)) {
      out.i64.insert(out.i64.end(), c.i64.begin(), c.i64.end());
    } else {
      out.f64.insert(out.f64.end(), c.f64.begin(), c.f64.end());
    }
  }
  return true;
}

}  // namespace

bool to_array(Env& env, const Value& v, std::size_t pos, NdArray& out) {
  switch (v.kind) {
    case ValueKind::Array:
      out = v.array;
      return true;
    case ValueKind::List:
    case ValueKind::Tuple:
      return sequence_to_array(env, v, pos, out);
    case ValueKind::None:
      return env.fail(pos, "None is not a number (NumPy would make an object array)");
    case ValueKind::String:
      return env.fail(pos, "text in quotes is not a number");
    default:
      return env.fail(pos, "expected numbers or an array here");
  }
}

bool to_dtype(Env& env, const Value& v, std::size_t pos, DType& out) {
  if (v.kind == ValueKind::DType) {
    out = v.dtype;
    return true;
  }
  if (v.kind == ValueKind::String) {
    const std::string& s = v.text;
    if (s == "float64" || s == "float" || s == "f8" || s == "double" || s == "d")
      return out = DType::Float64, true;
    if (s == "float32" || s == "f4" || s == "single" || s == "f") return out = DType::Float32, true;
    if (s == "int64" || s == "int" || s == "i8" || s == "long" || s == "l")
      return out = DType::Int64, true;
    if (s == "bool" || s == "?" || s == "bool_" || s == "b1") return out = DType::Bool, true;
    return env.fail(pos, "dtype '" + numpy_detail::shorten(s, 20) +
                             "' is not supported: use float64, float32, int64 or bool");
  }
  if (v.kind == ValueKind::None) return out = DType::Float64, true;
  return env.fail(
      pos, "expected a dtype: float, int, bool, np.float32, np.float64, np.int64 or np.bool_");
}

bool to_int(Env& env, const Value& v, std::size_t pos, const char* what, std::int64_t& out) {
  if (v.is_scalar() &&
      (v.array.dtype == DType::Int64 || (v.array.dtype == DType::Bool && v.python))) {
    out = v.array.i64[0];
    return true;
  }
  if (v.is_scalar() && is_floating(v.array.dtype)) {
    return env.fail(pos, std::string(what) + " must be an integer, not a float");
  }
  return env.fail(pos, std::string(what) + " must be an integer");
}

bool to_real(Env& env, const Value& v, std::size_t pos, const char* what, double& out) {
  if (v.is_scalar()) {
    out = element_f(v.array, 0);
    return true;
  }
  if (v.is_array() || v.is_sequence())
    return env.fail(pos, std::string(what) + ": arrays are not supported here, only a number");
  return env.fail(pos, std::string(what) + " must be a number");
}

bool to_shape(Env& env, const Value& v, std::size_t pos, std::vector<std::size_t>& out) {
  out.clear();
  std::vector<std::int64_t> dims;
  if (v.is_sequence() && v.items.empty() && v.array.size() > 0) {  // a literal (2, 3) or [2, 3]
    if (v.array.dtype != DType::Int64 || v.array.shape.size() != 1)
      return env.fail(pos, "a shape is a tuple of integers, e.g. (5, 1)");
    dims = v.array.i64;
  } else if (v.is_sequence()) {
    for (const Value& item : v.items) {
      std::int64_t d = 0;
      if (!to_int(env, item, pos, "each dimension of a shape", d)) return false;
      dims.push_back(d);
    }
  } else if (v.is_array() && v.array.shape.size() == 1 && v.array.dtype == DType::Int64) {
    dims = v.array.i64;
  } else {
    std::int64_t d = 0;
    if (!to_int(env, v, pos, "a shape", d)) return false;
    dims.push_back(d);
  }
  if (dims.size() > kMaxDims) return env.fail(pos, "too many dimensions: at most 4 are supported");
  for (std::int64_t d : dims) {
    if (d < 0) return env.fail(pos, "negative dimensions are not allowed");
    out.push_back(static_cast<std::size_t>(d));
  }
  return true;
}

bool linspace(Env& env, const Value& start_v, const Value& stop_v, std::int64_t num, bool endpoint,
              std::optional<DType> dtype, std::size_t pos, NdArray& out) {
  if (num < 0)
    return env.fail(pos, "Number of samples, " + std::to_string(num) + ", must be non-negative.");
  double start = 0, stop = 0;
  if (!to_real(env, start_v, pos, "np.linspace's start", start)) return false;
  if (!to_real(env, stop_v, pos, "np.linspace's stop", stop)) return false;
  if (!env.charge_shape(pos, {static_cast<std::size_t>(num)})) return false;
  const std::size_t n = static_cast<std::size_t>(num);
  const std::int64_t div = endpoint ? num - 1 : num;
  const double delta = stop - start;
  std::vector<double> y(n);
  for (std::size_t i = 0; i < n; ++i) y[i] = static_cast<double>(i);
  if (div > 0) {
    const double step = delta / static_cast<double>(div);
    if (step == 0) {
      for (double& v : y) v = v / static_cast<double>(div) * delta;
    } else {
      for (double& v : y) v = v * step;
    }
  } else {
    for (double& v : y) v = v * delta;
  }
  for (double& v : y) v += start;
  if (endpoint && num > 1) y[n - 1] = stop;
  NdArray a;
  a.dtype = DType::Float64;
  a.shape = {n};
  a.f64 = std::move(y);
  if (dtype && *dtype == DType::Int64) {  // NumPy >= 1.20 floors for integer dtypes
    for (double& v : a.f64) v = std::floor(v);
  }
  out = dtype ? cast(a, *dtype) : std::move(a);
  return true;
}

bool arange(Env& env, const Value& start_v, const Value& stop_v, const Value& step_v,
            std::optional<DType> dtype, std::size_t pos, NdArray& out) {
  for (const Value* v : {&start_v, &stop_v, &step_v}) {
    if (!v->is_scalar())
      return env.fail(pos, "np.arange takes numbers: np.arange(start, stop, step)");
  }
  const bool ints = !is_floating(start_v.array.dtype) && !is_floating(stop_v.array.dtype) &&
                    !is_floating(step_v.array.dtype);
  const DType dt = dtype ? *dtype : ints ? DType::Int64 : DType::Float64;
  if (dt == DType::Bool) return env.fail(pos, "np.arange with dtype=bool is not supported");
  double length = 0;
  if (ints) {
    const std::int64_t a = start_v.array.i64[0], b = stop_v.array.i64[0], s = step_v.array.i64[0];
    if (s == 0) return env.fail(pos, "np.arange: step must not be 0 (division by zero)");
    std::int64_t range = 0;  // Python's exact stop - start, as a float (beyond int64: near enough)
    const double range_f = __builtin_sub_overflow(b, a, &range)
                               ? static_cast<double>(b) - static_cast<double>(a)
                               : static_cast<double>(range);
    length = range_f / static_cast<double>(s);
  } else {
    const double a = element_f(start_v.array, 0), b = element_f(stop_v.array, 0),
                 s = element_f(step_v.array, 0);
    if (s == 0) return env.fail(pos, "np.arange: step must not be 0 (division by zero)");
    length = (b - a) / s;
  }
  if (std::isnan(length))
    return env.fail(pos, "np.arange: cannot compute the length (arange: cannot compute length)");
  length = std::ceil(length);
  if (length > static_cast<double>(env.limits().max_elements)) {
    return env.fail(pos, "too many elements: np.arange would make " +
                             (length < 1e18 ? std::to_string(static_cast<long long>(length))
                                            : std::string("too many")) +
                             "; at most " + std::to_string(env.limits().max_elements) +
                             " are supported");
  }
  const std::size_t n = length > 0 ? static_cast<std::size_t>(length) : 0;
  if (!env.charge(pos, n)) return false;
  NdArray r;
  r.dtype = dt;
  r.shape = {n};
  if (dt == DType::Int64) {
    std::int64_t b0, b1;
    if (ints) {
      b0 = start_v.array.i64[0];
      b1 = static_cast<std::int64_t>(static_cast<std::uint64_t>(b0) +
                                     static_cast<std::uint64_t>(step_v.array.i64[0]));
    } else {
      NdArray t;
      t.dtype = DType::Float64;
      t.f64 = {element_f(start_v.array, 0),
               element_f(start_v.array, 0) + element_f(step_v.array, 0)};
      b0 = element_i(t, 0);
      b1 = element_i(t, 1);
    }
    const std::uint64_t delta = static_cast<std::uint64_t>(b1) - static_cast<std::uint64_t>(b0);
    r.i64.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      r.i64[i] = static_cast<std::int64_t>(static_cast<std::uint64_t>(b0) +
                                           static_cast<std::uint64_t>(i) * delta);
    }
  } else {
    // Python computes start and start + step (int + int exactly, else in float64), then the
    // dtype's fill runs in that dtype: start + i*delta with delta = buffer[1] - buffer[0].
    double s0, s1;
    if (ints) {
      const std::int64_t a = start_v.array.i64[0], s = step_v.array.i64[0];
      s0 = static_cast<double>(a);
      std::int64_t sum = 0;
      s1 = __builtin_add_overflow(a, s, &sum) ? static_cast<double>(a) + static_cast<double>(s)
                                              : static_cast<double>(sum);
    } else {
      s0 = element_f(start_v.array, 0);
      s1 = s0 + element_f(step_v.array, 0);
    }
    r.f64.resize(n);
    if (dt == DType::Float32) {
      const float f0 = static_cast<float>(s0), delta = static_cast<float>(s1) - f0;
      if (n > 0) r.f64[0] = f0;
      if (n > 1) r.f64[1] = static_cast<float>(s1);
      for (std::size_t i = 2; i < n; ++i) r.f64[i] = f0 + static_cast<float>(i) * delta;
    } else {
      const double delta = s1 - s0;
      if (n > 0) r.f64[0] = s0;
      if (n > 1) r.f64[1] = s1;
      for (std::size_t i = 2; i < n; ++i) r.f64[i] = s0 + static_cast<double>(i) * delta;
    }
  }
  out = std::move(r);
  return true;
}

bool filled(Env& env, const std::vector<std::size_t>& shape, const Value& fill,
            std::optional<DType> dtype, std::size_t pos, NdArray& out) {
  if (!fill.is_scalar()) return env.fail(pos, "the fill value must be a number");
  if (!env.charge_shape(pos, shape)) return false;
  std::size_t n = 1;
  for (std::size_t d : shape) n *= d;
  NdArray a;
  a.dtype = dtype ? *dtype : fill.array.dtype;
  a.shape = shape;
  const NdArray one = cast(fill.array, a.dtype);
  if (stores_i64(a.dtype)) {
    a.i64.assign(n, one.i64[0]);
  } else {
    a.f64.assign(n, one.f64[0]);
  }
  out = std::move(a);
  return true;
}

}  // namespace act::program
