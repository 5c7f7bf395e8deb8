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
//   evaluate: a Session (the page's one entry point) with every function, parameters from its
//             slider range, its ends, ints, +-0, +-inf, NaN, subnormals, huge values or arbitrary
//             text, on any test vector: consistent shapes, dtypes and printed texts; the same
//             outputs and errors whatever order the fields are set in, and as the one-shot
//             evaluate(); then curve records for random ranges, sizes and y zooms: no crash,
//             at most kMaxCurvePoints finite vertices in order, a bounded number of evaluations.
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
#include "api/curve.h"
#include "api/session.h"
#include "api/widget.h"
#include "core/ndarray.h"
#include "numpy/format.h"
#include "numpy/parse.h"

namespace act::fuzz {

// An invariant broke: say which and stop, so libFuzzer (or the replay test) reports the input.
[[noreturn]] inline void violated(const char* what, std::string_view detail) {
  std::fprintf(stderr, "fuzz invariant violated: %s\n  %.*s\n", what,
               static_cast<int>(std::min<std::size_t>(detail.size(), 2000)), detail.data());
  std::abort();
}
#define ACT_FUZZ_CHECK(cond, detail)                     \
  do {                                                   \
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
  std::string text(std::size_t max) {               // a length-prefixed piece of text
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
    std::size_t len = b < 0x80             ? 1
                      : (b & 0xE0) == 0xC0 ? 2
                      : (b & 0xF0) == 0xE0 ? 3
                      : (b & 0xF8) == 0xF0 ? 4
                                           : 0;
    if (len == 0 || i + len > s.size()) return false;
    std::uint32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += len;
  }
  return true;
}

// Columns count code points, each byte of a malformed sequence counting as one (as the parser
// does).
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
  return a.size() > 1000 &&
         std::any_of(a.shape.begin(), a.shape.end(), [](std::size_t d) { return d > 6; });
}

// print(a) must read back as the same array: same dtype, shape and (to print precision) values.
inline void check_round_trip(const NdArray& a, const std::string& printed,
                             std::string_view context) {
  if (a.size() == 0 || summarised(a)) return;  // NumPy prints every empty array as "[]"
  const ParsedArray back = parse_array(printed);
  const std::string detail =
      std::string(context) + "\nprinted:\n" + printed + "\n" + back.error.message;
  ACT_FUZZ_CHECK(back.ok, detail);
  ACT_FUZZ_CHECK(back.array.shape == a.shape, detail);
  ACT_FUZZ_CHECK(back.array.dtype == a.dtype, detail);
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (stores_i64(a.dtype)) {
      ACT_FUZZ_CHECK(back.array.i64[i] == a.i64[i], detail);
    } else {
      ACT_FUZZ_CHECK(close_enough(back.array.f64[i], a.f64[i]),
                     detail + "\nat index " + std::to_string(i));
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
  const std::string detail = std::string(text.substr(0, 200)) + "\n-> " + e.message + " (column " +
                             std::to_string(e.column) + ")";
  ACT_FUZZ_CHECK(!e.message.empty(), detail);
  ACT_FUZZ_CHECK(e.message.find('\n') == std::string::npos, detail);
  ACT_FUZZ_CHECK(valid_utf8(e.message), detail);
  ACT_FUZZ_CHECK(e.message.size() <= 300,
                 detail);  // a message quotes a short excerpt, never the whole input
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
  static const double floats[] = {0.0,
                                  -0.0,
                                  1.0,
                                  -1.0,
                                  0.5,
                                  1e-5,
                                  1e-4,
                                  1e16,
                                  1e8,
                                  123456789.0,
                                  1e308,
                                  -1e308,
                                  1.7976931348623157e308,
                                  5e-324,
                                  2.2250738585072009e-308,
                                  0.1,
                                  1.0 / 3,
                                  INFINITY,
                                  -INFINITY,
                                  NAN,
                                  -NAN,
                                  9007199254740993.0,
                                  1e-300,
                                  99999999.5};
  static const std::int64_t ints[] = {0,    1,        -1,        7,         -10,
                                      1000, 99999999, INT64_MAX, INT64_MIN, -9007199254740993};
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
    case 0:
      return num(spec.min + (spec.max - spec.min) * (in.byte() / 255.0));
    case 1:
      return num(spec.min);
    case 2:
      return num(spec.max);
    case 3:
      return std::to_string(static_cast<int>(in.byte()) - 128);  // an int
    case 4:
      return mode & 0x80 ? "-0.0" : "0";
    case 5:
      return mode & 0x80 ? "-inf" : "inf";
    case 6:
      return "nan";
    case 7:
      return mode & 0x80 ? "-1e308" : "1e308";
    case 8:
      return mode & 0x80 ? "5e-324" : "-2.2250738585072009e-308";
    case 9:
      return num(in.f64());
    case 10:
      return in.text(24);
    default:
      return num(spec.default_value.as_double());
  }
}

