// Reads what a reader types as a test vector, as NumPy's np.array would take it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/ndarray.h"

namespace act {

struct ParseError {
  std::string message;  // one line: what is wrong, e.g. "unbalanced bracket: '[' is never closed"
  std::size_t column = 0;  // 1-based, counted in Unicode code points of the input
                           // from its start (a newline counts as one, like any character)
};

struct ParsedArray {
  bool ok = false;
  NdArray array;
  ParseError error;  // set when !ok
};

struct ParsedNumber {
  bool ok = false;
  Number value;
  ParseError error;
};

// Nested lists, np.array(...)/numpy.array(...), or a bare comma/space separated 1-D list.
// Up to 4 dimensions and 1,000,000 elements; a lone number gives a 0-d array, as
// np.array(5) does. Never throws; linear time; no recursion.
ParsedArray parse_array(std::string_view text);

// One scalar as Python reads it (a parameter box): "0" is an int, "0.1" or ".1" a float.
ParsedNumber parse_number(std::string_view text);

}  // namespace act
