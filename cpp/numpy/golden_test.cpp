// The committed NumPy corpus (tests/golden/numpy_goldens.json), and, when
// NUMPY_DIFF_CASES names a file in the same format, fresh cases from
// tests/golden/differential.py.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>

#include "numpy/golden_cases_test_util.h"

namespace act {
namespace {

void run_file(const std::string& path, std::size_t min_cases) {
  testing::Json file;
  std::string error;
  ASSERT_TRUE(testing::load_json_file(path, file, error)) << error;
  std::vector<std::string> failures;
  const std::size_t n = testing::check_golden_file(file, failures);
  EXPECT_GE(n, min_cases);
  for (std::size_t i = 0; i < failures.size() && i < 50; ++i) ADD_FAILURE() << failures[i];
  EXPECT_TRUE(failures.empty()) << failures.size() << " inputs (of " << n << " cases and "
                                << file["rejects"].items.size() << " rejects) disagree with NumPy";
  std::cout << "checked " << n << " cases from " << path << ", " << failures.size()
            << " mismatches\n";
}

TEST(NumpyGolden, CommittedCorpus) {
  run_file(std::string(PROJECT_ROOT) + "/tests/golden/numpy_goldens.json", 2000);
}

TEST(NumpyDifferential, CasesFromEnvironment) {
  const char* path = std::getenv("NUMPY_DIFF_CASES");
  if (path == nullptr || *path == '\0')
    GTEST_SKIP() << "set NUMPY_DIFF_CASES (tests/golden/differential.py does)";
  run_file(path, 1);
}

}  // namespace
}  // namespace act
