// NumPy 1.24's dtype rules for our four dtypes: promote_types, and np.result_type with
// value-based casting (a scalar -- Python number, NumPy scalar or 0-d array -- whose kind
// is no higher than the arrays' counts by the smallest type that holds its value, so
// float32 + 0.1 stays float32 while float32 + 1e300 or float32 + 100000 become float64).
#pragma once

#include "core/ndarray.h"
#include "numpy/program/value.h"

namespace act::program {

DType promote_types(DType a, DType b);

// The dtype NumPy computes a binary operation in, for two numeric operands.
DType result_type(const Value& a, const Value& b);

// The dtype np.array gives a Python number: int -> int64, float -> float64, bool -> bool.
inline DType own_dtype(const Value& v) { return v.array.dtype; }

// a.astype(to): NumPy's casts (float -> int truncates; NaN/inf -> INT64_MIN as on x86;
// float64 -> float32 rounds to nearest; anything -> bool is != 0).
NdArray cast(const NdArray& a, DType to);

}  // namespace act::program
