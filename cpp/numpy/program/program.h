// Reads and evaluates a short NumPy program, as a reader types it in the test-vector box:
//
//   import numpy as np
//   np.random.seed(42)
//   x = np.random.randn(5, 1)
//   relu(x, leak = .1)
//
// Interpreted here, statement by statement (never eval, never Python). The value is `x` when the
// program assigns it, else its last expression. Whatever parse_array accepts is accepted with the
// identical array (it is tried first), so a plain list stays exactly what it was.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/ndarray.h"

namespace act {

struct ProgramLimits {
  std::size_t max_elements = 1000000;     // per array
  std::size_t max_operations = 10000000;  // element operations over the whole program
  std::size_t max_text = 1u << 24;        // bytes of program text (literal lists are parse_array's)
  // The page's main thread evaluates programs whose arrays stay within this many elements; a
  // bigger array stops the program before it is allocated, with ProgramResult::over_budget (the
  // page then evaluates the text in its worker, without this budget).
  std::size_t budget_elements = static_cast<std::size_t>(-1);
  // The seed used when the program draws random numbers without calling np.random.seed first
  // (the caller draws one per text and keeps it, so the values stay fixed while the text does).
  std::uint32_t default_seed = 0;
};

// The seed a text draws with when it does not call np.random.seed: fixed by the text itself
// (so it stays while the text does, and a URL holding the text reproduces it).
std::uint32_t text_seed(std::string_view text);

struct ProgramError {
  std::string message;     // one line
  std::size_t column = 0;  // 1-based, in code points of the text (0: not about one spot)
};

// The catalogue call that decides what the page shows: the last one the program makes.
struct ProgramChoice {
  std::string fn_id;                                        // a registry id, e.g. "leaky_relu"
  std::vector<std::pair<std::string, std::string>> params;  // {"leak", "0.1"}: as Python reads them
};

struct ProgramResult {
  bool ok = false;
  NdArray value;
  ProgramError error;
  std::optional<ProgramChoice> choice;
  bool literal = false;      // the text was a plain literal (parse_array read it)
  bool over_budget = false;  // stopped: an array over limits.budget_elements (not an error)
  // Not a literal, and this build reads only literals (numpy/literal_only_reader.cpp, the page's
  // first-paint core): not an error, the full core reads the text.
  bool needs_program = false;
  bool uses_random = false;  // the program draws random numbers
  bool seeded = false;       // ... after seeding with np.random.seed itself
  std::uint32_t seed = 0;    // the seed in effect for the first draw when !seeded (default_seed)
  std::vector<std::string>
      functions;  // catalogue ids the program calls (f for f and f_dash), first call first
  std::size_t operations = 0;  // element operations spent
  std::string python_source;   // the program, normalised, runnable after `import numpy as np`
                               // (np.random.seed(<seed>) first when the program draws unseeded)
};

ProgramResult read_program(std::string_view text, const ProgramLimits& limits = {});

// Whether the text uses only a literal's tokens (literal_tokens.cpp): when the literal reader
// refuses such a text, read_program gives the literal reader's message, in both cores.
bool only_literal_tokens(std::string_view text);

}  // namespace act
