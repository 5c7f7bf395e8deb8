// Walks the program's tree: names, attributes, subscripts and arithmetic here; calls
// (NumPy's constructors, np.random, the catalogue, print) in calls.cpp.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "numpy/program/ast.h"
#include "numpy/program/program.h"
#include "numpy/program/value.h"
#include "numpy/random/random_state.h"

namespace act::program {

struct CallArgs {
  std::vector<Value> positional;
  std::vector<std::size_t> positional_pos;
  std::vector<std::pair<std::string, Value>> keywords;
  std::vector<std::size_t> keyword_pos;
};

class Evaluator {
 public:
  Evaluator(std::string_view text, const Program& program, const ProgramLimits& limits);
  // Runs every statement; false with env().error() on the first error.
  bool run(NdArray& value);

  // Whether the value was a Python list or tuple (np.array made an array of it, as the widget
  // does), so a script that re-runs the program converts it too.
  bool value_from_sequence() const { return value_from_sequence_; }

  Env& env() { return env_; }
  const std::optional<ProgramChoice>& choice() const { return choice_; }
  const std::vector<std::string>& called() const { return called_; }
  bool uses_random() const { return uses_random_; }
  bool seeded_first() const { return seeded_first_; }

 private:
  bool value_from_sequence_ = false;
  bool eval(int node, Value& out);
  bool name(const Node& n, Value& out);
  bool attribute(const Node& n, Value& out);
  bool subscript(const Node& n, Value& out);
  bool binary(const Node& n, Value& out);
  bool sequence(const Node& n, Value& out);

  // calls.cpp
  bool call(const Node& n, Value& out);
  bool numpy_call(const std::string& fn, const Node& n, CallArgs& args, Value& out);
  bool method_call(const std::string& fn, const Value& self, const Node& n, CallArgs& args,
                   Value& out);
  bool random_call(const std::string& fn, const Node& n, CallArgs& args, Value& out);
  bool catalogue_call(const std::string& fn, const Node& n, CallArgs& args, Value& out);
  bool builtin_call(const std::string& fn, const Node& n, CallArgs& args, Value& out);
  std::string param_text(const Node& call, std::size_t arg_index, const Value& v) const;

  std::string_view text_;
  const Program& program_;
  Env env_;
  std::map<std::string, Value> vars_;
  std::optional<ProgramChoice> choice_;
  std::vector<std::string> called_;
  std::optional<numpy_random::RandomState> random_;  // made at the first np.random call
  bool uses_random_ = false;
  bool seeded_first_ = false;
};

}  // namespace act::program
