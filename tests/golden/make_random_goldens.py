#!/usr/bin/python3
"""Writes tests/golden/random_goldens.json: NumPy's legacy np.random (RandomState, MT19937)
for many seeds, sizes and call sequences, with the bits of every value and print()/repr().

Run with Debian's interpreter and python3-numpy (1.24):
    /usr/bin/python3 tests/golden/make_random_goldens.py
Fixed seed: the corpus only changes when this script does. Read by
cpp/numpy/random/random_state_test.cpp.

A case: {"seed": n, "calls": [call, ...]} run in order on one RandomState seeded with n (so the
cached second Gaussian carries from call to call). A call:
  fn     - the np.random name called: rand, randn, random, random_sample, uniform, normal,
           standard_normal, randint
  params - its leading arguments (floats as repr, randint bounds as decimal strings), without size
  size   - null (a scalar draw) or the shape list
  dtype  - "float64" or "int64"; values - float64 bits as 16 hex digits, int64 as decimal strings
  str, repr - print(result) and repr(result) (arrays only)
  error  - instead of values: NumPy's message when it refuses the arguments (nothing is drawn)
"""

import json
import os
import random
import struct

import numpy as np

SEED = 1313


def bits(v):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", float(v)))[0]


def size_args(rng, small=True):
    kind = rng.random()
    if kind < 0.15:
        return []
    if kind < 0.45:
        return [rng.randint(0, 12 if small else 300)]
    if kind < 0.8:
        return [rng.randint(1, 8), rng.randint(0, 6)]
    if kind < 0.95:
        return [rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 5)]
    return [rng.randint(1, 3), rng.randint(1, 3), rng.randint(1, 3), rng.randint(1, 3)]


RANDINT_BOUNDS = [
    (0, 10), (-5, 5), (0, 1), (5, 6), (0, 2), (-3, 4), (0, 100), (0, 255), (0, 256), (0, 257),
    (-1000, 1000), (0, 2**31), (0, 2**32 - 1), (0, 2**32), (0, 2**32 + 1), (-2**31, 2**31),
    (0, 10**12), (-2**40, 2**40), (-2**62, 2**62), (-2**63, 2**63 - 1), (0, 2**63 - 1),
    (2**63 - 10, 2**63 - 1), (-2**63, -2**63 + 3), (7, 3 * 2**32 + 5),
]
ERROR_CALLS = [
    ("randint", [0, 0]), ("randint", [5, 5]), ("randint", [5, 2]), ("randint", [0, -3]),
    ("normal", [0.0, -1.0]), ("normal", [1.0, -0.0]), ("uniform", [-1e308, 1e308]),
    ("uniform", [0.0, float("inf")]),
]


def float_param(rng):
    return rng.choice([0.0, 1.0, -1.0, 0.5, 2.5, -3.25, 10.0, 1e-3, 1e6, -7.0, 0.1,
                       round(rng.uniform(-10, 10), rng.randint(0, 6))])


def one_call(rng):
    fn = rng.choice(["rand", "randn", "random", "random_sample", "uniform", "normal",
                     "standard_normal", "randint", "randn", "randn", "normal"])
    shape = size_args(rng)
    scalar = rng.random() < 0.15
    if fn == "randint":
        lo, hi = rng.choice(RANDINT_BOUNDS)
        params = [str(lo), str(hi)] if (lo != 0 or rng.random() < 0.5) else [str(hi)]
    elif fn == "uniform":
        a, b = float_param(rng), float_param(rng)
        params = [repr(a), repr(b)]
    elif fn == "normal":
        params = [repr(float_param(rng)), repr(abs(float_param(rng)))]
    else:
        params = []
    return {"fn": fn, "params": params, "size": None if scalar else shape}


def run_call(rs, call):
    fn, params, size = call["fn"], call["params"], call["size"]
    vals = [int(p) for p in params] if fn == "randint" else [float(p) for p in params]
    out = dict(call)
    try:
        if fn in ("rand", "randn"):
            r = getattr(rs, fn)() if size is None else getattr(rs, fn)(*size)
        elif size is None:
            r = getattr(rs, fn)(*vals)
        else:
            r = getattr(rs, fn)(*vals, size=tuple(size))
    except (ValueError, OverflowError) as e:
        out["error"] = str(e)
        return out
    a = np.asarray(r)
    out["dtype"] = str(a.dtype)
    flat = a.ravel()
    out["values"] = [str(int(v)) for v in flat] if a.dtype == np.int64 else [bits(v) for v in flat]
    if size is not None:
        out["str"] = str(r)
        out["repr"] = repr(r)
    return out


def main():
    rng = random.Random(SEED)
    seeds = [0, 1, 2, 3, 42, 123, 1234, 2**31 - 1, 2**31, 2**32 - 1, 2**32 - 2, 20240531]
    seeds += [rng.randint(0, 2**32 - 1) for _ in range(120)]
    cases = []
    for s in seeds:
        rs = np.random.RandomState(s)
        calls = [one_call(rng) for _ in range(rng.randint(1, 7))]
        cases.append({"seed": s, "calls": [run_call(rs, c) for c in calls]})
    # The tutorial's example, long Gaussian runs (odd counts split the cached pair), big arrays.
    for s, call in [(42, {"fn": "randn", "params": [], "size": [5, 1]}),
                    (7, {"fn": "randn", "params": [], "size": [2001]}),
                    (8, {"fn": "standard_normal", "params": [], "size": [3, 1001]}),
                    (9, {"fn": "rand", "params": [], "size": [1500]}),
                    (10, {"fn": "randint", "params": ["-50", "50"], "size": [40, 40]}),
                    (11, {"fn": "normal", "params": ["3.0", "0.25"], "size": [999]}),
                    (12, {"fn": "uniform", "params": ["-5.0", "5.0"], "size": [1201]})]:
        cases.append({"seed": s, "calls": [run_call(np.random.RandomState(s), call)]})
    for fn, params in ERROR_CALLS:
        call = {"fn": fn, "params": [str(p) if fn == "randint" else repr(p) for p in params], "size": [3]}
        rs = np.random.RandomState(5)
        cases.append({"seed": 5, "calls": [run_call(rs, call), run_call(rs, {"fn": "rand", "params": [], "size": [2]})]})
    # Scalar and array Gaussians interleaved: the cached value crosses calls.
    for s in range(20):
        rs = np.random.RandomState(s)
        calls = [{"fn": "randn", "params": [], "size": None}, {"fn": "randn", "params": [], "size": [3]},
                 {"fn": "normal", "params": ["1.0", "2.0"], "size": None},
                 {"fn": "rand", "params": [], "size": [1]}, {"fn": "standard_normal", "params": [], "size": [2, 2]}]
        cases.append({"seed": s, "calls": [run_call(rs, c) for c in calls]})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "random_goldens.json")
    with open(out, "w", encoding="utf-8") as f:
        f.write('{"numpy": %s, "seed": %d,\n"cases": [\n' % (json.dumps(np.__version__), SEED))
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
        f.write("\n]}\n")
    nvals = sum(len(c.get("values", [])) for k in cases for c in k["calls"])
    print("wrote %d cases, %d values to %s (%d bytes)" % (len(cases), nvals, out, os.path.getsize(out)))


if __name__ == "__main__":
    main()
