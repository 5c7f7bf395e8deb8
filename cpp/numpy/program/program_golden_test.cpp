// The committed program corpus (tests/program/program_goldens.json, from
// tests/program/make_program_goldens.py under NumPy 1.24) and, when NUMPY_PROGRAM_CASES names
// a file in the same format, fresh programs from tests/program/differential.py.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>

#include "activations/relu.h"
#include "numpy/format.h"
#include "numpy/golden_cases_test_util.h"
#include "numpy/program/program.h"
#include "numpy/program/value.h"

namespace act {
namespace {

using testing::quoted;
using testing::show;

std::string check_program_case(const testing::Json& c) {
  const std::string& program = c["program"].text;
  const ProgramResult r = read_program(program);
  if (!r.ok) {
    return "program " + quoted(program) + "\n  error at column " + std::to_string(r.error.column) +
           ": " + r.error.message + "\n";
  }
  std::string report;
  const std::string dtype = dtype_name(r.value.dtype);
  if (dtype != c["dtype"].text) report += show("dtype", c["dtype"].text, dtype);
  const std::string s = array_str(r.value), rp = array_repr(r.value);
  if (s != c["str"].text) report += show("str(x)", quoted(c["str"].text), quoted(s));
  if (rp != c["repr"].text) report += show("repr(x)", quoted(c["repr"].text), quoted(rp));
  for (const testing::Json& rl : c["relu"].items) {
    const ParsedNumber leak = parse_number(rl["leak"].text);
    const std::string rs = array_str(relu(r.value, leak.value));
    const std::string dr = array_repr(relu_dash(r.value, leak.value));
    if (rs != rl["str"].text)
      report += show("str(relu(x, " + rl["leak"].text + "))", quoted(rl["str"].text), quoted(rs));
    if (dr != rl["dash_repr"].text) {
      report += show("repr(relu_dash(x, " + rl["leak"].text + "))", quoted(rl["dash_repr"].text),
                     quoted(dr));
    }
  }
  const std::string want_choice =
      c["choice"].kind == testing::Json::Kind::String ? c["choice"].text : "";
  const std::string got_choice = r.choice ? r.choice->fn_id : "";
  if (want_choice != got_choice) report += show("choice", want_choice, got_choice);
  return report.empty() ? "" : "program " + quoted(program) + "\n" + report;
}

// Whether the printer already knows a dtype (float32 and bool printing come from branch
// i13-dtypes).
bool prints(DType d) {
  NdArray a;
  a.dtype = d;
  a.shape = {1};
  if (d == DType::Float32) {
    a.f64 = {static_cast<double>(0.1f)};
    return array_repr(a) == "array([0.1], dtype=float32)";
  }
  a.i64 = {1};
  return array_repr(a) == "array([ True])";
}

void run_file(const std::string& path, std::size_t min_cases) {
  testing::Json file;
  std::string error;
  ASSERT_TRUE(testing::load_json_file(path, file, error)) << error;
  const bool float32 = prints(DType::Float32), boolean = prints(DType::Bool);
  std::vector<std::string> failures;
  std::size_t checked = 0, skipped = 0, by_design = 0;
  for (const testing::Json& c : file["cases"].items) {
    if ((!float32 && c["dtype"].text == "float32") || (!boolean && c["dtype"].text == "bool")) {
      ++skipped;
      continue;
    }
    // What the reader refuses by design (documented): int8 results of bool // % **, ints beyond
    // int64.
    const ProgramResult r = read_program(c["program"].text);
    if (!r.ok && (r.error.message.find("gives int8") != std::string::npos ||
                  r.error.message.find("big integers are not supported") != std::string::npos)) {
      ++by_design;
      continue;
    }
    ++checked;
    std::string report = check_program_case(c);
    if (!report.empty()) failures.push_back(std::move(report));
  }
  for (const testing::Json& e : file["errors"].items) {
    const ProgramResult r = read_program(e["program"].text);
    if (r.ok)
      failures.push_back("program " + quoted(e["program"].text) +
                         "\n  NumPy refuses it but it was read\n");
  }
  EXPECT_GE(checked + skipped, min_cases);
  EXPECT_LE(by_design * 20, checked + 20) << "too many programs refused by design";
  for (std::size_t i = 0; i < failures.size() && i < 40; ++i) ADD_FAILURE() << failures[i];
  EXPECT_TRUE(failures.empty()) << failures.size() << " programs disagree with NumPy";
  std::cout << "checked " << checked << " programs from " << path << " (" << skipped
            << " skipped: float32/bool not printed yet; " << by_design
            << " refused by design: int8, big ints), " << failures.size() << " mismatches\n";
}

TEST(ProgramGolden, CommittedCorpus) {
  run_file(std::string(PROJECT_ROOT) + "/tests/program/program_goldens.json", 1500);
}

TEST(ProgramDifferential, CasesFromEnvironment) {
  const char* path = std::getenv("NUMPY_PROGRAM_CASES");
  if (path == nullptr || *path == '\0')
    GTEST_SKIP() << "set NUMPY_PROGRAM_CASES (tests/program/differential.py does)";
  run_file(path, 1);
}

}  // namespace
}  // namespace act
