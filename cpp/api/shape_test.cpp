// The facts the page words a curve's description from, for a few functions whose shape the
// tutorial states: ReLU's kink, Leaky ReLU's jump in f', the binary step's jump, sigmoid's limits.
#include "api/shape.h"

#include <gtest/gtest.h>

#include <cmath>

namespace act {
namespace {

CurveShape shape_of(const char* id, Plot plot, std::vector<double> params = {}) {
  const Activation& fn = *find_activation(id);
  if (params.empty()) {
    for (const ParamSpec& s : fn.params) params.push_back(s.default_value.as_double());
  }
  return describe_curve(fn, params, plot);
}

TEST(CurveShape, ReluIsZeroThenLinearWithAKink) {
  const CurveShape f = shape_of("relu", Plot::F);
  ASSERT_EQ(f.pieces.size(), 2u);
  EXPECT_EQ(f.pieces[0].kind, PieceKind::Zero);
  EXPECT_EQ(f.pieces[0].to, 0);
  EXPECT_EQ(f.pieces[1].kind, PieceKind::Linear);
  EXPECT_EQ(f.pieces[1].slope, 1);
  ASSERT_EQ(f.points.size(), 1u);
  EXPECT_TRUE(f.points[0].kink);
  EXPECT_FALSE(f.points[0].jump);
  EXPECT_EQ(f.limit_lo, 0);
  EXPECT_EQ(f.limit_hi, INFINITY);

  const CurveShape df = shape_of("relu", Plot::DF);
  ASSERT_EQ(df.points.size(), 1u);
  EXPECT_TRUE(df.points[0].jump);
  EXPECT_EQ(df.points[0].left, 0);
  EXPECT_EQ(df.points[0].value, 0);
  EXPECT_EQ(df.points[0].right, 1);
  EXPECT_EQ(df.pieces[1].kind, PieceKind::Constant);
  EXPECT_EQ(df.pieces[1].value, 1);
}

TEST(CurveShape, LeakyReluFollowsItsLeak) {
  const CurveShape f = shape_of("leaky_relu", Plot::F, {0.2});
  EXPECT_EQ(f.pieces[0].kind, PieceKind::Linear);
  EXPECT_DOUBLE_EQ(f.pieces[0].slope, 0.2);
  EXPECT_EQ(f.limit_lo, -INFINITY);
  const CurveShape df = shape_of("leaky_relu", Plot::DF, {0.2});
  EXPECT_EQ(df.points[0].value, 0.2);
}

TEST(CurveShape, BinaryStepJumps) {
  const CurveShape f = shape_of("binary_step", Plot::F);
  ASSERT_EQ(f.points.size(), 1u);
  EXPECT_TRUE(f.points[0].jump);
  EXPECT_EQ(f.points[0].right - f.points[0].left, 1);
}

TEST(CurveShape, SmoothFunctionsAreOneCurvedPieceWithLimits) {
  const CurveShape f = shape_of("sigmoid", Plot::F);
  ASSERT_EQ(f.pieces.size(), 1u);
  EXPECT_EQ(f.pieces[0].kind, PieceKind::Curved);
  EXPECT_TRUE(f.points.empty());
  EXPECT_EQ(f.limit_lo, 0);
  EXPECT_EQ(f.limit_hi, 1);
  const CurveShape tanh_df = shape_of("tanh", Plot::DF);
  EXPECT_EQ(tanh_df.limit_lo, 0);
  EXPECT_EQ(tanh_df.limit_hi, 0);
  // Softplus switches branch at its threshold by ~1e-9: neither a jump nor a kink.
  EXPECT_TRUE(shape_of("softplus", Plot::F).points.empty());
}

TEST(CurveShape, EveryFunctionHasPiecesCoveringTheLine) {
  for (const Activation& fn : activations()) {
    std::vector<double> p;
    for (const ParamSpec& s : fn.params) p.push_back(s.default_value.as_double());
    for (Plot plot : {Plot::F, Plot::DF}) {
      const CurveShape s = describe_curve(fn, p, plot);
      ASSERT_FALSE(s.pieces.empty()) << fn.id;
      EXPECT_EQ(s.pieces.front().from, -INFINITY) << fn.id;
      EXPECT_EQ(s.pieces.back().to, INFINITY) << fn.id;
      for (std::size_t i = 1; i < s.pieces.size(); ++i)
        EXPECT_EQ(s.pieces[i].from, s.pieces[i - 1].to) << fn.id;
    }
  }
}

}  // namespace
}  // namespace act
