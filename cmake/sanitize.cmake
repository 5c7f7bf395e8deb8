# ACT_SANITIZE: the whole native suite under AddressSanitizer (+LeakSanitizer) and UBSan
# (npm run test:asan), in its own build directory:
#   cmake -S . -B build/asan -DACT_SANITIZE=ON && cmake --build build/asan -j2 && ctest --test-dir build/asan
option(ACT_SANITIZE "Build the native core and tests with -fsanitize=address,undefined" OFF)
set(ACT_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)

if(ACT_SANITIZE AND NOT ACT_FUZZ)
  # -O1: ASan's usual trade of build time against run time; ACT_SANITIZE_BUILD arms the canaries
  # (cpp/fuzz/sanitizer_canary_test.cpp) that prove the sanitizers really are live.
  target_compile_options(activation_core PUBLIC ${ACT_SANITIZER_FLAGS} -O1 -g)
  target_link_options(activation_core PUBLIC ${ACT_SANITIZER_FLAGS})
  target_compile_definitions(activation_core PUBLIC ACT_SANITIZE_BUILD=1)
endif()
