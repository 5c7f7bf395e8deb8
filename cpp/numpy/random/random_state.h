// NumPy's legacy `np.random` (numpy.random.RandomState over MT19937), bit for bit as NumPy 1.24
// draws it, for the program evaluator (`np.random.seed(42); np.random.randn(5, 1)`).
//
// API (namespace act::numpy_random):
//
//   RandomState rs;                       // unseeded: call seed() first (the evaluator seeds it
//                                         // from the program's np.random.seed or draw_seed())
//   std::string err = check_seed_text(..) // (helpers below for the evaluator's messages)
//   rs.seed(42);                          // np.random.seed(42): any 0 <= n <= 2**32 - 1
//
//   Array draws, filled in C order; `shape` is NumPy's `size=` (an int n is {n}, a tuple its
//   dims, `size=()` is {} and gives a 0-d array). Each returns an NdArray of that shape:
//     rs.random_sample(shape)     float64 in [0, 1)   (rand(*shape), random(size),
//     random_sample(size)) rs.standard_normal(shape)   float64 N(0, 1)     (randn(*shape),
//     standard_normal(size)) rs.uniform(low, high, shape)   low + (high-low)*U rs.normal(loc,
//     scale, shape)   loc + scale*N rs.randint(low, high, shape)   int64 in [low, high)
//   Scalar draws, for the same calls with size=None (NumPy returns a Python float / np.int64,
//   which print as scalars): rs.random_sample(), rs.standard_normal(), rs.uniform(low, high),
//   rs.normal(loc, scale), rs.randint(low, high).
//
//   Argument checks, as NumPy makes them, BEFORE drawing (a failed check draws nothing):
//     uniform_error(low, high)  -> "" or "Range exceeds valid bounds"  (high - low not finite)
//     normal_error(scale)       -> "" or "scale < 0" (NumPy refuses -0.0 too; NaN passes)
//     randint_error(low, high)  -> "" or "high <= 0" / "low >= high" (as NumPy words them;
//                                  randint(n) is randint(0, n))
//   The evaluator reads randint's bounds as Python ints: int64 here (|bound| < 2**63).
//
//   Seeds: seed_error(n) is "" for a Python int in [0, 2**32 - 1] (True/False count as 1/0,
//   as in NumPy), else NumPy's message: "Seed must be between 0 and 2**32 - 1" for other ints
//   (kSeedRangeMessage: also for ints beyond int64, which the evaluator reads itself), and for a
//   float "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule
//   'safe'" (NumPy's TypeError); other forms (arrays, strings, None) are the evaluator's to
//   refuse ("not supported").
//   draw_seed(entropy): one 32-bit seed for a text without np.random.seed, from caller-supplied
//   entropy (e.g. 64 bits from crypto.getRandomValues); deterministic in its argument.
//
// Exactness: MT19937, the 53-bit doubles ((a >> 5) * 2**26 + (b >> 6)) / 2**53, the Marsaglia
// polar Gaussian with its cached second value (RandomState._aug_state: has_gauss), and randint's
// masked rejection (32-bit draws when high - low - 1 < 2**32, 64-bit draws, high word first,
// otherwise) are NumPy's own algorithms. The Gaussian's log is cr_log (cr_log.h), correctly
// rounded, so WASM (musl) and native (glibc) give the same bits; NumPy itself calls the C
// library's log, which differs from the correctly rounded one in rare cases (< 1 ulp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/ndarray.h"

namespace act::numpy_random {

// The MT19937 generator as NumPy's bit generator holds it (numpy/random/src/mt19937).
class MT19937 {
 public:
  void seed(std::uint32_t s);  // init_genrand: NumPy's mt19937_seed
  std::uint32_t next32();
  std::uint64_t next64();  // high word first, as NumPy's mt19937_next64
  double next_double();    // 53 bits in [0, 1)

 private:
  void generate();
  std::uint32_t key_[624] = {};
  int pos_ = 624;
};

constexpr const char* kSeedRangeMessage = "Seed must be between 0 and 2**32 - 1";
std::string seed_error(const Number& n);

class RandomState {
 public:
  RandomState();
  explicit RandomState(std::uint32_t s);

  // np.random.seed(n): resets the generator and the cached Gaussian.
  void seed(std::uint32_t s);

  // Scalar draws (size=None).
  double random_sample();
  double standard_normal();
  double uniform(double low, double high);
  double normal(double loc, double scale);
  std::int64_t randint(std::int64_t low, std::int64_t high);

  // Array draws (size=shape), C order.
  NdArray random_sample(const std::vector<std::size_t>& shape);
  NdArray standard_normal(const std::vector<std::size_t>& shape);
  NdArray uniform(double low, double high, const std::vector<std::size_t>& shape);
  NdArray normal(double loc, double scale, const std::vector<std::size_t>& shape);
  NdArray randint(std::int64_t low, std::int64_t high, const std::vector<std::size_t>& shape);

  // Argument checks (empty string when fine), worded as NumPy's ValueError/OverflowError.
  static std::string uniform_error(double low, double high);
  static std::string normal_error(double scale);
  static std::string randint_error(std::int64_t low, std::int64_t high);

  // The log the Gaussian draws use: cr_log unless a test swaps in the C library's (with glibc's
  // log, the draws are NumPy-on-Linux's bits exactly; see random_state_test.cpp).
  using LogFn = double (*)(double);
  void use_log(LogFn log) { log_ = log; }

 private:
  double gauss();
  void bounded_fill(std::int64_t low, std::int64_t high, std::int64_t* out, std::size_t n);
  MT19937 mt_;
  bool has_gauss_ = false;
  double gauss_ = 0.0;
  LogFn log_;
};

// One 32-bit seed from caller-supplied entropy (a splitmix64 finaliser of it, low 32 bits).
std::uint32_t draw_seed(std::uint64_t entropy);

}  // namespace act::numpy_random
