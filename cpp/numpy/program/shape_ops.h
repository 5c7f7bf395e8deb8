// Shape and type: .reshape (with -1), .T, .ravel()/.flatten(), .astype(), and basic
// indexing (integers, slices, None/np.newaxis, ...), each a copy in C order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "numpy/program/value.h"

namespace act::program {

bool reshape(Env& env, const NdArray& a, const std::vector<std::int64_t>& dims, std::size_t pos,
             NdArray& out);
bool transpose(Env& env, const NdArray& a, std::size_t pos, NdArray& out);
bool ravel(Env& env, const NdArray& a, std::size_t pos, NdArray& out);

// One item of a subscript: an integer, a slice (missing parts empty), a new axis or '...'.
struct IndexItem {
  enum Kind { Integer, Slice, NewAxis, Ellipsis } kind = Integer;
  std::int64_t index = 0;
  std::optional<std::int64_t> start, stop, step;
  std::size_t pos = 0;
};

bool index(Env& env, const NdArray& a, const std::vector<IndexItem>& items, std::size_t pos,
           NdArray& out);

}  // namespace act::program
