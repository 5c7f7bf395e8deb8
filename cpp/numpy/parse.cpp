// parse_array: one pass over the tokens with an explicit stack of open lists (no
// recursion, so 10,000 '[' cannot overflow anything). Each finished item reports
// its shape to the list holding it; all items of a list must have the same shape,
// which is NumPy's rule for a regular (non-ragged) array.
#include "numpy/parse.h"

#include <cstdint>
#include <optional>
#include <vector>

#include "numpy/array_builder.h"
#include "numpy/lexer.h"
#include "numpy/scalar_names.h"
#include "numpy/utf8.h"

namespace act {

namespace {

using numpy_detail::ArrayBuilder;
using numpy_detail::Lexer;
using numpy_detail::Token;
using numpy_detail::TokenKind;

using Shape = std::vector<std::size_t>;

constexpr std::size_t kMaxDims = 4;
constexpr std::size_t kMaxElements = 1000000;
constexpr std::size_t kMaxOpen = 64;  // parentheses that group nothing still take a frame

std::string shape_text(const Shape& s) {
  std::string t = "(";
  for (std::size_t i = 0; i < s.size(); ++i) t += (i ? ", " : "") + std::to_string(s[i]);
  return t + (s.size() == 1 ? ",)" : ")");
}

std::string mismatch_message(const Shape& got, const Shape& want) {
  if (got.empty()) return "inhomogeneous shape: expected a list here, found a number";
  if (want.empty()) return "inhomogeneous shape: expected a number here, found a list";
  return "inhomogeneous shape: this element has shape " + shape_text(got) +
         " but the ones before it have " + shape_text(want);
}

Shape tail(const Shape& s) { return Shape(s.begin() + 1, s.end()); }

// Top and Paren are undecided: a comma (or a second, space-separated item) makes
// them a tuple, a dimension of the array; otherwise they just wrap their one item.
enum class FrameKind { Top, List, Paren, Tuple, Call };

struct Frame {
  FrameKind kind = FrameKind::Top;
  std::size_t open_pos = 0;
  std::size_t count = 0;
  bool after_item = false;  // an item just ended: a separator or the closer may follow
  enum class Sep { None, Comma, Space } sep = Sep::None;
  std::optional<Shape> child;  // shape of the first finished item
  std::size_t first_child_pos = 0;
  std::optional<Shape> expect;  // the shape this frame must end up with, when known
  bool top_is_tuple = false;

  bool is_dimension() const {
    return kind == FrameKind::List || kind == FrameKind::Tuple || top_is_tuple;
  }
};

class ArrayParser {
 public:
  explicit ArrayParser(std::string_view text) : text_(text), lex_(text) {}
  ParsedArray run();

 private:
  Token next() {
    if (peeked_) {
      peeked_ = false;
      return peek_;
    }
    return lex_.next();
  }
  Token peek() {
    if (!peeked_) {
      peek_ = lex_.next();
      peeked_ = true;
    }
    return peek_;
  }

  bool fail(std::size_t pos, std::string message) {
    if (!failed_) {
      failed_ = true;
      error_.message = std::move(message);
      error_.column = numpy_detail::column_at(text_, pos);
    }
    return false;
  }

  std::optional<Shape> child_expect(const Frame& f) const;
  bool make_tuple(Frame& f, std::size_t pos);
  bool start_item(const Token& t);
  bool open(FrameKind kind, std::size_t pos, std::optional<Shape> expect);
  bool read_scalar(Token t);
  bool finish_item(const Shape& shape, std::size_t pos);
  bool comma(const Token& t);
  bool close(const Token& t);
  bool finish(const Token& t, Shape& shape);

