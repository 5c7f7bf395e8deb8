// What a program's expressions evaluate to, and the evaluation's shared state (limits,
// the operation budget, the first error). Numbers are 0-d arrays: a Python int, float or
// bool is a 0-d int64, float64 or bool array marked `python` (its own arithmetic rules:
// exact ints that must stay within int64, ZeroDivisionError...); a NumPy scalar or a 0-d
// array is unmarked. NumPy 1.24's value-based casting treats both kinds alike.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/ndarray.h"
#include "numpy/program/program.h"

namespace act::program {

enum class ValueKind { Array, List, Tuple, None, String, DType, Module, Function };

struct Value {
  ValueKind kind = ValueKind::None;
  NdArray array;             // Array; List when it came from a literal list (items empty)
  bool python = false;       // Array: a Python scalar
  std::vector<Value> items;  // List, Tuple
  std::string text;          // String; Module ("numpy", "numpy.random"); Function (qualified name)
  DType dtype = DType::Float64;  // DType

  bool is_array() const { return kind == ValueKind::Array; }
  bool is_scalar() const { return kind == ValueKind::Array && array.shape.empty(); }
  bool is_python_number() const { return kind == ValueKind::Array && python; }
  bool is_sequence() const { return kind == ValueKind::List || kind == ValueKind::Tuple; }
};

Value python_int(std::int64_t v);
Value python_float(double v);
Value python_bool(bool v);
Value array_value(NdArray a);

// Element i of an array of any dtype, as float64 / as int64 (bool: 0/1).
double element_f(const NdArray& a, std::size_t i);
std::int64_t element_i(const NdArray& a, std::size_t i);

constexpr std::size_t kNoPos =
    static_cast<std::size_t>(-1);  // an error about no one spot: column 0

class Env {
 public:
  Env(std::string_view text, const ProgramLimits& limits) : text_(text), limits_(limits) {}

  bool fail(std::size_t pos, std::string message);
  bool failed() const { return failed_; }
  bool over_budget() const { return over_budget_; }  // failed on limits().budget_elements
  const ProgramError& error() const { return error_; }

  // An array of `n` elements is about to be made at `pos` (the node it belongs to):
  // within the per-array cap and the program's operation budget, or a message.
  bool charge(std::size_t pos, std::size_t n);
  bool charge_shape(std::size_t pos, const std::vector<std::size_t>& shape);
  std::size_t operations() const { return ops_; }
  const ProgramLimits& limits() const { return limits_; }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  ProgramLimits limits_;
  std::size_t ops_ = 0;
  bool failed_ = false;
  bool over_budget_ = false;
  ProgramError error_;
};

std::string shape_text(const std::vector<std::size_t>& shape);  // (2, 3) / (4,) / ()

}  // namespace act::program
