// Every committed fuzz input, run through the same target bodies in the ordinary suite (and the
// AddressSanitizer one): the seed corpora in tests/fuzz/corpus/<target>/ and every input that
// ever crashed a target, kept in tests/fuzz/regressions/<target>/. A regression stays fixed here
// even on machines that never build the fuzzers.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/fuzz_targets.h"

namespace act::fuzz {
namespace {

namespace fs = std::filesystem;

using Target = int (*)(const std::uint8_t*, std::size_t);

std::size_t replay(const std::string& target, Target run) {
  std::size_t count = 0;
  for (const char* kind : {"corpus", "regressions"}) {
    const fs::path dir = fs::path(PROJECT_ROOT) / "tests/fuzz" / kind / target;
    if (!fs::is_directory(dir)) continue;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.is_regular_file() && entry.path().filename().string()[0] != '.')
        files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      std::ifstream in(file, std::ios::binary);
      const std::string bytes((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
      SCOPED_TRACE(file.string());
      run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      ++count;
    }
  }
  return count;
}

TEST(FuzzReplay, ParseCorpusAndRegressions) { EXPECT_GT(replay("parse", parse_one), 20u); }
TEST(FuzzReplay, FormatCorpusAndRegressions) { EXPECT_GT(replay("format", format_one), 20u); }
TEST(FuzzReplay, EvaluateCorpusAndRegressions) { EXPECT_GT(replay("evaluate", evaluate_one), 20u); }

}  // namespace
}  // namespace act::fuzz
