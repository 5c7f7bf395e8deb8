// The shape of a plotted curve (f or f') as facts, for readers who cannot see the plot: the
// pieces between the registry's breakpoints (zero, constant, linear with a slope, or curved),
// the points where it jumps (one-sided limits and the value taken) or has a kink, and its
// limits as x -> -inf and +inf. The page puts them into words, so a function added to the
// registry is described without new prose.
#pragma once

#include <string>
#include <vector>

#include "activations/registry.h"
#include "api/curve.h"

namespace act {

enum class PieceKind { Zero, Constant, Linear, Curved };

struct ShapePiece {
  double from, to;  // -inf / +inf at the ends
  PieceKind kind;
  double value;  // Constant: the value
  double slope;  // Linear: the slope
};

struct ShapePoint {
  double x, left, value, right;
  bool jump;  // left limit, value and right limit are not all equal
  bool kink;  // continuous, but its slope differs on the two sides
};

struct CurveShape {
  std::vector<ShapePiece> pieces;  // in increasing x, covering the whole line
  std::vector<ShapePoint> points;  // jumps and kinks, in increasing x
  double limit_lo, limit_hi;       // as x -> -inf / +inf (+-inf when unbounded; NaN when none)
};

CurveShape describe_curve(const Activation& fn, const std::vector<double>& params, Plot plot);

// The tangent to f for the crosshair at x: through (x, f(x)) with slope f'(x); or, when a kink or
// a jump of f lies within `snap` of x (in x units; the nearest one), that point with its two
// one-sided tangents: from the left through (x, left_y) with slope left_slope (f' just below x),
// from the right likewise. Off a kink both sides are the same line.
struct Tangent {
  double x;
  double left_y, left_slope;
  double right_y, right_slope;
  bool snapped;  // x is a kink or a jump of f
  bool jump;     // f itself jumps there (left_y and right_y differ)
};

Tangent tangent_at(const Activation& fn, const std::vector<double>& params, double x, double snap);

const char* piece_kind_name(PieceKind kind);  // "zero", "constant", "linear", "curved"

}  // namespace act
