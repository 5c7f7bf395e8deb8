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

Tangent tangent_of(const char* id, double x, double snap, std::vector<double> params = {}) {
  const Activation& fn = *find_activation(id);
  if (params.empty()) {
    for (const ParamSpec& s : fn.params) params.push_back(s.default_value.as_double());
  }
  return tangent_at(fn, params, x, snap);
}

TEST(Tangent, OffAKinkItIsTheSlopeAtX) {
  const Tangent t = tangent_of("leaky_relu", 2, 0.05, {0.1});
  EXPECT_FALSE(t.snapped);
  EXPECT_EQ(t.x, 2);
  EXPECT_EQ(t.left_y, 2);
  EXPECT_EQ(t.left_slope, 1);
  EXPECT_EQ(t.right_slope, 1);
  const Tangent s = tangent_of("sigmoid", 0.3, 0.05);
  EXPECT_FALSE(s.snapped);
  EXPECT_DOUBLE_EQ(s.left_y, 1 / (1 + std::exp(-0.3)));
  EXPECT_DOUBLE_EQ(s.left_slope, s.left_y * (1 - s.left_y));
}

TEST(Tangent, NearAKinkItSnapsAndHasBothSides) {
  const Tangent t = tangent_of("leaky_relu", 0.04, 0.05, {0.1});
  EXPECT_TRUE(t.snapped);
  EXPECT_FALSE(t.jump);
  EXPECT_EQ(t.x, 0);
  EXPECT_EQ(t.left_y, 0);
  EXPECT_EQ(t.right_y, 0);
  EXPECT_DOUBLE_EQ(t.left_slope, 0.1);
  EXPECT_EQ(t.right_slope, 1);
  // Out of reach: no snap; f'(0.06) is 1.
  EXPECT_FALSE(tangent_of("leaky_relu", 0.06, 0.05, {0.1}).snapped);
  // Exactly at the kink with no reach at all, it still is the kink.
  EXPECT_TRUE(tangent_of("relu", 0, 0).snapped);
  // The nearest of two kinks: ReLU6's at 6.
  const Tangent r6 = tangent_of("relu6", 5.99, 0.5);
  EXPECT_EQ(r6.x, 6);
  EXPECT_EQ(r6.left_slope, 1);
  EXPECT_EQ(r6.right_slope, 0);
}

TEST(Tangent, NoSnapWhereNothingHappens) {
  // Leaky ReLU with leak 1 is the identity; ELU with alpha 1 has a continuous slope at 0.
  EXPECT_FALSE(tangent_of("leaky_relu", 0.01, 0.05, {1}).snapped);
  EXPECT_FALSE(tangent_of("elu", 0.01, 0.05, {1}).snapped);
  EXPECT_TRUE(tangent_of("elu", 0.01, 0.05, {2}).snapped);
}

TEST(Tangent, AtAJumpOfFEachSideHasItsOwnPoint) {
  const Tangent t = tangent_of("binary_step", -0.01, 0.05);
  EXPECT_TRUE(t.snapped);
  EXPECT_TRUE(t.jump);
  EXPECT_EQ(t.left_y, 0);
  EXPECT_EQ(t.right_y, 1);
  EXPECT_EQ(t.left_slope, 0);
  EXPECT_EQ(t.right_slope, 0);
}

}  // namespace
}  // namespace act
