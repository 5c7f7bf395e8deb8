#include "numpy/program/shape_ops.h"

#include <string>

#include "numpy/program/constructors.h"

namespace act::program {

namespace {

std::string compact_shape(const std::vector<std::int64_t>& dims) {
  std::string t = "(";
  for (std::size_t i = 0; i < dims.size(); ++i) t += (i ? "," : "") + std::to_string(dims[i]);
  return t + (dims.size() == 1 ? ",)" : ")");
}

// Copies a's elements at `offsets` into a new array of `shape`.
NdArray gather(const NdArray& a, std::vector<std::size_t> shape,
               const std::vector<std::size_t>& offsets) {
  NdArray out;
  out.dtype = a.dtype;
  out.shape = std::move(shape);
  if (stores_i64(a.dtype)) {
    out.i64.resize(offsets.size());
    for (std::size_t i = 0; i < offsets.size(); ++i) out.i64[i] = a.i64[offsets[i]];
  } else {
    out.f64.resize(offsets.size());
    for (std::size_t i = 0; i < offsets.size(); ++i) out.f64[i] = a.f64[offsets[i]];
  }
  return out;
}

// Offsets of a strided view (first offset, per-axis count and stride in elements).
std::vector<std::size_t> view_offsets(std::size_t first, const std::vector<std::size_t>& count,
                                      const std::vector<std::int64_t>& stride) {
  std::size_t n = 1;
  for (std::size_t c : count) n *= c;
  std::vector<std::size_t> out(n);
  std::vector<std::size_t> idx(count.size(), 0);
  std::int64_t off = static_cast<std::int64_t>(first);
  for (std::size_t i = 0; i < n; ++i) {
    out[i] = static_cast<std::size_t>(off);
    for (std::size_t k = count.size(); k-- > 0;) {
      if (++idx[k] < count[k]) {
        off += stride[k];
        break;
      }
      off -= stride[k] * static_cast<std::int64_t>(count[k] - 1);
      idx[k] = 0;
    }
  }
  return out;
}

std::vector<std::int64_t> strides_of(const std::vector<std::size_t>& shape) {
  std::vector<std::int64_t> s(shape.size(), 1);
  for (std::size_t i = shape.size(); i-- > 1;)
    s[i - 1] = s[i] * static_cast<std::int64_t>(shape[i]);
  return s;
}

}  // namespace

bool reshape(Env& env, const NdArray& a, const std::vector<std::int64_t>& dims, std::size_t pos,
             NdArray& out) {
  if (dims.size() > kMaxDims) return env.fail(pos, "too many dimensions: at most 4 are supported");
  int unknown = -1;
  std::size_t known = 1;
  bool overflow = false;
  for (std::size_t i = 0; i < dims.size(); ++i) {
    if (dims[i] == -1) {
      if (unknown >= 0) return env.fail(pos, "can only specify one unknown dimension");
      unknown = static_cast<int>(i);
    } else if (dims[i] < 0) {
      return env.fail(pos,
                      "negative dimensions are not allowed (only -1, for one unknown dimension)");
    } else {
      const std::size_t d = static_cast<std::size_t>(dims[i]);
      if (d != 0 && known > (std::size_t(1) << 40) / d) overflow = true;
      known *= d;
    }
  }
  std::vector<std::size_t> shape(dims.size());
  for (std::size_t i = 0; i < dims.size(); ++i)
    shape[i] = dims[i] < 0 ? 0 : static_cast<std::size_t>(dims[i]);
  const std::size_t n = a.size();
  if (unknown >= 0 && known != 0 && !overflow && n % known == 0) {
    shape[static_cast<std::size_t>(unknown)] = n / known;
  } else if (unknown >= 0 || overflow || known != n) {
    return env.fail(pos, "cannot reshape array of size " + std::to_string(n) + " into shape " +
                             compact_shape(dims));
  }
  if (!env.charge(pos, n)) return false;
  out = a;
  out.shape = std::move(shape);
  return true;
}

bool transpose(Env& env, const NdArray& a, std::size_t pos, NdArray& out) {
  if (!env.charge(pos, a.size())) return false;
  const std::vector<std::int64_t> s = strides_of(a.shape);
  std::vector<std::size_t> shape(a.shape.rbegin(), a.shape.rend());
  std::vector<std::int64_t> stride(s.rbegin(), s.rend());
  out = gather(a, shape, view_offsets(0, shape, stride));
  return true;
}

bool ravel(Env& env, const NdArray& a, std::size_t pos, NdArray& out) {
  if (!env.charge(pos, a.size())) return false;
  out = a;
  out.shape = {a.size()};
  return true;
}

bool index(Env& env, const NdArray& a, const std::vector<IndexItem>& items, std::size_t pos,
           NdArray& out) {
  std::size_t consumed = 0, ellipses = 0;
  for (const IndexItem& it : items) {
    if (it.kind == IndexItem::Integer || it.kind == IndexItem::Slice) ++consumed;
    if (it.kind == IndexItem::Ellipsis && ++ellipses > 1)
      return env.fail(it.pos, "an index can only have a single ellipsis ('...')");
  }
  if (consumed > a.ndim()) {
    return env.fail(pos, "too many indices for array: array is " + std::to_string(a.ndim()) +
                             "-dimensional, but " + std::to_string(consumed) + " were indexed");
  }
  const std::vector<std::int64_t> s = strides_of(a.shape);
  std::vector<std::size_t> count;
  std::vector<std::int64_t> stride;
  std::int64_t first = 0;
  std::size_t axis = 0;
  auto full_axis = [&]() {
    count.push_back(a.shape[axis]);
    stride.push_back(s[axis]);
    ++axis;
  };
  for (const IndexItem& it : items) {
    switch (it.kind) {
      case IndexItem::NewAxis:
        count.push_back(1);
        stride.push_back(0);
        break;
      case IndexItem::Ellipsis:
        for (std::size_t k = 0; k < a.ndim() - consumed; ++k) full_axis();
        break;
      case IndexItem::Integer: {
        const std::int64_t n = static_cast<std::int64_t>(a.shape[axis]);
        std::int64_t i = it.index;
        if (i < -n || i >= n) {
          return env.fail(it.pos, "index " + std::to_string(i) + " is out of bounds for axis " +
                                      std::to_string(axis) + " with size " + std::to_string(n));
        }
        if (i < 0) i += n;
        first += i * s[axis];
        ++axis;
        break;
      }
      case IndexItem::Slice: {
        const std::int64_t n = static_cast<std::int64_t>(a.shape[axis]);
        const std::int64_t step = it.step ? *it.step : 1;
        if (step == 0) return env.fail(it.pos, "slice step cannot be zero");
        // Python's PySlice_AdjustIndices.
        std::int64_t lo, hi;
        if (step > 0) {
          lo = it.start ? *it.start : 0;
          hi = it.stop ? *it.stop : n;
          if (lo < 0) lo = lo + n < 0 ? 0 : lo + n;
          if (lo > n) lo = n;
          if (hi < 0) hi = hi + n < 0 ? 0 : hi + n;
          if (hi > n) hi = n;
        } else {
          lo = it.start ? *it.start : n - 1;
          hi = it.stop ? *it.stop : -1;
          if (it.start) {
            if (lo < 0) lo = lo + n < 0 ? -1 : lo + n;
            if (lo >= n) lo = n - 1;
          }
          if (it.stop) {
            if (hi < 0) hi = hi + n < 0 ? -1 : hi + n;
            if (hi >= n) hi = n - 1;
          }
        }
        std::int64_t len = 0;
        if (step > 0 && lo < hi) len = (hi - lo - 1) / step + 1;
        if (step < 0 && hi < lo) len = (lo - hi - 1) / (-step) + 1;
        first += (len > 0 ? lo : 0) * s[axis];
        count.push_back(static_cast<std::size_t>(len));
        stride.push_back(step * s[axis]);
        ++axis;
        break;
      }
    }
  }
  while (axis < a.ndim()) full_axis();
  if (count.size() > kMaxDims) return env.fail(pos, "too many dimensions: at most 4 are supported");
  std::size_t n = 1;
  for (std::size_t c : count) n *= c;
  if (!env.charge(pos, n)) return false;
  out = gather(a, count,
               n == 0 ? std::vector<std::size_t>{}
                      : view_offsets(static_cast<std::size_t>(first), count, stride));
  return true;
}

}  // namespace act::program
