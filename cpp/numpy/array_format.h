// The layout half of numpy.core.arrayprint: _formatArray with _extendLine
// (brackets, separators, line wrapping, blank lines between blocks) and
// _leading_trailing (which elements a summarized array shows).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace act::numpy_detail {

constexpr std::size_t kEdgeItems = 3;     // np.get_printoptions()['edgeitems']
constexpr std::size_t kThreshold = 1000;  // np.get_printoptions()['threshold']
constexpr int kLineWidth = 75;            // np.get_printoptions()['linewidth']

// Row-major flat indices of the elements a summarized array prints (all of them when not
// summarized).
std::vector<std::size_t> shown_indices(const std::vector<std::size_t>& shape, bool summarize);

// _formatArray: elements[k] is the formatted element at flat index shown[k], with `shown` as
// shown_indices(shape, summarize) gives it.
std::string format_array(const std::vector<std::size_t>& shape,
                         const std::vector<std::size_t>& shown,
                         const std::vector<std::string>& elements, int line_width,
                         const std::string& next_line_prefix, const std::string& separator,
                         bool summarize);

}  // namespace act::numpy_detail
