#include "numpy/program/source.h"

#include <cmath>

#include "numpy/float_format.h"
#include "numpy/lexer.h"
#include "numpy/scalar_names.h"

namespace act::program {

namespace {

using numpy_detail::TokenKind;

std::string name_source(std::string_view name) {
  if (numpy_detail::is_array_call_name(name)) return "np.array";
  double v = 0;
  if (!numpy_detail::scalar_name_value(name, v)) return std::string(name);
  if (std::isnan(v)) return "np.nan";
  if (std::isinf(v)) return v > 0 ? "np.inf" : "-np.inf";
  if (v == 3.141592653589793) return "np.pi";
  if (v == 2.718281828459045) return "np.e";
  return numpy_detail::float_scalar_str(v);
}

int precedence(const Node& n) {
  switch (n.kind) {
    case NodeKind::Tuple:
      return 0;
    case NodeKind::Binary:
      if (n.op == Tok::Plus || n.op == Tok::Minus) return 1;
      if (n.op == Tok::DoubleStar) return 4;
      return 2;
    case NodeKind::Unary:
      return 3;
    default:
      return 5;
  }
}

class Emitter {
 public:
  explicit Emitter(const Program& p) : p_(p) {}

  std::string emit(int index, int min_prec) {
    if (index < 0) return "";
    const Node& n = p_.nodes[static_cast<std::size_t>(index)];
    std::string s;
    switch (n.kind) {
      case NodeKind::Number:
        s = n.name;
        break;
      case NodeKind::Name:
        s = name_source(n.name);
        break;
      case NodeKind::String:
        s = "'" + n.name + "'";
        break;
      case NodeKind::Literal:
        s = literal_source(n.name);
        break;
      case NodeKind::Ellipsis:
        s = "...";
        break;
      case NodeKind::List:
      case NodeKind::Tuple: {
        s = n.kind == NodeKind::List ? "[" : "(";
        for (std::size_t i = 0; i < n.kids.size(); ++i) s += (i ? ", " : "") + emit(n.kids[i], 1);
        if (n.kind == NodeKind::Tuple && n.kids.size() == 1) s += ",";
        s += n.kind == NodeKind::List ? "]" : ")";
        return s;  // always bracketed
      }
      case NodeKind::Unary:
        s = operator_text(n.op) + emit(n.kids[0], 3);
        break;
      case NodeKind::Binary: {
        const int prec = precedence(n);
        if (n.op == Tok::DoubleStar) {
          s = emit(n.kids[0], 5) + " ** " + emit(n.kids[1], 3);
        } else {
          s = emit(n.kids[0], prec) + " " + operator_text(n.op) + " " + emit(n.kids[1], prec + 1);
        }
        break;
      }
      case NodeKind::Call: {
        s = emit(n.kids[0], 5) + "(";
        for (std::size_t i = 1; i < n.kids.size(); ++i) {
          if (i > 1) s += ", ";
          if (!n.keywords[i - 1].empty()) s += n.keywords[i - 1] + "=";
          s += emit(n.kids[i], 1);
        }
        s += ")";
        break;
      }
      case NodeKind::Attribute:
        s = emit(n.kids[0], 5) + "." + n.name;
        break;
      case NodeKind::Subscript: {
        s = emit(n.kids[0], 5) + "[";
        for (std::size_t i = 1; i < n.kids.size(); ++i)
          s += (i > 1 ? ", " : "") + emit(n.kids[i], 1);
        s += "]";
        break;
      }
      case NodeKind::Slice: {
        s = emit(n.kids[0], 1) + ":" + emit(n.kids[1], 1);
        if (n.kids[2] >= 0) s += ":" + emit(n.kids[2], 1);
        break;
      }
    }
    return precedence(n) < min_prec ? "(" + s + ")" : s;
  }

 private:
  const Program& p_;
};

}  // namespace

std::string literal_source(std::string_view literal) {
  numpy_detail::Lexer lex(literal);
  std::string out;
  bool after_item = false;
  for (;;) {
    const numpy_detail::Token t = lex.next();
    if (t.kind == TokenKind::End || t.kind == TokenKind::Bad) break;
    const bool starts_item = t.kind == TokenKind::Number || t.kind == TokenKind::Name ||
                             t.kind == TokenKind::LBracket || t.kind == TokenKind::LParen ||
                             t.kind == TokenKind::Minus || t.kind == TokenKind::Plus;
    if (after_item && starts_item) out += ", ";
    const std::string_view text = literal.substr(t.pos, t.end - t.pos);
    switch (t.kind) {
      case TokenKind::Number:
        out += text;
        break;
      case TokenKind::Name:
        out += name_source(text);
        break;
      case TokenKind::Minus:
        out += "-";
        break;
      case TokenKind::Plus:
        out += "+";
        break;
      case TokenKind::Comma:
        out += ", ";
        break;
      default:
        out += text;
        break;
    }
    after_item = t.kind == TokenKind::Number || t.kind == TokenKind::RBracket ||
                 t.kind == TokenKind::RParen ||
                 (t.kind == TokenKind::Name && !numpy_detail::is_array_call_name(text));
  }
  // "1, 2, " -> "1, 2,": no trailing space
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string program_source(const Program& program, bool assigns_x) {
  Emitter e(program);
  std::string out;
  std::size_t value_stmt = program.stmts.size();
  if (!assigns_x) {
    for (std::size_t i = program.stmts.size(); i-- > 0;) {
      const Stmt& s = program.stmts[i];
      const Node& n = program.nodes[static_cast<std::size_t>(s.expr >= 0 ? s.expr : 0)];
      if (s.kind == StmtKind::Expr &&
          !(n.kind == NodeKind::Call &&
            program.nodes[static_cast<std::size_t>(n.kids[0])].name == "print")) {
        value_stmt = i;
        break;
      }
    }
  }
  for (std::size_t i = 0; i < program.stmts.size(); ++i) {
    const Stmt& s = program.stmts[i];
    std::string line;
    if (s.kind == StmtKind::Import) {
      if (s.target == "np") continue;
      line = s.target == "numpy" ? "import numpy" : "import numpy as " + s.target;
    } else if (s.kind == StmtKind::Assign) {
      line = s.target + " = ";
      for (const std::string& t : s.more_targets) line += t + " = ";
      line += e.emit(s.expr, 0);
    } else {
      line = (i == value_stmt ? "x = " : "") + e.emit(s.expr, 0);
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace act::program
