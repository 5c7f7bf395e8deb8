// Adaptive sampling against dense evaluation: every catalogue function, f and f', at several x
// ranges, parameter values and plot sizes. The polyline as drawn (clipped to the y range) must be
// within 0.25 device px, vertically, of the true curve everywhere; every breakpoint inside the
// range is a vertex exactly; jumps split the polyline and carry their one-sided limits.
#include "api/curve.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>

#include "activations/registry.h"

namespace act {
namespace {

struct Size {
  double width, height;
};

// The y range the page would show: the coarse range with Chart.js's 6% grace.
CurveView view_for(const Activation& fn, const std::vector<double>& p, Plot plot, double x0,
                   double x1, Size size) {
  const YRange r = coarse_range(fn, p, plot, x0, x1);
  CurveView v{x0, x1, -1, 1, size.width, size.height};
  if (r.empty()) return v;
  const double pad = r.hi > r.lo ? 0.06 * (r.hi - r.lo) : 1.0;
  v.y0 = r.lo - pad;
  v.y1 = r.hi + pad;
  return v;
}

double clip(double y, const CurveView& v) { return std::min(std::max(y, v.y0), v.y1); }

// The polyline's value at x, or NaN where no segment covers x.
double polyline_at(const CurveRecord& r, double x, bool& at_vertex) {
  at_vertex = false;
  for (std::size_t s = 0; s < r.segments.size(); ++s) {
    const std::size_t b = r.segments[s];
    const std::size_t e = s + 1 < r.segments.size() ? r.segments[s + 1] : r.x.size();
    if (!(x >= r.x[b] && x <= r.x[e - 1])) continue;
    const auto it = std::lower_bound(r.x.begin() + b, r.x.begin() + e, x);
    const std::size_t k = it - r.x.begin();
    if (r.x[k] == x) {
      at_vertex = true;
      return r.y[k];
    }
    const double t = (x - r.x[k - 1]) / (r.x[k] - r.x[k - 1]);
    return r.y[k - 1] + t * (r.y[k] - r.y[k - 1]);
  }
  return NAN;
}

struct Worst {
  double px = 0;
  std::string where;
};

// Checks one curve; returns the largest vertical error in px (and where).
Worst check_curve(const Activation& fn, const std::vector<double>& p, Plot plot, const CurveView& v,
                  const std::string& label) {
  const CurveRecord r = sample_curve_record(fn, p, plot, v);
  const ScalarFn g = plot == Plot::F ? fn.value : fn.derivative;
  const double sy = v.height / (v.y1 - v.y0);
  Worst worst;

  // Shape of the record.
  EXPECT_LE(r.x.size(), kMaxCurvePoints) << label;
  EXPECT_EQ(r.x.size(), r.y.size()) << label;
  if (!r.x.empty()) EXPECT_EQ(r.segments.at(0), 0u) << label;
  for (std::size_t s = 0; s < r.segments.size(); ++s) {
    const std::size_t b = r.segments[s];
    const std::size_t e = s + 1 < r.segments.size() ? r.segments[s + 1] : r.x.size();
    EXPECT_LT(b, e) << label;
    for (std::size_t k = b + 1; k < e; ++k) EXPECT_LT(r.x[k - 1], r.x[k]) << label << " at " << k;
  }
  for (std::size_t k = 0; k < r.x.size(); ++k) EXPECT_TRUE(std::isfinite(r.y[k])) << label;

  // Kinks exactly: every breakpoint where the function is finite is a vertex.
  const std::vector<double> bps = curve_breakpoints(fn, p, v.x0, v.x1);
  for (double b : bps) {
    if (!std::isfinite(g(b, p.data()))) continue;
    EXPECT_TRUE(std::find(r.x.begin(), r.x.end(), b) != r.x.end())
        << label << ": no vertex at breakpoint " << b;
  }
  // Jumps: at breakpoints, with the limits and the value the function takes.
  for (const CurveJump& j : r.jumps) {
    EXPECT_TRUE(std::find(bps.begin(), bps.end(), j.x) != bps.end())
        << label << ": jump off a breakpoint " << j.x;
    const double h = 1e-9 * std::max(1.0, std::fabs(j.x));
    EXPECT_NEAR(j.left, g(j.x - h, p.data()), 1e-6 * std::max(1.0, std::fabs(j.left))) << label;
    EXPECT_NEAR(j.right, g(j.x + h, p.data()), 1e-6 * std::max(1.0, std::fabs(j.right))) << label;
    EXPECT_EQ(j.value, g(j.x, p.data())) << label;
  }

  // Dense evaluation: an even grid, random points, and points very close to each breakpoint.
  std::vector<double> xs;
  constexpr int kDense = 6000;
  for (int i = 0; i <= kDense; ++i) xs.push_back(v.x0 + (v.x1 - v.x0) * i / kDense);
  std::mt19937_64 rng(12345);
  std::uniform_real_distribution<double> u(v.x0, v.x1);
  for (int i = 0; i < 2000; ++i) xs.push_back(u(rng));
  for (double b : bps) {
    for (double d : {1e-9, 1e-6, 1e-4, 1e-3, 1e-2}) {
      const double h = d * (v.x1 - v.x0);
      xs.push_back(b - h);
      xs.push_back(b + h);
    }
  }
  // A breakpoint at an end of the range: the curve starts (or ends) at its one-sided limit.
  const std::vector<double> wider = curve_breakpoints(fn, p, v.x0 - 1, v.x1 + 1);
  for (double x : xs) {
    if (!(x >= v.x0 && x <= v.x1)) continue;
    if ((x == v.x0 || x == v.x1) && std::find(wider.begin(), wider.end(), x) != wider.end())
      continue;
    if (std::any_of(r.jumps.begin(), r.jumps.end(), [&](const CurveJump& j) { return j.x == x; }))
      continue;
    const double truth = g(x, p.data());
    bool at_vertex = false;
    const double drawn = polyline_at(r, x, at_vertex);
    if (!std::isfinite(truth)) continue;  // nothing to draw there (the sampler stops at such runs)
    double err;
    if (!std::isfinite(drawn)) {
      // A gap in the line: allowed only right next to where the function stops being finite.
      const double w = (v.x1 - v.x0) / v.width / 16;
      err = !std::isfinite(g(x - w, p.data())) || !std::isfinite(g(x + w, p.data())) ? 0 : HUGE_VAL;
    } else {
      err = std::fabs(clip(drawn, v) - clip(truth, v)) * sy;
    }
    if (err > worst.px) {
      worst.px = err;
      char buf[160];
      std::snprintf(buf, sizeof buf, "x = %.17g: true %.17g, drawn %.17g", x, truth, drawn);
      worst.where = buf;
    }
  }
  return worst;
}

std::vector<std::vector<double>> param_sets(const Activation& fn) {
  std::vector<double> def, lo, hi, mid;
  for (const ParamSpec& s : fn.params) {
    def.push_back(s.default_value.as_double());
    lo.push_back(s.min);
    hi.push_back(s.max);
    mid.push_back(s.min + 0.37 * (s.max - s.min));
  }
  if (fn.params.empty()) return {def};
  return {def, lo, hi, mid};
}

TEST(CurveSampling, EveryFunctionWithinAQuarterPixelOfDenseEvaluation) {
  const std::pair<double, double> ranges[] = {{-5, 5},       {-1, 1},      {-50, 50},
                                              {0.1, 3},      {-7.25, 2.5}, {-1000, 1000},
                                              {-1e-3, 1e-3}, {5.5, 6.5}};
  const Size sizes[] = {{600, 300}, {1200, 600}, {320, 160}, {2400, 1000}};
  std::size_t curves = 0;
  double worst_px = 0;
  std::string worst_where;
  for (const Activation& fn : activations()) {
    for (const std::vector<double>& p : param_sets(fn)) {
      for (const auto& [x0, x1] : ranges) {
        for (const Size& size : sizes) {
          for (Plot plot : {Plot::F, Plot::DF}) {
            const CurveView v = view_for(fn, p, plot, x0, x1, size);
            std::string label = fn.id + (plot == Plot::F ? " f" : " f'") + " on [" +
                                std::to_string(x0) + ", " + std::to_string(x1) + "] at " +
                                std::to_string(int(size.width)) + "x" +
                                std::to_string(int(size.height)) + " params";
            for (double q : p) label += " " + std::to_string(q);
            const Worst w = check_curve(fn, p, plot, v, label);
            ++curves;
            // sin(x) with a period under 8 px is a blur no polyline follows: bounded, not exact.
            if (fn.id == "sinusoid" && (x1 - x0) / size.width > 6.3 / 8) continue;
            EXPECT_LE(w.px, kCurveTolerancePx) << label << ": " << w.where;
            if (w.px > worst_px) {
              worst_px = w.px;
              worst_where = label + ": " + w.where;
            }
          }
        }
      }
    }
  }
  std::printf("[ figures  ] %zu curves checked; largest vertical error %.4f px (%s)\n", curves,
              worst_px, worst_where.c_str());
}

// A y range that cuts the curve (a compared function far above another): the parts outside may
// be anywhere beyond the edge, the parts inside stay exact.
TEST(CurveSampling, ClippedViewsStayExactInside) {
  for (const Activation& fn : activations()) {
    for (const std::vector<double>& p : param_sets(fn)) {
      for (Plot plot : {Plot::F, Plot::DF}) {
        const CurveView v{-6, 6, -0.3, 0.4, 600, 300};
        const Worst w = check_curve(fn, p, plot, v, fn.id + " clipped");
        EXPECT_LE(w.px, kCurveTolerancePx)
            << fn.id << (plot == Plot::F ? " f" : " f'") << ": " << w.where;
      }
    }
  }
}

CurveRecord default_curve(const char* id, Plot plot, Size size = {600, 300}) {
  const Activation& fn = *find_activation(id);
  std::vector<double> p;
  for (const ParamSpec& s : fn.params) p.push_back(s.default_value.as_double());
  return sample_curve_record(fn, p, plot, view_for(fn, p, plot, -5, 5, size));
}

TEST(CurveSampling, ReluIsItsKinkAndItsEnds) {
  const CurveRecord f = default_curve("relu", Plot::F);
  EXPECT_EQ(f.x, (std::vector<double>{-5, 0, 5}));
  EXPECT_EQ(f.y, (std::vector<double>{0, 0, 5}));
  EXPECT_EQ(f.segments, (std::vector<std::uint32_t>{0}));
  EXPECT_TRUE(f.jumps.empty());

  // f' jumps from 0 to 1 at 0 and takes 0 there (the x <= 0 branch).
  const CurveRecord df = default_curve("relu", Plot::DF);
  EXPECT_EQ(df.x, (std::vector<double>{-5, 0, 0, 5}));
  EXPECT_EQ(df.y, (std::vector<double>{0, 0, 1, 1}));
  EXPECT_EQ(df.segments, (std::vector<std::uint32_t>{0, 2}));
  ASSERT_EQ(df.jumps.size(), 1u);
  EXPECT_EQ(df.jumps[0].x, 0);
  EXPECT_EQ(df.jumps[0].left, 0);
  EXPECT_EQ(df.jumps[0].value, 0);
  EXPECT_EQ(df.jumps[0].right, 1);
}

TEST(CurveSampling, LeakyReluJumpTakesTheLeak) {
  const CurveRecord df = default_curve("leaky_relu", Plot::DF);
  ASSERT_EQ(df.jumps.size(), 1u);
  EXPECT_EQ(df.jumps[0].left, 0.1);
  EXPECT_EQ(df.jumps[0].value, 0.1);
  EXPECT_EQ(df.jumps[0].right, 1);
  EXPECT_EQ(default_curve("leaky_relu", Plot::F).x.size(), 3u);
}

TEST(CurveSampling, BinaryStepJumpsInF) {
  const CurveRecord f = default_curve("binary_step", Plot::F);
  ASSERT_EQ(f.jumps.size(), 1u);
  EXPECT_EQ(f.jumps[0].left, 0);
  EXPECT_EQ(f.jumps[0].value, 1);
  EXPECT_EQ(f.jumps[0].right, 1);
  EXPECT_EQ(f.segments.size(), 2u);
}

// Softplus switches to x at its threshold: a step of ~1e-9, far below a pixel: one segment.
TEST(CurveSampling, InvisibleStepsAreNotJumps) {
  const Activation& fn = *find_activation("softplus");
  std::vector<double> p;
  for (const ParamSpec& s : fn.params) p.push_back(s.default_value.as_double());
  const CurveRecord f =
      sample_curve_record(fn, p, Plot::F, view_for(fn, p, Plot::F, -30, 30, {600, 300}));
  EXPECT_TRUE(f.jumps.empty());
  EXPECT_EQ(f.segments.size(), 1u);
}

TEST(CurveSampling, SmoothFunctionsNeedTensOfPointsNotThousands) {
  for (const char* id : {"sigmoid", "elu", "gelu", "tanh", "silu", "mish", "softplus"}) {
    for (Plot plot : {Plot::F, Plot::DF}) {
      const CurveRecord r = default_curve(id, plot);
      EXPECT_GE(r.x.size(), 5u) << id;
      EXPECT_LE(r.x.size(), 120u) << id;
    }
  }
}

TEST(CurveSampling, AnyViewGivesABoundedRecord) {
  const Activation& fn = *find_activation("sinusoid");
  const std::vector<double> p;
  // 10^6 periods across 600 px: no polyline can follow it; the cap holds.
  const CurveRecord r = sample_curve_record(fn, p, Plot::F, {-1e6, 1e6, -1, 1, 600, 300});
  EXPECT_LE(r.x.size(), kMaxCurvePoints);
  EXPECT_GT(r.x.size(), 100u);
  for (const CurveView& v :
       {CurveView{5, -5, 0, 1, 600, 300}, CurveView{NAN, 5, 0, 1, 600, 300},
        CurveView{-5, 5, 1, 1, 600, 300}, CurveView{-5, 5, NAN, INFINITY, 0, -3},
        CurveView{-1e308, 1e308, -1e308, 1e308, 1e9, 1e9},
        CurveView{1, 1 + 1e-15, 0, 1, 600, 300}}) {
    for (const Activation& any : activations()) {
      std::vector<double> q;
      for (const ParamSpec& s : any.params) q.push_back(s.default_value.as_double());
      const CurveRecord c = sample_curve_record(any, q, Plot::DF, v);
      EXPECT_LE(c.x.size(), kMaxCurvePoints) << any.id;
    }
  }
  EXPECT_TRUE(sample_curve_record(fn, p, Plot::F, {5, -5, 0, 1, 600, 300}).x.empty());
}

TEST(CurveSampling, CoarseRangeSeesTheBreakpointsAndZero) {
  const Activation& gaussian = *find_activation("gaussian");
  // Even samples 78 apart miss the bump at 0; the coarse pass looks at 0 itself.
  const YRange r = coarse_range(gaussian, {}, Plot::F, -1e4, 1e4);
  EXPECT_EQ(r.hi, 1.0);
  const YRange step = coarse_range(*find_activation("binary_step"), {}, Plot::F, -3, 3);
  EXPECT_EQ(step.lo, 0.0);
  EXPECT_EQ(step.hi, 1.0);
  EXPECT_TRUE(coarse_range(gaussian, {}, Plot::F, 2, 1).empty());
}

// The figures for the closing note: vertices per curve at the page's default view.
TEST(CurveSampling, PointsPerCurveAtTheDefaultView) {
  std::printf("[ figures  ] vertices per curve, x from -5 to 5, 600x300 device px (f, f'):\n");
  for (const char* id :
       {"relu", "leaky_relu", "elu", "sigmoid", "gelu", "tanh", "silu", "softplus", "mish"}) {
    const CurveRecord f = default_curve(id, Plot::F), df = default_curve(id, Plot::DF);
    std::printf(
        "[ figures  ]   %-11s f: %3zu points (%zu evaluations)  f': %3zu points, %zu segment(s)\n",
        id, f.x.size(), f.evaluations, df.x.size(), df.segments.size());
  }
  EXPECT_LE(default_curve("relu", Plot::F).x.size(), 5u);
}

}  // namespace
}  // namespace act
