// Curve records: what a plot draws of f or f', sampled by the core for the plot's current view.
//
// Sampling is adaptive and kink-exact. Each function is sampled exactly at its breakpoints (the
// registry's `breakpoints` and `jumps`: where the formula changes branch), and everywhere else
// refined until the polyline is within kCurveTolerancePx device pixels, measured vertically at
// the view's scale, of the true curve (values outside the view's y range only need to stay
// outside it). Then the polyline is thinned to the fewest vertices that keep that tolerance, so
// a piecewise-linear function such as ReLU needs one vertex per end and kink. A jump (f or f'
// differing on its two sides, or taking a third value at the point) splits the polyline into
// segments and is reported with its one-sided limits and the value taken.
//
// The y range that fixes the vertical scale comes first from coarse_range(), a cheap pass over
// [x0, x1], so the tolerance is not circular: the page unions the coarse ranges of every series
// on a plot, pads them, and asks for each curve with that view.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "activations/registry.h"

namespace act {

enum class Plot { F = 0, DF = 1 };  // f itself, or its derivative f'

// The plot's current axes and size in device pixels (CSS size x devicePixelRatio).
struct CurveView {
  double x0 = -5, x1 = 5;  // the x range shown
  double y0 = -1, y1 = 1;  // the y range shown
  double width = 600, height = 300;
};

// Where the curve jumps: it runs up to `left` from the left and from `right` on the right, and
// takes `value` at x itself.
struct CurveJump {
  double x, left, value, right;
};

struct CurveRecord {
  std::vector<double> x, y;             // the vertices, in increasing x; finite
  std::vector<std::uint32_t> segments;  // index in x/y where each segment starts (segments[0] = 0)
  std::vector<CurveJump> jumps;         // in increasing x, strictly inside (x0, x1)
  std::size_t evaluations = 0;  // how many times f or f' was evaluated (for tests and figures)
};

struct YRange {
  double lo, hi;  // the smallest and largest finite values seen; lo > hi when there were none
  bool empty() const { return !(lo <= hi); }
};

constexpr double kCurveTolerancePx = 0.25;     // largest vertical distance to the true curve
constexpr std::size_t kMaxCurvePoints = 4000;  // per curve, whatever the function and view
constexpr double kJumpPx = 0.05;  // a smaller step at a breakpoint is drawn as continuous

// The range of f (or f') over [x0, x1] from a coarse pass: 257 even samples, 0 and +-2^k around
// it, 65 samples of [-8, 8], and each breakpoint's value and one-sided limits.
YRange coarse_range(const Activation& fn, const std::vector<double>& params, Plot plot, double x0,
                    double x1);

// The curve record for the view. params: the function's parameters as float64, in the order of
// Activation::params (defaults already filled in). Any view is accepted: an empty or reversed x
// range gives an empty record, a degenerate y range or size is widened.
CurveRecord sample_curve_record(const Activation& fn, const std::vector<double>& params, Plot plot,
                                const CurveView& view);

// The breakpoints of fn strictly inside (x0, x1), sorted, without repeats: where the sampler
// places a vertex exactly (exposed for tests).
std::vector<double> curve_breakpoints(const Activation& fn, const std::vector<double>& params,
                                      double x0, double x1);

}  // namespace act
