// libFuzzer entry point: evaluate-then-print over every function and parameter range, and the curve
// sampler. Built only with -DACT_FUZZ=ON (clang, -fsanitize=fuzzer,address,undefined); run by
// tests/fuzz/run.sh.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return act::fuzz::evaluate_one(data, size);
}
