// The program target's body, shared by the libFuzzer entry point (program_fuzz.cpp) and the
// replay test. Any input: no crash, no sanitizer report, bounded work; a result is a
// consistent array within the limits that prints; an error is one line of valid UTF-8 with a
// column inside the text (+1 for "at the end"; 0 for "nowhere in particular").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_targets.h"
#include "numpy/format.h"
#include "numpy/program/program.h"

namespace act::fuzz {

inline int program_one(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  ProgramLimits limits;
  limits.max_elements = 10000;
  limits.max_operations = 200000;
  limits.default_seed = 7;
  const ProgramResult r = read_program(text, limits);
  const std::string context(text.substr(0, 300));
  if (r.ok) {
    check_array(r.value, context);
    ACT_FUZZ_CHECK(r.literal || r.value.size() <= limits.max_elements, context);
    ACT_FUZZ_CHECK(r.operations <= limits.max_operations, context);
    if (r.value.size() <= 2000) {
      const std::string s = array_str(r.value);
      ACT_FUZZ_CHECK(!s.empty() && valid_utf8(s), context);
    }
    ACT_FUZZ_CHECK(valid_utf8(r.python_source) || !valid_utf8(text), context);
  } else {
    ACT_FUZZ_CHECK(!r.error.message.empty(), context);
    ACT_FUZZ_CHECK(r.error.message.find('\n') == std::string::npos,
                   context + " -> " + r.error.message);
    ACT_FUZZ_CHECK(valid_utf8(r.error.message), context + " -> " + r.error.message);
    ACT_FUZZ_CHECK(r.error.column <= code_points(text) + 1, context + " -> " + r.error.message);
  }
  return 0;
}

}  // namespace act::fuzz
