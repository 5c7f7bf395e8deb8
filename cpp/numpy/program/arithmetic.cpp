#include "numpy/program/arithmetic.h"

#include <cmath>
#include <cstdint>
#include <string>

#include "numpy/program/promotion.h"

namespace act::program {

namespace {

// numpy's npy_divmod / Python's float divmod (the same algorithm), in T's arithmetic.
template <typename T>
T floor_div(T a, T b, T* modulus) {
  if (b == 0) {  // numpy: a / b and fmod (NaN); Python refuses before getting here
    *modulus = std::fmod(a, b);
    return a / b;
  }
  T mod = std::fmod(a, b);
  T div = (a - mod) / b;
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= T(1);
    }
  } else {
    mod = std::copysign(T(0), b);
  }
  T floordiv;
  if (div != 0) {
    floordiv = std::floor(div);
    if (div - floordiv > T(0.5)) floordiv += T(1);
  } else {
    floordiv = std::copysign(T(0), a / b);
  }
  *modulus = mod;
  return floordiv;
}

template <typename T>
T float_op(Tok op, T a, T b) {
  T mod;
  switch (op) {
    case Tok::Plus:
      return a + b;
    case Tok::Minus:
      return a - b;
    case Tok::Star:
      return a * b;
    case Tok::Slash:
      return a / b;
    case Tok::DoubleSlash:
      return floor_div(a, b, &mod);
    case Tok::Percent:
      floor_div(a, b, &mod);
      return mod;
    default:
      return std::pow(a, b);
  }
}

using u64 = std::uint64_t;

std::int64_t wrap(u64 v) { return static_cast<std::int64_t>(v); }

// numpy's int64 loops (wrapping; x // 0 and x % 0 give 0).
std::int64_t int_op(Tok op, std::int64_t a, std::int64_t b) {
  switch (op) {
    case Tok::Plus:
      return wrap(static_cast<u64>(a) + static_cast<u64>(b));
    case Tok::Minus:
      return wrap(static_cast<u64>(a) - static_cast<u64>(b));
    case Tok::Star:
      return wrap(static_cast<u64>(a) * static_cast<u64>(b));
    case Tok::DoubleSlash: {
      if (b == 0) return 0;
      if (a == INT64_MIN && b == -1) return INT64_MIN;
      std::int64_t q = a / b;
      if (((a > 0) != (b > 0)) && q * b != a) --q;
      return q;
    }
    case Tok::Percent: {
      if (b == 0 || b == -1) return 0;
      const std::int64_t r = a % b;
      return ((a > 0) == (b > 0) || r == 0) ? r : r + b;
    }
    default: {  // b >= 0, checked by the caller
      if (b == 0 || a == 1) return 1;
      u64 base = static_cast<u64>(a), result = (b & 1) ? base : 1;
      for (b >>= 1; b > 0; b >>= 1) {
        base *= base;
        if (b & 1) result *= base;
      }
      return wrap(result);
    }
  }
}

bool python_op(Env& env, Tok op, const Value& a, const Value& b, std::size_t pos, Value& out) {
  const bool ints = a.array.dtype != DType::Float64 && b.array.dtype != DType::Float64;
  if (ints) {
    const std::int64_t x = a.array.i64[0], y = b.array.i64[0];
    std::int64_t r = 0;
    bool overflow = false;
    switch (op) {
      case Tok::Plus:
        overflow = __builtin_add_overflow(x, y, &r);
        break;
      case Tok::Minus:
        overflow = __builtin_sub_overflow(x, y, &r);
        break;
      case Tok::Star:
        overflow = __builtin_mul_overflow(x, y, &r);
        break;
      case Tok::Slash:
        if (y == 0) return env.fail(pos, "division by zero");
        out = python_float(static_cast<double>(x) / static_cast<double>(y));
        return true;
      case Tok::DoubleSlash:
      case Tok::Percent:
        if (y == 0) return env.fail(pos, "integer division or modulo by zero");
        if (x == INT64_MIN && y == -1) {
          overflow = op == Tok::DoubleSlash;
          r = 0;
        } else {
          r = int_op(op, x, y);
        }
        break;
      default:  // **
        if (y < 0) {
          if (x == 0)
            return env.fail(pos, "0 cannot be raised to a negative power (ZeroDivisionError)");
          out = python_float(std::pow(static_cast<double>(x), static_cast<double>(y)));
          return true;
        }
        r = 1;
        for (std::int64_t base = x, e = y; e > 0 && !overflow; e >>= 1) {
          if (e & 1) overflow = __builtin_mul_overflow(r, base, &r);
          if (e > 1 && !overflow) overflow = __builtin_mul_overflow(base, base, &base);
        }
        break;
    }
    if (overflow) {
      return env.fail(pos, std::string("integer too large: the result of '") + operator_text(op) +
                               "' does not fit in int64 (Python's big integers are not supported)");
    }
    out = python_int(r);
    return true;
  }
  const double x = element_f(a.array, 0), y = element_f(b.array, 0);
  if (y == 0) {
    if (op == Tok::Slash) return env.fail(pos, "float division by zero");
    if (op == Tok::DoubleSlash) return env.fail(pos, "float floor division by zero");
    if (op == Tok::Percent) return env.fail(pos, "float modulo by zero");
  }
  if (op == Tok::DoubleStar) {
    if (x == 0 && y < 0)
      return env.fail(pos, "0.0 cannot be raised to a negative power (ZeroDivisionError)");
    if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) {
      return env.fail(pos,
                      "a negative number to a fractional power is complex, which is not supported");
    }
  }
  const double r = float_op(op, x, y);
  if (op == Tok::DoubleStar && std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
    return env.fail(pos, "result too large (OverflowError)");
  }
  out = python_float(r);
  return true;
}

