# Benchmarks: `npm run bench` (tests/bench/run.mjs) configures its own build directories with
# -DACT_BENCHMARKS=ON: build/bench-native (Google Benchmark) and build/bench-wasm (Emscripten).
# Off by default: the normal builds and `npm test` never build or run a benchmark.
# Included after cmake/wasm.cmake: the scalar core copies activation_core's options.
option(ACT_BENCHMARKS "Build the benchmark targets of npm run bench" OFF)

if(ACT_BENCHMARKS AND EMSCRIPTEN)
  # The kernels exactly as shipped (activation_core, SIMD), and the same core built without
  # -msimd128 (every other flag copied from activation_core) for the scalar comparison.
  get_target_property(ACT_CORE_OPTIONS activation_core COMPILE_OPTIONS)
  list(REMOVE_ITEM ACT_CORE_OPTIONS -msimd128)
  act_absolute(core_sources ${ACT_CORE_SOURCES})
  add_library(activation_core_scalar STATIC ${core_sources})
  target_include_directories(activation_core_scalar PUBLIC ${PROJECT_SOURCE_DIR}/cpp)
  target_compile_options(activation_core_scalar PRIVATE ${ACT_CORE_OPTIONS})
  set(BENCH_WASM_LINK_FLAGS
    -lembind -sMODULARIZE=1 -sEXPORT_ES6=1 -sENVIRONMENT=node -sFILESYSTEM=0
    -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=1GB)
  act_absolute(kernels_sources ${ACT_BENCH_WASM_KERNELS_SOURCES})
  foreach(variant simd scalar)
    set(target bench_kernels_${variant})
    add_executable(${target} ${kernels_sources})
    set_target_properties(${target} PROPERTIES SUFFIX ".mjs")
    target_link_options(${target} PRIVATE ${BENCH_WASM_LINK_FLAGS} -O3 -sEXPORT_NAME=createBenchKernels)
    target_compile_options(${target} PRIVATE -O3)
  endforeach()
  target_link_libraries(bench_kernels_simd PRIVATE activation_core)
  target_compile_options(bench_kernels_simd PRIVATE -msimd128)
  target_link_options(bench_kernels_simd PRIVATE -msimd128)
  target_link_libraries(bench_kernels_scalar PRIVATE activation_core_scalar)
  # The bridge: the same ReLU through views over WASM memory and through std::vector.
  act_absolute(bridge_sources ${ACT_BENCH_WASM_BRIDGE_SOURCES})
  add_executable(bench_bridge ${bridge_sources})
  set_target_properties(bench_bridge PROPERTIES SUFFIX ".mjs")
  target_link_libraries(bench_bridge PRIVATE activation_core)
  target_compile_options(bench_bridge PRIVATE -O3 -msimd128)
  target_link_options(bench_bridge PRIVATE ${BENCH_WASM_LINK_FLAGS} -O3 -msimd128 -sEXPORT_NAME=createBenchBridge)
elseif(ACT_BENCHMARKS)
  find_package(benchmark REQUIRED)
  act_absolute(bench_sources ${ACT_BENCH_NATIVE_SOURCES})
  add_executable(kernels_bench ${bench_sources})
  target_link_libraries(kernels_bench PRIVATE activation_core benchmark::benchmark)
  target_compile_options(kernels_bench PRIVATE -O3)
endif()
