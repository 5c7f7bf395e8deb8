// numpy/random/src/mt19937/mt19937.c, numpy/random/src/legacy/legacy-distributions.c,
// numpy/random/src/distributions/distributions.c (random_bounded_uint64_fill) and mtrand.pyx,
// as NumPy 1.24 runs them for the legacy RandomState.
#include "numpy/random/random_state.h"

#include <cmath>

#include "numpy/random/cr_log.h"

namespace act::numpy_random {

namespace {

constexpr int kN = 624;
constexpr int kM = 397;
constexpr std::uint32_t kMatrixA = 0x9908b0dfU;
constexpr std::uint32_t kUpper = 0x80000000U;
constexpr std::uint32_t kLower = 0x7fffffffU;

std::size_t count(const std::vector<std::size_t>& shape) {
  std::size_t n = 1;
  for (std::size_t d : shape) n *= d;
  return n;
}

// Smallest all-ones mask covering max (distributions.c gen_mask).
std::uint64_t gen_mask(std::uint64_t max) {
  std::uint64_t mask = max;
  mask |= mask >> 1;
  mask |= mask >> 2;
  mask |= mask >> 4;
  mask |= mask >> 8;
  mask |= mask >> 16;
  mask |= mask >> 32;
  return mask;
}

}  // namespace

void MT19937::seed(std::uint32_t s) {
  for (int pos = 0; pos < kN; ++pos) {
    key_[pos] = s;
    s = 1812433253U * (s ^ (s >> 30)) + static_cast<std::uint32_t>(pos + 1);
  }
  pos_ = kN;
}

void MT19937::generate() {
  auto twist = [](std::uint32_t y) { return (y >> 1) ^ ((0U - (y & 1U)) & kMatrixA); };
  int i = 0;
  for (; i < kN - kM; ++i)
    key_[i] = key_[i + kM] ^ twist((key_[i] & kUpper) | (key_[i + 1] & kLower));
  for (; i < kN - 1; ++i)
    key_[i] = key_[i + kM - kN] ^ twist((key_[i] & kUpper) | (key_[i + 1] & kLower));
  key_[kN - 1] = key_[kM - 1] ^ twist((key_[kN - 1] & kUpper) | (key_[0] & kLower));
  pos_ = 0;
}

std::uint32_t MT19937::next32() {
  if (pos_ == kN) generate();
  std::uint32_t y = key_[pos_++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= y >> 18;
  return y;
}

std::uint64_t MT19937::next64() {
  const std::uint64_t hi = next32();
  return hi << 32 | next32();
}

double MT19937::next_double() {
  const std::int32_t a = static_cast<std::int32_t>(next32() >> 5);
  const std::int32_t b = static_cast<std::int32_t>(next32() >> 6);
  return (a * 67108864.0 + b) / 9007199254740992.0;
}

RandomState::RandomState() : log_(cr_log) { seed(0); }
RandomState::RandomState(std::uint32_t s) : log_(cr_log) { seed(s); }

void RandomState::seed(std::uint32_t s) {
  mt_.seed(s);
  has_gauss_ = false;
  gauss_ = 0.0;
}

// legacy_gauss: Marsaglia's polar method, keeping the second value for the next call.
double RandomState::gauss() {
  if (has_gauss_) {
    has_gauss_ = false;
    const double g = gauss_;
    gauss_ = 0.0;
    return g;
  }
  double x1, x2, r2;
  do {
    x1 = 2.0 * mt_.next_double() - 1.0;
    x2 = 2.0 * mt_.next_double() - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 == 0.0);
  const double f = std::sqrt(-2.0 * log_(r2) / r2);
  gauss_ = f * x1;
  has_gauss_ = true;
  return f * x2;
}

double RandomState::random_sample() { return mt_.next_double(); }
double RandomState::standard_normal() { return gauss(); }
double RandomState::uniform(double low, double high) {
  return low + (high - low) * mt_.next_double();
}
double RandomState::normal(double loc, double scale) { return loc + scale * gauss(); }

std::int64_t RandomState::randint(std::int64_t low, std::int64_t high) {
  std::int64_t v = 0;
  bounded_fill(low, high, &v, 1);
  return v;
}

NdArray RandomState::random_sample(const std::vector<std::size_t>& shape) {
  NdArray a = NdArray::of_shape(DType::Float64, shape);
  for (double& v : a.f64) v = mt_.next_double();
  return a;
}

NdArray RandomState::standard_normal(const std::vector<std::size_t>& shape) {
  NdArray a = NdArray::of_shape(DType::Float64, shape);
  for (double& v : a.f64) v = gauss();
  return a;
}

NdArray RandomState::uniform(double low, double high, const std::vector<std::size_t>& shape) {
  NdArray a = NdArray::of_shape(DType::Float64, shape);
  const double range = high - low;
  for (double& v : a.f64) v = low + range * mt_.next_double();
  return a;
}

NdArray RandomState::normal(double loc, double scale, const std::vector<std::size_t>& shape) {
  NdArray a = NdArray::of_shape(DType::Float64, shape);
  for (double& v : a.f64) v = loc + scale * gauss();
  return a;
}

NdArray RandomState::randint(std::int64_t low, std::int64_t high,
                             const std::vector<std::size_t>& shape) {
  NdArray a = NdArray::of_shape(DType::Int64, shape);
  bounded_fill(low, high, a.i64.data(), count(shape));
  return a;
}

// random_bounded_uint64_fill with use_masked = true, on the closed interval [low, high - 1].
void RandomState::bounded_fill(std::int64_t low, std::int64_t high, std::int64_t* out,
                               std::size_t n) {
  const std::uint64_t off = static_cast<std::uint64_t>(low);
  const std::uint64_t rng = static_cast<std::uint64_t>(high) - 1U - off;
  auto store = [&](std::size_t i, std::uint64_t v) { out[i] = static_cast<std::int64_t>(off + v); };
  if (rng == 0) {
    for (std::size_t i = 0; i < n; ++i) store(i, 0);
  } else if (rng <= 0xFFFFFFFFULL) {
    if (rng == 0xFFFFFFFFULL) {
      for (std::size_t i = 0; i < n; ++i) store(i, mt_.next32());
      return;
    }
    const auto mask = static_cast<std::uint32_t>(gen_mask(rng));
    const auto r32 = static_cast<std::uint32_t>(rng);
    for (std::size_t i = 0; i < n; ++i) {
      std::uint32_t v;
      while ((v = mt_.next32() & mask) > r32) {
      }
      store(i, v);
    }
  } else if (rng == 0xFFFFFFFFFFFFFFFFULL) {
    for (std::size_t i = 0; i < n; ++i) store(i, mt_.next64());
  } else {
    const std::uint64_t mask = gen_mask(rng);
    for (std::size_t i = 0; i < n; ++i) {
      std::uint64_t v;
      while ((v = mt_.next64() & mask) > rng) {
      }
      store(i, v);
    }
  }
}

std::string RandomState::uniform_error(double low, double high) {
  return std::isfinite(high - low) ? "" : "Range exceeds valid bounds";
}

std::string RandomState::normal_error(double scale) {
  return !std::isnan(scale) && std::signbit(scale) ? "scale < 0" : "";
}

std::string RandomState::randint_error(std::int64_t low, std::int64_t high) {
  if (low < high) return "";
  return low == 0 ? "high <= 0" : "low >= high";
}

std::string seed_error(const Number& n) {
  if (n.dtype != DType::Int64)
    return "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule "
           "'safe'";
  return n.i >= 0 && n.i <= 0xFFFFFFFFLL ? "" : kSeedRangeMessage;
}

std::uint32_t draw_seed(std::uint64_t entropy) {
  std::uint64_t z = entropy + 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return static_cast<std::uint32_t>(z ^ (z >> 31));
}

}  // namespace act::numpy_random
