// A small unsigned big integer, just enough for exact float-to-decimal digit generation.
#pragma once

#include <cstdint>
#include <vector>

namespace act::numpy_detail {

class BigInt {
 public:
  BigInt() = default;
  explicit BigInt(std::uint64_t v) { set(v); }

  void set(std::uint64_t v);
  static BigInt pow2(unsigned n);
  bool is_zero() const { return blocks_.empty(); }

  void shift_left(unsigned bits);
  void mul_small(std::uint32_t m);
  void mul_pow10(unsigned n);
  void add(const BigInt& o);
  void sub(const BigInt& o);  // requires *this >= o

  friend int compare(const BigInt& a, const BigInt& b);
  friend BigInt sum(const BigInt& a, const BigInt& b) {
    BigInt r = a;
    r.add(b);
    return r;
  }

 private:
  void trim();
  std::vector<std::uint32_t> blocks_;  // little-endian, no high zero blocks
};

int compare(const BigInt& a, const BigInt& b);

}  // namespace act::numpy_detail
