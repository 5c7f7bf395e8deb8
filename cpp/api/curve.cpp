// Adaptive, kink-exact sampling (see curve.h). Three steps per curve:
//  1. Pieces: [x0, x1] is cut at the breakpoints inside it. A breakpoint's one-sided limits are
//     the values at the neighbouring doubles, so a piece ends exactly on its branch's value.
//  2. Refinement, per piece: an even grid (32 intervals across the plot, plus 0 and +-2^k around
//     it, where activations bend), then each interval is halved until f at its quarter points is
//     within kRefinePx of the chord (after clipping both to the y range) and it is at most 16 px
//     wide, or it is narrower than 1/512 px, or the evaluation budget is spent. The result is a
//     fine polyline within ~kRefinePx of the curve.
//  3. Thinning: the fewest of those vertices whose polyline stays within kThinPx of the fine one
//     (a greedy pass that keeps, for each start vertex, the range of slopes every skipped vertex
//     allows). Where the fine polyline leaves the y range, its crossing of the edge is added as a
//     vertex, and a vertex beyond the edge only asks the chord to stay beyond it too.
// kRefinePx + kThinPx < kCurveTolerancePx.
#include "api/curve.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>

namespace act {
namespace {

constexpr double kRefinePx = 0.05;
constexpr double kThinPx = kCurveTolerancePx - kRefinePx - 0.02;  // 0.02 px to spare
constexpr double kMinIntervalPx = 1.0 / 512;
constexpr double kMaxIntervalPx = 16;  // wider intervals are split whatever their probes say
constexpr double kInitialIntervals = 32;
constexpr std::size_t kMaxEvaluations = 24000;
constexpr std::size_t kMaxLookahead = 4096;  // thinning looks at most this far ahead of a vertex
constexpr double kHugePx = 1e300;            // screen coordinates are clamped to this

// Sorts a short list (a few breakpoints, a few dozen knots) and drops repeats. Not std::sort:
// its code is ~1 KB of the page's download, for lists this short.
void sort_unique(std::vector<double>& v) {
  for (std::size_t i = 1; i < v.size(); ++i) {
    const double x = v[i];
    std::size_t j = i;
    for (; j > 0 && v[j - 1] > x; --j) v[j] = v[j - 1];
    v[j] = x;
  }
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

double mid(double u, double v) { return u * 0.5 + v * 0.5; }  // no overflow
double lerp(double a, double b, double t) {
  return a * (1 - t) + b * t;
}  // no overflow for finite a, b

std::vector<double> all_breakpoints(const Activation& fn, const std::vector<double>& params) {
  std::vector<double> out;
  if (fn.breakpoints) out = fn.breakpoints(params.data());
  if (fn.jumps) {
    const std::vector<double> j = fn.jumps(params.data());
    out.insert(out.end(), j.begin(), j.end());
  }
  out.erase(std::remove_if(out.begin(), out.end(), [](double x) { return !std::isfinite(x); }),
            out.end());
  sort_unique(out);
  return out;
}

struct Pt {
  double x, y;
};

// The view, made safe: a positive size, a y range of positive finite width.
struct Scale {
  double x0, x1, y0, y1, sx, sy, height;

  explicit Scale(const CurveView& v) : x0(v.x0), x1(v.x1), y0(v.y0), y1(v.y1) {
    const double w = std::isfinite(v.width) && v.width >= 1 ? std::min(v.width, 32768.0) : 1.0;
    height = std::isfinite(v.height) && v.height >= 1 ? std::min(v.height, 32768.0) : 1.0;
    if (std::isfinite(y0) && std::isfinite(y1) && y0 > y1) std::swap(y0, y1);
    if (!(std::isfinite(y0) && std::isfinite(y1) && y1 > y0)) {
      const double c = std::isfinite(y0) && std::isfinite(y1) ? mid(y0, y1) : 0.0;
      const double half = std::max(1.0, std::fabs(c) * 1e-3);
      y0 = c - half;
      y1 = c + half;
    }
    sx = w / std::min(x1 - x0, DBL_MAX);
    sy = height / std::min(y1 - y0, DBL_MAX);
  }
  double clip(double y) const { return y < y0 ? y0 : y > y1 ? y1 : y; }
  // Vertical distance in px between two values as drawn (both clipped to the y range).
  double px_apart(double a, double b) const { return std::fabs(clip(a) - clip(b)) * sy; }
  double screen_y(double y) const { return std::clamp((y - y0) * sy, -kHugePx, kHugePx); }
  int side(double y) const { return y > y1 ? 1 : y < y0 ? -1 : 0; }
};

class Sampler {
 public:
  Sampler(ScalarFn g, const double* params, const Scale& s) : g_(g), p_(params), s_(s) {}

  double eval(double x) {
    ++evaluations;
    return g_(x, p_);
  }
  double left_limit(double x) {
    return eval(std::nextafter(x, -std::numeric_limits<double>::infinity()));
  }
  double right_limit(double x) {
    return eval(std::nextafter(x, std::numeric_limits<double>::infinity()));
  }

  // The fine polyline on [a, b], given the values at its ends: appends a and the inner vertices
  // (b is appended by the caller).
  void refine(double a, double ya, double b, double yb, std::vector<Pt>& out) {
    const double share = (b * 0.5 - a * 0.5) / (s_.x1 * 0.5 - s_.x0 * 0.5);
    const auto n = static_cast<std::size_t>(
        std::clamp(std::ceil(kInitialIntervals * share), 1.0, kInitialIntervals));
    std::vector<double> knots{a};
    for (std::size_t i = 1; i < n; ++i) {
      const double x = lerp(a, b, static_cast<double>(i) / static_cast<double>(n));
      if (x > a && x < b) knots.push_back(x);
    }
    // Where activations bend: around 0, at every scale (a bump of width 1 in a range of 2,000
    // falls between even knots).
    if (a < 0 && 0 < b) knots.push_back(0.0);
    for (double d = 1.0 / 16; d <= 1024; d *= 2) {
      for (double x : {-d, d}) {
        if (x > a && x < b) knots.push_back(x);
      }
    }
    sort_unique(knots);
    knots.push_back(b);
    double gu = ya;
    for (std::size_t i = 0; i + 1 < knots.size(); ++i) {
      const double u = knots[i], v = knots[i + 1];
      const double gv = i + 2 == knots.size() ? yb : eval(v);
      interval(u, gu, v, gv, out);
      gu = gv;
    }
  }

  std::size_t evaluations = 0;

 private:
  struct Item {
    double u, gu, m, gm, v, gv;
  };

  void interval(double u, double gu, double v, double gv, std::vector<Pt>& out) {
    const double m = mid(u, v);
    if (!(m > u && m < v) || evaluations >= kMaxEvaluations) {
      out.push_back({u, gu});
      return;
    }
    stack_.clear();
    stack_.push_back({u, gu, m, eval(m), v, gv});
    while (!stack_.empty()) {
      const Item it = stack_.back();
      stack_.pop_back();
      const double q1 = mid(it.u, it.m), q3 = mid(it.m, it.v);
      if (!(q1 > it.u && q1 < it.m && q3 > it.m && q3 < it.v) || evaluations >= kMaxEvaluations) {
        out.push_back({it.u, it.gu});
        out.push_back({it.m, it.gm});
        continue;
      }
      const double g1 = eval(q1), g3 = eval(q3);
      if (good_enough(it, q1, g1, q3, g3)) {
        out.push_back({it.u, it.gu});
        out.push_back({q1, g1});
        out.push_back({it.m, it.gm});
        out.push_back({q3, g3});
        continue;
      }
      stack_.push_back({it.m, it.gm, q3, g3, it.v, it.gv});  // the right half after the left
      stack_.push_back({it.u, it.gu, q1, g1, it.m, it.gm});
    }
  }

  bool good_enough(const Item& it, double q1, double g1, double q3, double g3) const {
    const double px = (it.v - it.u) * s_.sx;
    if (px <= kMinIntervalPx) return true;
    if (px > kMaxIntervalPx) return false;  // three probes can miss a narrow bump
    const double ys[] = {it.gu, g1, it.gm, g3, it.gv};
    const auto finite =
        std::count_if(std::begin(ys), std::end(ys), [](double y) { return std::isfinite(y); });
    if (finite == 0) return true;  // nothing to draw here
    if (finite < 5) return false;  // narrow down where drawing starts or stops
    const double w = it.v - it.u;
    for (const auto& [q, g] : {Pt{q1, g1}, Pt{it.m, it.gm}, Pt{q3, g3}}) {
      const double chord = lerp(it.gu, it.gv, (q - it.u) / w);
      if (s_.px_apart(g, chord) > kRefinePx) return false;
    }
    return true;
  }

  ScalarFn g_;
  const double* p_;
  const Scale& s_;
  std::vector<Item> stack_;
};

struct ScreenPt {
  double x, y;    // data
  double sx, sy;  // screen px (sy clamped)
  int side;       // -1 below the y range, 0 inside, 1 above
};

// The fewest vertices of a finite run whose polyline stays within kThinPx of it, as drawn.
void thin_run(const std::vector<Pt>& run, const Scale& s, std::vector<Pt>& out) {
  std::vector<ScreenPt> p;
  p.reserve(run.size() + 8);
  auto add = [&](double x, double y, int side) {
    p.push_back({x, y, (x - s.x0) * s.sx, s.screen_y(y), side});
  };
  for (std::size_t i = 0; i < run.size(); ++i) {
    const int side = s.side(run[i].y);
    if (i > 0 && side != p.back().side) {
      // Where the fine polyline crosses the range's edges between the two vertices.
      const ScreenPt a = p.back();
      const double by = s.screen_y(run[i].y);
      const double edges[2] = {0.0, s.height};
      const double ey[2] = {s.y0, s.y1};
      const bool up = by > a.sy;
      for (int k = 0; k < 2; ++k) {
        const int e = up ? k : 1 - k;
        const double edge = edges[e];
        if ((a.sy - edge) * (by - edge) < 0) {
          const double t = (edge - a.sy) / (by - a.sy);
          const double x = lerp(a.x, run[i].x, t);
          if (x >= p.back().x && x <= run[i].x) add(x, ey[e], 0);
        }
      }
    }
    add(run[i].x, run[i].y, side);
  }
  const double H = s.height;
  std::size_t i = 0;
  out.push_back({p[0].x, p[0].y});
  while (i + 1 < p.size()) {
    double lo = -std::numeric_limits<double>::infinity(),
           hi = std::numeric_limits<double>::infinity();
    std::size_t best = i + 1;
    const std::size_t end = std::min(p.size(), i + 1 + kMaxLookahead);
    for (std::size_t k = i + 1; k < end; ++k) {
      const double dx = p[k].sx - p[i].sx;
      if (!(dx > 0)) {
        if (k == i + 1) continue;  // same x as the start: keep it as the next vertex
        break;
      }
      const double slope = (p[k].sy - p[i].sy) / dx;
      if (slope >= lo && slope <= hi) best = k;
      // What p[k] asks of any chord from p[i] that passes over it.
      if (p[k].side == 0) {
        lo = std::max(lo, (p[k].sy - kThinPx - p[i].sy) / dx);
        hi = std::min(hi, (p[k].sy + kThinPx - p[i].sy) / dx);
      } else if (p[k].side > 0) {
        lo = std::max(lo, (H - kThinPx - p[i].sy) / dx);
      } else {
        hi = std::min(hi, (kThinPx - p[i].sy) / dx);
      }
      if (lo > hi) break;
    }
    out.push_back({p[best].x, p[best].y});
    i = best;
  }
}

// Keeps at most kMaxCurvePoints vertices: the ends of each segment and evenly spaced ones between.
void cap_points(CurveRecord& r) {
  if (r.x.size() <= kMaxCurvePoints) return;
  std::vector<std::uint32_t> starts = r.segments;
  if (starts.size() * 2 > kMaxCurvePoints) starts.resize(kMaxCurvePoints / 2);
  const std::size_t budget = kMaxCurvePoints - 2 * starts.size();
  const std::size_t stride = (r.x.size() + budget - 1) / std::max<std::size_t>(budget, 1) + 1;
  CurveRecord out;
  out.jumps = std::move(r.jumps);
  out.evaluations = r.evaluations;
  for (std::size_t k = 0; k < starts.size(); ++k) {
    const std::size_t b = starts[k];
    const std::size_t e = k + 1 < r.segments.size() ? r.segments[k + 1] : r.x.size();
    out.segments.push_back(static_cast<std::uint32_t>(out.x.size()));
    for (std::size_t i = b; i < e; ++i) {
      if (i == b || i + 1 == e || (i - b) % stride == 0) {
        out.x.push_back(r.x[i]);
        out.y.push_back(r.y[i]);
      }
    }
  }
  r = std::move(out);
}

ScalarFn plot_fn(const Activation& fn, Plot plot) {
  return plot == Plot::F ? fn.value : fn.derivative;
}

}  // namespace

std::vector<double> curve_breakpoints(const Activation& fn, const std::vector<double>& params,
                                      double x0, double x1) {
  std::vector<double> all = all_breakpoints(fn, params);
  all.erase(std::remove_if(all.begin(), all.end(), [&](double x) { return !(x > x0 && x < x1); }),
            all.end());
  return all;
}

YRange coarse_range(const Activation& fn, const std::vector<double>& params, Plot plot, double x0,
                    double x1) {
  YRange r{std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
  const ScalarFn g = plot_fn(fn, plot);
  if (!(x0 <= x1) || !std::isfinite(x0) || !std::isfinite(x1)) return r;
  auto see = [&](double x) {
    const double y = g(x, params.data());
    if (std::isfinite(y)) {
      r.lo = std::min(r.lo, y);
      r.hi = std::max(r.hi, y);
    }
  };
  constexpr int kCoarse = 256;
  for (int i = 0; i <= kCoarse; ++i) see(lerp(x0, x1, static_cast<double>(i) / kCoarse));
  // Where activations bend: 0, every scale around it, and [-8, 8] closely.
  if (x0 < 0 && 0 < x1) see(0.0);
  for (double d = 1.0 / 16; d <= 1024; d *= 2) {
    for (double x : {-d, d}) {
      if (x > x0 && x < x1) see(x);
    }
  }
  const double n0 = std::max(x0, -8.0), n1 = std::min(x1, 8.0);
  if (n0 < n1) {
    for (int i = 0; i <= 64; ++i) see(lerp(n0, n1, i / 64.0));
  }
  for (double b : curve_breakpoints(fn, params, x0, x1)) {
    see(std::nextafter(b, -std::numeric_limits<double>::infinity()));
    see(b);
    see(std::nextafter(b, std::numeric_limits<double>::infinity()));
  }
  if (!r.empty()) r = {r.lo + 0.0, r.hi + 0.0};  // -0 is 0 here
  return r;
}

CurveRecord sample_curve_record(const Activation& fn, const std::vector<double>& params, Plot plot,
                                const CurveView& view) {
  CurveRecord rec;
  if (!(std::isfinite(view.x0) && std::isfinite(view.x1) && view.x1 > view.x0)) return rec;
  const Scale s(view);
  Sampler sampler(plot_fn(fn, plot), params.data(), s);
  const std::vector<double> all = all_breakpoints(fn, params);
  const std::vector<double> inner = curve_breakpoints(fn, params, s.x0, s.x1);
  const bool x0_breaks = std::find(all.begin(), all.end(), s.x0) != all.end();
  const bool x1_breaks = std::find(all.begin(), all.end(), s.x1) != all.end();

  // Each inner breakpoint: its limits and value, and whether it is drawn as a jump.
  struct Break {
    double x, left, value, right;
    bool jump;
  };
  auto same = [&](double a, double b) {
    if (!std::isfinite(a) || !std::isfinite(b)) return !std::isfinite(a) && !std::isfinite(b);
    return s.px_apart(a, b) <= kJumpPx;
  };
  std::vector<Break> breaks;
  for (double b : inner) {
    Break k{b, sampler.left_limit(b), sampler.eval(b), sampler.right_limit(b), false};
    k.jump = !(same(k.left, k.value) && same(k.value, k.right) && same(k.left, k.right));
    breaks.push_back(k);
    if (k.jump) rec.jumps.push_back({k.x, k.left, k.value, k.right});
  }

  std::vector<Pt> fine, run, thinned;
  bool continues = false;  // the next piece's first vertex is the last one recorded
  for (std::size_t piece = 0; piece <= breaks.size(); ++piece) {
    const double a = piece == 0 ? s.x0 : breaks[piece - 1].x;
    const double b = piece == breaks.size() ? s.x1 : breaks[piece].x;
    double ya, yb;
    if (piece == 0) {
      ya = x0_breaks ? sampler.right_limit(a) : sampler.eval(a);
    } else {
      const Break& k = breaks[piece - 1];
      ya = k.jump ? k.right : k.value;
    }
    if (piece == breaks.size()) {
      yb = x1_breaks ? sampler.left_limit(b) : sampler.eval(b);
    } else {
      const Break& k = breaks[piece];
      yb = k.jump ? k.left : k.value;
    }
    fine.clear();
    sampler.refine(a, ya, b, yb, fine);
    fine.push_back({b, yb});
    if (piece > 0 && breaks[piece - 1].jump) continues = false;

    // Thin each finite run; a non-finite value breaks the segment.
    std::size_t i = 0;
    while (i < fine.size()) {
      if (!std::isfinite(fine[i].y)) {
        continues = false;
        ++i;
        continue;
      }
      run.clear();
      while (i < fine.size() && std::isfinite(fine[i].y)) run.push_back(fine[i++]);
      thinned.clear();
      thin_run(run, s, thinned);
      std::size_t from = 0;
      if (continues && !rec.x.empty() && rec.x.back() == thinned[0].x) {
        from = 1;  // the breakpoint's vertex, already there
      } else {
        rec.segments.push_back(static_cast<std::uint32_t>(rec.x.size()));
      }
      for (std::size_t k = from; k < thinned.size(); ++k) {
        rec.x.push_back(thinned[k].x);
        rec.y.push_back(thinned[k].y);
      }
      continues = true;
    }
    // A run that ended before b (b not finite) does not continue into the next piece.
    if (!std::isfinite(yb)) continues = false;
  }
  rec.evaluations = sampler.evaluations;
  cap_points(rec);
  return rec;
}

}  // namespace act
