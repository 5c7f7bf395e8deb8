// libFuzzer entry point: the test-vector and parameter parsers, on arbitrary bytes.
// Built only with -DACT_FUZZ=ON (clang, -fsanitize=fuzzer,address,undefined); run by
// tests/fuzz/run.sh.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return act::fuzz::parse_one(data, size);
}
