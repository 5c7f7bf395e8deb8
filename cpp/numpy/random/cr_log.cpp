#include "numpy/random/cr_log.h"

#include <cmath>

namespace act::numpy_random {

double cr_log(double x) { return std::log(x); }  // placeholder until the correctly rounded one lands
double cr_log_slow(double x) { return std::log(x); }

}  // namespace act::numpy_random
