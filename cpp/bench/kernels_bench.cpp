// Native C++ (-O3) figures for `npm run bench`: the eight kernels of kernels_bench.h over
// float64 arrays of 10^3, 10^5 and 10^7 elements, and memcpy of the same arrays as the
// physical limit. Google Benchmark; tests/bench/run.mjs reads its JSON output.
#include <benchmark/benchmark.h>

#include <cstring>
#include <vector>

#include "bench/kernels_bench.h"

namespace {

using act::bench::kKernelCount;
using act::bench::kKernels;

void BM_Kernel(benchmark::State& state, int k) {
  const auto n = static_cast<std::size_t>(state.range(0));
  std::vector<double> x(n), out(n);
  act::bench::fill_input(x.data(), n);
  const act::bench::Prepared p = act::bench::prepare(k);
  for (auto _ : state) {
    act::bench::run(p, x.data(), out.data(), n);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}

void BM_Memcpy(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  std::vector<double> x(n), out(n);
  act::bench::fill_input(x.data(), n);
  for (auto _ : state) {
    std::memcpy(out.data(), x.data(), n * sizeof(double));
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}

const bool registered = [] {
  for (int k = 0; k < kKernelCount; ++k)
    benchmark::RegisterBenchmark(kKernels[k].name, BM_Kernel, k)
        ->Arg(1000)
        ->Arg(100000)
        ->Arg(10000000);
  benchmark::RegisterBenchmark("memcpy", BM_Memcpy)->Arg(1000)->Arg(100000)->Arg(10000000);
  return true;
}();

}  // namespace

BENCHMARK_MAIN();
