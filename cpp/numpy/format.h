// Prints arrays exactly as NumPy does with its default print options.
#pragma once

#include <string>

#include "core/ndarray.h"

namespace act {

std::string array_str(const NdArray& a);   // print(a)
std::string array_repr(const NdArray& a);  // repr(a), what a notebook cell echoes

}  // namespace act
