// cr_log against tests/golden/log_goldens.json (Python's decimal, 80 digits, rounded once more
// to double: see make_log_goldens.py), including 400 arguments where glibc's log is not
// correctly rounded; and its slow path alone on the same inputs.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <iostream>
#include <limits>

#include "numpy/golden_cases_test_util.h"
#include "numpy/random/cr_log.h"
#include "numpy/random/random_state.h"

namespace act::numpy_random {
namespace testing_hooks {
bool fast_path_decides(double x);
}
namespace {

double from_hex_bits(const std::string& s) {
  const std::uint64_t u = std::strtoull(s.c_str(), nullptr, 16);
  double d;
  std::memcpy(&d, &u, sizeof d);
  return d;
}

TEST(CrLog, MatchesDecimalOnTheCorpus) {
  act::testing::Json file;
  std::string err;
  ASSERT_TRUE(act::testing::load_json_file(
      std::string(PROJECT_ROOT) + "/tests/golden/log_goldens.json", file, err))
      << err;
  std::size_t n = 0, bad = 0, bad_slow = 0, slow = 0, libm_differs = 0;
  for (const auto& c : file["cases"].items) {
    const double x = from_hex_bits(c.items[0].text), want = from_hex_bits(c.items[1].text);
    const double got = cr_log(x), got_slow = cr_log_slow(x);
    ++n;
    if (std::memcmp(&got, &want, sizeof got) != 0 && bad++ < 20)
      ADD_FAILURE() << std::hexfloat << "cr_log(" << x << ") = " << got << ", want " << want;
    if (std::memcmp(&got_slow, &want, sizeof got) != 0 && bad_slow++ < 20)
      ADD_FAILURE() << std::hexfloat << "cr_log_slow(" << x << ") = " << got_slow << ", want "
                    << want;
    if (!testing_hooks::fast_path_decides(x)) ++slow;
    if (std::log(x) != want) ++libm_differs;
  }
  EXPECT_GE(n, 7000U);
  std::cout << n << " inputs, " << slow
            << " decided by the slow path; the C library's log differs on " << libm_differs << "\n";
}

TEST(CrLog, SpecialValues) {
  const double inf = std::numeric_limits<double>::infinity();
  EXPECT_EQ(cr_log(1.0), 0.0);
  EXPECT_FALSE(std::signbit(cr_log(1.0)));
  EXPECT_EQ(cr_log(0.0), -inf);
  EXPECT_EQ(cr_log(-0.0), -inf);
  EXPECT_EQ(cr_log(inf), inf);
  EXPECT_TRUE(std::isnan(cr_log(-1.0)));
  EXPECT_TRUE(std::isnan(cr_log(std::nan(""))));
  EXPECT_EQ(cr_log(5e-324), -744.44007192138121);
  EXPECT_EQ(cr_log(2.0), 0.69314718055994531);
}

// The fast path's rounding test hands over only rarely on the polar method's r2.
TEST(CrLog, FastPathDecidesAlmostEveryR2) {
  MT19937 mt;
  mt.seed(12345);
  std::size_t n = 0, slow = 0;
  for (int i = 0; i < 200000; ++i) {
    const double a = 2 * mt.next_double() - 1, b = 2 * mt.next_double() - 1, r2 = a * a + b * b;
    if (r2 >= 1 || r2 == 0) continue;
    ++n;
    if (!testing_hooks::fast_path_decides(r2)) ++slow;
  }
  EXPECT_LE(slow, 2U) << "of " << n;
}

}  // namespace
}  // namespace act::numpy_random
