// The only file that speaks Embind: it marshals the pure core (cpp/api) to JavaScript and
// decides nothing. Arrays leave WASM as typed-array views over its memory, never element by
// element; a view is valid only until the next call into the module (memory may grow), so the
// one JS client (web/src/core/) copies what it keeps before it calls again.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <vector>

#include "api/catalogue_json.h"
#include "api/session.h"
#include "numpy/format.h"
#include "numpy/parse.h"

using emscripten::val;

namespace {

val view(const std::vector<double>& v) {
  return val(emscripten::typed_memory_view(v.size(), v.data()));
}
val view(const std::vector<std::uint32_t>& v) {
  return val(emscripten::typed_memory_view(v.size(), v.data()));
}

val error_object(const act::InputError& e) {
  val out = val::object();
  out.set("field", e.field);
  out.set("message", e.message);
  out.set("column", static_cast<unsigned>(e.column));
  return out;
}

act::Plot plot_of(int plot) { return plot == 0 ? act::Plot::F : act::Plot::DF; }

// act::Session, plus the buffers its views point into.
class SessionBinding {
 public:
  bool setFunction(const std::string& id) { return s_.set_function(id); }
  bool setParam(const std::string& id, const std::string& text) { return s_.set_param(id, text); }
  void resetParam(const std::string& id) { s_.reset_param(id); }
  bool setVector(const std::string& text) { return s_.set_vector(text); }

  bool evaluated() const { return s_.evaluated(); }
  std::string xText() const { return s_.x_text(); }
  std::string fxText() const { return s_.fx_text(); }
  std::string dfxText() const { return s_.dfx_text(); }
  val xValues() const { return view(s_.x_values()); }
  val fxValues() const { return view(s_.fx_values()); }
  val dfxValues() const { return view(s_.dfx_values()); }
  // [{field, message, column}], in the page's order (function, parameters, test vector).
  val errors() const {
    val out = val::array();
    for (const act::InputError& e : s_.errors()) out.call<void>("push", error_object(e));
    return out;
  }

  // [lo, hi] (lo > hi: no finite value).
  val coarseRange(int plot, double x0, double x1) {
    const act::YRange r = s_.coarse_range(plot_of(plot), x0, x1);
    pair_ = {r.lo, r.hi};
    return view(pair_);
  }
  // {x, y, segments, jumps}: views; jumps holds four numbers per jump (x, left, value, right).
  val curve(int plot, double x0, double x1, double y0, double y1, double width, double height) {
    curve_ = s_.curve(plot_of(plot), {x0, x1, y0, y1, width, height});
    jumps_.clear();
    for (const act::CurveJump& j : curve_.jumps)
      jumps_.insert(jumps_.end(), {j.x, j.left, j.value, j.right});
    val out = val::object();
    out.set("x", view(curve_.x));
    out.set("y", view(curve_.y));
    out.set("segments", view(curve_.segments));
    out.set("jumps", view(jumps_));
    return out;
  }
  // [f(x), f'(x)]
  val valueAt(double x) {
    const auto [f, df] = s_.value_at(x);
    pair_ = {f, df};
    return view(pair_);
  }
  // {pieces: [{from, to, kind, value, slope}], points: [{x, left, value, right, jump, kink}], lo,
  // hi}
  val shape(int plot) const {
    const act::CurveShape shape = s_.shape(plot_of(plot));
    val pieces = val::array();
    for (const act::ShapePiece& p : shape.pieces) {
      val piece = val::object();
      piece.set("from", p.from);
      piece.set("to", p.to);
      piece.set("kind", std::string(act::piece_kind_name(p.kind)));
      piece.set("value", p.value);
      piece.set("slope", p.slope);
      pieces.call<void>("push", piece);
    }
    val points = val::array();
    for (const act::ShapePoint& p : shape.points) {
      val point = val::object();
      point.set("x", p.x);
      point.set("left", p.left);
      point.set("value", p.value);
      point.set("right", p.right);
      point.set("jump", p.jump);
      point.set("kink", p.kink);
      points.call<void>("push", point);
    }
    val out = val::object();
    out.set("pieces", pieces);
    out.set("points", points);
    out.set("lo", shape.limit_lo);
    out.set("hi", shape.limit_hi);
    return out;
  }
  std::string pythonScript() const { return s_.python_script(); }
  // {x, leftY, leftSlope, rightY, rightSlope, snapped, jump}
  val tangentAt(double x, double snap) const {
    const act::Tangent t = s_.tangent_at(x, snap);
    val out = val::object();
    out.set("x", t.x);
    out.set("leftY", t.left_y);
    out.set("leftSlope", t.left_slope);
    out.set("rightY", t.right_y);
    out.set("rightSlope", t.right_slope);
    out.set("snapped", t.snapped);
    out.set("jump", t.jump);
    return out;
  }
  // {fn, params: [[id, text], ...]} or null.
  val programChoice() const {
    const std::optional<act::ProgramChoice> choice = s_.program_choice();
    if (!choice) return val::null();
    val out = val::object();
    out.set("fn", choice->fn_id);
    val params = val::array();
    for (const auto& [id, text] : choice->params) {
      val pair = val::array();
      pair.call<void>("push", id);
      pair.call<void>("push", text);
      params.call<void>("push", pair);
    }
    out.set("params", params);
    return out;
  }
  // Issue 13: the main thread's element budget (the worker's session has none), and the seed.
  void setElementBudget(double n) { s_.set_element_budget(static_cast<std::size_t>(n)); }
  bool needsWorker() const { return s_.needs_worker(); }
  bool setSeed(const std::string& text) { return s_.set_seed(text); }
  std::string drawnSeed() const { return s_.drawn_seed(); }