// Per-element offsets of a and b for the broadcast shape.
void broadcast_offsets(const std::vector<std::size_t>& shape, const NdArray& a,
                       std::vector<std::size_t>& offsets) {
  const std::size_t nd = shape.size();
  std::vector<std::size_t> stride(nd, 0);
  std::size_t s = 1;
  for (std::size_t k = 0; k < a.shape.size(); ++k) {
    const std::size_t axis = a.shape.size() - 1 - k;
    const std::size_t out_axis = nd - 1 - k;
    stride[out_axis] = a.shape[axis] == 1 ? 0 : s;
    s *= a.shape[axis];
  }
  std::size_t n = 1;
  for (std::size_t d : shape) n *= d;
  offsets.assign(n, 0);
  std::vector<std::size_t> index(nd, 0);
  std::size_t off = 0;
  for (std::size_t i = 0; i < n; ++i) {
    offsets[i] = off;
    for (std::size_t k = nd; k-- > 0;) {
      if (++index[k] < shape[k]) {
        off += stride[k];
        break;
      }
      off -= stride[k] * (shape[k] - 1);
      index[k] = 0;
    }
  }
}

}  // namespace

bool broadcast_shapes(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b,
                      std::vector<std::size_t>& out) {
  const std::size_t nd = a.size() > b.size() ? a.size() : b.size();
  out.assign(nd, 1);
  for (std::size_t k = 0; k < nd; ++k) {
    const std::size_t da = k < a.size() ? a[a.size() - 1 - k] : 1;
    const std::size_t db = k < b.size() ? b[b.size() - 1 - k] : 1;
    if (da != db && da != 1 && db != 1) return false;
    out[nd - 1 - k] = da == 1 ? db : da;
  }
  return true;
}

