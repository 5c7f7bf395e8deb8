#!/usr/bin/python3
"""For x = np.array(<expr>), each Python expression of {"exprs": [...], "snippet": "..."} on stdin:
print(x), print(relu(x)) and repr(relu_dash(x)), with relu and relu_dash defined by the snippet
(the catalogue's own "Copy as NumPy" text); JSON lists out.

Used by tests/wasm/hostile.test.mjs to hold the core's transcript of every accepted hostile test
vector to what NumPy prints for the same values (Debian's /usr/bin/python3 with python3-numpy).
The expressions are the catalogue's own (tests/hostile/catalogue.mjs), never reader input.
"""
import json
import sys

import numpy as np

request = json.load(sys.stdin)
scope = {"np": np}
exec(request["snippet"], scope)  # noqa: S102 (the catalogue's own text)
out = {"x": [], "fx": [], "dfx": []}
for expr in request["exprs"]:
    with np.errstate(all="ignore"):
        x = np.array(eval(expr, {"np": np}))  # noqa: S307 (the catalogue's own text)
        out["x"].append(str(x))
        out["fx"].append(str(scope["relu"](x)))
        out["dfx"].append(repr(scope["relu_dash"](x)))
json.dump({"numpy": np.__version__, "printed": out}, sys.stdout)
