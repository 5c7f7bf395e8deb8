#!/usr/bin/env bash
# Native (glibc) vs WASM (Emscripten, musl) differential run of the core's random draws and
# cr_log: builds tests/random/random_bits_driver.cpp both ways and compares their digests.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NODE_PATH=/usr/share/nodejs
out=build/random-diff
mkdir -p "$out"
src="tests/random/random_bits_driver.cpp cpp/numpy/random/random_state.cpp cpp/numpy/random/cr_log.cpp cpp/core/ndarray.cpp"
g++ -std=c++17 -O2 -Icpp $src -o "$out/native"
em++ -std=c++17 -Oz -flto -Icpp $src -sENVIRONMENT=node -sWASM_ASYNC_COMPILATION=0 -o "$out/driver.cjs"
"$out/native" > "$out/native.txt" 2> "$out/native.err"
node "$out/driver.cjs" > "$out/wasm.txt" 2> "$out/wasm.err"
echo "native: $(cat "$out/native.err")"
echo "wasm:   $(cat "$out/wasm.err")"
if diff -q "$out/native.txt" "$out/wasm.txt" > /dev/null; then
  echo "identical: $(wc -l < "$out/native.txt") digests (200 seeds x 1,251 draws, and cr_log on ~785,000 r2)"
else
  diff "$out/native.txt" "$out/wasm.txt" | head
  exit 1
fi
