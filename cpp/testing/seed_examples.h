// The tutorial's three examples (shared/seed-examples.md) as every test layer reads them:
// tests/seed/seed_examples.json, one copy for C++, WASM and the browser.
#pragma once

#include <cctype>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "numpy/json_test_util.h"

namespace act::testing {

struct SeedExample {
  std::string name;                                         // "Example 1"
  std::string fn;                                           // catalogue id
  std::vector<std::pair<std::string, std::string>> params;  // id -> text as typed
  std::string x;                                            // the test vector as typed
  std::string print_x, print_fx, repr_dfx;  // print(x), print(f(x)), repr(f_dash(x))
};

// The examples, or none when the file cannot be read (SeedExamples.FileHasTheTutorialsThree
// then fails, naming the error).
inline std::vector<SeedExample> seed_examples(std::string* error = nullptr) {
  Json file;
  std::string why;
  std::vector<SeedExample> out;
  if (!load_json_file(std::string(PROJECT_ROOT) + "/tests/seed/seed_examples.json", file, why)) {
    if (error) *error = why;
    return out;
  }
  for (const Json& c : file["cases"].items) {
    SeedExample e{c["name"].text,     c["fn"].text,      {}, c["x"].text, c["print_x"].text,
                  c["print_fx"].text, c["repr_dfx"].text};
    for (const auto& [id, text] : c["params"].fields) e.params.emplace_back(id, text.text);
    out.push_back(std::move(e));
  }
  return out;
}

// A GoogleTest parameter name: "Example 3", leaky_relu, leak .1 -> example_3_leaky_relu_leak_0_1.
inline std::string seed_example_name(const SeedExample& e) {
  std::string raw = e.name + "_" + e.fn;
  for (const auto& [id, text] : e.params)
    raw += "_" + id + "_" + (text.rfind('.', 0) == 0 ? "0" + text : text);
  std::string name;
  for (char c : raw) {
    const bool word = std::isalnum(static_cast<unsigned char>(c));
    if (word)
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (!name.empty() && name.back() != '_')
      name += '_';
  }
  return name;
}

// How GoogleTest (and so ctest's test list) shows an example: its name, not its bytes.
inline void PrintTo(const SeedExample& e, std::ostream* os) {
  *os << e.name << ": " << e.fn << " of " << e.x;
}

}  // namespace act::testing
