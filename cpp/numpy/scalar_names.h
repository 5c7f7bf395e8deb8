// The words a reader may type for a float: nan, inf, np.nan, numpy.inf, np.NINF, np.pi...
#pragma once

#include <string_view>

namespace act::numpy_detail {

// Sets `value` and returns true if `name` is a float constant NumPy or Python would accept.
bool scalar_name_value(std::string_view name, double& value);

// np.array, numpy.array, array (as NumPy's repr prints it), and the asarray spellings.
bool is_array_call_name(std::string_view name);

}  // namespace act::numpy_detail
