// The program as Python source for "Copy as NumPy": normalised (ASCII minus signs,
// np.nan for nan, commas between elements, one space around binary operators), and
// runnable after `import numpy as np` and the widget's function definitions.
#pragma once

#include <string>
#include <string_view>

#include "numpy/program/ast.h"

namespace act::program {

// A literal as parse_array reads it, as Python would need it: "[1 −2 nan]" -> "[1, -2, np.nan]".
std::string literal_source(std::string_view literal);

// Every statement on its own line; the statement giving the value (x = ..., or the last
// expression) ends up assigning x. `import numpy as np` is left to the script's header.
std::string program_source(const Program& program, bool assigns_x);

}  // namespace act::program