inline void check_session(const Activation& fn, const Session& s, std::string_view context) {
  for (const InputError& e : s.errors()) {
    ACT_FUZZ_CHECK(!e.message.empty() && valid_utf8(e.message), context);
    ACT_FUZZ_CHECK(e.message.find('\n') == std::string::npos, context);
    ACT_FUZZ_CHECK(!e.field.empty(), context);
  }
  if (!s.evaluated()) return;
  check_array(s.x(), context);
  check_array(s.fx(), context);
  check_array(s.dfx(), context);
  ACT_FUZZ_CHECK(s.fx().shape == s.x().shape, context);
  if (fn.vector_valued) {
    ACT_FUZZ_CHECK((s.dfx().shape == std::vector<std::size_t>{s.x().size(), s.x().size()}),
                   context);
  } else {
    ACT_FUZZ_CHECK(s.dfx().shape == s.x().shape, context);
  }
  // Only the tutorial's array forms (ReLU's int rules) may give an int array.
  if (fn.value_array == nullptr) ACT_FUZZ_CHECK(s.fx().dtype == DType::Float64, context);
  for (const std::string* t : {&s.x_text(), &s.fx_text(), &s.dfx_text()}) {
    ACT_FUZZ_CHECK(!t->empty() && valid_utf8(*t), context);
  }
  ACT_FUZZ_CHECK(s.x_text() == array_str(s.x()) && s.fx_text() == array_str(s.fx()) &&
                     s.dfx_text() == derivative_echo(fn, s.dfx()),
                 context);
  ACT_FUZZ_CHECK(s.x_values().size() == s.x().size() && s.fx_values().size() == s.fx().size(),
                 context);
  check_round_trip(s.fx(), s.fx_text(), context);
}

inline bool same_outputs(const Session& a, const Session& b) {
  const std::vector<InputError> ea = a.errors(), eb = b.errors();
  if (ea.size() != eb.size()) return false;
  for (std::size_t i = 0; i < ea.size(); ++i) {
    if (ea[i].field != eb[i].field || ea[i].message != eb[i].message ||
        ea[i].column != eb[i].column)
      return false;
  }
  return a.evaluated() == b.evaluated() && a.x_text() == b.x_text() && a.fx_text() == b.fx_text() &&
         a.dfx_text() == b.dfx_text();
}

inline void check_curve(const CurveRecord& r, const CurveView& v, std::string_view context) {
  ACT_FUZZ_CHECK(r.x.size() <= kMaxCurvePoints && r.x.size() == r.y.size(), context);
  ACT_FUZZ_CHECK(r.evaluations <= 30000, context);
  ACT_FUZZ_CHECK(r.x.empty() == r.segments.empty(), context);
  for (std::size_t k = 0; k < r.segments.size(); ++k) {
    const std::size_t b = r.segments[k];
    const std::size_t e = k + 1 < r.segments.size() ? r.segments[k + 1] : r.x.size();
    ACT_FUZZ_CHECK(b < e, context);
    for (std::size_t i = b; i < e; ++i) {
      ACT_FUZZ_CHECK(std::isfinite(r.y[i]) && r.x[i] >= v.x0 && r.x[i] <= v.x1, context);
      if (i > b) ACT_FUZZ_CHECK(r.x[i - 1] <= r.x[i], context);
    }
  }
  for (const CurveJump& j : r.jumps) ACT_FUZZ_CHECK(j.x > v.x0 && j.x < v.x1, context);
}

