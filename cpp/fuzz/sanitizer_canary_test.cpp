// Proof that the sanitizer build (-DACT_SANITIZE=ON, `npm run test:asan`) really sanitizes: each
// canary commits one deliberate error in a child process and expects its sanitizer to stop it.
// If a flag is lost, these fail instead of the suite passing quietly without its sanitizers.
// In an ordinary build they are skipped.
#include <gtest/gtest.h>

#include <climits>
#include <cstdlib>
#include <vector>

namespace {

#ifdef ACT_SANITIZE_BUILD

int overflow_index = 8;  // not a constant, so the compiler cannot see the bug coming
int int_max = INT_MAX;

TEST(SanitizerCanaryDeathTest, AddressSanitizerCatchesAHeapOverflow) {
  EXPECT_DEATH(
      {
        std::vector<int> v(8);
        volatile int x = v.data()[overflow_index];
        (void)x;
      },
      "heap-buffer-overflow");
}

TEST(SanitizerCanaryDeathTest, LeakSanitizerCatchesALeak) {
  EXPECT_DEATH(
      {
        static void* volatile sink;
        sink = std::malloc(77);
        sink = nullptr;
        std::exit(0);  // LeakSanitizer runs at exit and fails the process
      },
      "detected memory leaks");
}

TEST(SanitizerCanaryDeathTest, UndefinedBehaviorSanitizerCatchesSignedOverflow) {
  EXPECT_DEATH(
      {
        volatile int x = int_max;
        x = x + 1;
      },
      "signed integer overflow");
}

#else

TEST(SanitizerCanaryDeathTest, OnlyInTheSanitizerBuild) {
  GTEST_SKIP() << "built without -DACT_SANITIZE=ON";
}

#endif

}  // namespace
