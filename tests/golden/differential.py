#!/usr/bin/python3
"""Differential test: fresh random test vectors, NumPy's output vs ours.

    /usr/bin/python3 tests/golden/differential.py [--seed N] [--cases N] [--binary PATH]

Generates cases with numpy_cases.py (seed printed, so a failure can be replayed),
writes them in the golden format to a temporary file and runs the gtest
NumpyDifferential.* in the core_tests binary with NUMPY_DIFF_CASES pointing at it.
Every mismatch is reported with its input. Exits non-zero on any mismatch.
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from make_numpy_goldens import write_corpus  # noqa: E402
from numpy_cases import generate, ragged_cases  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=None, help="replay a run (default: from the clock)")
    ap.add_argument("--cases", type=int, default=3000, help="small cases (plus 1 in 50 over the threshold)")
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "native", "core_tests"),
                    help="the gtest binary holding NumpyDifferential (default: %(default)s)")
    ap.add_argument("--keep", help="also write the generated cases to this file")
    args = ap.parse_args()

    seed = args.seed if args.seed is not None else int(time.time() * 1000) % 2 ** 31
    print("differential seed %d (replay with --seed %d)" % (seed, seed), flush=True)
    cases = generate(seed, args.cases, max(1, args.cases // 50))
    rejects = ragged_cases(random.Random(seed))

    if not os.path.exists(args.binary):
        print("no test binary at %s: build it first (see --help)" % args.binary, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or os.path.join(tmp, "cases.json")
        write_corpus(path, cases, rejects, seed)
        env = dict(os.environ, NUMPY_DIFF_CASES=path)
        proc = subprocess.run([args.binary, "--gtest_filter=NumpyDifferential.*", "--gtest_brief=1"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = proc.stdout
    print(out)
    if "checked " not in out:
        print("the binary did not run NumpyDifferential", file=sys.stderr)
        return 2
    if proc.returncode != 0:
        print("MISMATCHES with seed %d" % seed, file=sys.stderr)
        return 1
    print("OK: %d cases and %d rejects agree with NumPy %s (seed %d)" % (len(cases), len(rejects), __import__("numpy").__version__, seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