// Target 3: a Session over every function, kind of parameter and test vector; then its curves.
inline int evaluate_one(const std::uint8_t* data, std::size_t size) {
  const std::vector<Activation>& all = activations();
  Bytes in(data, size);
  // Layout: function index, a bit per parameter the reader set (else its default), the view's
  // flags (x range from the input, width, height, y zoom), then each set parameter, then the test
  // vector's text.
  const Activation& fn = all[in.byte() % all.size()];
  const std::uint8_t set_mask = in.byte();
  const std::uint8_t curve = in.byte();
  ParamTexts texts;
  for (std::size_t k = 0; k < fn.params.size(); ++k) {
    if (set_mask & (1u << (k % 8)))
      texts.emplace_back(fn.params[k].id, param_text(in, fn.params[k]));
  }
  const double x0 = (curve & 1) ? in.f64() : -5.0, x1 = (curve & 2) ? in.f64() : 5.0;
  const std::string_view x_text = in.rest();
  const std::string context = fn.id + "(" + [&] {
    std::string s;
    for (const auto& [id, t] : texts) s += id + "=" + t + " ";
    return s;
  }() + ") on " + std::string(x_text.substr(0, 300));

  Session s;
  s.set_function(fn.id);
  for (const auto& [id, t] : texts) s.set_param(id, t);
  s.set_vector(x_text);
  check_session(fn, s, context);

  // The vector first, then the function and its parameters: the same outputs, one parse.
  Session t;
  t.set_vector(x_text);
  t.set_function(fn.id);
  for (const auto& [id, text] : texts) t.set_param(id, text);
  // (Unless the vector is a program that chooses the function: then the last action wins.)
  ACT_FUZZ_CHECK(s.program_choice() || same_outputs(s, t), context);
  ACT_FUZZ_CHECK(t.vector_parses() <= 1, context);

  // The one-shot evaluate(): its error is the session's first, its outputs the session's.
  const Evaluation e = evaluate(fn.id, texts, x_text);
  if (e.ok) {
    ACT_FUZZ_CHECK(s.evaluated() && s.errors().empty() && e.fx_text == s.fx_text() &&
                       e.dfx_text == s.dfx_text(),
                   context);
  } else if (e.error.field == "x" && is_blank(x_text)) {
    ACT_FUZZ_CHECK(!s.evaluated() && s.errors().empty(),
                   context);  // the page's empty box: no message
  } else {
    const std::optional<InputError> first = s.first_error();
    ACT_FUZZ_CHECK(first && first->field == e.error.field && first->message == e.error.message,
                   context);
  }

  // Curves, for views as a page might ask (or not).
  static const double kWidths[] = {1, 320, 600, 1200, 2400, 7, 4096, 0};
  const double width = kWidths[(curve >> 2) & 7];
  const double height = kWidths[(curve >> 5) & 7] / 2;
  for (Plot plot : {Plot::F, Plot::DF}) {
    const YRange range = s.coarse_range(plot, x0, x1);
    CurveView v{x0, x1, range.lo, range.hi, width, height};
    if (curve & 0x80) {  // zoomed in on y: most of the curve off the plot
      v.y0 = range.lo + (range.hi - range.lo) * 0.4;
      v.y1 = range.lo + (range.hi - range.lo) * 0.45;
    }
    check_curve(s.curve(plot, v), v, context);
  }
  const auto [f, df] = s.value_at(x0);
  (void)f;
  (void)df;
  return 0;
}

}  // namespace act::fuzz
