# The native test suite (ctest --test-dir build/native): GoogleTest, and the NumPy checks that
# run Debian's NumPy against the core. Included only for native builds.

# The interpreter of every Python rule: one with NumPy. find_package(Python3) alone would take
# whichever python3 comes first on PATH, which may lack it; Debian's has python3-numpy.
set(Python3_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "Python 3 with NumPy, for the NumPy checks")
execute_process(COMMAND ${Python3_EXECUTABLE} -c "import numpy" RESULT_VARIABLE act_numpy_missing
                OUTPUT_QUIET ERROR_QUIET)
if(act_numpy_missing)
  message(WARNING "${Python3_EXECUTABLE} cannot import numpy: the NumPy checks will fail "
                  "(apt-get install python3-numpy, or -DPython3_EXECUTABLE=...)")
endif()

enable_testing()
find_package(GTest REQUIRED)
act_absolute(test_sources ${ACT_TEST_SOURCES})
add_executable(core_tests ${test_sources})
target_link_libraries(core_tests PRIVATE activation_core GTest::gtest_main)
target_compile_definitions(core_tests PRIVATE PROJECT_ROOT="${PROJECT_SOURCE_DIR}")
include(GoogleTest)
gtest_discover_tests(core_tests DISCOVERY_TIMEOUT 60)

# The catalogue's "Copy as NumPy" snippets, run in NumPy against the core's values.
add_test(NAME catalogue_numpy_snippets
         COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/catalogue/check_numpy_snippets.py
                 $<TARGET_FILE:core_tests>)
# Every function at +-0, +-inf, NaN, subnormals and +-1e308, against its NumPy snippet.
add_test(NAME numpy_edge_cases
         COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/edge/check_edge_cases.py
                 $<TARGET_FILE:core_tests>)
