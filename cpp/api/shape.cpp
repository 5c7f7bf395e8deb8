#include "api/shape.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>
#include <utility>

namespace act {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool same(double a, double b, double rel = 1e-9) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  if (a == b) return true;
  return std::fabs(a - b) <= rel * std::max({1.0, std::fabs(a), std::fabs(b)});
}

// Tiny values are zero in words: 1e-300 at x = -700 is "0".
double tidy(double v) { return std::fabs(v) < 1e-12 ? 0.0 : v; }

// Sample positions strictly inside (a, b), either end possibly infinite.
std::vector<double> samples(double a, double b) {
  static const double kOffsets[] = {1e-3, 0.01, 0.1, 0.3, 1, 2, 3, 5, 10, 30, 100, 1e3};
  std::vector<double> xs;
  if (std::isfinite(a) && std::isfinite(b)) {
    for (int i = 1; i < 16; ++i) xs.push_back(a + (b - a) * (i / 16.0));
  } else if (std::isfinite(b)) {
    for (double d : kOffsets) xs.push_back(b - d);
  } else if (std::isfinite(a)) {
    for (double d : kOffsets) xs.push_back(a + d);
  } else {
    for (double d : kOffsets) xs.push_back(-d);
    xs.push_back(0);
    for (double d : kOffsets) xs.push_back(d);
  }
  std::sort(xs.begin(), xs.end());
  return xs;
}

ShapePiece classify(ScalarFn g, const double* p, double a, double b) {
  const std::vector<double> xs = samples(a, b);
  std::vector<double> ys;
  for (double x : xs) ys.push_back(g(x, p));
  ShapePiece piece{a, b, PieceKind::Curved, kNaN, kNaN};
  const double slope = (ys.back() - ys.front()) / (xs.back() - xs.front());
  if (!std::isfinite(slope)) return piece;
  bool linear = true;
  for (std::size_t i = 0; i < xs.size() && linear; ++i) {
    const double expected = ys.front() + slope * (xs[i] - xs.front());
    linear = std::fabs(ys[i] - expected) <= 1e-9 * std::max(1.0, std::fabs(ys[i]));
  }
  if (!linear) return piece;
  if (std::fabs(slope) <= 1e-12) {
    piece.value = tidy(ys.front());
    piece.kind = piece.value == 0 ? PieceKind::Zero : PieceKind::Constant;
  } else {
    piece.kind = PieceKind::Linear;
    piece.slope = slope;
  }
  return piece;
}

double limit(ScalarFn g, const double* p, double sign) {
  const double far = g(sign * 1e300, p);
  const double farther = g(sign * 1.7e308, p);
  if (std::isnan(far)) return kNaN;
  if (std::fabs(far) > 1e100) return far > 0 ? kInf : -kInf;
  return same(far, farther, 1e-6) ? tidy(far) : kNaN;
}

// Two neighbouring pieces read as one (nothing happens at the breakpoint between them).
bool same_piece(const ShapePiece& a, const ShapePiece& b) {
  if (a.kind != b.kind) return false;
  if (a.kind == PieceKind::Constant) return same(a.value, b.value);
  if (a.kind == PieceKind::Linear) return same(a.slope, b.slope);
  return true;
}

// f' just below and just above x.
std::pair<double, double> one_sided_slopes(const Activation& fn, const double* p, double x) {
  return {fn.derivative(std::nextafter(x, -kInf), p), fn.derivative(std::nextafter(x, kInf), p)};
}

bool different_slopes(double left, double right) { return !same(left, right, 1e-3); }

}  // namespace

const char* piece_kind_name(PieceKind kind) {
  switch (kind) {
    case PieceKind::Zero:
      return "zero";
    case PieceKind::Constant:
      return "constant";
    case PieceKind::Linear:
      return "linear";
    case PieceKind::Curved:
      return "curved";
  }
  return "curved";
}

CurveShape describe_curve(const Activation& fn, const std::vector<double>& params, Plot plot) {
  const ScalarFn g = plot == Plot::F ? fn.value : fn.derivative;
  const double* p = params.data();
  CurveShape shape;
  shape.limit_lo = limit(g, p, -1);
  shape.limit_hi = limit(g, p, 1);
  const std::vector<double> breaks = curve_breakpoints(fn, params, -kInf, kInf);
  double from = -kInf;
  for (std::size_t i = 0; i <= breaks.size(); ++i) {
    const double to = i < breaks.size() ? breaks[i] : kInf;
    ShapePiece piece = classify(g, p, from, to);
    const double b = from;
    bool marked = false;
    if (i > 0) {
      const double below = std::nextafter(b, -kInf), above = std::nextafter(b, kInf);
      ShapePoint point{b, tidy(g(below, p)), tidy(g(b, p)), tidy(g(above, p)), false, false};
      point.jump = !(same(point.left, point.right, 1e-7) && same(point.left, point.value, 1e-7));
      if (!point.jump) {
        // A kink: the slope on either side differs (f' itself for f; differences for f').
        double left_slope, right_slope;
        if (plot == Plot::F) {
          std::tie(left_slope, right_slope) = one_sided_slopes(fn, p, b);
        } else {
          const double h = 1e-6 * std::max(1.0, std::fabs(b));
          left_slope = (point.left - g(b - h, p)) / h;
          right_slope = (g(b + h, p) - point.right) / h;
        }
        point.kink = different_slopes(left_slope, right_slope);
      }
      marked = point.jump || point.kink;
      if (marked) shape.points.push_back(point);
    }
    if (!marked && !shape.pieces.empty() && same_piece(shape.pieces.back(), piece)) {
      shape.pieces.back().to = to;  // nothing happens at this breakpoint
    } else {
      shape.pieces.push_back(piece);
    }
    from = to;
  }
  return shape;
}

Tangent tangent_at(const Activation& fn, const std::vector<double>& params, double x, double snap) {
  const double* p = params.data();
  const double f = fn.value(x, p), df = fn.derivative(x, p);
  Tangent t{x, f, df, f, df, false, false};
  if (!std::isfinite(x) || !(snap >= 0)) return t;
  // The nearest breakpoint within reach where f jumps or its slope does (as describe_curve says).
  double best = kInf;
  const double lo = std::nextafter(x - snap, -kInf), hi = std::nextafter(x + snap, kInf);
  for (double b : curve_breakpoints(fn, params, lo, hi)) {
    if (std::fabs(b - x) >= best) continue;
    const double left = tidy(fn.value(std::nextafter(b, -kInf), p));
    const double value = tidy(fn.value(b, p));
    const double right = tidy(fn.value(std::nextafter(b, kInf), p));
    const bool jump = !(same(left, right, 1e-7) && same(left, value, 1e-7));
    const auto [left_slope, right_slope] = one_sided_slopes(fn, p, b);
    if (!jump && !different_slopes(left_slope, right_slope)) continue;
    best = std::fabs(b - x);
    t = Tangent{b, jump ? left : value, left_slope, jump ? right : value, right_slope, true, jump};
  }
  return t;
}

}  // namespace act