  std::string_view text_;
  Lexer lex_;
  Token peek_;
  bool peeked_ = false;
  std::vector<Frame> stack_;
  std::size_t dims_open_ = 0;
  ArrayBuilder values_;
  bool failed_ = false;
  ParseError error_;
};

std::optional<Shape> ArrayParser::child_expect(const Frame& f) const {
  if (f.child) return f.child;
  if (f.is_dimension() && f.expect) return tail(*f.expect);
  if (f.kind == FrameKind::Call) return f.expect;
  return std::nullopt;  // undecided: its item may be the whole thing or one row
}

bool ArrayParser::make_tuple(Frame& f, std::size_t pos) {
  if (f.kind == FrameKind::Top) {
    f.top_is_tuple = true;
  } else {
    f.kind = FrameKind::Tuple;
  }
  if (++dims_open_ > kMaxDims || (f.child && f.child->size() + 1 > kMaxDims)) {
    return fail(pos, "too many dimensions: at most 4 levels of nesting are supported");
  }
  if (f.expect && f.expect->empty()) return fail(f.open_pos, mismatch_message({1}, {}));
  if (f.expect && f.child && *f.child != tail(*f.expect)) {
    return fail(f.first_child_pos, mismatch_message(*f.child, tail(*f.expect)));
  }
  return true;
}

bool ArrayParser::start_item(const Token& t) {
  Frame& f = stack_.back();
  if (f.kind == FrameKind::Call && f.count == 1) {
    return fail(t.pos,
                "np.array takes one list here; other arguments such as dtype= are not supported");
  }
  if (f.after_item) {  // a second item with no comma: allowed as NumPy prints it, "[1 2 3]"
    if (f.sep == Frame::Sep::Comma) return fail(t.pos, "missing ',' between elements");
    if (!t.space_before) return fail(t.pos, "missing ',' or space between elements");
    f.sep = Frame::Sep::Space;
    if ((f.kind == FrameKind::Top && !f.top_is_tuple) || f.kind == FrameKind::Paren) {
      if (!make_tuple(f, t.pos)) return false;
    }
  }
  f.after_item = false;
  ++f.count;
  if (f.is_dimension() && f.expect && !f.expect->empty() && f.count > (*f.expect)[0]) {
    return fail(t.pos, "ragged rows: this row has more elements than the rows before it (" +
                           std::to_string((*f.expect)[0]) + ")");
  }
  const std::optional<Shape> want = child_expect(f);
  switch (t.kind) {
    case TokenKind::LBracket:
      if (want && want->empty()) return fail(t.pos, mismatch_message({1}, {}));
      return open(FrameKind::List, t.pos, want);
    case TokenKind::LParen:
      return open(FrameKind::Paren, t.pos, want);
    case TokenKind::Name:
      if (numpy_detail::is_array_call_name(text_.substr(t.pos, t.end - t.pos))) {
        const Token paren = next();
        if (paren.kind != TokenKind::LParen) {
          return fail(paren.pos,
                      "expected '(' after " +
                          std::string(text_.substr(t.pos, t.end - t.pos)));  // a short, known name
        }
        return open(FrameKind::Call, paren.pos, want);
      }
      [[fallthrough]];
    default:
      if (want && !want->empty()) return fail(t.pos, mismatch_message({}, *want));
      return read_scalar(t);
  }
}

bool ArrayParser::open(FrameKind kind, std::size_t pos, std::optional<Shape> expect) {
  if (stack_.size() >= kMaxOpen) return fail(pos, "too deeply nested");
  if (kind == FrameKind::List && ++dims_open_ > kMaxDims) {
    return fail(pos, "too many dimensions: at most 4 levels of nesting are supported");
  }
  Frame f;
  f.kind = kind;
  f.open_pos = pos;
  f.expect = std::move(expect);
  stack_.push_back(std::move(f));
  return true;
}

bool ArrayParser::read_scalar(Token t) {
  const std::size_t start = t.pos;
  bool negative = false;
  while (t.kind == TokenKind::Minus || t.kind == TokenKind::Plus) {
    if (t.kind == TokenKind::Minus) negative = !negative;
    const std::string sign(text_.substr(t.pos, t.end - t.pos));
    t = next();
    if (t.kind == TokenKind::Bad) return fail(t.pos, t.error);
    if (t.kind != TokenKind::Minus && t.kind != TokenKind::Plus && t.kind != TokenKind::Number &&
        t.kind != TokenKind::Name) {
      return fail(start, "expected a number after '" + sign + "'");
    }
  }
  if (values_.size() >= kMaxElements)
    return fail(start, "too many elements: at most 1,000,000 are supported");
  if (t.kind == TokenKind::Number) {
    const auto& n = t.number;
    constexpr auto kMax = static_cast<std::uint64_t>(INT64_MAX);
    if (n.is_float) {
      values_.push_float(negative ? -n.value : n.value);
    } else if (!n.overflow && !negative && n.magnitude <= kMax) {
      values_.push_int(static_cast<std::int64_t>(n.magnitude));
    } else if (!n.overflow && negative && n.magnitude <= kMax + 1) {
      values_.push_int(static_cast<std::int64_t>(0 - n.magnitude));  // wraps to the negative value
    } else if (!n.overflow && !negative) {
      values_.push_uint64(n.magnitude, start);  // NumPy's uint64 range
    } else {
      return fail(start,
                  "integer too large: NumPy would make an object array, which is not supported");
    }
  } else if (t.kind == TokenKind::Name) {
    const std::string_view name = text_.substr(t.pos, t.end - t.pos);
    double v = 0;
    if (!numpy_detail::scalar_name_value(name, v))
      return fail(t.pos, "unknown name '" + numpy_detail::shorten(name) + "'");
    values_.push_float(negative ? -v : v);
  } else if (t.kind == TokenKind::Bad) {
    return fail(t.pos, t.error);
  } else {
    return fail(t.pos, "expected a number");
  }
  return finish_item({}, start);
}

bool ArrayParser::finish_item(const Shape& shape, std::size_t pos) {
  Frame& f = stack_.back();
  f.after_item = true;
  if (f.child) {
    if (shape != *f.child) return fail(pos, mismatch_message(shape, *f.child));
    return true;
  }
  const std::optional<Shape> want = child_expect(f);
  if (want && shape != *want) return fail(pos, mismatch_message(shape, *want));
  f.child = shape;
  f.first_child_pos = pos;
  return true;
}

bool ArrayParser::comma(const Token& t) {
  Frame& f = stack_.back();
  if (!f.after_item) {
    return fail(t.pos, f.count == 0 ? "unexpected ',' before the first element"
                                    : "unexpected ',': an element is missing");
  }
  if (f.sep == Frame::Sep::Space)
    return fail(t.pos, "unexpected ',': this list separates its elements with spaces");
  f.sep = Frame::Sep::Comma;
  f.after_item = false;
  if ((f.kind == FrameKind::Top && !f.top_is_tuple) || f.kind == FrameKind::Paren)
    return make_tuple(f, t.pos);
  return true;
}

bool ArrayParser::close(const Token& t) {
  Frame& f = stack_.back();
  const char closer = text_[t.pos];
  if (f.kind == FrameKind::Top) return fail(t.pos, std::string("unmatched '") + closer + "'");
  const char opener = f.kind == FrameKind::List ? '[' : '(';
  const char want_closer = f.kind == FrameKind::List ? ']' : ')';
  if (closer != want_closer) {
    return fail(t.pos, std::string("'") + closer + "' does not match '" + opener + "' at column " +
                           std::to_string(numpy_detail::column_at(text_, f.open_pos)));
  }
  if (f.kind == FrameKind::Call && f.count == 0)
    return fail(t.pos, "np.array() needs a list of numbers");
  if (f.kind == FrameKind::Paren && f.count == 0 && !make_tuple(f, f.open_pos))
    return false;  // () is empty

  Shape shape;
  if (f.is_dimension()) {
    shape.push_back(f.count);
    if (f.count > 0) shape.insert(shape.end(), f.child->begin(), f.child->end());
    if (f.expect && shape != *f.expect) {
      if (!f.expect->empty() && f.count != (*f.expect)[0]) {
        return fail(t.pos, "ragged rows: this row has " + std::to_string(f.count) + " element" +
                               (f.count == 1 ? "" : "s") + " but the rows before it have " +
                               std::to_string((*f.expect)[0]));
      }
      return fail(f.open_pos, mismatch_message(shape, *f.expect));
    }
    if (shape.size() > kMaxDims)
      return fail(f.open_pos, "too many dimensions: at most 4 levels of nesting are supported");
    --dims_open_;
  } else {  // a parenthesised item or np.array(item): the item itself
    shape = *f.child;
    if (f.expect && shape != *f.expect)
      return fail(f.first_child_pos, mismatch_message(shape, *f.expect));
  }
  const std::size_t pos = f.open_pos;
  stack_.pop_back();
  return finish_item(shape, pos);
}

bool ArrayParser::finish(const Token& t, Shape& shape) {
  const Frame& f = stack_.back();
  if (f.kind != FrameKind::Top) {
    const char opener = f.kind == FrameKind::List ? '[' : '(';
    return fail(f.open_pos, std::string("unbalanced bracket: '") + opener + "' is never closed");
  }
  if (f.count == 0)
    return fail(t.pos == text_.size() ? 0 : t.pos, "empty input: type numbers such as [0.2, -1.5]");
  if (f.top_is_tuple) shape.push_back(f.count);
  shape.insert(shape.end(), f.child->begin(), f.child->end());
  if (shape.size() > kMaxDims)
    return fail(0, "too many dimensions: at most 4 levels of nesting are supported");
  std::size_t pos = 0;
  if (values_.uint64_only(pos)) {
    return fail(
        pos,
        "integer does not fit in int64 (NumPy would make a uint64 array, which is not supported)");
  }
  return true;
}

ParsedArray ArrayParser::run() {
  ParsedArray result;
  stack_.emplace_back();
  Shape shape;
  for (bool done = false; !done && !failed_;) {
    const Token t = next();
    switch (t.kind) {
      case TokenKind::Bad:
        fail(t.pos, t.error);
        break;
      case TokenKind::Comma:
        comma(t);
        break;
      case TokenKind::RBracket:
      case TokenKind::RParen:
        close(t);
        break;
      case TokenKind::Equals:
        fail(t.pos, "unexpected '='");
        break;
      case TokenKind::End:
        finish(t, shape);
        done = true;
        break;
      default:
        start_item(t);
        break;
    }
  }
  if (failed_) {
    result.error = error_;
    return result;
  }
  result.ok = true;
  result.array = values_.build(std::move(shape));
  return result;
}

}  // namespace

ParsedArray parse_array(std::string_view text) { return ArrayParser(text).run(); }

}  // namespace act
