// Recursive descent over the token stream, one token of lookahead. Nesting is capped
// (kMaxDepth) and so is the height of the tree, so neither this nor the evaluator can
// run out of stack on hostile input.
#include "numpy/program/parser.h"

#include <algorithm>

#include "numpy/parse.h"

namespace act::program {

namespace {

constexpr int kMaxDepth = 100;
constexpr int kMaxHeight = 200;
constexpr std::size_t kMaxNodes = 100000;

const char* const kDefMessage =
    "def is not needed: the widget already defines relu, relu_dash and every function of its "
    "catalogue with its _dash derivative; call them, e.g. relu(x, leak = 0.1)";

bool is_keyword(std::string_view w) {
  static const char* const words[] = {"for",      "while",   "if",     "elif",    "else",   "class",
                                      "lambda",   "with",    "return", "del",     "global", "try",
                                      "except",   "finally", "assert", "raise",   "yield",  "async",
                                      "await",    "and",     "or",     "not",     "in",     "is",
                                      "nonlocal", "pass",    "break",  "continue"};
  for (const char* k : words) {
    if (w == k) return true;
  }
  return false;
}

class Parser {
 public:
  Parser(std::string_view text, Program& out) : text_(text), stream_(text), out_(out) {}

  bool run(SyntaxError& error) {
    advance();
    while (ok_ && cur_.kind != Tok::End) {
      if (cur_.kind == Tok::Newline || cur_.kind == Tok::Semicolon) {
        advance();
        continue;
      }
      statement();
      if (!ok_) break;
      if (cur_.kind != Tok::Newline && cur_.kind != Tok::Semicolon && cur_.kind != Tok::End) {
        unexpected("a new line or ';' before the next statement");
      }
    }
    if (!ok_) error = error_;
    return ok_;
  }

 private:
  std::string_view word(const Token& t) const { return text_.substr(t.pos, t.end - t.pos); }
  bool is_word(const char* w) const { return cur_.kind == Tok::Name && word(cur_) == w; }

  void advance() {
    cur_ = stream_.next();
    if (cur_.kind == Tok::Bad) fail(cur_.pos, cur_.text);
  }

  int fail(std::size_t pos, std::string message) {
    if (ok_) {
      ok_ = false;
      error_ = {std::move(message), pos};
    }
    return -1;
  }

  int unexpected(const char* wanted) {
    if (!ok_) return -1;
    std::string what = token_name(cur_.kind);
    if (cur_.kind == Tok::Name) what = "'" + std::string(word(cur_)) + "'";
    if (cur_.kind == Tok::AugAssign) {
      return fail(cur_.pos,
                  "'" + std::string(word(cur_)) + "' is not supported: write x = x + ... instead");
    }
    if (cur_.kind == Tok::Compare)
      return fail(cur_.pos, "comparisons ('" + std::string(word(cur_)) + "') are not supported");
    if (cur_.kind == Tok::Colon) return fail(cur_.pos, "':' is not supported here");
    return fail(cur_.pos, std::string("expected ") + wanted + ", found " + what);
  }

  bool expect(Tok kind, const char* wanted) {
    if (cur_.kind != kind) {
      unexpected(wanted);
      return false;
    }
    advance();
    return ok_;
  }

  int add(Node n) {
    if (!ok_) return -1;
    if (out_.nodes.size() >= kMaxNodes)
      return fail(n.pos, "program too long: at most 100,000 terms");
    int h = 1;
    for (int k : n.kids) {
      if (k >= 0) h = std::max(h, height_[static_cast<std::size_t>(k)] + 1);
    }
    if (h > kMaxHeight) return fail(n.pos, "expression too long or too deeply nested");
    height_.push_back(h);
    out_.nodes.push_back(std::move(n));
    return static_cast<int>(out_.nodes.size() - 1);
  }

