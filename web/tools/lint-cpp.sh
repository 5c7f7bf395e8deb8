#!/usr/bin/env bash
# C++ lint (npm run lint:cpp): clang-tidy, with the checks chosen in .clang-tidy, over every
# file of the native build (build/native/compile_commands.json: the core, its tests; headers
# under cpp/ through them), two at a time. Fails on any finding.
set -euo pipefail
cd "$(dirname "$0")/../.."

tidy="$(command -v clang-tidy-14 || command -v clang-tidy || true)"
[ -n "$tidy" ] || { echo "lint:cpp: clang-tidy not found (apt-get install clang-tidy-14)" >&2; exit 1; }
db=build/native/compile_commands.json
if [ ! -f "$db" ]; then
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release > /dev/null
fi

started=$SECONDS
node -e 'for (const { file } of JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))) console.log(file)' "$db" \
  | sort -u | xargs -P 2 -n 4 "$tidy" -p build/native --quiet 2> >(grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^Use -system-headers' >&2)
echo "lint:cpp: clang-tidy clean ($((SECONDS - started)) s)"
