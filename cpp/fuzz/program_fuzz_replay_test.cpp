// The program fuzz target's seeds (tests/fuzz/corpus/program) and past crashes
// (tests/fuzz/regressions/program) through its body, in the ordinary suite.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "fuzz/program_fuzz_target.h"

namespace act {
namespace {

TEST(ProgramFuzzReplay, SeedsAndRegressions) {
  std::size_t n = 0;
  for (const char* dir : {"/tests/fuzz/corpus/program", "/tests/fuzz/regressions/program"}) {
    const std::filesystem::path path = std::string(PROJECT_ROOT) + dir;
    if (!std::filesystem::exists(path)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(path)) {
      std::ifstream in(entry.path(), std::ios::binary);
      const std::string bytes((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
      fuzz::program_one(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      ++n;
    }
  }
  EXPECT_GE(n, 5u);
}

}  // namespace
}  // namespace act