  Node node(NodeKind kind, std::size_t pos) {
    Node n;
    n.kind = kind;
    n.pos = pos;
    return n;
  }
  std::size_t end_of(int k) const {
    return k >= 0 ? out_.nodes[static_cast<std::size_t>(k)].end : 0;
  }

  void statement() {
    const std::size_t pos = cur_.pos;
    if (cur_.kind == Tok::Name) {
      const std::string_view w = word(cur_);
      if (w == "import") return import_statement();
      if (w == "from") {
        fail(pos, "'from ... import' is not supported: write import numpy as np");
        return;
      }
      if (w == "def") {
        fail(pos, kDefMessage);
        return;
      }
      if (w == "print") {
        // print(...) is read and evaluated (for its errors) but shows nothing.
      }
      if (is_keyword(w) && w != "not" && w != "lambda") {
        fail(pos, "Python's '" + std::string(w) +
                      "' is not supported: only assignments and expressions");
        return;
      }
    }
    const int e = testlist();
    if (!ok_) return;
    if (cur_.kind == Tok::Assign) {
      const Node& target = out_.nodes[static_cast<std::size_t>(e)];
      if (target.kind != NodeKind::Name) {
        if (target.kind == NodeKind::Tuple)
          fail(target.pos, "unpacking (a, b = ...) is not supported");
        else if (target.kind == NodeKind::Subscript)
          fail(target.pos, "assigning to elements (x[...] = ...) is not supported");
        else
          fail(cur_.pos, "can only assign to a name, e.g. x = np.arange(5)");
        return;
      }
      Stmt s;
      s.kind = StmtKind::Assign;
      s.pos = pos;
      s.target = target.name;
      advance();
      if (!ok_) return;
      s.expr = testlist();
      while (ok_ && cur_.kind == Tok::Assign) {  // a = b = expr
        const Node& more = out_.nodes[static_cast<std::size_t>(s.expr)];
        if (more.kind != NodeKind::Name) {
          fail(more.pos, "can only assign to names, e.g. a = b = np.arange(5)");
          return;
        }
        s.more_targets.push_back(more.name);
        advance();
        if (ok_) s.expr = testlist();
      }
      if (!ok_) return;
      out_.stmts.push_back(s);
      return;
    }
    if (cur_.kind == Tok::AugAssign || cur_.kind == Tok::Colon) {
      unexpected("");
      return;
    }
    Stmt s;
    s.pos = pos;
    s.expr = e;
    out_.stmts.push_back(s);
  }

  void import_statement() {
    const std::size_t pos = cur_.pos;
    advance();
    if (!ok_) return;
    if (cur_.kind != Tok::Name) return void(unexpected("a module name"));
    std::string module(word(cur_));
    const std::size_t module_pos = cur_.pos;
    advance();
    while (ok_ && cur_.kind == Tok::Dot) {
      advance();
      if (!ok_ || cur_.kind != Tok::Name) return void(unexpected("a module name"));
      module += "." + std::string(word(cur_));
      advance();
    }
    if (!ok_) return;
    if (module != "numpy") {
      fail(module_pos, "module '" + module + "' is not supported: only numpy (import numpy as np)");
      return;
    }
    std::string alias = module;
    if (is_word("as")) {
      advance();
      if (!ok_ || cur_.kind != Tok::Name) return void(unexpected("a name after 'as'"));
      alias = word(cur_);
      advance();
    }
    if (!ok_) return;
    if (cur_.kind == Tok::Comma) {
      fail(cur_.pos, "import one module per statement: import numpy as np");
      return;
    }
    Stmt s;
    s.kind = StmtKind::Import;
    s.pos = pos;
    s.target = alias;
    out_.stmts.push_back(s);
  }

  // a, b, c (a tuple) or one expression.
  int testlist() {
    const std::size_t pos = cur_.pos;
    const int first = expr();
    if (!ok_ || cur_.kind != Tok::Comma) return first;
    Node t = node(NodeKind::Tuple, pos);
    t.kids.push_back(first);
    while (ok_ && cur_.kind == Tok::Comma) {
      t.end = cur_.end;
      advance();
      if (!ok_ || !starts_expr()) break;
      t.kids.push_back(expr());
      t.end = end_of(t.kids.back());
    }
    return add(std::move(t));
  }

