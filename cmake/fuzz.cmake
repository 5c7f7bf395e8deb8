# ACT_FUZZ: the libFuzzer targets (ACT_FUZZ_SOURCES), with clang (tests/fuzz/run.sh):
#   CXX=clang++-14 cmake -S . -B build/fuzz -DACT_FUZZ=ON && cmake --build build/fuzz --target fuzzers -j2
# The sanitizer flags are cmake/sanitize.cmake's; ACT_FUZZ takes precedence over ACT_SANITIZE.
option(ACT_FUZZ "Build the libFuzzer targets in cpp/fuzz (needs clang)" OFF)

if(ACT_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "ACT_FUZZ needs clang: configure with CXX=clang++-14")
  endif()
  # The core gets coverage instrumentation; each target links libFuzzer's main.
  target_compile_options(activation_core PUBLIC ${ACT_SANITIZER_FLAGS} -fsanitize=fuzzer-no-link -g)
  target_link_options(activation_core PUBLIC ${ACT_SANITIZER_FLAGS})
  add_custom_target(fuzzers)
  foreach(source ${ACT_FUZZ_SOURCES})
    get_filename_component(name ${source} NAME_WE)
    add_executable(${name} ${PROJECT_SOURCE_DIR}/${source})
    target_link_libraries(${name} PRIVATE activation_core)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    add_dependencies(fuzzers ${name})
  endforeach()
endif()
