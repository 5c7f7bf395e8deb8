// Prints digests of the core's random draws and cr_log, to compare a native build with a WASM
// one (tests/random/wasm_differential.sh): identical lines mean identical bits. The std::log line
// shows the C libraries themselves (glibc natively, musl in WASM) disagree.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "numpy/random/cr_log.h"
#include "numpy/random/random_state.h"

using namespace act::numpy_random;

struct Digest {
  std::uint64_t h = 1469598103934665603ULL;
  void add(double v) {
    std::uint64_t u;
    std::memcpy(&u, &v, sizeof u);
    for (int i = 0; i < 8; ++i) h = (h ^ ((u >> (8 * i)) & 0xff)) * 1099511628211ULL;
  }
};

int main() {
  Digest all;
  for (std::uint32_t s = 0; s < 200; ++s) {
    RandomState rs(s * 2654435761U);
    Digest d;
    for (double v : rs.standard_normal({1000}).f64) d.add(v);
    for (double v : rs.normal(1.5, 3.0, {101}).f64) d.add(v);
    for (double v : rs.uniform(-2.0, 7.0, {100}).f64) d.add(v);
    for (std::int64_t v : rs.randint(-1000000000000LL, 1000000000000LL, {50}).i64) d.add(static_cast<double>(v));
    std::printf("seed %u %016llx\n", s * 2654435761U, static_cast<unsigned long long>(d.h));
    all.add(static_cast<double>(d.h));
  }
  MT19937 mt;
  mt.seed(99);
  Digest cr, libm;
  long libm_differs = 0;
  for (int i = 0; i < 1000000; ++i) {
    const double a = 2 * mt.next_double() - 1, b = 2 * mt.next_double() - 1, r2 = a * a + b * b;
    if (r2 >= 1 || r2 == 0) continue;
    const double c = cr_log(r2), l = std::log(r2);
    cr.add(c);
    libm.add(l);
    libm_differs += c != l;
  }
  std::printf("cr_log digest %016llx\n", static_cast<unsigned long long>(cr.h));
  std::fprintf(stderr, "C library log digest %016llx, differs from cr_log on %ld of ~785,000 r2\n",
               static_cast<unsigned long long>(libm.h), libm_differs);
  return 0;
}
