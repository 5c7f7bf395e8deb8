// The program as a tree: statements of expressions, nodes kept in one vector and
// referring to each other by index. Every node knows its span in the text, for columns
// in messages and for the normalised Python source.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/ndarray.h"
#include "numpy/number_literal.h"
#include "numpy/program/tokens.h"

namespace act::program {

enum class NodeKind {
  Number,     // a numeric literal (sign not included)
  Name,       // an identifier: x, np, None, True, nan...
  String,     // 'float32'
  Literal,    // a list of plain numbers, read once by parse_array: `array`
  List,       // [a, b, ...] with expressions inside
  Tuple,      // (a, b) or a bare a, b
  Unary,      // op kid0 (op: Plus, Minus, Tilde)
  Binary,     // kid0 op kid1
  Call,       // kid0(kid1, ...): keywords[i] names kid i+1 ("" when positional)
  Attribute,  // kid0.name
  Subscript,  // kid0[kid1, ...]
  Slice,      // start:stop:step inside a subscript; -1 for a missing part
  Ellipsis,   // ...
};

struct Node {
  NodeKind kind = NodeKind::Name;
  std::size_t pos = 0, end = 0;  // bytes of the text
  Tok op = Tok::End;
  std::string name;
  numpy_detail::NumberLiteral number;
  NdArray array;  // Literal
  std::vector<int> kids;
  std::vector<std::string> keywords;  // Call
  std::vector<std::size_t> keyword_pos;
};

enum class StmtKind { Expr, Assign, Import };

struct Stmt {
  StmtKind kind = StmtKind::Expr;
  std::size_t pos = 0;
  std::string target;                     // Assign: the name; Import: the alias bound
  std::vector<std::string> more_targets;  // a = b = ...: b
  int expr = -1;                          // Expr/Assign
};

struct Program {
  std::vector<Node> nodes;
  std::vector<Stmt> stmts;
};

}  // namespace act::program
