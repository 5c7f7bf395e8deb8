// Python's grammar, the part a test-vector program needs: statements separated by
// newlines or ';', `import numpy [as np]`, `name = expr`, and expressions with
// + - * / // % ** (and unary signs), calls with keywords, attributes, subscripts with
// slices, lists and tuples. What Python has and this does not gets "not supported".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "numpy/program/ast.h"

namespace act::program {

struct SyntaxError {
  std::string message;
  std::size_t pos = 0;  // byte
};

// False with `error` set when the text is not a program we read.
bool parse_program(std::string_view text, Program& out, SyntaxError& error);

}  // namespace act::program
