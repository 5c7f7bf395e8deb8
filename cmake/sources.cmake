# Every C++ file of the build, by role, in one place. A new file is added to its list here;
# configuring fails, naming it, when a .cpp under cpp/ is in none of them (act_check_sources).
# Paths are relative to the project root.

# The shipped library, activation_core: the pure C++17 core (no Emscripten header).
set(ACT_CORE_SOURCES
  cpp/activations/elementary.cpp
  cpp/activations/elish.cpp
  cpp/activations/exponential_units.cpp
  cpp/activations/gelu.cpp
  cpp/activations/mish.cpp
  cpp/activations/rectifiers.cpp
  cpp/activations/registry.cpp
  cpp/activations/relu.cpp
  cpp/activations/shrink.cpp
  cpp/activations/sigmoid.cpp
  cpp/activations/softmax.cpp
  cpp/activations/softplus.cpp
  cpp/activations/squashing.cpp
  cpp/activations/swish.cpp
  cpp/activations/tanh.cpp
  cpp/api/catalogue_json.cpp
  cpp/api/curve.cpp
  cpp/api/python_source.cpp
  cpp/api/session.cpp
  cpp/api/shape.cpp
  cpp/api/widget.cpp
  cpp/core/ndarray.cpp
  cpp/numpy/array_builder.cpp
  cpp/numpy/array_format.cpp
  cpp/numpy/bigint.cpp
  cpp/numpy/dragon4.cpp
  cpp/numpy/float_format.cpp
  cpp/numpy/format.cpp
  cpp/numpy/int_format.cpp
  cpp/numpy/lexer.cpp
  cpp/numpy/number_literal.cpp
  cpp/numpy/parse.cpp
  cpp/numpy/parse_number.cpp
  cpp/numpy/program/arithmetic.cpp
  cpp/numpy/program/calls.cpp
  cpp/numpy/program/constructors.cpp
  cpp/numpy/program/evaluator.cpp
  cpp/numpy/program/literal_tokens.cpp
  cpp/numpy/program/parser.cpp
  cpp/numpy/program/program.cpp
  cpp/numpy/program/promotion.cpp
  cpp/numpy/program/shape_ops.cpp
  cpp/numpy/program/source.cpp
  cpp/numpy/program/tokens.cpp
  cpp/numpy/program/value.cpp
  cpp/numpy/random/cr_log.cpp
  cpp/numpy/random/random_state.cpp
  cpp/numpy/scalar_names.cpp
  cpp/numpy/utf8.cpp
)

# The page's first-paint core (activations.wasm) links this in place of the program reader's
# read_program (cpp/numpy/program/program.cpp): literals only (cmake/wasm.cmake).
set(ACT_LITERAL_READER_SOURCES
  cpp/numpy/literal_only_reader.cpp
)

# The WebAssembly module's only Emscripten-aware file (cmake/wasm.cmake).
set(ACT_BINDINGS_SOURCES
  cpp/bindings/embind.cpp
)

# The native GoogleTest suite, one executable (core_tests): each test beside what it tests.
set(ACT_TEST_SOURCES
  cpp/activations/derivative_test.cpp
  cpp/activations/elementary_test.cpp
  cpp/activations/elish_test.cpp
  cpp/activations/exponential_units_test.cpp
  cpp/activations/gelu_test.cpp
  cpp/activations/mish_test.cpp
  cpp/activations/numpy_dump_test.cpp
  cpp/activations/rectifiers_test.cpp
  cpp/activations/registry_test.cpp
  cpp/activations/relu_test.cpp
  cpp/activations/shrink_test.cpp
  cpp/activations/sigmoid_test.cpp
  cpp/activations/softmax_test.cpp
  cpp/activations/softplus_test.cpp
  cpp/activations/squashing_test.cpp
  cpp/activations/stability_test.cpp
  cpp/activations/swish_test.cpp
  cpp/activations/tanh_test.cpp
  cpp/api/catalogue_json_test.cpp
  cpp/api/curve_test.cpp
  cpp/api/python_source_test.cpp
  cpp/api/session_test.cpp
  cpp/api/shape_test.cpp
  cpp/api/widget_test.cpp
  cpp/fuzz/fuzz_replay_test.cpp
  cpp/fuzz/program_fuzz_replay_test.cpp
  cpp/fuzz/sanitizer_canary_test.cpp
  cpp/numpy/dtype_golden_test.cpp
  cpp/numpy/float_format_test.cpp
  cpp/numpy/format_test.cpp
  cpp/numpy/fuzz_regressions_test.cpp
  cpp/numpy/golden_test.cpp
  cpp/numpy/parse_errors_test.cpp
  cpp/numpy/parse_number_test.cpp
  cpp/numpy/parse_robustness_test.cpp
  cpp/numpy/parse_test.cpp
  cpp/numpy/program/program_golden_test.cpp
  cpp/numpy/program/program_test.cpp
  cpp/numpy/random/cr_log_test.cpp
  cpp/numpy/random/random_state_test.cpp
  cpp/numpy/seed_examples_test.cpp
)

# libFuzzer targets, one executable each, named after the file (cmake/fuzz.cmake).
set(ACT_FUZZ_SOURCES
  cpp/fuzz/evaluate_fuzz.cpp
  cpp/fuzz/format_fuzz.cpp
  cpp/fuzz/parse_fuzz.cpp
  cpp/fuzz/program_fuzz.cpp
)

# npm run bench's targets (cmake/bench.cmake).
set(ACT_BENCH_NATIVE_SOURCES
  cpp/bench/kernels_bench.cpp
)
set(ACT_BENCH_WASM_KERNELS_SOURCES
  cpp/bench/wasm_kernels_bench.cpp
)
set(ACT_BENCH_WASM_BRIDGE_SOURCES
  cpp/bench/wasm_bridge_bench.cpp
)

set(ACT_ALL_SOURCE_LISTS
  ACT_CORE_SOURCES ACT_LITERAL_READER_SOURCES ACT_BINDINGS_SOURCES ACT_TEST_SOURCES ACT_FUZZ_SOURCES
  ACT_BENCH_NATIVE_SOURCES ACT_BENCH_WASM_KERNELS_SOURCES ACT_BENCH_WASM_BRIDGE_SOURCES)

# Fails when a listed file is missing or a .cpp under cpp/ is in no list: a file added
# without a line here would otherwise be silently left out of the build.
function(act_check_sources)
  set(listed)
  foreach(list_name ${ACT_ALL_SOURCE_LISTS})
    foreach(source ${${list_name}})
      if(NOT EXISTS "${PROJECT_SOURCE_DIR}/${source}")
        message(FATAL_ERROR "cmake/sources.cmake lists ${source} (in ${list_name}), which does not exist")
      endif()
      list(APPEND listed "${source}")
    endforeach()
  endforeach()
  file(GLOB_RECURSE present RELATIVE "${PROJECT_SOURCE_DIR}" "${PROJECT_SOURCE_DIR}/cpp/*.cpp")
  list(REMOVE_ITEM present ${listed})
  if(present)
    list(JOIN present "\n  " unlisted)
    message(FATAL_ERROR "C++ files in no list of cmake/sources.cmake (add each to its list):\n  ${unlisted}")
  endif()
endfunction()

# ${PROJECT_SOURCE_DIR}/path for each path of a list: act_absolute(OUT ${ACT_CORE_SOURCES}).
function(act_absolute out)
  list(TRANSFORM ARGN PREPEND "${PROJECT_SOURCE_DIR}/" OUTPUT_VARIABLE paths)
  set(${out} ${paths} PARENT_SCOPE)
endfunction()
