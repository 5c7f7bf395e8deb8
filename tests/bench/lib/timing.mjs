// Timing for the bench: CPU seconds of this process (user + system), not wall time, so that
// other work on a shared machine slows a figure less; the best of several samples.
export function cpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

// Calls run(reps) until `samples` samples of at least `minSeconds` each are taken (or, for slow
// work, once `budgetSeconds` are spent and at least one sample is in). Returns the best
// (lowest) seconds per rep.
export function bestSecondsPerRep(run, { samples = 5, minSeconds = 0.05, budgetSeconds = 3, clock = cpuSeconds } = {}) {
  let reps = 1;
  // Calibrate: grow reps until one sample lasts minSeconds (the first call also warms up).
  for (;;) {
    const t0 = clock();
    run(reps);
    const dt = clock() - t0;
    if (dt >= minSeconds) break;
    reps = Math.max(reps * 2, Math.ceil(reps * (minSeconds * 1.2) / Math.max(dt, 1e-6)));
  }
  let best = Infinity;
  const start = clock();
  for (let s = 0; s < samples; s++) {
    const t0 = clock();
    run(reps);
    best = Math.min(best, (clock() - t0) / reps);
    if (clock() - start > budgetSeconds) break;
  }
  return best;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}
