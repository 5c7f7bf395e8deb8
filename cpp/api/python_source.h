// The Python source of what a reader typed, built from the parser's own tokens: what
// "Copy as NumPy" pastes. One grammar, so the script computes exactly the array the page shows:
//   0.2 -1.5              -> np.array([0.2, -1.5])     (two elements, not 0.2 - 1.5)
//   1 -2 3                -> np.array([1, -2, 3])
//   [1, 2]  # my numbers  -> np.array([1, 2])          (comments dropped)
//   np.asarray([1, -2])   -> np.array([1, -2])         (still 1-D)
//   infinity, -NaN, np.NINF -> np.inf, -np.nan, -np.inf
//   −1.5 (U+2212), no-break spaces -> -1.5, plain spaces
//   5                     -> np.array(5)               (0-d, as the page shows)
// Number literals are kept as typed (1e-3, 1_000, .5): Python reads them the same way.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace act {

// "np.array(...)" for a test vector parse_array accepts; nullopt for one it refuses.
std::optional<std::string> python_array_source(std::string_view text);

// A Python number for a parameter box's text parse_number accepts ("−0.1" -> "-0.1",
// "inf" -> "np.inf", "0" -> "0"); nullopt for one it refuses.
std::optional<std::string> python_number_source(std::string_view text);

namespace python_detail {
// The same, for text already known to be accepted (no second parse).
std::string array_source_unchecked(std::string_view text);
}  // namespace python_detail

}  // namespace act
