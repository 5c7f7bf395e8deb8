#!/usr/bin/python3
"""print(np.array(<expr>)) for each Python expression in a JSON list on stdin; a JSON list out.

Used by tests/wasm/hostile.test.mjs to hold the core's print(x) of every accepted hostile test
vector to what NumPy prints for the same values (Debian's /usr/bin/python3 with python3-numpy).
The expressions are the catalogue's own (tests/hostile/catalogue.mjs), never reader input.
"""
import json
import sys

import numpy as np

exprs = json.load(sys.stdin)
out = []
for expr in exprs:
    with np.errstate(all="ignore"):
        out.append(str(np.array(eval(expr, {"np": np}))))  # noqa: S307 (the catalogue's own text)
json.dump({"numpy": np.__version__, "printed": out}, sys.stdout)
