#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, -fsanitize=fuzzer,address,undefined) into build/fuzz and
# runs each for a set time, after replaying every committed regression input.
#
#   tests/fuzz/run.sh                      # every target, 60 s each (FUZZ_SECONDS overrides),
#                                          # one per core at a time (FUZZ_JOBS overrides)
#   tests/fuzz/run.sh --seconds 600 parse  # one target, longer
#   tests/fuzz/run.sh --merge              # also fold new coverage into tests/fuzz/corpus/
#
# New inputs go to build/fuzz/corpus/<target>/ (never the committed seeds). A crash leaves its
# input in build/fuzz/artifacts/ and fails the run: copy it to tests/fuzz/regressions/<target>/
# with a name saying what it found, fix the bug, and add a readable test beside the code.
# Executions per target are written to build/fuzz/summary.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${FUZZ_SECONDS:-60}"
merge=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --merge) merge=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(parse format evaluate program)

cxx="$(command -v clang++-14 || command -v clang++ || true)"
[ -n "$cxx" ] || { echo "fuzz: clang++ not found (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 1; }

build=build/fuzz
if [ ! -f "$build/CMakeCache.txt" ]; then
  CXX="$cxx" cmake -S . -B "$build" -DACT_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo > build/fuzz-configure.log 2>&1 \
    || { cat build/fuzz-configure.log; exit 1; }
fi
cmake --build "$build" --target fuzzers -j2 > "$build/build.log" 2>&1 || { cat "$build/build.log"; exit 1; }

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
mkdir -p "$build/artifacts"
summary="$build/summary.txt"
: > "$summary"
status=0
# One target: its regressions, then the timed run; its summary line goes to $build/$t.summary.
fuzz_target() {
  local t="$1" bin="$build/${1}_fuzz" work="$build/corpus/$1" log="$build/$1.log" rc runs cov line
  # Past crashes first: each must now pass.
  local regressions=(tests/fuzz/regressions/"$t"/*)
  if [ -e "${regressions[0]}" ]; then
    "$bin" -runs=0 "${regressions[@]}" > "$build/$t-regressions.log" 2>&1 \
      || { cat "$build/$t-regressions.log"; echo "$t: a regression input fails again: FAILED" > "$build/$t.summary"; return 1; }
  fi
  mkdir -p "$work"
  set +e
  "$bin" "$work" "tests/fuzz/corpus/$t" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
    -dict=tests/fuzz/numpy.dict -artifact_prefix="$build/artifacts/$t-" \
    -print_final_stats=1 > "$log" 2>&1
  rc=$?
  set -e
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  cov="$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)"
  line="$t: ${runs:-?} executions in ${seconds}s, ${cov:-cov: ?}, corpus $(ls "$work" | wc -l) inputs"
  if [ $rc -ne 0 ]; then
    line="$line: FAILED (exit $rc)"
    tail -n 60 "$log"
    ls -1 "$build/artifacts/$t-"* 2>/dev/null | sed 's/^/  crash input: /' || true
  fi
  echo "$line" > "$build/$t.summary"
  if [ $merge -eq 1 ] && [ $rc -eq 0 ]; then
    # Only inputs that add coverage beyond what is committed, named by their SHA-1.
    "$bin" -merge=1 -max_len=4096 "tests/fuzz/corpus/$t" "$work" > "$build/$t-merge.log" 2>&1
    echo "  merged: tests/fuzz/corpus/$t now holds $(ls "tests/fuzz/corpus/$t" | wc -l) inputs"
  fi
  return $rc
}

# Targets run side by side, one per core (FUZZ_JOBS overrides): each still gets its full time.
jobs="${FUZZ_JOBS:-$(nproc)}"
pids=()
for t in "${targets[@]}"; do
  [ -x "$build/${t}_fuzz" ] || { echo "fuzz: no target '$t'" >&2; exit 1; }
done
for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  echo "fuzz: $t for ${seconds}s"
  fuzz_target "$t" &
  pids+=($!)
done
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || status=1
done
for t in "${targets[@]}"; do
  cat "$build/$t.summary" | tee -a "$summary"
done
exit $status
