#!/usr/bin/python3
"""Numerical edge cases, every function: the core against each catalogue entry's NumPy snippet.

Usage (ctest runs the first form as `numpy_edge_cases`; Debian's /usr/bin/python3 with numpy):
    check_edge_cases.py PATH/TO/core_tests        # runs its EdgeCasesNumpyDump test, then checks
    check_edge_cases.py --dump edge_cases.json [-v]

The C++ test EdgeCasesNumpyDump (cpp/activations/numpy_dump_test.cpp) evaluates every function at
+-0, NaN, +-inf, subnormals (5e-324, 1e-320, 1e-310, the largest one), the smallest normal,
+-1e-300, +-1e300, +-1e307, +-1e308 and +-DBL_MAX, with its default parameters, both ends of every
slider and a point between; softmax on small vectors mixing those values. This script runs each
snippet in NumPy and compares element by element with the catalogue's own rules and allowances
(tests/catalogue/check_numpy_snippets.py: same dtype and shape, NaN where NaN, equal infinities,
zeros of the same sign, else a few ulp). Where the core deliberately differs from what the NumPy formula computes, the
difference is documented below and checked against its own NumPy-computed reference instead
(everything else goes through the catalogue checker's check() unchanged, so it stays the one
definition of "equal to NumPy"):

  softmax, vectors holding +inf: NumPy's e = exp(x - max(x)) gives inf - inf = nan, so every
    entry is nan. The core returns the limit as the +inf entries grow (documented in its kink
    convention): the +inf entries share the whole weight equally, every other entry is 0, and
    the Jacobian is diag(s) - s s^T of that s, computed here with NumPy.
"""

import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "catalogue"))
import check_numpy_snippets as catalogue  # noqa: E402  (the catalogue's checker, reused as is)


def softmax_limit(x):
    """What the core documents for softmax with +inf entries, computed with NumPy."""
    flat = x.reshape(-1).astype(np.float64)
    if np.isnan(flat).any() or not np.isposinf(flat).any():
        return None
    top = np.isposinf(flat)
    s = np.where(top, 1.0 / top.sum(), 0.0)
    col = s.reshape(-1, 1)
    return s.reshape(x.shape), np.diagflat(col) - col @ col.T


def check_documented(fid, x, core_f, core_df, limit):
    """The documented differences: the core against its NumPy-computed reference."""
    failures = []
    for which, core, ref in (("f", core_f, limit[0]), ("df", core_df, limit[1])):
        where = f"{fid}{'_dash' if which == 'df' else ''}(x = {x.reshape(-1).tolist()})"
        if core.dtype != ref.dtype or core.shape != ref.shape:
            failures.append(f"{where}: core {core.dtype}{core.shape}, reference {ref.dtype}{ref.shape}")
            continue
        c, r = core.reshape(-1), ref.reshape(-1)
        bad = [i for i in range(c.size) if not (c[i] == r[i] and np.signbit(c[i]) == np.signbit(r[i])) and catalogue.ulps_apart(c[i], r[i]) > 4]
        if bad:
            failures.append(f"{where}: core {c.tolist()}, documented limit {r.tolist()}")
    return failures


def check(dump, verbose):
    regular = {"functions": []}
    failures = []
    documented = checked = 0
    for fn in dump["functions"]:
        kept = []
        for case in fn["cases"]:
            x = catalogue.decode(case["x"])
            limit = softmax_limit(x) if fn["vector_valued"] else None
            core_f, core_df = catalogue.decode(case["f"]), catalogue.decode(case["df"])
            checked += core_f.size + core_df.size
            if limit is None:
                kept.append(case)
            else:
                documented += 1
                failures += check_documented(fn["id"], x, core_f, core_df, limit)
        regular["functions"].append(dict(fn, cases=kept))
    print(f"edge cases (+-0, +-inf, NaN, subnormals, +-1e308, +-DBL_MAX): {checked} values; "
          f"{documented} softmax case(s) with +inf checked against the documented limit")
    for line in failures:
        print("FAIL documented: " + line)
    ok = catalogue.check(regular, verbose)
    return ok and not failures


def dump_from(core_tests):
    return catalogue.dump_from(core_tests, "ACT_EDGE_DUMP_DIR", "EdgeCasesNumpyDump.*", "edge_cases.json")


def main(argv):
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    dump = catalogue.read_dump(args, dump_from, __doc__)
    return 0 if check(dump, verbose) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
