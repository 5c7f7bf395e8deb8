#include "numpy/bigint.h"

namespace act::numpy_detail {

void BigInt::set(std::uint64_t v) {
  blocks_.clear();
  while (v != 0) {
    blocks_.push_back(static_cast<std::uint32_t>(v));
    v >>= 32;
  }
}

BigInt BigInt::pow2(unsigned n) {
  BigInt r(1);
  r.shift_left(n);
  return r;
}

void BigInt::trim() {
  while (!blocks_.empty() && blocks_.back() == 0) blocks_.pop_back();
}

void BigInt::shift_left(unsigned bits) {
  if (blocks_.empty() || bits == 0) return;
  const unsigned whole = bits / 32, part = bits % 32;
  std::vector<std::uint32_t> out(blocks_.size() + whole + 1, 0);
  for (std::size_t i = 0; i < blocks_.size(); ++i) {
    const std::uint64_t v = static_cast<std::uint64_t>(blocks_[i]) << part;
    out[i + whole] |= static_cast<std::uint32_t>(v);
    out[i + whole + 1] |= static_cast<std::uint32_t>(v >> 32);
  }
  blocks_ = std::move(out);
  trim();
}

void BigInt::mul_small(std::uint32_t m) {
  std::uint64_t carry = 0;
  for (std::uint32_t& b : blocks_) {
    const std::uint64_t p = static_cast<std::uint64_t>(b) * m + carry;
    b = static_cast<std::uint32_t>(p);
    carry = p >> 32;
  }
  if (carry != 0) blocks_.push_back(static_cast<std::uint32_t>(carry));
  trim();
}

void BigInt::mul_pow10(unsigned n) {
  for (; n >= 9; n -= 9) mul_small(1000000000u);
  static const std::uint32_t small[] = {1,      10,      100,      1000,     10000,
                                        100000, 1000000, 10000000, 100000000};
  if (n != 0) mul_small(small[n]);
}

void BigInt::add(const BigInt& o) {
  if (o.blocks_.size() > blocks_.size()) blocks_.resize(o.blocks_.size(), 0);
  std::uint64_t carry = 0;
  for (std::size_t i = 0; i < blocks_.size(); ++i) {
    const std::uint64_t s = carry + blocks_[i] + (i < o.blocks_.size() ? o.blocks_[i] : 0u);
    blocks_[i] = static_cast<std::uint32_t>(s);
    carry = s >> 32;
  }
  if (carry != 0) blocks_.push_back(static_cast<std::uint32_t>(carry));
}

void BigInt::sub(const BigInt& o) {
  std::int64_t borrow = 0;
  for (std::size_t i = 0; i < blocks_.size(); ++i) {
    std::int64_t d = static_cast<std::int64_t>(blocks_[i]) - borrow -
                     static_cast<std::int64_t>(i < o.blocks_.size() ? o.blocks_[i] : 0u);
    borrow = d < 0 ? 1 : 0;
    if (d < 0) d += (static_cast<std::int64_t>(1) << 32);
    blocks_[i] = static_cast<std::uint32_t>(d);
  }
  trim();
}

int compare(const BigInt& a, const BigInt& b) {
  if (a.blocks_.size() != b.blocks_.size()) return a.blocks_.size() < b.blocks_.size() ? -1 : 1;
  for (std::size_t i = a.blocks_.size(); i-- > 0;) {
    if (a.blocks_[i] != b.blocks_[i]) return a.blocks_[i] < b.blocks_[i] ? -1 : 1;
  }
  return 0;
}

}  // namespace act::numpy_detail