  bool starts_expr() const {
    switch (cur_.kind) {
      case Tok::Number:
      case Tok::String:
      case Tok::LParen:
      case Tok::LBracket:
      case Tok::LBrace:
      case Tok::Plus:
      case Tok::Minus:
      case Tok::Tilde:
      case Tok::Ellipsis:
        return true;
      case Tok::Name:
        return !is_keyword(word(cur_)) || word(cur_) == "not" || word(cur_) == "lambda";
      default:
        return false;
    }
  }

  int expr() {
    if (is_word("lambda")) return fail(cur_.pos, "lambda is not supported");
    if (is_word("not")) return fail(cur_.pos, "'not' is not supported");
    const int e = arith();
    if (!ok_) return -1;
    if (cur_.kind == Tok::Compare) return unexpected("");
    if (cur_.kind == Tok::Name) {
      const std::string_view w = word(cur_);
      if (w == "if")
        return fail(cur_.pos, "conditional expressions (a if c else b) are not supported");
      if (w == "and" || w == "or" || w == "in" || w == "is" || w == "not") {
        return fail(cur_.pos, "'" + std::string(w) + "' is not supported");
      }
      if (w == "for")
        return fail(
            cur_.pos,
            "comprehensions are not supported: use np.arange(n) or np.linspace(start, stop, num)");
    }
    return e;
  }

  int binary(int left, Tok op, int right, std::size_t pos) {
    Node n = node(NodeKind::Binary, pos);
    n.op = op;
    n.kids = {left, right};
    n.end = end_of(right);
    return add(std::move(n));
  }

  int arith() {
    const std::size_t pos = cur_.pos;
    int left = term();
    while (ok_ && (cur_.kind == Tok::Plus || cur_.kind == Tok::Minus)) {
      const Tok op = cur_.kind;
      advance();
      const int right = term();
      left = binary(left, op, right, pos);
    }
    return left;
  }

  int term() {
    const std::size_t pos = cur_.pos;
    int left = factor();
    while (ok_ &&
           (cur_.kind == Tok::Star || cur_.kind == Tok::Slash || cur_.kind == Tok::DoubleSlash ||
            cur_.kind == Tok::Percent || cur_.kind == Tok::At)) {
      if (cur_.kind == Tok::At)
        return fail(cur_.pos, "matrix multiplication ('@') is not supported");
      const Tok op = cur_.kind;
      advance();
      const int right = factor();
      left = binary(left, op, right, pos);
    }
    return left;
  }

  int factor() {
    if (++depth_ > kMaxDepth) return fail(cur_.pos, "too deeply nested");
    int result;
    if (cur_.kind == Tok::Plus || cur_.kind == Tok::Minus || cur_.kind == Tok::Tilde) {
      Node n = node(NodeKind::Unary, cur_.pos);
      n.op = cur_.kind;
      advance();
      n.kids = {factor()};
      n.end = end_of(n.kids[0]);
      result = add(std::move(n));
    } else {
      result = power();
    }
    --depth_;
    return result;
  }

  int power() {
    const std::size_t pos = cur_.pos;
    const int base = primary();
    if (!ok_ || cur_.kind != Tok::DoubleStar) return base;
    advance();
    const int exponent =
        factor();  // right-associative, and binds tighter than a unary minus on its left
    return binary(base, Tok::DoubleStar, exponent, pos);
  }

  int primary() {
    const std::size_t pos = cur_.pos;
    int e = atom();
    while (ok_) {
      if (cur_.kind == Tok::Dot) {
        advance();
        if (!ok_ || cur_.kind != Tok::Name) return unexpected("a name after '.'");
        Node n = node(NodeKind::Attribute, pos);
        n.kids = {e};
        n.name = word(cur_);
        n.end = cur_.end;
        advance();
        e = add(std::move(n));
      } else if (cur_.kind == Tok::LParen) {
        e = call(e, pos);
      } else if (cur_.kind == Tok::LBracket) {
        e = subscript(e, pos);
      } else {
        break;
      }
    }
    return e;
  }

