# The WebAssembly module (build/wasm/activations.{mjs,wasm}): emcmake cmake -S . -B build/wasm
# (web/tools/build-wasm.sh). Included only when EMSCRIPTEN.

# The core vectorises to WASM SIMD; the glue must run under a strict CSP (no new Function).
target_compile_options(activation_core PRIVATE -msimd128)
# Size (issue 6): the page downloads this binary. -Oz: the same module at -O3 is ~44 KB
# (~14 KB gzip) bigger. The float64 array kernels (relu.cpp) keep -O3, which vectorises them
# to WASM SIMD (-Oz does not vectorise); with -flto that happens at link time, and still does
# because only the -Oz files' functions are marked for size. -flto (compile and link) lets the
# linker inline and drop code across files and the system libraries: ~5.6 KB (~1.6 KB gzip).
# emmalloc is ~7 KB smaller than dlmalloc. The catalogue's formulas are MathML literals, not
# built up at startup (that code cost ~10 KB gzip); std::strtod (musl's, on 128-bit long
# double in software) is the biggest library cost, ~15 KB (~7 KB gzip). Measured in README
# "Performance" (npm run bench).
set(WASM_SIZE_FLAGS -Oz -flto)
target_compile_options(activation_core PRIVATE ${WASM_SIZE_FLAGS})
set_source_files_properties(${PROJECT_SOURCE_DIR}/cpp/activations/relu.cpp PROPERTIES COMPILE_OPTIONS -O3)
set(WASM_LINK_FLAGS
  ${WASM_SIZE_FLAGS}
  -sMALLOC=emmalloc
  -lembind
  -sMODULARIZE=1
  -sEXPORT_ES6=1
  -sEXPORT_NAME=createActivationModule
  -sENVIRONMENT=web,worker,node
  -sDYNAMIC_EXECUTION=0
  -sALLOW_MEMORY_GROWTH=1
  -sFILESYSTEM=0
  -msimd128)
# Two binaries of the same core and binding (issue 13, issue 11):
#   activations.wasm           what the page fetches at load: the core without the program
#                              reader. numpy/literal_only_reader.cpp is linked before the core's
#                              archive, so its read_program (literals; anything else "needs the
#                              program reader") is the one taken and cpp/numpy/program/ and
#                              cpp/numpy/random/ are never pulled in (~36 KB gzip less).
#   activations-programs.wasm  the whole core: fetched when a reader first types a program, for
#                              the worker (or the main thread where no worker can run).
# One Emscripten glue (activations.mjs) drives both: their imports and exports are the same
# (tests/wasm/lite-core.test.mjs checks that the two glues are identical).
act_absolute(bindings ${ACT_BINDINGS_SOURCES})
add_library(activation_bindings OBJECT ${bindings})
target_link_libraries(activation_bindings PRIVATE activation_core)
target_compile_options(activation_bindings PRIVATE -msimd128 ${WASM_SIZE_FLAGS})
act_absolute(literal_reader ${ACT_LITERAL_READER_SOURCES})
add_executable(activations ${literal_reader} $<TARGET_OBJECTS:activation_bindings>)
target_compile_options(activations PRIVATE -msimd128 ${WASM_SIZE_FLAGS})
add_executable(activations-programs $<TARGET_OBJECTS:activation_bindings>)
foreach(target activations activations-programs)
  target_link_libraries(${target} PRIVATE activation_core)
  target_link_options(${target} PRIVATE ${WASM_LINK_FLAGS})
  set_target_properties(${target} PROPERTIES SUFFIX ".mjs")
endforeach()
# Closure Compiler (ADVANCED) on the Emscripten glue (issue 11): 55 -> 25 KB raw, and 1.3 KB
# less gzip once esbuild has minified it, with no eval and -sDYNAMIC_EXECUTION=0 kept. npm's
# google-closure-compiler, pinned to the release this Emscripten (3.1.6) was made with: newer
# ones refuse its --language_in ECMASCRIPT_NEXT_IN. Emscripten finds it via EM_CLOSURE_COMPILER.
set(ACT_CLOSURE_COMPILER "${PROJECT_SOURCE_DIR}/node_modules/.bin/google-closure-compiler")
if(DEFINED ENV{EM_CLOSURE_COMPILER})
  set(ACT_CLOSURE_COMPILER "$ENV{EM_CLOSURE_COMPILER}")
endif()
option(ACT_CLOSURE "Run Closure Compiler on the Emscripten glue (needs npm ci)" ON)
if(ACT_CLOSURE AND EXISTS "${ACT_CLOSURE_COMPILER}")
  foreach(target activations activations-programs)
    target_link_options(${target} PRIVATE --closure 1)
    set_target_properties(${target} PROPERTIES CXX_LINKER_LAUNCHER
      "${CMAKE_COMMAND};-E;env;EM_CLOSURE_COMPILER=${ACT_CLOSURE_COMPILER};NODE_PATH=/usr/share/nodejs")
  endforeach()
elseif(ACT_CLOSURE)
  message(WARNING "Closure Compiler not found at ${ACT_CLOSURE_COMPILER} (npm ci): the glue is built without it")
endif()
