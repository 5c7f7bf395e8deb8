// The three fuzz targets' bodies, shared by the libFuzzer entry points (cpp/fuzz/*_fuzz.cpp,
// built with -DACT_FUZZ=ON and clang) and by the replay test (fuzz_replay_test.cpp), which
// runs the committed seed corpora and every past crash through them in the ordinary suite.
//
// Beyond "no crash, no sanitizer report", each target checks properties any input must keep:
//   parse:    a parsed array is consistent (shape x size, <= 4 dims, <= 10^6 elements); an error
//             is one line of valid UTF-8 with a 1-based column inside the text (+1 for "at the
//             end"); what the printer prints parses back to the same shape, dtype and values.
//   format:   any array (any dtype, shape, bit pattern) prints as valid UTF-8 text that parses
//             back, unless NumPy would summarise it (more than 1000 elements, "...").
//   evaluate: every function, with parameters from its slider range, its ends, ints, +-0, +-inf,
//             NaN, subnormals, huge values or arbitrary text, on any parsed vector: consistent
//             shapes and dtypes, printed texts, no crash in the curve sampler or jump finders.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "activations/registry.h"
#include "api/widget.h"
#include "core/ndarray.h"
#include "numpy/format.h"
#include "numpy/parse.h"

namespace act::fuzz {

// An invariant broke: say which and stop, so libFuzzer (or the replay test) reports the input.
[[noreturn]] inline void violated(const char* what, std::string_view detail) {
  std::fprintf(stderr, "fuzz invariant violated: %s\n  %.*s\n", what, static_cast<int>(std::min<std::size_t>(detail.size(), 2000)),
               detail.data());
  std::abort();
}
#define ACT_FUZZ_CHECK(cond, detail) \
  do {                               \
    if (!(cond)) ::act::fuzz::violated(#cond, (detail)); \
  } while (0)

// Reads the fuzzer's bytes as a stream of small decisions; past the end everything is zero.
class Bytes {
 public:
  Bytes(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  std::uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  std::uint64_t u64() {
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v = (v << 8) | byte();
    return v;
  }
  double f64() {
    const std::uint64_t bits = u64();
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }
  std::string text(std::size_t max) {  // a length-prefixed piece of text
    const std::size_t wanted = byte() % (max + 1);  // read the length first, then what is left
    const std::size_t n = std::min<std::size_t>(wanted, size_ - pos_);
    std::string s(reinterpret_cast<const char*>(data_ + pos_), n);
    pos_ += n;
    return s;
  }
  bool done() const { return pos_ >= size_; }
  std::string_view rest() {
    std::string_view s(reinterpret_cast<const char*>(data_ + pos_), size_ - pos_);
    pos_ = size_;
    return s;
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

inline bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    std::uint32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += len;
  }
  return true;
}

// Columns count code points, each byte of a malformed sequence counting as one (as the parser does).
inline std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
    if (len > 1 && (i + len > s.size() || !valid_utf8(s.substr(i, len)))) len = 1;
    i += len;
  }
  return n;
}

inline std::size_t product(const std::vector<std::size_t>& shape) {
  std::size_t n = 1;
  for (std::size_t d : shape) n *= d;
  return n;
}

inline void check_array(const NdArray& a, std::string_view context) {
  ACT_FUZZ_CHECK(a.ndim() <= 4, context);
  ACT_FUZZ_CHECK(product(a.shape) == a.size(), context);
  ACT_FUZZ_CHECK((stores_i64(a.dtype) ? a.f64.empty() : a.i64.empty()), context);
}

// One element as printed (8 significant digits at most) against the value it came from.
inline bool close_enough(double printed, double original) {
  if (std::isnan(original)) return std::isnan(printed);
  if (std::isinf(original)) return printed == original;
  const double diff = std::fabs(printed - original);
  return diff <= 1e-8 + 1e-7 * std::fabs(original);
}

// NumPy summarises past 1000 elements, eliding the middle of every axis longer than 2 x 3.
inline bool summarised(const NdArray& a) {
  return a.size() > 1000 && std::any_of(a.shape.begin(), a.shape.end(), [](std::size_t d) { return d > 6; });
}

// print(a) must read back as the same array: same dtype, shape and (to print precision) values.
inline void check_round_trip(const NdArray& a, const std::string& printed, std::string_view context) {
  if (a.size() == 0 || summarised(a)) return;  // NumPy prints every empty array as "[]"
  const ParsedArray back = parse_array(printed);
  const std::string detail = std::string(context) + "\nprinted:\n" + printed + "\n" + back.error.message;
  ACT_FUZZ_CHECK(back.ok, detail);
  ACT_FUZZ_CHECK(back.array.shape == a.shape, detail);
  ACT_FUZZ_CHECK(back.array.dtype == a.dtype, detail);
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (stores_i64(a.dtype)) {
      ACT_FUZZ_CHECK(back.array.i64[i] == a.i64[i], detail);
    } else {
      ACT_FUZZ_CHECK(close_enough(back.array.f64[i], a.f64[i]), detail + "\nat index " + std::to_string(i));
    }
  }
}

