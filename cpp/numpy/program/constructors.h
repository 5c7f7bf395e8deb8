// NumPy's array constructors, with NumPy 1.24's arithmetic: np.array/np.asarray of
// (nested) sequences, np.linspace, np.arange, np.zeros/ones/full and their _like forms.
// Sizes are checked against the limits before anything is allocated.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "numpy/program/value.h"

namespace act::program {

constexpr std::size_t kMaxDims = 4;

// np.asarray(v): lists and tuples of numbers or arrays of one shape, arrays, Python numbers.
bool to_array(Env& env, const Value& v, std::size_t pos, NdArray& out);

// dtype= values: float, int, bool, np.float32, np.float64, np.int64, np.bool_ and their strings.
bool to_dtype(Env& env, const Value& v, std::size_t pos, DType& out);

// A shape: an int or a tuple/list of ints (none negative).
bool to_shape(Env& env, const Value& v, std::size_t pos, std::vector<std::size_t>& out);

// A Python int (or NumPy integer scalar) as a C++ integer.
bool to_int(Env& env, const Value& v, std::size_t pos, const char* what, std::int64_t& out);

// A real scalar (Python or NumPy number) as float64.
bool to_real(Env& env, const Value& v, std::size_t pos, const char* what, double& out);

bool linspace(Env& env, const Value& start, const Value& stop, std::int64_t num, bool endpoint,
              std::optional<DType> dtype, std::size_t pos, NdArray& out);
bool arange(Env& env, const Value& start, const Value& stop, const Value& step,
            std::optional<DType> dtype, std::size_t pos, NdArray& out);
// zeros/ones/full: `fill` a scalar; dtype defaults to the fill's own.
bool filled(Env& env, const std::vector<std::size_t>& shape, const Value& fill,
            std::optional<DType> dtype, std::size_t pos, NdArray& out);

}  // namespace act::program
