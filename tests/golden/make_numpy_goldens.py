#!/usr/bin/python3
"""Writes tests/golden/numpy_goldens.json: what NumPy prints for a few thousand test vectors.

Run with Debian's interpreter and python3-numpy (1.24), from anywhere:
    /usr/bin/python3 tests/golden/make_numpy_goldens.py
The seed is fixed, so the corpus only changes when this script or numpy_cases.py does.
Read by cpp/numpy/golden_test.cpp (and any JS test): one case per line, see numpy_cases.py.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402

from numpy_cases import generate, ragged_cases  # noqa: E402
import random  # noqa: E402

SEED = 20240531
N_SMALL = 2000
N_BIG = 30


def write_corpus(path, cases, rejects, seed):
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"numpy": %s, "seed": %d,\n' % (json.dumps(np.__version__), seed))
        f.write('"rejects": [\n')
        f.write(",\n".join(json.dumps(r, ensure_ascii=False) for r in rejects))
        f.write('\n],\n"cases": [\n')
        f.write(",\n".join(json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in cases))
        f.write("\n]}\n")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "numpy_goldens.json")
    cases = generate(SEED, N_SMALL, N_BIG)
    rejects = ragged_cases(random.Random(SEED))
    write_corpus(out, cases, rejects, SEED)
    print("wrote %d cases and %d rejects to %s (%d bytes)" % (len(cases), len(rejects), out, os.path.getsize(out)))


if __name__ == "__main__":
    main()