bool binary_op(Env& env, Tok op, const Value& a, const Value& b, std::size_t pos, Value& out) {
  if (a.python && b.python) return python_op(env, op, a, b, pos, out);
  DType rt = result_type(a, b);
  if (rt == DType::Bool) {
    if (op == Tok::Minus) {
      return env.fail(
          pos,
          "numpy boolean subtract, the '-' operator, is not supported (use ^ or np.logical_xor)");
    }
    if (op == Tok::DoubleSlash || op == Tok::Percent || op == Tok::DoubleStar) {
      return env.fail(pos, std::string("'") + operator_text(op) +
                               "' between booleans gives int8, which is not supported");
    }
  }
  if (op == Tok::Slash && !is_floating(rt)) rt = DType::Float64;
  // NumPy's fast_scalar_power: a float array ** 2, 1, -1, 0 or 0.5 is np.square, positive,
  // reciprocal, ones_like or sqrt (sqrt(-0.0) is -0.0; x*x rounds where powf may not).
  double fast = 3;  // none
  if (op == Tok::DoubleStar && !a.array.shape.empty() && is_floating(a.array.dtype) &&
      b.array.shape.empty() && b.array.dtype != DType::Bool) {
    const double e = element_f(b.array, 0);
    if (e == 2 || e == 1 || e == -1 || e == 0 || e == 0.5) fast = e, rt = a.array.dtype;
  }
  auto power_fast = [fast](auto v) -> decltype(v) {
    using T = decltype(v);
    if (fast == 2) return v * v;
    if (fast == 1) return v;
    if (fast == -1) return T(1) / v;
    if (fast == 0) return T(1);
    return std::sqrt(v);
  };
  std::vector<std::size_t> shape;
  if (!broadcast_shapes(a.array.shape, b.array.shape, shape)) {
    auto compact = [](const std::vector<std::size_t>& s) {
      std::string t = "(";
      for (std::size_t i = 0; i < s.size(); ++i) t += (i ? "," : "") + std::to_string(s[i]);
      return t + (s.size() == 1 ? ",)" : ")");
    };
    return env.fail(pos, "operands could not be broadcast together with shapes " +
                             compact(a.array.shape) + " " + compact(b.array.shape));
  }
  if (!env.charge_shape(pos, shape)) return false;
  std::vector<std::size_t> oa, ob;
  broadcast_offsets(shape, a.array, oa);
  broadcast_offsets(shape, b.array, ob);
  const std::size_t n = oa.size();
  NdArray r;
  r.dtype = rt;
  r.shape = shape;
  const NdArray &x = a.array, &y = b.array;
  if (rt == DType::Int64 || rt == DType::Bool) {
    if (op == Tok::DoubleStar) {
      for (std::size_t i = 0; i < n; ++i) {
        if (element_i(y, ob[i]) < 0)
          return env.fail(pos, "Integers to negative integer powers are not allowed.");
      }
    }
    r.i64.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      const std::int64_t p = element_i(x, oa[i]), q = element_i(y, ob[i]);
      if (rt == DType::Bool) {
        r.i64[i] = op == Tok::Plus ? (p | q) : (p & q);
      } else {
        r.i64[i] = int_op(op, p, q);
      }
    }
  } else if (rt == DType::Float32) {
    r.f64.resize(n);
    auto f32 = [](const NdArray& t, std::size_t i) {
      return stores_i64(t.dtype) ? static_cast<float>(t.i64[i]) : static_cast<float>(t.f64[i]);
    };
    for (std::size_t i = 0; i < n; ++i) {
      r.f64[i] =
          fast != 3 ? power_fast(f32(x, oa[i])) : float_op<float>(op, f32(x, oa[i]), f32(y, ob[i]));
    }
  } else {
    r.f64.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      r.f64[i] = fast != 3 ? power_fast(element_f(x, oa[i]))
                           : float_op<double>(op, element_f(x, oa[i]), element_f(y, ob[i]));
    }
  }
  out = array_value(std::move(r));
  return true;
}

bool unary_op(Env& env, Tok op, const Value& a, std::size_t pos, Value& out) {
  const NdArray& x = a.array;
  if (a.python) {
    if (x.dtype == DType::Float64) {
      out = python_float(op == Tok::Minus ? -x.f64[0] : x.f64[0]);
      if (op == Tok::Tilde) return env.fail(pos, "'~' needs an integer, not a float");
      return true;
    }
    const std::int64_t v = x.i64[0];
    if (op == Tok::Minus && v == INT64_MIN)
      return env.fail(pos, "integer too large: -(-2**63) does not fit in int64");
    out = python_int(op == Tok::Minus ? -v : op == Tok::Tilde ? ~v : v);
    return true;
  }
  if (x.dtype == DType::Bool && op != Tok::Tilde) {
    return env.fail(pos, std::string("the numpy boolean ") +
                             (op == Tok::Minus ? "negative" : "positive") + ", the '" +
                             operator_text(op) +
                             "' operator, is not supported (use ~ or np.logical_not)");
  }
  if (is_floating(x.dtype) && op == Tok::Tilde)
    return env.fail(pos, "'~' (invert) is not supported for floats");
  if (!env.charge(pos, x.size())) return false;
  NdArray r = x;
  if (op == Tok::Minus) {
    for (double& v : r.f64) v = -v;
    for (std::int64_t& v : r.i64) v = wrap(0 - static_cast<u64>(v));
  } else if (op == Tok::Tilde) {
    for (std::int64_t& v : r.i64) v = x.dtype == DType::Bool ? !v : ~v;
  }
  out = array_value(std::move(r));
  return true;
}

}  // namespace act::program
