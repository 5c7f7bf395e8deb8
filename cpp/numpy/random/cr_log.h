// A correctly rounded natural logarithm for float64, the same bits on every platform (native
// glibc and WASM musl alike): cr_log(x) is log(x) rounded to nearest, ties to even.
//
// How: a double-double evaluation (table of 1/c, atanh series) whose error is far below the
// rounding test's margin; when the test cannot decide (about one call in 2**20), an exact-enough
// 320-bit fixed-point evaluation (Newton on exp) decides. See cr_log.cpp for the error budget.
#pragma once

namespace act::numpy_random {

double cr_log(double x);

// The slow path alone (for tests): log(x) through the 320-bit evaluation, rounded to nearest.
double cr_log_slow(double x);

}  // namespace act::numpy_random
