// libFuzzer entry point: the program reader and evaluator (cpp/numpy/program), with small
// limits so the fuzzer's time goes into exploring the language, not into big arrays.
// Built only with -DACT_FUZZ=ON (clang); run by tests/fuzz/run.sh (target "program").
#include <cstddef>
#include <cstdint>

#include "fuzz/program_fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return act::fuzz::program_one(data, size);
}