  int call(int func, std::size_t pos) {
    Node n = node(NodeKind::Call, pos);
    n.kids = {func};
    advance();
    while (ok_ && cur_.kind != Tok::RParen) {
      if (cur_.kind == Tok::Star || cur_.kind == Tok::DoubleStar)
        return fail(cur_.pos, "*args and **kwargs are not supported");
      std::string keyword;
      const std::size_t arg_pos = cur_.pos;
      const int arg = expr();
      if (!ok_) return -1;
      int value = arg;
      if (cur_.kind == Tok::Assign) {
        const Node& k = out_.nodes[static_cast<std::size_t>(arg)];
        if (k.kind != NodeKind::Name) return fail(cur_.pos, "expected a keyword name before '='");
        keyword = k.name;
        for (const std::string& other : n.keywords) {
          if (other == keyword) return fail(arg_pos, "keyword argument repeated: " + keyword);
        }
        advance();
        value = expr();
        if (!ok_) return -1;
      } else if (!n.keywords.empty() && !n.keywords.back().empty()) {
        return fail(arg_pos, "positional argument follows keyword argument");
      }
      n.kids.push_back(value);
      n.keywords.push_back(std::move(keyword));
      n.keyword_pos.push_back(arg_pos);
      if (cur_.kind == Tok::Comma) {
        advance();
      } else if (cur_.kind != Tok::RParen) {
        return unexpected("',' or ')'");
      }
    }
    if (!ok_) return -1;
    n.end = cur_.end;
    advance();
    return add(std::move(n));
  }

  int subscript(int object, std::size_t pos) {
    Node n = node(NodeKind::Subscript, pos);
    n.kids = {object};
    advance();
    for (;;) {
      if (!ok_) return -1;
      if (cur_.kind == Tok::RBracket) break;
      n.kids.push_back(slice_item());
      if (!ok_) return -1;
      if (cur_.kind == Tok::Comma) {
        advance();
      } else if (cur_.kind != Tok::RBracket) {
        return unexpected("',' or ']'");
      }
    }
    if (n.kids.size() == 1) return fail(cur_.pos, "empty index: write x[:, np.newaxis] or x[1:3]");
    n.end = cur_.end;
    advance();
    return add(std::move(n));
  }

  int slice_item() {
    const std::size_t pos = cur_.pos;
    int parts[3] = {-1, -1, -1};
    bool is_slice = false;
    if (cur_.kind != Tok::Colon) parts[0] = expr();
    for (int i = 1; i < 3 && ok_ && cur_.kind == Tok::Colon; ++i) {
      is_slice = true;
      advance();
      if (ok_ && cur_.kind != Tok::Colon && cur_.kind != Tok::Comma && cur_.kind != Tok::RBracket)
        parts[i] = expr();
    }
    if (!ok_ || !is_slice) return parts[0];
    Node n = node(NodeKind::Slice, pos);
    n.kids = {parts[0], parts[1], parts[2]};
    n.end = cur_.pos;
    return add(std::move(n));
  }

  // A list of plain numbers, read by parse_array in one go (so a long literal costs no tree).
  int try_literal(std::size_t pos) {
    TokenStream probe(text_, pos);
    int depth = 0;
    for (;;) {
      const Token t = probe.next();
      switch (t.kind) {
        case Tok::LBracket:
        case Tok::LParen:
          ++depth;
          break;
        case Tok::RBracket:
        case Tok::RParen:
          if (--depth == 0) {
            ParsedArray parsed = parse_array(text_.substr(pos, t.end - pos));
            if (!parsed.ok) return -1;
            Node n = node(NodeKind::Literal, pos);
            n.end = t.end;
            n.name = text_.substr(pos, t.end - pos);
            n.array = std::move(parsed.array);
            stream_.seek(t.end, stream_.depth() - 1);
            advance();
            return add(std::move(n));
          }
          break;
        case Tok::Number:
        case Tok::Comma:
        case Tok::Plus:
        case Tok::Minus:
        case Tok::Dot:
          break;
        case Tok::Name:
          if (is_keyword(probe.text().substr(t.pos, t.end - t.pos))) return -1;
          break;
        default:
          return -1;
      }
    }
  }

