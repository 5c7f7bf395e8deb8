#!/usr/bin/python3
"""Writes tests/program/program_goldens.json: what NumPy 1.24 makes of a few thousand programs.

    /usr/bin/python3 tests/program/make_program_goldens.py

Fixed seed: the corpus only changes with this script or program_cases.py. Checked natively by
cpp/numpy/program/program_golden_test.cpp (ProgramGolden.CommittedCorpus).
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402

from program_cases import generate  # noqa: E402

SEED = 20261201
N = 1800


def write_corpus(path, cases, errors, seed):
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"numpy": %s, "seed": %d,\n"errors": [\n' % (json.dumps(np.__version__), seed))
        f.write(",\n".join(json.dumps(e, ensure_ascii=False) for e in errors))
        f.write('\n],\n"cases": [\n')
        f.write(",\n".join(json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in cases))
        f.write("\n]}\n")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "program_goldens.json")
    cases, errors = generate(SEED, N)
    write_corpus(out, cases, errors, SEED)
    print("wrote %d programs (%d with np.random) and %d refusals to %s (%d bytes)"
          % (len(cases), sum(c["random"] for c in cases), len(errors), out, os.path.getsize(out)))


if __name__ == "__main__":
    main()
