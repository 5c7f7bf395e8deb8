// Calls: NumPy's constructors and shape functions, array methods, np.random, the
// catalogue's functions (the tutorial's relu/relu_dash with `leak`), print and the
// Python conversions float()/int()/bool().
#include <cmath>
#include <cstdint>
#include <string>

#include "activations/registry.h"
#include "numpy/float_format.h"
#include "numpy/program/constructors.h"
#include "numpy/program/evaluator.h"
#include "numpy/program/promotion.h"
#include "numpy/program/shape_ops.h"
#include "numpy/utf8.h"

namespace act::program {

namespace {

constexpr std::size_t kMaxVectorValuedEntries =
    2000;  // softmax's n x n Jacobian, as the widget caps it

// Binds arguments to parameter names in order. `usage` is shown with every mistake.
struct Binder {
  Env& env;
  const Node& call;
  const std::string& fn;
  const char* usage;

  bool bind(CallArgs& args, const std::vector<const char*>& names, std::size_t required,
            std::vector<std::optional<Value>>& out, std::vector<std::size_t>& at) {
    out.assign(names.size(), std::nullopt);
    at.assign(names.size(), call.pos);
    if (args.positional.size() > names.size()) {
      return env.fail(
          args.positional_pos[names.size()],
          fn + "() takes at most " + std::to_string(names.size()) + " arguments: " + usage);
    }
    for (std::size_t i = 0; i < args.positional.size(); ++i) {
      out[i] = std::move(args.positional[i]);
      at[i] = args.positional_pos[i];
    }
    for (std::size_t k = 0; k < args.keywords.size(); ++k) {
      const std::string& key = args.keywords[k].first;
      std::size_t i = 0;
      while (i < names.size() && key != names[i]) ++i;
      if (i == names.size()) {
        return env.fail(args.keyword_pos[k], fn + "() got an unexpected keyword argument '" +
                                                 numpy_detail::shorten(key) + "': " + usage);
      }
      if (out[i])
        return env.fail(args.keyword_pos[k],
                        fn + "() got multiple values for argument '" + key + "'");
      out[i] = std::move(args.keywords[k].second);
      at[i] = args.keyword_pos[k];
    }
    for (std::size_t i = 0; i < required; ++i) {
      if (!out[i])
        return env.fail(call.end - 1,
                        fn + "() missing required argument '" + names[i] + "': " + usage);
    }
    return true;
  }
};

bool optional_dtype(Env& env, const std::optional<Value>& v, std::size_t pos,
                    std::optional<DType>& out) {
  out.reset();
  if (!v || v->kind == ValueKind::None) return true;
  DType d;
  if (!to_dtype(env, *v, pos, d)) return false;
  out = d;
  return true;
}

bool to_bool(Env& env, const std::optional<Value>& v, std::size_t pos, bool fallback, bool& out) {
  out = fallback;
  if (!v) return true;
  if (!v->is_scalar()) return env.fail(pos, "expected True or False");
  out = element_f(v->array, 0) != 0;
  return true;
}

// Dimensions as reshape takes them: reshape(2, 3), reshape((2, 3)), reshape([-1, 1]).
bool to_dims(Env& env, const std::vector<Value>& values, const std::vector<std::size_t>& at,
             std::size_t pos, std::vector<std::int64_t>& dims) {
  dims.clear();
  if (values.empty()) return env.fail(pos, "reshape needs a shape, e.g. x.reshape(-1, 1)");
  if (values.size() == 1 && values[0].is_sequence()) {
    const Value& seq = values[0];
    if (seq.items.empty() && seq.array.size() > 0) {
      if (seq.array.dtype != DType::Int64)
        return env.fail(at[0], "a shape is a tuple of integers, e.g. (-1, 1)");
      dims = seq.array.i64;
      return true;
    }
    for (const Value& item : seq.items) {
      std::int64_t d = 0;
      if (!to_int(env, item, at[0], "each dimension of a shape", d)) return false;
      dims.push_back(d);
    }
    return true;
  }
  for (std::size_t i = 0; i < values.size(); ++i) {
    std::int64_t d = 0;
    if (!to_int(env, values[i], at[i], "each dimension of a shape", d)) return false;
    dims.push_back(d);
  }
  return true;
}

bool size_arg(Env& env, const std::optional<Value>& v, std::size_t pos,
              std::optional<std::vector<std::size_t>>& out) {
  out.reset();
  if (!v || v->kind == ValueKind::None) return true;
  std::vector<std::size_t> shape;
  if (!to_shape(env, *v, pos, shape)) return false;
  out = shape;
  return true;
}

Value scalar_of(const NdArray& a, bool python) {
  Value v = array_value(a);
  v.python = python;
  return v;
}

}  // namespace

bool Evaluator::call(const Node& n, Value& out) {
  Value callee;
  if (!eval(n.kids[0], callee)) return false;
  CallArgs args;
  for (std::size_t k = 1; k < n.kids.size(); ++k) {
    Value v;
    if (!eval(n.kids[k], v)) return false;
    if (n.keywords[k - 1].empty()) {
      args.positional.push_back(std::move(v));
      args.positional_pos.push_back(n.keyword_pos[k - 1]);
    } else {
      args.keywords.emplace_back(n.keywords[k - 1], std::move(v));
      args.keyword_pos.push_back(n.keyword_pos[k - 1]);
    }
  }
  if (callee.kind == ValueKind::DType) return builtin_call("", n, args, out);
  if (callee.kind != ValueKind::Function) {
    return env_.fail(n.pos, callee.kind == ValueKind::Module ? "a module cannot be called"
                                                             : "this value cannot be called");
  }
  const std::string& fn = callee.text;
  if (fn.rfind("method.", 0) == 0) return method_call(fn.substr(7), callee.items[0], n, args, out);
  if (fn.rfind("np.random.", 0) == 0) return random_call(fn.substr(10), n, args, out);
  if (fn.rfind("np.", 0) == 0) return numpy_call(fn.substr(3), n, args, out);
  if (fn == "print") {
    out = Value();
    return true;
  }
  return catalogue_call(fn, n, args, out);
}

bool Evaluator::builtin_call(const std::string&, const Node& n, CallArgs& args, Value& out) {
  Value callee;
  if (!eval(n.kids[0], callee)) return false;
  const DType d = callee.dtype;
  const Node& f = program_.nodes[static_cast<std::size_t>(n.kids[0])];
  const bool python = f.kind == NodeKind::Name;  // float(...), not np.float32(...)
  if (args.positional.size() != 1 || !args.keywords.empty())
    return env_.fail(n.pos, "expected one argument");
  const Value& v = args.positional[0];
  if (python) {
    if (!v.is_scalar())
      return env_.fail(args.positional_pos[0], "float(), int() and bool() take one number here");
    if (d == DType::Float64) return out = python_float(element_f(v.array, 0)), true;
    if (d == DType::Bool) return out = python_bool(element_f(v.array, 0) != 0), true;
    if (stores_i64(v.array.dtype)) return out = python_int(v.array.i64[0]), true;
    const double x = v.array.f64[0];
    if (std::isnan(x))
      return env_.fail(args.positional_pos[0], "cannot convert float NaN to integer");
    if (!(x > -9223372036854775809.0 && x < 9223372036854775808.0))
      return env_.fail(args.positional_pos[0], "integer too large: beyond int64");
    return out = python_int(static_cast<std::int64_t>(x)), true;
  }
  NdArray a;
  if (!to_array(env_, v, args.positional_pos[0], a)) return false;
  if (!env_.charge(n.pos, a.size())) return false;
  out = array_value(cast(a, d));
  return true;
}

bool Evaluator::numpy_call(const std::string& name, const Node& n, CallArgs& args, Value& out) {
  const std::string fn = "np." + name;
  std::vector<std::optional<Value>> a;
  std::vector<std::size_t> at;
  out = Value();
  out.kind = ValueKind::Array;
  if (name == "array" || name == "asarray") {
    Binder b{env_, n, fn, "np.array([...], dtype=float)"};
    if (!b.bind(args, {"object", "dtype"}, 1, a, at)) return false;
    std::optional<DType> dtype;
    if (!optional_dtype(env_, a[1], at[1], dtype)) return false;
    NdArray arr;
    if (!to_array(env_, *a[0], at[0], arr)) return false;
    if (!env_.charge(n.pos, arr.size())) return false;
    out.array = dtype ? cast(arr, *dtype) : std::move(arr);
    return true;
  }
  if (name == "linspace") {
    Binder b{env_, n, fn, "np.linspace(start, stop, num)"};
    if (!b.bind(args, {"start", "stop", "num", "endpoint", "retstep", "dtype", "axis"}, 2, a, at))
      return false;
    std::int64_t num = 50;
    if (a[2] && !to_int(env_, *a[2], at[2], "num", num)) return false;
    bool endpoint = true, retstep = false;
    if (!to_bool(env_, a[3], at[3], true, endpoint) || !to_bool(env_, a[4], at[4], false, retstep))
      return false;
    if (retstep) return env_.fail(at[4], "retstep=True is not supported (it returns a tuple)");
    if (a[6]) {
      std::int64_t axis = 0;
      if (!to_int(env_, *a[6], at[6], "axis", axis)) return false;
      if (axis != 0) return env_.fail(at[6], "axis is not supported here");
    }
    std::optional<DType> dtype;
    if (!optional_dtype(env_, a[5], at[5], dtype)) return false;
    return linspace(env_, *a[0], *a[1], num, endpoint, dtype, n.pos, out.array);
  }
  if (name == "arange") {
    Binder b{env_, n, fn, "np.arange(start, stop, step)"};
    if (!b.bind(args, {"start", "stop", "step", "dtype"}, 1, a, at)) return false;
    std::optional<DType> dtype;
    if (!optional_dtype(env_, a[3], at[3], dtype)) return false;
    Value start = *a[0], stop, step = python_int(1);
    if (a[1] && a[1]->kind != ValueKind::None) {
      stop = *a[1];
    } else {
      stop = start;
      start = python_int(0);
    }
    if (a[2] && a[2]->kind != ValueKind::None) step = *a[2];
    return arange(env_, start, stop, step, dtype, n.pos, out.array);
  }
  if (name == "zeros" || name == "ones" || name == "full") {
    const bool full = name == "full";
    Binder b{env_, n, fn,
             full              ? "np.full(shape, fill_value)"
             : name == "zeros" ? "np.zeros(shape)"
                               : "np.ones(shape)"};
    const std::vector<const char*> names =
        full ? std::vector<const char*>{"shape", "fill_value", "dtype"}
             : std::vector<const char*>{"shape", "dtype"};
    if (!b.bind(args, names, full ? 2 : 1, a, at)) return false;
    std::vector<std::size_t> shape;
    if (!to_shape(env_, *a[0], at[0], shape)) return false;
    std::optional<DType> dtype;
    if (!optional_dtype(env_, a[full ? 2 : 1], at[full ? 2 : 1], dtype)) return false;
    if (!full && !dtype) dtype = DType::Float64;
    const Value fill = full ? *a[1] : python_int(name == "ones" ? 1 : 0);
    return filled(env_, shape, fill, dtype, full ? at[1] : n.pos, out.array);
  }
  if (name == "zeros_like" || name == "ones_like" || name == "full_like") {
    const bool full = name == "full_like";
    Binder b{env_, n, fn, full ? "np.full_like(a, fill_value)" : "np.zeros_like(a)"};
    const std::vector<const char*> names =
        full ? std::vector<const char*>{"a", "fill_value", "dtype"}
             : std::vector<const char*>{"a", "dtype"};
    if (!b.bind(args, names, full ? 2 : 1, a, at)) return false;
    NdArray like;
    if (!to_array(env_, *a[0], at[0], like)) return false;
    std::optional<DType> dtype;
    if (!optional_dtype(env_, a[full ? 2 : 1], at[full ? 2 : 1], dtype)) return false;
    if (!dtype) dtype = like.dtype;
    const Value fill = full ? *a[1] : python_int(name == "ones_like" ? 1 : 0);
    return filled(env_, like.shape, fill, dtype, full ? at[1] : n.pos, out.array);
  }
  if (name == "reshape" || name == "ravel" || name == "transpose") {
    if (args.positional.empty()) return env_.fail(n.end - 1, fn + "() needs an array first");
    Value self;
    NdArray arr;
    if (!to_array(env_, args.positional[0], args.positional_pos[0], arr)) return false;
    self = array_value(std::move(arr));
    args.positional.erase(args.positional.begin());
    args.positional_pos.erase(args.positional_pos.begin());
    return method_call(name, self, n, args, out);
  }
  return env_.fail(n.pos, fn + " is not supported");
}

bool Evaluator::method_call(const std::string& name, const Value& self, const Node& n,
                            CallArgs& args, Value& out) {
  out = Value();
  out.kind = ValueKind::Array;
  const NdArray& arr = self.array;
  if (name == "reshape") {
    if (!args.keywords.empty()) {
      if (args.keywords[0].first != "newshape" && args.keywords[0].first != "shape") {
        return env_.fail(
            args.keyword_pos[0],
            "reshape's '" + numpy_detail::shorten(args.keywords[0].first) + "' is not supported");
      }
      args.positional.push_back(args.keywords[0].second);
      args.positional_pos.push_back(args.keyword_pos[0]);
    }
    std::vector<std::int64_t> dims;
    if (!to_dims(env_, args.positional, args.positional_pos, n.end - 1, dims)) return false;
    return reshape(env_, arr, dims, n.pos, out.array);
  }
  if (name == "astype") {
    Binder b{env_, n, "astype", "x.astype(np.float32)"};
    std::vector<std::optional<Value>> a;
    std::vector<std::size_t> at;
    if (!b.bind(args, {"dtype"}, 1, a, at)) return false;
    DType d;
    if (!to_dtype(env_, *a[0], at[0], d)) return false;
    if (!env_.charge(n.pos, arr.size())) return false;
    out.array = cast(arr, d);
    return true;
  }
  if (!args.positional.empty() || !args.keywords.empty()) {
    return env_.fail(args.positional.empty() ? args.keyword_pos[0] : args.positional_pos[0],
                     "." + name + "() takes no arguments here");
  }
  if (name == "transpose") return transpose(env_, arr, n.pos, out.array);
  if (name == "copy") {
    if (!env_.charge(n.pos, arr.size())) return false;
    out.array = arr;
    return true;
  }
  return ravel(env_, arr, n.pos, out.array);  // ravel, flatten
}

bool Evaluator::random_call(const std::string& name, const Node& n, CallArgs& args, Value& out) {
  const std::string fn = "np.random." + name;
  std::vector<std::optional<Value>> a;
  std::vector<std::size_t> at;
  auto ready = [&]() {
    if (!random_) random_.emplace(env_.limits().default_seed);
    return true;
  };
  if (name == "seed") {
    Binder b{env_, n, fn, "np.random.seed(42)"};
    if (!b.bind(args, {"seed"}, 0, a, at)) return false;
    if (!a[0] || a[0]->kind == ValueKind::None) {
      return env_.fail(n.pos,
                       "np.random.seed() without a number is not supported: give it one, e.g. "
                       "np.random.seed(42)");
    }
    std::int64_t s = 0;
    if (!a[0]->is_scalar() || a[0]->array.dtype != DType::Int64) {
      return env_.fail(at[0], "np.random.seed takes an integer from 0 to 2**32 - 1");
    }
    s = a[0]->array.i64[0];
    if (s < 0 || s > 4294967295LL) return env_.fail(at[0], numpy_random::kSeedRangeMessage);
    if (!ready()) return false;
    if (!uses_random_) seeded_first_ = true;
    random_->seed(static_cast<std::uint32_t>(s));
    out = Value();
    return true;
  }
  std::optional<std::vector<std::size_t>> size;
  double p0 = 0, p1 = 1;
  int kind = 0;  // 0 sample, 1 normal, 2 uniform, 3 gauss(loc, scale), 4 randint
  std::int64_t low = 0, high = 0;
  if (name == "rand" || name == "randn") {
    if (!args.keywords.empty())
      return env_.fail(args.keyword_pos[0], fn + "() takes dimensions only: " + fn + "(5, 1)");
    std::vector<std::size_t> shape;
    for (std::size_t i = 0; i < args.positional.size(); ++i) {
      std::int64_t d = 0;
      if (!to_int(env_, args.positional[i], args.positional_pos[i], "each dimension", d))
        return false;
      if (d < 0) return env_.fail(args.positional_pos[i], "negative dimensions are not allowed");
      shape.push_back(static_cast<std::size_t>(d));
    }
    if (shape.size() > kMaxDims)
      return env_.fail(n.pos, "too many dimensions: at most 4 are supported");
    if (!shape.empty()) size = shape;
    kind = name == "rand" ? 0 : 1;
  } else if (name == "random" || name == "random_sample" || name == "standard_normal") {
    const std::string usage = fn + "(size=(5, 1))";
    Binder b{env_, n, fn, usage.c_str()};
    if (!b.bind(args, {"size"}, 0, a, at) || !size_arg(env_, a[0], at[0], size)) return false;
    kind = name == "standard_normal" ? 1 : 0;
  } else if (name == "uniform" || name == "normal") {
    const bool uniform = name == "uniform";
    Binder b{env_, n, fn,
             uniform ? "np.random.uniform(low, high, size)" : "np.random.normal(loc, scale, size)"};
    if (!b.bind(args,
                uniform ? std::vector<const char*>{"low", "high", "size"}
                        : std::vector<const char*>{"loc", "scale", "size"},
                0, a, at)) {
      return false;
    }
    p0 = 0.0;  // low and loc both default to 0
    p1 = 1.0;
    if (a[0] && !to_real(env_, *a[0], at[0], uniform ? "low" : "loc", p0)) return false;
    if (a[1] && !to_real(env_, *a[1], at[1], uniform ? "high" : "scale", p1)) return false;
    if (!size_arg(env_, a[2], at[2], size)) return false;
    const std::string problem = uniform ? numpy_random::RandomState::uniform_error(p0, p1)
                                        : numpy_random::RandomState::normal_error(p1);
    if (!problem.empty()) return env_.fail(uniform ? n.pos : at[1], problem);
    kind = uniform ? 2 : 3;
  } else if (name == "randint") {
    Binder b{env_, n, fn, "np.random.randint(low, high, size)"};
    if (!b.bind(args, {"low", "high", "size", "dtype"}, 1, a, at)) return false;
    if (!to_int(env_, *a[0], at[0], "low", low)) return false;
    if (a[1] && a[1]->kind != ValueKind::None) {
      if (!to_int(env_, *a[1], at[1], "high", high)) return false;
    } else {
      high = low;
      low = 0;
    }
    const std::string problem = numpy_random::RandomState::randint_error(low, high);
    if (!problem.empty()) return env_.fail(n.pos, problem);
    std::optional<DType> dtype;
    if (!optional_dtype(env_, a[3], at[3], dtype)) return false;
    if (dtype && *dtype != DType::Int64)
      return env_.fail(at[3], "randint gives int64 here; other dtypes are not supported");
    if (!size_arg(env_, a[2], at[2], size)) return false;
    kind = 4;
  } else {
    return env_.fail(n.pos, fn + " is not supported");
  }
  uses_random_ = true;
  const std::vector<std::size_t> shape = size ? *size : std::vector<std::size_t>{};
  if (!env_.charge_shape(n.pos, shape) || !ready()) return false;
  numpy_random::RandomState& rs = *random_;
  NdArray r;
  switch (kind) {
    case 0:
      r = rs.random_sample(shape);
      break;
    case 1:
      r = rs.standard_normal(shape);
      break;
    case 2:
      r = rs.uniform(p0, p1, shape);
      break;
    case 3:
      r = rs.normal(p0, p1, shape);
      break;
    default:
      r = rs.randint(low, high, shape);
      break;
  }
  out = scalar_of(r, !size);  // no size: a Python float or int, as NumPy returns
  return true;
}

std::string Evaluator::param_text(const Node& call, std::size_t arg_index, const Value& v) const {
  const Node& arg = program_.nodes[static_cast<std::size_t>(call.kids[arg_index + 1])];
  const Node* lit = &arg;
  bool negative = false;
  while (lit->kind == NodeKind::Unary && (lit->op == Tok::Minus || lit->op == Tok::Plus)) {
    negative ^= lit->op == Tok::Minus;
    lit = &program_.nodes[static_cast<std::size_t>(lit->kids[0])];
  }
  if (lit->kind == NodeKind::Number)
    return (negative ? "-" : "") + lit->name;  // as typed: 0 is an int, .1 a float
  if (stores_i64(v.array.dtype)) return std::to_string(v.array.i64[0]);
  return numpy_detail::float_scalar_str(v.array.f64[0]);
}

bool Evaluator::catalogue_call(const std::string& fn, const Node& n, CallArgs& args, Value& out) {
  const bool dash = find_activation(fn) == nullptr;
  std::string id = dash ? fn.substr(0, fn.size() - 5) : fn;
  const Activation* act = find_activation(id);
  const bool tutorial_relu = id == "relu";
  std::vector<const char*> names{"x"};
  const std::vector<ParamSpec>& specs =
      tutorial_relu ? find_activation("leaky_relu")->params : act->params;
  for (const ParamSpec& p : specs) names.push_back(p.id.c_str());
  const std::string usage = fn + "(x" +
                            (tutorial_relu   ? ", leak = 0.1"
                             : specs.empty() ? ""
                                             : ", ...") +
                            ")";
  Binder b{env_, n, fn, usage.c_str()};
  std::vector<std::optional<Value>> a;
  std::vector<std::size_t> at;
  if (!b.bind(args, names, 1, a, at)) return false;
  NdArray x;
  if (!to_array(env_, *a[0], at[0], x)) return false;
  if (tutorial_relu && a[1]) {  // relu(x, leak = L) is Leaky ReLU with leak L
    id = "leaky_relu";
    act = find_activation(id);
  }
  ProgramChoice choice;
  choice.fn_id = id;
  std::vector<Number> params;
  for (std::size_t i = 0; i < act->params.size(); ++i) {
    const std::optional<Value>& v = a[i + 1];
    if (!v) {
      params.push_back(act->params[i].default_value);
      continue;
    }
    if (!v->is_scalar()) return env_.fail(at[i + 1], act->params[i].label + " must be one number");
    Number p = stores_i64(v->array.dtype) ? Number::from_int(v->array.i64[0])
                                          : Number::from_double(v->array.f64[0]);
    params.push_back(p);
    // Which argument of the call node it was, for its text as typed.
    std::size_t arg_index = 0;
    for (std::size_t k = 0; k < n.keywords.size(); ++k) {
      if (n.keyword_pos[k] == at[i + 1]) arg_index = k;
    }
    choice.params.emplace_back(act->params[i].id, param_text(n, arg_index, *v));
  }
  if (act->vector_valued && dash && x.size() > kMaxVectorValuedEntries) {
    return env_.fail(n.pos, act->name + " of " + std::to_string(x.size()) +
                                " entries: its derivative is an n × n Jacobian, shown for up to " +
                                std::to_string(kMaxVectorValuedEntries) + " entries");
  }
  const std::size_t cost = act->vector_valued && dash ? x.size() * x.size() : x.size();
  if (!env_.charge(n.pos, cost)) return false;
  out = array_value(dash ? evaluate_derivative(*act, x, params) : evaluate_value(*act, x, params));
  choice_ = std::move(choice);
  called_.push_back(fn);
  return true;
}

}  // namespace act::program
