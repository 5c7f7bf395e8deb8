#!/usr/bin/python3
"""Writes tests/golden/dtype_goldens.json: how NumPy 1.24 prints float32 and bool arrays, and the
tutorial's relu/relu_dash on them (dtype promotion with Python int and float leaks).

Run with Debian's interpreter and python3-numpy (1.24):
    /usr/bin/python3 tests/golden/make_dtype_goldens.py
Fixed seed. Read by cpp/numpy/dtype_golden_test.cpp. A case:
  dtype  - "float32" or "bool";  shape - list;  data - float32 values as the 16 hex digits of the
           same value in float64 (exact), bools as 0/1
  str, repr - print(x), repr(x)
  relu   - [{leak, dtype, str, repr, dash_dtype, dash_repr}]: relu(x, leak) and relu_dash(x, leak)
           with the tutorial's definitions (leak as typed: "0" a Python int, "0.1" a float)
"""

import json
import math
import os
import random
import struct

import numpy as np

SEED = 3232
LEAKS = ["0", "0.1", "1", "-1", "0.0", "0.01", "2", "1.5", "1000", "65535", "65536", "-32768", "-32769",
         "1e300", "3.3e38", "3.4e38", "-0.5", "1e-50"]


def relu(x, leak=0):
    return np.where(x <= 0, leak * x, x)


def relu_dash(x, leak=0):
    return np.where(x <= 0, leak, 1)


def bits(v):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", float(v)))[0]


def f32_value(rng):
    k = rng.random()
    if k < 0.25:
        return round(rng.uniform(-10, 10), rng.randint(0, 4))
    if k < 0.35:
        return float(rng.randint(-1000, 1000))
    if k < 0.5:
        return struct.unpack("<f", struct.pack("<I", rng.getrandbits(32)))[0]
    if k < 0.6:
        return rng.choice([0.0, -0.0, math.nan, math.inf, -math.inf, 1e-45, -1e-45, 3.4028234663852886e38,
                           1.1754943508222875e-38, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 16777217.0, 1e8, 99999999.0])
    if k < 0.8:
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-8, 9)
    return rng.gauss(0, 1)


def shape_of(rng):
    k = rng.random()
    if k < 0.05:
        return []
    if k < 0.1:
        return [0] if rng.random() < 0.5 else [rng.randint(0, 3), 0]
    if k < 0.45:
        return [rng.randint(1, 12)]
    if k < 0.85:
        return [rng.randint(1, 8), rng.randint(1, 4)]
    if k < 0.97:
        return [rng.randint(1, 3), rng.randint(1, 3), rng.randint(1, 4)]
    return [rng.choice([40, 120])]


def case(x, rng, leaks):
    c = {"dtype": str(x.dtype), "shape": list(x.shape),
         "data": [bits(v) for v in x.ravel()] if x.dtype == np.float32 else [int(v) for v in x.ravel()],
         "str": str(x), "repr": repr(x), "relu": []}
    for leak in leaks:
        lv = int(leak) if all(ch in "-0123456789" for ch in leak) else float(leak)
        with np.errstate(all="ignore"):
            r, d = relu(x, lv), relu_dash(x, lv)
        c["relu"].append({"leak": leak, "dtype": str(r.dtype), "str": str(r), "repr": repr(r),
                          "dash_dtype": str(d.dtype), "dash_repr": repr(d)})
    return c


def main():
    rng = random.Random(SEED)
    cases = []
    for _ in range(600):
        shape = shape_of(rng)
        n = int(np.prod(shape)) if shape else 1
        if rng.random() < 0.3:  # one scale for the whole array (the usual case)
            scale = 10.0 ** rng.randint(-6, 8)
            vals = [round(rng.uniform(-1, 1), 3) * scale for _ in range(n)]
        else:
            vals = [f32_value(rng) for _ in range(n)]
        x = np.array(vals, dtype=np.float32).reshape(shape)
        cases.append(case(x, rng, rng.sample(LEAKS, 2) if x.size <= 50 else ["0.1"]))
    # The max/min > 1000 test NumPy makes in float32 arithmetic.
    for a, b in [(1000.0, 1.0), (1000.0001, 1.0), (0.001, 1.0), (999.99994, 1.0), (1.0, 0.0010000001), (1.0, 0.0009999999)]:
        cases.append(case(np.array([a, b], dtype=np.float32), rng, ["0"]))
    for shape in ([1001], [3, 400]):  # summarised
        cases.append(case(np.array([f32_value(rng) for _ in range(int(np.prod(shape)))], dtype=np.float32).reshape(shape), rng, ["0.1"]))
        cases.append(case(np.array([rng.random() < 0.5 for _ in range(int(np.prod(shape)))]).reshape(shape), rng, ["0"]))
    for _ in range(200):
        shape = shape_of(rng)
        n = int(np.prod(shape)) if shape else 1
        p = rng.random()
        x = np.array([rng.random() < p for _ in range(n)], dtype=bool).reshape(shape)
        cases.append(case(x, rng, rng.sample(LEAKS, 3) if x.size <= 50 else ["0"]))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dtype_goldens.json")
    with open(out, "w", encoding="utf-8") as f:
        f.write('{"numpy": %s, "seed": %d,\n"cases": [\n' % (json.dumps(np.__version__), SEED))
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
        f.write("\n]}\n")
    print("wrote %d cases to %s (%d bytes)" % (len(cases), out, os.path.getsize(out)))


if __name__ == "__main__":
    main()
