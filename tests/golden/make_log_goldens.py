#!/usr/bin/python3
"""Writes tests/golden/log_goldens.json: log(x) correctly rounded, for cpp/numpy/random/cr_log.cpp.

The reference is Python's decimal: Decimal(x).ln() at 80 significant digits (correctly rounded
at that precision), then float() (correctly rounded): a double rounding that could only err if
the 80-digit value sat within 10**-80 relative of a midpoint between two doubles, far closer
than any double's log comes (Lefevre and Muller: about 2**-118 for the hardest inputs).
Inputs: the polar method's r2 = x1*x1 + x2*x2 in (0, 1), random bit patterns over the whole
positive range (subnormals included), values near 1, powers of two and extremes, and inputs where
this machine's C library log (math.log, glibc) is not correctly rounded.

    /usr/bin/python3 tests/golden/make_log_goldens.py
"""

import json
import math
import os
import random
import struct
from decimal import Decimal, getcontext

getcontext().prec = 80
SEED = 4242


def bits(v):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]


def from_bits(u):
    return struct.unpack("<d", struct.pack("<Q", u))[0]


def cr_log(x):
    return float(Decimal(x).ln())


def main():
    rng = random.Random(SEED)
    xs = []
    for _ in range(3000):
        a, b = 2 * rng.random() - 1, 2 * rng.random() - 1
        r2 = a * a + b * b
        if 0 < r2 < 1:
            xs.append(r2)
    for _ in range(1500):
        x = from_bits(rng.getrandbits(63))
        if 0 < x < math.inf:
            xs.append(x)
    for _ in range(300):
        xs.append(from_bits(rng.randint(1, 2**52 - 1)))  # subnormals
    for k in range(1, 200):
        xs += [1 + k * 2.0**-52, 1 - k * 2.0**-53]
    for _ in range(800):
        xs.append(1 + rng.choice([-1, 1]) * rng.random() * 2.0**-rng.randint(1, 52))
    xs += [2.0**e for e in range(-1074, 1024)]
    xs += [5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 0.5, 2.0, math.e, 10.0]
    glibc_misses = 0
    while glibc_misses < 400:
        a, b = 2 * rng.random() - 1, 2 * rng.random() - 1
        r2 = a * a + b * b
        if 0 < r2 < 1 and math.log(r2) != cr_log(r2):
            xs.append(r2)
            glibc_misses += 1
    xs = [x for x in xs if 0 < x < math.inf and x != 1.0]
    cases = [[bits(x), bits(cr_log(x))] for x in xs]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "log_goldens.json")
    with open(out, "w", encoding="utf-8") as f:
        f.write('{"reference": "decimal ln, 80 digits", "seed": %d, "glibc_misrounded": %d,\n"cases": [\n'
                % (SEED, glibc_misses))
        f.write(",\n".join(json.dumps(c) for c in cases))
        f.write("\n]}\n")
    print("wrote %d cases (%d where glibc's log is not correctly rounded) to %s" % (len(cases), glibc_misses, out))


if __name__ == "__main__":
    main()