inline void check_printed(const NdArray& a, std::string_view context) {
  check_array(a, context);
  const std::string s = array_str(a);
  const std::string r = array_repr(a);
  ACT_FUZZ_CHECK(!s.empty() && valid_utf8(s), context);
  ACT_FUZZ_CHECK(r.rfind("array(", 0) == 0 && valid_utf8(r), context);
  ACT_FUZZ_CHECK(s.find('\0') == std::string::npos && r.find('\0') == std::string::npos, context);
  ACT_FUZZ_CHECK(summarised(a) == (s.find("...") != std::string::npos), context);
  check_round_trip(a, s, context);
}

inline void check_error(const ParseError& e, std::string_view text) {
  const std::string detail = std::string(text.substr(0, 200)) + "\n-> " + e.message + " (column " + std::to_string(e.column) + ")";
  ACT_FUZZ_CHECK(!e.message.empty(), detail);
  ACT_FUZZ_CHECK(e.message.find('\n') == std::string::npos, detail);
  ACT_FUZZ_CHECK(valid_utf8(e.message), detail);
  ACT_FUZZ_CHECK(e.message.size() <= 300, detail);  // a message quotes a short excerpt, never the whole input
  ACT_FUZZ_CHECK(e.column >= 1 && e.column <= code_points(text) + 1, detail);
}

// Target 1: the test-vector parser (and the parameter-box parser) on arbitrary bytes.
inline int parse_one(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const ParsedArray p = parse_array(text);
  if (p.ok) {
    ACT_FUZZ_CHECK(p.array.size() <= 1000000, text);
    check_printed(p.array, text);
  } else {
    check_error(p.error, text);
  }
  const ParsedNumber n = parse_number(text);
  if (!n.ok) check_error(n.error, text);
  return 0;
}

// Target 2: the printer on any array the bytes describe, including bit patterns no parser makes.
inline int format_one(const std::uint8_t* data, std::size_t size) {
  Bytes in(data, size);
  const std::uint8_t head = in.byte();
  const DType dtype = (head & 1) ? DType::Int64 : DType::Float64;
  const std::size_t ndim = (head >> 1) % 5;
  std::vector<std::size_t> shape;
  std::size_t total = 1;
  for (std::size_t d = 0; d < ndim; ++d) {
    // Mostly short axes (fast to fuzz): 0..4, or 0..15 from 0x80; 0xF0..0xFF make a long one, up to
    // past NumPy's summarising.
    const std::uint8_t b = in.byte();
    std::size_t n = b >= 0xF0 ? (b & 0x0F) * 100u + 1 : b >= 0x80 ? (b & 0x0F) : b % 5;
    if (total * n > 1536) n = 1536 / total;
    shape.push_back(n);
    total *= n;
  }
  NdArray a = NdArray::of_shape(dtype, shape);
  // Values: a palette of awkward ones, or raw bits from the input, cycled to fill the array.
  static const double floats[] = {0.0, -0.0, 1.0, -1.0, 0.5, 1e-5, 1e-4, 1e16, 1e8, 123456789.0, 1e308, -1e308,
                                  1.7976931348623157e308, 5e-324, 2.2250738585072009e-308, 0.1, 1.0 / 3,
                                  INFINITY, -INFINITY, NAN, -NAN, 9007199254740993.0, 1e-300, 99999999.5};
  static const std::int64_t ints[] = {0, 1, -1, 7, -10, 1000, 99999999, INT64_MAX, INT64_MIN, -9007199254740993};
  std::vector<std::uint64_t> raw;
  while (raw.size() < 64 && !in.done()) {
    const std::uint8_t kind = in.byte();
    std::uint64_t bits;
    if (kind & 0x80) {
      bits = in.u64();
    } else if (dtype == DType::Int64) {
      bits = static_cast<std::uint64_t>(ints[kind % (sizeof ints / sizeof ints[0])]);
    } else {
      std::memcpy(&bits, &floats[kind % (sizeof floats / sizeof floats[0])], sizeof bits);
    }
    raw.push_back(bits);
  }
  if (raw.empty()) raw.push_back(0);
  for (std::size_t i = 0; i < a.size(); ++i) {
    const std::uint64_t bits = raw[i % raw.size()];
    if (dtype == DType::Int64) {
      a.i64[i] = static_cast<std::int64_t>(bits);
    } else {
      std::memcpy(&a.f64[i], &bits, sizeof(double));
    }
  }
  check_printed(a, "format_one");
  return 0;
}