  int sequence(NodeKind kind, Tok closer, std::size_t pos) {
    Node n = node(kind, pos);
    bool comma = false;
    advance();
    while (ok_ && cur_.kind != closer) {
      if (!starts_expr())
        return unexpected(closer == Tok::RBracket ? "an element or ']'" : "an element or ')'");
      n.kids.push_back(expr());
      if (!ok_) return -1;
      if (cur_.kind == Tok::Name && word(cur_) == "for") {
        return fail(
            cur_.pos,
            "comprehensions are not supported: use np.arange(n) or np.linspace(start, stop, num)");
      }
      if (cur_.kind == Tok::Comma) {
        comma = true;
        advance();
      } else if (cur_.kind != closer) {
        return unexpected(closer == Tok::RBracket ? "',' or ']'" : "',' or ')'");
      }
    }
    if (!ok_) return -1;
    n.end = cur_.end;
    advance();
    if (kind == NodeKind::Tuple && n.kids.size() == 1 && !comma) {  // (a): just a
      out_.nodes[static_cast<std::size_t>(n.kids[0])].pos = pos;
      out_.nodes[static_cast<std::size_t>(n.kids[0])].end = n.end;
      return n.kids[0];
    }
    return add(std::move(n));
  }

  int atom() {
    if (!ok_) return -1;
    const std::size_t pos = cur_.pos;
    switch (cur_.kind) {
      case Tok::Number: {
        Node n = node(NodeKind::Number, pos);
        n.number = cur_.number;
        n.name = word(cur_);
        n.end = cur_.end;
        advance();
        return add(std::move(n));
      }
      case Tok::String: {
        Node n = node(NodeKind::String, pos);
        n.name = cur_.text;
        n.end = cur_.end;
        advance();
        return add(std::move(n));
      }
      case Tok::Name: {
        const std::string_view w = word(cur_);
        if (w == "def") return fail(pos, kDefMessage);
        if (is_keyword(w)) return unexpected("an expression");
        Node n = node(NodeKind::Name, pos);
        n.name = w;
        n.end = cur_.end;
        advance();
        return add(std::move(n));
      }
      case Tok::Ellipsis: {
        Node n = node(NodeKind::Ellipsis, pos);
        n.end = cur_.end;
        advance();
        return add(std::move(n));
      }
      case Tok::LBracket: {
        if (lists_open_ == 0) {
          const int literal = try_literal(pos);
          if (literal >= 0 || !ok_) return literal;
        }
        ++lists_open_;
        const int e = sequence(NodeKind::List, Tok::RBracket, pos);
        --lists_open_;
        return e;
      }
      case Tok::LParen:
        return sequence(NodeKind::Tuple, Tok::RParen, pos);
      case Tok::LBrace:
        return fail(pos, "dicts and sets ('{') are not supported: use [ ] for lists");
      case Tok::End:
      case Tok::Newline:
      case Tok::Semicolon:
        return fail(pos, "expected an expression");
      default:
        return unexpected("an expression");
    }
  }

  std::string_view text_;
  TokenStream stream_;
  Program& out_;
  Token cur_;
  bool ok_ = true;
  SyntaxError error_;
  int depth_ = 0;
  int lists_open_ = 0;
  std::vector<int> height_;
};

}  // namespace

bool parse_program(std::string_view text, Program& out, SyntaxError& error) {
  out = Program();
  return Parser(text, out).run(error);
}

}  // namespace act::program
