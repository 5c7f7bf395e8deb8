#include "numpy/array_format.h"

#include <algorithm>

namespace act::numpy_detail {

namespace {

std::vector<std::size_t> strides_of(const std::vector<std::size_t>& shape) {
  std::vector<std::size_t> strides(shape.size(), 1);
  for (std::size_t i = shape.size(); i-- > 1;) strides[i - 1] = strides[i] * shape[i];
  return strides;
}

void collect(const std::vector<std::size_t>& shape, const std::vector<std::size_t>& strides,
             std::size_t axis, std::size_t offset, bool summarize, std::vector<std::size_t>& out) {
  if (axis == shape.size()) {
    out.push_back(offset);
    return;
  }
  const std::size_t n = shape[axis];
  for (std::size_t i = 0; i < n; ++i) {
    if (summarize && n > 2 * kEdgeItems && i == kEdgeItems) i = n - kEdgeItems;
    collect(shape, strides, axis + 1, offset + i * strides[axis], summarize, out);
  }
}

std::string rstrip(const std::string& s) {
  std::size_t end = s.size();
  while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\n')) --end;
  return s.substr(0, end);
}

// _extendLine (legacy=False): wrap before `word` if it would pass line_width, unless that cannot
// help.
void extend_line(std::string& s, std::string& line, const std::string& word, int line_width,
                 const std::string& next_line_prefix) {
  bool needs_wrap = static_cast<int>(line.size() + word.size()) > line_width;
  if (line.size() <= next_line_prefix.size()) needs_wrap = false;
  if (needs_wrap) {
    s += rstrip(line);
    s += '\n';
    line = next_line_prefix;
  }
  line += word;
}

struct Formatter {
  const std::vector<std::size_t>& shape;
  std::vector<std::size_t> strides;
  const std::vector<std::size_t>& shown;  // ascending: shown_indices walks in row-major order
  const std::vector<std::string>& elements;
  std::string separator;
  bool summarize;

  // Depth is the array's ndim (at most a handful), so plain recursion is safe here.
  std::string recurse(std::size_t axis, std::size_t offset, const std::string& hanging_indent,
                      int curr_width) const {
    const std::size_t axes_left = shape.size() - axis;
    if (axes_left == 0) {
      return elements[std::lower_bound(shown.begin(), shown.end(), offset) - shown.begin()];
    }

    const std::string next_hanging_indent = hanging_indent + ' ';
    const int next_width = curr_width - 1;  // len(']')
    const std::size_t a_len = shape[axis];
    const bool show_summary = summarize && 2 * kEdgeItems < a_len;
    const std::size_t leading = show_summary ? kEdgeItems : 0;
    const std::size_t trailing = show_summary ? kEdgeItems : a_len;
    auto child = [&](std::size_t i) {
      return recurse(axis + 1, offset + i * strides[axis], next_hanging_indent, next_width);
    };

    std::string s;
    if (axes_left == 1) {
      const std::string sep_stripped = rstrip(separator);
      const int elem_width =
          curr_width - static_cast<int>(std::max<std::size_t>(sep_stripped.size(), 1));
      std::string line = hanging_indent;
      for (std::size_t i = 0; i < leading; ++i) {
        extend_line(s, line, child(i), elem_width, hanging_indent);
        line += separator;
      }
      if (show_summary) {
        extend_line(s, line, "...", elem_width, hanging_indent);
        line += separator;
      }
      for (std::size_t i = trailing; i > 1; --i) {
        extend_line(s, line, child(a_len - i), elem_width, hanging_indent);
        line += separator;
      }
      extend_line(s, line, child(a_len - 1), elem_width, hanging_indent);
      s += line;
    } else {
      const std::string line_sep = rstrip(separator) + std::string(axes_left - 1, '\n');
      for (std::size_t i = 0; i < leading; ++i) s += hanging_indent + child(i) + line_sep;
      if (show_summary) s += hanging_indent + "..." + line_sep;
      for (std::size_t i = trailing; i > 1; --i) s += hanging_indent + child(a_len - i) + line_sep;
      s += hanging_indent + child(a_len - 1);
    }
    return "[" + s.substr(hanging_indent.size()) + "]";
  }
};

}  // namespace

std::vector<std::size_t> shown_indices(const std::vector<std::size_t>& shape, bool summarize) {
  std::vector<std::size_t> out;
  collect(shape, strides_of(shape), 0, 0, summarize, out);
  return out;
}

std::string format_array(const std::vector<std::size_t>& shape,
                         const std::vector<std::size_t>& shown,
                         const std::vector<std::string>& elements, int line_width,
                         const std::string& next_line_prefix, const std::string& separator,
                         bool summarize) {
  Formatter f{shape, strides_of(shape), shown, elements, separator, summarize};
  return f.recurse(0, 0, next_line_prefix, line_width);
}

}  // namespace act::numpy_detail
