#!/usr/bin/env bash
# Compiles the C++ core to WebAssembly with Debian's Emscripten into build/wasm/.
set -euo pipefail
cd "$(dirname "$0")/../.."
# Emscripten's JS optimizer (acorn) is found through Debian's node modules.
export NODE_PATH=/usr/share/nodejs
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release > build/wasm-configure.log 2>&1 \
  || { cat build/wasm-configure.log; exit 1; }
cmake --build build/wasm -j2
