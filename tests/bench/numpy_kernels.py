"""NumPy figures for `npm run bench`: the catalogue's own snippets (the tutorial's np.where
ReLU and Leaky ReLU, and the sigmoid and GELU snippets), run as written with their default
arguments, on the same input as every other implementation. Debian's python3-numpy.

    /usr/bin/python3 tests/bench/numpy_kernels.py SPEC.json   (SPEC: written by run.mjs)

Prints JSON: elements per CPU-second (best of several samples), the outputs at n = 1000.
"""
import json
import sys
import time

import numpy as np


def input_array(n):
    # Knuth's multiplicative hash, as act::bench::input_at (cpp/bench/kernels_bench.h).
    i = np.arange(n, dtype=np.uint64)
    u = (i * np.uint64(2654435761)) & np.uint64(0xFFFFFFFF)
    return u.astype(np.float64) / 4294967296.0 * 10.0 - 5.0


def best_seconds(run, samples, min_seconds, budget):
    reps = 1
    while True:
        t0 = time.process_time()
        run(reps)
        dt = time.process_time() - t0
        if dt >= min_seconds:
            break
        reps = max(reps * 2, int(reps * min_seconds * 1.2 / max(dt, 1e-6)) + 1)
    best = float("inf")
    start = time.process_time()
    for _ in range(samples):
        t0 = time.process_time()
        run(reps)
        best = min(best, (time.process_time() - t0) / reps)
        if time.process_time() - start > budget:
            break
    return best


def main():
    spec = json.load(open(sys.argv[1]))
    quick = spec.get("quick", False)
    samples, min_s, budget = (2, 0.02, 0.5) if quick else (5, 0.1, 3.0)
    functions = {}
    for fn_id, snippet in spec["snippets"].items():
        namespace = {"np": np}
        exec(snippet, namespace)
        functions[fn_id] = namespace
    eps, outputs = {}, {}
    for n in spec["sizes"]:
        n = int(n)
        x = input_array(n)
        for k in spec["kernels"]:
            f = functions[k["fn"]][k["fn"] + ("_dash" if k["derivative"] else "")]

            def run(reps, f=f):
                for _ in range(reps):
                    f(x)

            seconds = best_seconds(run, samples, min_s, budget)
            eps.setdefault(k["name"], {})[str(n)] = n / seconds
            if n == 1000:
                outputs[k["name"]] = np.asarray(f(x), dtype=np.float64).tolist()
        if not spec.get("memcpy", True):
            continue
        out = np.empty_like(x)

        def copy(reps):
            for _ in range(reps):
                np.copyto(out, x)

        eps.setdefault("memcpy", {})[str(n)] = n / best_seconds(copy, samples, min_s, budget)
    json.dump({"eps": eps, "outputs": outputs, "numpy": np.__version__}, sys.stdout)


if __name__ == "__main__":
    main()