// A parameter as a reader might leave it in the box: its own range, the ends, ints, specials,
// raw bit patterns or arbitrary text.
inline std::string param_text(Bytes& in, const ParamSpec& spec) {
  const std::uint8_t mode = in.byte();
  char buf[64];
  auto num = [&](double v) {
    std::snprintf(buf, sizeof buf, "%.17g", v);
    std::string s = buf;
    if (s.find_first_of(".eni") == std::string::npos) s += ".0";  // keep it a float
    return s;
  };
  switch (mode % 12) {
    case 0: return num(spec.min + (spec.max - spec.min) * (in.byte() / 255.0));
    case 1: return num(spec.min);
    case 2: return num(spec.max);
    case 3: return std::to_string(static_cast<int>(in.byte()) - 128);  // an int
    case 4: return mode & 0x80 ? "-0.0" : "0";
    case 5: return mode & 0x80 ? "-inf" : "inf";
    case 6: return "nan";
    case 7: return mode & 0x80 ? "-1e308" : "1e308";
    case 8: return mode & 0x80 ? "5e-324" : "-2.2250738585072009e-308";
    case 9: return num(in.f64());
    case 10: return in.text(24);
    default: return num(spec.default_value.as_double());
  }
}

inline void check_evaluation(const Activation& fn, const Evaluation& e, std::string_view context) {
  if (!e.ok) {
    ACT_FUZZ_CHECK(!e.error.message.empty() && valid_utf8(e.error.message), context);
    ACT_FUZZ_CHECK(e.error.message.find('\n') == std::string::npos, context);
    ACT_FUZZ_CHECK(!e.error.field.empty(), context);
    return;
  }
  check_array(e.x, context);
  check_array(e.fx, context);
  check_array(e.dfx, context);
  ACT_FUZZ_CHECK(e.fx.shape == e.x.shape, context);
  if (fn.vector_valued) {
    ACT_FUZZ_CHECK((e.dfx.shape == std::vector<std::size_t>{e.x.size(), e.x.size()}), context);
  } else {
    ACT_FUZZ_CHECK(e.dfx.shape == e.x.shape, context);
  }
  // Only the tutorial's array forms (ReLU's int rules) may give an int array.
  if (fn.value_array == nullptr) ACT_FUZZ_CHECK(e.fx.dtype == DType::Float64, context);
  for (const std::string* s : {&e.x_text, &e.fx_text, &e.dfx_text}) {
    ACT_FUZZ_CHECK(!s->empty() && valid_utf8(*s), context);
  }
  ACT_FUZZ_CHECK(e.x_text == array_str(e.x) && e.fx_text == array_str(e.fx) && e.dfx_text == array_repr(e.dfx), context);
  check_round_trip(e.fx, e.fx_text, context);
}

// Target 3: evaluate-then-print, every function, every kind of parameter, any test vector;
// then the same function's curve sampler and jump finders with raw parameter values.
inline int evaluate_one(const std::uint8_t* data, std::size_t size) {
  const std::vector<Activation>& all = activations();
  Bytes in(data, size);
  // Layout: function index, a bit per parameter the reader set (else its default), the curve's
  // sample count and range flags, then each set parameter, then the test vector's text.
  const Activation& fn = all[in.byte() % all.size()];
  const std::uint8_t set_mask = in.byte();
  const std::uint8_t curve = in.byte();
  ParamTexts texts;
  for (std::size_t k = 0; k < fn.params.size(); ++k) {
    if (set_mask & (1u << (k % 8))) texts.emplace_back(fn.params[k].id, param_text(in, fn.params[k]));
  }
  const double x0 = (curve & 1) ? in.f64() : -5.0, x1 = (curve & 2) ? in.f64() : 5.0;
  const std::string_view x_text = in.rest();
  const std::string context = fn.id + "(" + [&] {
    std::string s;
    for (const auto& [id, t] : texts) s += id + "=" + t + " ";
    return s;
  }() + ") on " + std::string(x_text.substr(0, 300));

  const Evaluation e = evaluate(fn.id, texts, x_text);
  check_evaluation(fn, e, context);

  const ResolvedParams resolved = resolve_params(fn, texts);
  if (resolved.ok) {
    const std::size_t n = 1 + curve % 33;
    std::vector<double> xs(n), ys(n), dys(n);
    sample_curve(fn, resolved.values, x0, x1, n, xs.data(), ys.data(), dys.data());
    std::vector<double> p;
    for (const Number& v : resolved.values) p.push_back(v.as_double());
    if (fn.jumps) fn.jumps(p.data());
    if (fn.breakpoints) fn.breakpoints(p.data());
  }
  return 0;
}

}  // namespace act::fuzz
