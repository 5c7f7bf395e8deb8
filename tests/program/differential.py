#!/usr/bin/python3
"""Differential test of the program reader: fresh random programs, NumPy's output vs ours.

    /usr/bin/python3 tests/program/differential.py [--seed N] [--cases N] [--binary PATH] [--keep FILE]

Generates programs with program_cases.py (seed printed, so a failure can be replayed), runs them
in NumPy, writes them in the golden format and runs the gtest ProgramDifferential.* in the
core_tests binary with NUMPY_PROGRAM_CASES pointing at it. Exits non-zero on any mismatch.
Part of `npm run test:numpy`.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from make_program_goldens import write_corpus  # noqa: E402
from program_cases import generate  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=None, help="replay a run (default: from the clock)")
    ap.add_argument("--cases", type=int, default=600, help="programs per run")
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "native", "core_tests"))
    ap.add_argument("--keep", help="also write the generated programs to this file")
    args = ap.parse_args()

    seed = args.seed if args.seed is not None else int(time.time() * 1000) % 2 ** 31
    print("program differential seed %d (replay with --seed %d)" % (seed, seed), flush=True)
    cases, errors = generate(seed, args.cases)
    if not os.path.exists(args.binary):
        print("no test binary at %s: build it first" % args.binary, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or os.path.join(tmp, "programs.json")
        write_corpus(path, cases, errors, seed)
        env = dict(os.environ, NUMPY_PROGRAM_CASES=path)
        proc = subprocess.run([args.binary, "--gtest_filter=ProgramDifferential.*", "--gtest_brief=1"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(proc.stdout)
    if "checked " not in proc.stdout:
        print("the binary did not run ProgramDifferential", file=sys.stderr)
        return 2
    if proc.returncode != 0:
        print("MISMATCHES with seed %d" % seed, file=sys.stderr)
        return 1
    print("OK: %d programs and %d refusals agree with NumPy %s (seed %d)"
          % (len(cases), len(errors), __import__("numpy").__version__, seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
