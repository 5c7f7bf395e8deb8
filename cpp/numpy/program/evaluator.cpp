#include "numpy/program/evaluator.h"

#include <cstdint>

#include "activations/registry.h"
#include "numpy/program/arithmetic.h"
#include "numpy/program/constructors.h"
#include "numpy/program/shape_ops.h"
#include "numpy/scalar_names.h"
#include "numpy/utf8.h"

namespace act::program {

namespace {

Value module_value(std::string name) {
  Value v;
  v.kind = ValueKind::Module;
  v.text = std::move(name);
  return v;
}

Value function_value(std::string name) {
  Value v;
  v.kind = ValueKind::Function;
  v.text = std::move(name);
  return v;
}

Value dtype_value(DType d) {
  Value v;
  v.kind = ValueKind::DType;
  v.dtype = d;
  return v;
}

bool is_catalogue_name(const std::string& name) {
  if (find_activation(name) != nullptr) return true;
  const std::string suffix = "_dash";
  return name.size() > suffix.size() &&
         name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0 &&
         find_activation(name.substr(0, name.size() - suffix.size())) != nullptr;
}

const char* const kNumpyFunctions[] = {"array",   "asarray", "linspace",   "arange",    "zeros",
                                       "ones",    "full",    "zeros_like", "ones_like", "full_like",
                                       "reshape", "ravel",   "transpose"};
const char* const kRandomFunctions[] = {"seed",          "rand",    "randn",  "random",
                                        "random_sample", "uniform", "normal", "standard_normal",
                                        "randint"};

std::optional<DType> numpy_dtype(const std::string& attr) {
  if (attr == "float64" || attr == "double" || attr == "float_") return DType::Float64;
  if (attr == "float32" || attr == "single") return DType::Float32;
  if (attr == "int64" || attr == "int_") return DType::Int64;
  if (attr == "bool_") return DType::Bool;
  return std::nullopt;
}

}  // namespace

Evaluator::Evaluator(std::string_view text, const Program& program, const ProgramLimits& limits)
    : text_(text), program_(program), env_(text, limits) {}

bool Evaluator::run(NdArray& value) {
  std::optional<Value> x, last;
  std::size_t last_pos = 0;
  for (const Stmt& s : program_.stmts) {
    if (s.kind == StmtKind::Import) {
      vars_[s.target] = module_value("numpy");
      continue;
    }
    Value v;
    if (!eval(s.expr, v)) return false;
    if (s.kind == StmtKind::Assign) {
      for (const std::string& t : s.more_targets) {
        if (t == "x") x = v;
        vars_[t] = v;
      }
      if (s.target == "x") x = v;
      vars_[s.target] = std::move(v);
    } else if (v.kind != ValueKind::None) {
      last = std::move(v);
      last_pos = program_.nodes[static_cast<std::size_t>(s.expr)].pos;
    }
  }
  const Value* result = x ? &*x : last ? &*last : nullptr;
  if (result == nullptr) {
    return env_.fail(
        kNoPos, "nothing to show: assign x (x = np.linspace(-5, 5, 11)) or end with an expression");
  }
  if (result->kind == ValueKind::Module || result->kind == ValueKind::Function ||
      result->kind == ValueKind::DType) {
    return env_.fail(x ? kNoPos : last_pos, "the value is not an array of numbers");
  }
  value_from_sequence_ = result->kind == ValueKind::List || result->kind == ValueKind::Tuple;
  return to_array(env_, *result, x ? kNoPos : last_pos, value);
}

bool Evaluator::eval(int index, Value& out) {
  const Node& n = program_.nodes[static_cast<std::size_t>(index)];
  switch (n.kind) {
    case NodeKind::Number: {
      const auto& lit = n.number;
      if (lit.is_float) {
        out = python_float(lit.value);
      } else if (lit.overflow || lit.magnitude > static_cast<std::uint64_t>(INT64_MAX)) {
        return env_.fail(
            n.pos, "integer too large: beyond int64 (Python's big integers are not supported)");
      } else {
        out = python_int(static_cast<std::int64_t>(lit.magnitude));
      }
      return true;
    }
    case NodeKind::String:
      out = Value();
      out.kind = ValueKind::String;
      out.text = n.name;
      return true;
    case NodeKind::Literal:
      out = Value();
      out.kind = ValueKind::List;
      out.array = n.array;
      return true;
    case NodeKind::Name:
      return name(n, out);
    case NodeKind::List:
    case NodeKind::Tuple:
      return sequence(n, out);
    case NodeKind::Unary: {
      const Node& operand = program_.nodes[static_cast<std::size_t>(n.kids[0])];
      // -9223372036854775808 is the negation of a literal one past int64's maximum.
      if (n.op == Tok::Minus && operand.kind == NodeKind::Number && !operand.number.is_float &&
          !operand.number.overflow &&
          operand.number.magnitude == static_cast<std::uint64_t>(INT64_MAX) + 1) {
        out = python_int(INT64_MIN);
        return true;
      }
      Value v;
      if (!eval(n.kids[0], v)) return false;
      if (!v.is_array()) return env_.fail(n.pos, "a sign needs a number or an array after it");
      return unary_op(env_, n.op, v, n.pos, out);
    }
    case NodeKind::Binary:
      return binary(n, out);
    case NodeKind::Call:
      return call(n, out);
    case NodeKind::Attribute:
      return attribute(n, out);
    case NodeKind::Subscript:
      return subscript(n, out);
    case NodeKind::Slice:
      return env_.fail(n.pos, "a slice (a:b) only goes inside [ ]");
    case NodeKind::Ellipsis:
      return env_.fail(n.pos, "'...' only goes inside [ ]");
  }
  return env_.fail(n.pos, "unexpected expression");
}

bool Evaluator::name(const Node& n, Value& out) {
  const auto it = vars_.find(n.name);
  if (it != vars_.end()) {
    out = it->second;
    return true;
  }
  const std::string& w = n.name;
  if (w == "np" || w == "numpy") return out = module_value("numpy"), true;
  if (w == "None") return out = Value(), true;
  if (w == "True" || w == "False") return out = python_bool(w == "True"), true;
  if (w == "float") return out = dtype_value(DType::Float64), true;
  if (w == "int") return out = dtype_value(DType::Int64), true;
  if (w == "bool") return out = dtype_value(DType::Bool), true;
  if (w == "print" || is_catalogue_name(w)) return out = function_value(w), true;
  double v = 0;
  if (numpy_detail::scalar_name_value(w, v)) return out = python_float(v), true;
  static const char* const builtins[] = {
      "range", "len", "list",      "tuple", "abs",    "sum",  "min",  "max",  "round",
      "map",   "zip", "enumerate", "pow",   "input",  "open", "exec", "eval", "math",
      "torch", "tf",  "pd",        "scipy", "random", "dict", "set",  "str"};
  for (const char* b : builtins) {
    if (w == b)
      return env_.fail(n.pos, "'" + w +
                                  "' is not supported: only NumPy's constructors, arithmetic and "
                                  "the widget's functions");
  }
  if (w == "x")
    return env_.fail(
        n.pos, "name 'x' is not defined yet: assign it first, e.g. x = np.linspace(-5, 5, 11)");
  return env_.fail(n.pos, "name '" + numpy_detail::shorten(w) + "' is not defined");
}

bool Evaluator::attribute(const Node& n, Value& out) {
  Value obj;
  if (!eval(n.kids[0], obj)) return false;
  const std::string& a = n.name;
  const std::size_t at = program_.nodes[static_cast<std::size_t>(n.kids[0])].end;  // the '.'
  if (obj.kind == ValueKind::Module && obj.text == "numpy") {
    if (a == "random") return out = module_value("numpy.random"), true;
    if (a == "newaxis") return out = Value(), true;
    if (const auto d = numpy_dtype(a)) return out = dtype_value(*d), true;
    double v = 0;
    if (numpy_detail::scalar_name_value("np." + a, v)) return out = python_float(v), true;
    for (const char* f : kNumpyFunctions) {
      if (a == f) return out = function_value("np." + a), true;
    }
    return env_.fail(
        n.pos, "np." + numpy_detail::shorten(a) +
                   " is not supported: only np.array, np.linspace, np.arange, np.zeros, np.ones, "
                   "np.full, np.random and arithmetic (the widget computes the functions)");
  }
  if (obj.kind == ValueKind::Module) {  // numpy.random
    for (const char* f : kRandomFunctions) {
      if (a == f) return out = function_value("np.random." + a), true;
    }
    if (a == "default_rng" || a == "Generator" || a == "RandomState" || a == "PCG64") {
      return env_.fail(n.pos, "np.random." + a +
                                  " is not supported: use the legacy functions, e.g. "
                                  "np.random.seed(42); np.random.randn(5, 1)");
    }
    return env_.fail(n.pos, "np.random." + numpy_detail::shorten(a) + " is not supported");
  }
  if (obj.kind != ValueKind::Array || obj.python) {
    if (obj.is_sequence())
      return env_.fail(at, "a Python list has no '." + numpy_detail::shorten(a) +
                               "': wrap it in np.array(...) first");
    return env_.fail(at, "'." + numpy_detail::shorten(a) + "' needs an array");
  }
  const NdArray& arr = obj.array;
  if (a == "T") {
    out = Value();
    out.kind = ValueKind::Array;
    return transpose(env_, arr, n.pos, out.array);
  }
  if (a == "shape") {
    out = Value();
    out.kind = ValueKind::Tuple;
    for (std::size_t d : arr.shape) out.items.push_back(python_int(static_cast<std::int64_t>(d)));
    return true;
  }
  if (a == "size") return out = python_int(static_cast<std::int64_t>(arr.size())), true;
  if (a == "ndim") return out = python_int(static_cast<std::int64_t>(arr.ndim())), true;
  if (a == "dtype") return out = dtype_value(arr.dtype), true;
  if (a == "reshape" || a == "ravel" || a == "flatten" || a == "astype" || a == "copy" ||
      a == "transpose") {
    out = function_value("method." + a);
    out.items.push_back(obj);
    return true;
  }
  return env_.fail(n.pos, "'." + numpy_detail::shorten(a) +
                              "' is not supported: arrays here have .reshape, .T, .ravel(), "
                              ".flatten(), .astype(), .shape");
}

bool Evaluator::subscript(const Node& n, Value& out) {
  Value obj;
  if (!eval(n.kids[0], obj)) return false;
  if (obj.is_sequence())
    return env_.fail(n.pos,
                     "indexing a Python list is not supported: wrap it in np.array(...) first");
  if (!obj.is_array() || obj.python) return env_.fail(n.pos, "only arrays can be indexed");
  std::vector<IndexItem> items;
  for (std::size_t k = 1; k < n.kids.size(); ++k) {
    const Node& item = program_.nodes[static_cast<std::size_t>(n.kids[k])];
    IndexItem it;
    it.pos = item.pos;
    if (item.kind == NodeKind::Ellipsis) {
      it.kind = IndexItem::Ellipsis;
    } else if (item.kind == NodeKind::Slice) {
      it.kind = IndexItem::Slice;
      std::optional<std::int64_t>* parts[3] = {&it.start, &it.stop, &it.step};
      for (int p = 0; p < 3; ++p) {
        if (item.kids[static_cast<std::size_t>(p)] < 0) continue;
        Value v;
        if (!eval(item.kids[static_cast<std::size_t>(p)], v)) return false;
        if (v.kind == ValueKind::None) continue;
        std::int64_t i = 0;
        if (!to_int(env_, v,
                    program_.nodes[static_cast<std::size_t>(item.kids[static_cast<std::size_t>(p)])]
                        .pos,
                    "slice indices", i)) {
          return false;
        }
        *parts[p] = i;
      }
    } else {
      Value v;
      if (!eval(n.kids[k], v)) return false;
      if (v.kind == ValueKind::None) {
        it.kind = IndexItem::NewAxis;
      } else if (v.is_scalar() && v.array.dtype == DType::Int64) {
        it.index = v.array.i64[0];
      } else {
        return env_.fail(item.pos,
                         "only integers, slices (:), ellipsis (...) and np.newaxis (None) are "
                         "valid indices here");
      }
    }
    items.push_back(it);
  }
  out = Value();
  out.kind = ValueKind::Array;
  return index(env_, obj.array, items, n.pos, out.array);
}

bool Evaluator::sequence(const Node& n, Value& out) {
  out = Value();
  out.kind = n.kind == NodeKind::List ? ValueKind::List : ValueKind::Tuple;
  for (int k : n.kids) {
    Value v;
    if (!eval(k, v)) return false;
    out.items.push_back(std::move(v));
  }
  if (out.items.empty()) out.array.shape = {0};
  return true;
}

bool Evaluator::binary(const Node& n, Value& out) {
  Value a, b;
  if (!eval(n.kids[0], a) || !eval(n.kids[1], b)) return false;
  const std::size_t pos =
      n.kids[0] >= 0 ? program_.nodes[static_cast<std::size_t>(n.kids[0])].end : n.pos;
  // The operator's own column: the first non-space byte after the left operand.
  std::size_t op_pos = pos;
  while (op_pos < text_.size() &&
         (text_[op_pos] == ' ' || text_[op_pos] == '\t' || text_[op_pos] == ')'))
    ++op_pos;
  const bool numpy_side = (a.is_array() && !a.python) || (b.is_array() && !b.python);
  for (Value* v : {&a, &b}) {
    if (v->is_sequence()) {
      if (!numpy_side) {
        return env_.fail(op_pos,
                         "arithmetic on a Python list or tuple does not do what NumPy does: wrap "
                         "it in np.array(...)");
      }
      NdArray arr;
      if (!to_array(env_, *v, op_pos, arr)) return false;
      *v = array_value(std::move(arr));
    } else if (!v->is_array()) {
      return env_.fail(op_pos, "unsupported operand for arithmetic: expected numbers or arrays");
    }
  }
  return binary_op(env_, n.op, a, b, op_pos, out);
}

}  // namespace act::program
