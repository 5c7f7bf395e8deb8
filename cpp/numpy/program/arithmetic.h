// + - * / // % ** and the unary signs, as Python does them between Python numbers and as
// NumPy 1.24 does them otherwise: broadcasting, result_type's promotion, int64 wrapping,
// numpy's floor division and remainder, true division giving float.
#pragma once

#include <cstddef>
#include <vector>

#include "numpy/program/tokens.h"
#include "numpy/program/value.h"

namespace act::program {

// a and b are numeric Arrays (Python numbers included); `pos` is where errors point.
bool binary_op(Env& env, Tok op, const Value& a, const Value& b, std::size_t pos, Value& out);
bool unary_op(Env& env, Tok op, const Value& a, std::size_t pos, Value& out);

// NumPy's broadcast of two shapes; false when they do not broadcast.
bool broadcast_shapes(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b,
                      std::vector<std::size_t>& out);

}  // namespace act::program
