// What the evaluator needs from NumPy's legacy np.random (RandomState over MT19937), which
// branch i13-dtypes writes as a pure C++ library. Each call draws as NumPy 1.24's legacy
// functions do, in C order, continuing the state (gauss's cached second value included).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

namespace act::program {

class RandomBridge {
 public:
  virtual ~RandomBridge() = default;
  virtual void seed(std::uint32_t seed) = 0;                                          // np.random.seed
  virtual void random_sample(double* out, std::size_t n) = 0;                          // rand, random, random_sample
  virtual void standard_normal(double* out, std::size_t n) = 0;                        // randn, standard_normal
  virtual void uniform(double low, double high, double* out, std::size_t n) = 0;       // uniform
  virtual void normal(double loc, double scale, double* out, std::size_t n) = 0;       // normal
  virtual void randint(std::int64_t low, std::int64_t high, std::int64_t* out, std::size_t n) = 0;  // [low, high)
};

// A fresh RandomState seeded with `seed`, or null while the library is not linked in.
std::unique_ptr<RandomBridge> make_random(std::uint32_t seed);

}  // namespace act::program