 private:
  act::Session s_;
  act::CurveRecord curve_;
  std::vector<double> jumps_, pair_;
};

// print(x) and repr(x) of a typed vector (a literal or a program, read as the Session reads it,
// unseeded draws with seed 0), or the error: NumPy's printer on its own.
val numpy_print(const std::string& text) {
  act::ProgramResult parsed = act::read_program(text);
  val out = val::object();
  out.set("ok", parsed.ok);
  if (parsed.ok) {
    out.set("str", act::array_str(parsed.value));
    out.set("repr", act::array_repr(parsed.value));
  } else {
    out.set("message", parsed.error.message);
    out.set("column", static_cast<unsigned>(parsed.error.column));
  }
  return out;
}

}  // namespace

EMSCRIPTEN_BINDINGS(activation_widget) {
  // The registry as JSON, read once when the page starts (one call instead of thousands).
  emscripten::function("catalogueJson", &act::catalogue_json);
  emscripten::function("numpyPrint", &numpy_print);
  emscripten::class_<SessionBinding>("Session")
      .constructor<>()
      .function("setFunction", &SessionBinding::setFunction)
      .function("setParam", &SessionBinding::setParam)
      .function("resetParam", &SessionBinding::resetParam)
      .function("setVector", &SessionBinding::setVector)
      .function("evaluated", &SessionBinding::evaluated)
      .function("xText", &SessionBinding::xText)
      .function("fxText", &SessionBinding::fxText)
      .function("dfxText", &SessionBinding::dfxText)
      .function("xValues", &SessionBinding::xValues)
      .function("fxValues", &SessionBinding::fxValues)
      .function("dfxValues", &SessionBinding::dfxValues)
      .function("errors", &SessionBinding::errors)
      .function("coarseRange", &SessionBinding::coarseRange)
      .function("curve", &SessionBinding::curve)
      .function("valueAt", &SessionBinding::valueAt)
      .function("shape", &SessionBinding::shape)
      .function("pythonScript", &SessionBinding::pythonScript)
      .function("programChoice", &SessionBinding::programChoice)
      .function("tangentAt", &SessionBinding::tangentAt)
      .function("setElementBudget", &SessionBinding::setElementBudget)
      .function("needsWorker", &SessionBinding::needsWorker)
      .function("setSeed", &SessionBinding::setSeed)
      .function("drawnSeed", &SessionBinding::drawnSeed);
}
