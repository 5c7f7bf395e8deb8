#!/usr/bin/env bash
# Everything a fresh Debian machine needs to build and serve, then a full build (the browsers
# the tests drive are installed by the test commands: tests/install-browsers.sh). Safe to run again:
# it installs only what is missing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/../.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v cmake >/dev/null || missing+=(cmake)
command -v g++ >/dev/null || missing+=(g++)
command -v node >/dev/null || missing+=(nodejs npm)
command -v emcc >/dev/null || missing+=(emscripten)
[ -f /usr/include/gtest/gtest.h ] || missing+=(libgtest-dev)
[ -f /usr/include/benchmark/benchmark.h ] || missing+=(libbenchmark-dev)
/usr/bin/python3 -c 'import numpy' 2>/dev/null || missing+=(python3-numpy)
compgen -G '/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a' >/dev/null || missing+=(clang-14 libclang-rt-14-dev)  # npm run fuzz
command -v clang-tidy-14 >/dev/null || missing+=(clang-tidy-14)  # npm run lint:cpp
command -v clang-format-14 >/dev/null || missing+=(clang-format-14)  # npm run lint:format
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  as_root apt-get update -q
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q "${missing[@]}"
fi

# npm ci only when the lockfile changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

mkdir -p build
npm run build
