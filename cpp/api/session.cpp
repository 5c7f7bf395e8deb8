#include "api/session.h"

#include <cmath>

#include "api/python_source.h"
#include "numpy/format.h"
#include "numpy/parse.h"
#include "numpy/utf8.h"

namespace act {

namespace {

// JavaScript's WhiteSpace and LineTerminator: what String.prototype.trim() removes.
bool is_js_space(char32_t c) {
  return c == 0x09 || c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x20 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

}  // namespace

bool is_blank(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (!is_js_space(c)) return false;
      ++i;
      continue;
    }
    const numpy_detail::CodePoint cp = numpy_detail::decode_utf8(text, i);
    if (!is_js_space(cp.value)) return false;
    i += cp.bytes;
  }
  return true;
}

Session::Session() : fn_(find_activation("relu")) { resolve(); }

bool Session::set_function(std::string_view id) {
  const Activation* fn = find_activation(id);
  if (fn == nullptr) {
    fn_error_ = InputError{"fn", "unknown activation '" + numpy_detail::shorten(id) + "'", 0};
    return false;
  }
  fn_error_.reset();
  if (fn == fn_) return true;
  fn_ = fn;
  resolve();
  evaluate();
  return true;
}

Session::Param* Session::find_param(std::string_view id) {
  for (Param& p : params_) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

const Session::Param* Session::find_param(std::string_view id) const {
  return const_cast<Session*>(this)->find_param(id);
}

bool Session::set_param(std::string_view id, std::string_view text) {
  Param* found = find_param(id);
  if (found != nullptr && found->text == text) return !found->error;  // parsed already
  if (found == nullptr) {
    params_.push_back(Param{});
    found = &params_.back();
    found->id = std::string(id);
  }
  Param& p = *found;
  p.text = std::string(text);
  const ParsedNumber parsed = parse_number(text);
  if (parsed.ok) {
    p.error.reset();
    p.good = parsed.value;
    p.good_text = p.text;
  } else {
    p.error = parsed.error;
  }
  const std::vector<Number> before = values_;
  resolve();
  bool changed = before.size() != values_.size();
  for (std::size_t i = 0; !changed && i < values_.size(); ++i) {
    changed = before[i].dtype != values_[i].dtype ||
              !(before[i].as_double() == values_[i].as_double()) ||
              std::signbit(before[i].as_double()) != std::signbit(values_[i].as_double());
  }
  if (changed) evaluate();
  return parsed.ok;
}

void Session::reset_param(std::string_view id) {
  const Param* p = find_param(id);
  if (p == nullptr) return;
  params_.erase(params_.begin() + (p - params_.data()));
  resolve();
  evaluate();
}

bool Session::set_vector(std::string_view text) {
  if (has_vector_ || vector_error_) {
    // Unchanged (and, if it drew unseeded, the same seed): no second parse.
    const bool same_seed = !drawn_seed_ || *drawn_seed_ == (seed_ ? *seed_ : text_seed(text));
    if (text == vector_text_ && same_seed) return !vector_error_ && !refused_;
  }
  read_vector(text);
  return !vector_error_ && !refused_;
}

bool Session::set_seed(std::string_view text) {
  bool ok = text.size() <= 10;
  std::uint64_t v = 0;
  for (const char c : text) {
    ok = ok && c >= '0' && c <= '9';
    if (ok) v = v * 10 + static_cast<std::uint64_t>(c - '0');
  }
  ok = ok && v <= 0xFFFFFFFFu;
  seed_.reset();
  if (ok && !text.empty()) seed_ = static_cast<std::uint32_t>(v);
  return ok;
}

std::string Session::drawn_seed() const {
  return drawn_seed_ ? std::to_string(*drawn_seed_) : std::string();
}

void Session::read_vector(std::string_view text) {
  vector_text_ = std::string(text);
  has_vector_ = false;
  needs_worker_ = false;
  drawn_seed_.reset();
  vector_error_.reset();
  parsed_ = NdArray{};
  choice_.reset();
  literal_ = true;
  program_source_.clear();
  program_functions_.clear();
  if (!is_blank(text)) {
    ++vector_parses_;
    // A literal, or a NumPy program (issue 13) whose last catalogue call chooses the function.
    ProgramLimits limits;
    limits.default_seed = seed_ ? *seed_ : text_seed(text);
    if (budget_ != 0) limits.budget_elements = budget_;
    ProgramResult read = read_program(text, limits);
    if (read.over_budget || read.needs_program) {
      needs_worker_ = true;  // not an error: the worker (the full core) reads it
    } else if (read.ok) {
      if (read.uses_random && !read.seeded) drawn_seed_ = read.seed;
      parsed_ = std::move(read.value);
      has_vector_ = true;
      literal_ = read.literal;
      program_source_ = std::move(read.python_source);
      program_functions_ = std::move(read.functions);
      choice_ = std::move(read.choice);
    } else {
      vector_error_ = vector_error(ParseError{read.error.message, read.error.column});
      if (read.error.column == 0) vector_error_->message = read.error.message;
    }
  }
  if (choice_) {  // applied as the page's controls would set them
    const ProgramChoice choice = *choice_;
    if (const Activation* fn = find_activation(choice.fn_id)) fn_ = fn, fn_error_.reset();
    for (const auto& [id, text] : choice.params) set_param(id, text);
    resolve();
  }
  evaluate();
}

std::vector<double> Session::param_doubles() const {
  std::vector<double> out;
  for (const Number& v : values_) out.push_back(v.as_double());
  return out;
}

void Session::resolve() {
  values_.clear();
  for (const ParamSpec& spec : fn_->params) {
    const Param* p = find_param(spec.id);
    values_.push_back(p != nullptr && p->good ? *p->good : spec.default_value);
  }
}

void Session::evaluate() {
  evaluated_ = false;
  fx_ = dfx_ = NdArray{};
  x_text_.clear();
  fx_text_.clear();
  dfx_text_.clear();
  x_values_.clear();
  fx_values_.clear();
  dfx_values_.clear();
  refused_ = has_vector_ ? vector_refused(*fn_, parsed_) : std::nullopt;
  if (!has_vector_ || refused_) return;
  ++evaluations_;
  fx_ = evaluate_value(*fn_, parsed_, values_);
  dfx_ = evaluate_derivative(*fn_, parsed_, values_);
  x_text_ = array_str(parsed_);
  fx_text_ = array_str(fx_);
  dfx_text_ = derivative_echo(*fn_, dfx_);
  x_values_ = parsed_.as_double();
  fx_values_ = fx_.as_double();
  dfx_values_ = dfx_.as_double();
  evaluated_ = true;
}

std::vector<InputError> Session::errors() const {
  std::vector<InputError> out;
  if (fn_error_) out.push_back(*fn_error_);
  for (const ParamSpec& spec : fn_->params) {
    const Param* p = find_param(spec.id);
    if (p != nullptr && p->error) out.push_back(param_error(spec, *p->error));
  }
  if (vector_error_) out.push_back(*vector_error_);
  if (refused_) out.push_back(*refused_);
  return out;
}

std::optional<InputError> Session::first_error() const {
  std::vector<InputError> all = errors();
  if (all.empty()) return std::nullopt;
  return all.front();
}

YRange Session::coarse_range(Plot plot, double x0, double x1) const {
  return act::coarse_range(*fn_, param_doubles(), plot, x0, x1);
}

CurveRecord Session::curve(Plot plot, const CurveView& view) const {
  return sample_curve_record(*fn_, param_doubles(), plot, view);
}

CurveShape Session::shape(Plot plot) const { return describe_curve(*fn_, param_doubles(), plot); }

Tangent Session::tangent_at(double x, double snap) const {
  return act::tangent_at(*fn_, param_doubles(), x, snap);
}

std::pair<double, double> Session::value_at(double x) const {
  const std::vector<double> p = param_doubles();
  return {fn_->value(x, p.data()), fn_->derivative(x, p.data())};
}

std::string Session::python_script() const {
  std::string s = "import numpy as np\n\n";
  std::string_view snippet = fn_->numpy_snippet;
  while (!snippet.empty() && (snippet.back() == '\n' || snippet.back() == ' '))
    snippet.remove_suffix(1);
  s.append(snippet);
  s += "\n";
  for (const std::string& id :
       has_vector_ && !literal_ ? program_functions_ : std::vector<std::string>{}) {
    const Activation* other = find_activation(id);
    if (other == nullptr || other == fn_) continue;  // a program's other functions are defined too
    std::string_view more = other->numpy_snippet;
    while (!more.empty() && (more.back() == '\n' || more.back() == ' ')) more.remove_suffix(1);
    s += "\n";
    s.append(more);
    s += "\n";
  }
  if (!has_vector_) return s;
  std::string args;
  for (const ParamSpec& spec : fn_->params) {
    const Param* p = find_param(spec.id);
    if (p == nullptr || !p->good_text) continue;
    if (const auto source = python_number_source(*p->good_text))
      args += ", " + spec.id + "=" + *source;
  }
  if (literal_) {
    s += "\nx = " + python_detail::array_source_unchecked(vector_text_) + "\n";
  } else {
    s += "\n" + program_source_;  // the program, normalised; it assigns x
  }
  s += "print(x)\n";
  s += "print(" + fn_->id + "(x" + args + "))\n";
  s += "print(repr(" + fn_->id + "_dash(x" + args + ")))\n";
  return s;
}

}  // namespace act
