// The only file that speaks Embind: it exposes the pure core (cpp/api, cpp/activations)
// to JavaScript. Arrays leave WASM as Float64Array views over its memory, never element
// by element; a view is valid until the next call on the same Widget (memory may grow).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "activations/registry.h"
#include "api/catalogue_json.h"
#include "api/widget.h"
#include "numpy/format.h"
#include "numpy/parse.h"

using emscripten::val;

namespace {

act::ParamTexts param_texts(const val& params) {
  act::ParamTexts texts;
  if (!params.isUndefined() && !params.isNull()) {
    const val keys = val::global("Object").call<val>("keys", params);
    const unsigned n = keys["length"].as<unsigned>();
    for (unsigned i = 0; i < n; ++i) {
      const std::string key = keys[i].as<std::string>();
      texts.emplace_back(key, params[key].call<std::string>("toString"));
    }
  }
  return texts;
}

val view(const std::vector<double>& v) {
  return val(emscripten::typed_memory_view(v.size(), v.data()));
}

// Holds the last evaluation and curve so the views handed to JS stay valid between calls.
class Widget {
 public:
  bool evaluate(const std::string& fn, const val& params, const std::string& x) {
    last_ = act::evaluate(fn, param_texts(params), x);
    x_ = last_.x.as_double();
    fx_ = last_.fx.as_double();
    dfx_ = last_.dfx.as_double();
    return last_.ok;
  }
  std::string errorField() const { return last_.error.field; }
  std::string errorMessage() const { return last_.error.message; }
  unsigned errorColumn() const { return static_cast<unsigned>(last_.error.column); }
  std::string xText() const { return last_.x_text; }
  std::string fxText() const { return last_.fx_text; }
  std::string dfxText() const { return last_.dfx_text; }
  val xValues() const { return view(x_); }
  val fxValues() const { return view(fx_); }
  val dfxValues() const { return view(dfx_); }

  // n samples of x, f(x), f'(x) on [x0, x1]; false (with errorMessage) if fn or a parameter is bad.
  bool sample(const std::string& fn_id, const val& params, double x0, double x1, unsigned n) {
    const act::Activation* fn = act::find_activation(fn_id);
    if (fn == nullptr) {
      last_.error = {"fn", "unknown activation '" + fn_id + "'", 0};
      return false;
    }
    act::ResolvedParams resolved = act::resolve_params(*fn, param_texts(params));
    if (!resolved.ok) {
      last_.error = resolved.error;
      return false;
    }
    xs_.resize(n);
    ys_.resize(n);
    dys_.resize(n);
    act::sample_curve(*fn, resolved.values, x0, x1, n, xs_.data(), ys_.data(), dys_.data());
    std::vector<double> p;
    for (const act::Number& v : resolved.values) p.push_back(v.as_double());
    jumps_ = fn->jumps ? fn->jumps(p.data()) : std::vector<double>{};
    // Both sides of each jump and the value taken at it, for f and f', so the page can draw
    // the gap honestly: lines end at the one-sided limits, a filled dot marks the value taken.
    jump_sides_.clear();
    for (double j : jumps_) {
      const double h = 1e-9 * std::max(1.0, std::fabs(j));
      for (const act::ScalarFn g : {fn->value, fn->derivative}) {
        jump_sides_.push_back(g(j - h, p.data()));
        jump_sides_.push_back(g(j, p.data()));
        jump_sides_.push_back(g(j + h, p.data()));
      }
    }
    return true;
  }
  val curveX() const { return view(xs_); }
  val curveY() const { return view(ys_); }
  val curveDY() const { return view(dys_); }
  val curveJumps() const { return view(jumps_); }
  // Six numbers per jump, in curveJumps() order: f(j-), f(j), f(j+), f'(j-), f'(j), f'(j+).
  val curveJumpSides() const { return view(jump_sides_); }

 private:
  act::Evaluation last_;
  std::vector<double> x_, fx_, dfx_, xs_, ys_, dys_, jumps_, jump_sides_;
};

// print(x) and repr(x) of a typed vector, or the parse error: NumPy's printer on its own.
val numpy_print(const std::string& text) {
  act::ParsedArray parsed = act::parse_array(text);
  val out = val::object();
  out.set("ok", parsed.ok);
  if (parsed.ok) {
    out.set("str", act::array_str(parsed.array));
    out.set("repr", act::array_repr(parsed.array));
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
  emscripten::class_<Widget>("Widget")
      .constructor<>()
      .function("evaluate", &Widget::evaluate)
      .function("errorField", &Widget::errorField)
      .function("errorMessage", &Widget::errorMessage)
      .function("errorColumn", &Widget::errorColumn)
      .function("xText", &Widget::xText)
      .function("fxText", &Widget::fxText)
      .function("dfxText", &Widget::dfxText)
      .function("xValues", &Widget::xValues)
      .function("fxValues", &Widget::fxValues)
      .function("dfxValues", &Widget::dfxValues)
      .function("sample", &Widget::sample)
      .function("curveX", &Widget::curveX)
      .function("curveY", &Widget::curveY)
      .function("curveDY", &Widget::curveDY)
      .function("curveJumps", &Widget::curveJumps)
      .function("curveJumpSides", &Widget::curveJumpSides);
}
