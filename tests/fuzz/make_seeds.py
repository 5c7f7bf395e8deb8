#!/usr/bin/python3
"""Writes the hand-made part of the fuzz seed corpora, tests/fuzz/corpus/<target>/seed-*.

    /usr/bin/python3 tests/fuzz/make_seeds.py

The seeds are committed; rerun this only to change them. Files named min-* beside them are
inputs libFuzzer found that reach new code (kept by `tests/fuzz/run.sh --merge`).

Layouts (see cpp/fuzz/fuzz_targets.h):
  parse:    the bytes are the text.
  format:   head (bit 0: int64, bits 1..: ndim % 5), one byte per axis, then values: a byte
            < 0x80 picks a palette value, a byte >= 0x80 is followed by 8 raw bytes (big-endian).
  evaluate: function index, parameter mask, curve byte, each set parameter, then the vector text.
"""

import json
import os
import struct

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "tests", "fuzz", "corpus")

VECTORS = [
    "[[0.2], [0.5], [1.2], [-2.3], [0]]",
    "[[0.11], [-2.2], [0], [50.2], [33.5], [-0.6]]",
    "[[-0.5], [0], [1], [2], [3], [4.5]]",
    "np.array([[0.2],[0.5]])",
    "numpy.array([1, 2, -3])",
    "array([[1., 2.], [3., 4.]])",
    "np.asarray((1, 2))",
    "[1, 2, -3]",
    "0.2, 0.5, -2.3",
    "0.2 0.5 -2.3",
    "[1 2 3]",
    "[[1 2]\n [3 4]]",
    "1.5",
    "-7",
    "[]",
    "[[], []]",
    "()",
    "(1,)",
    "((1, 2), (3, 4))",
    "[nan, inf, -inf, np.nan, np.inf, -np.inf, NaN, Infinity, np.NINF, math.pi, np.e]",
    "[\u22120.5, \u22122]",
    "[\u20131, \ufe632, \uff0d3]",
    "[1,\u00a02,\u20093]",
    "[1e308, -1e308, 1.7976931348623157e308, 5e-324, 2.2250738585072009e-308, -0.0, 0.0]",
    "[1e309, -1e400, 1e-400]",
    "[9223372036854775807, -9223372036854775808]",
    "[9223372036854775808]",
    "[18446744073709551615, 1]",
    "[18446744073709551616]",
    "[1_000, 0x10, 0o7, 0b1, 1j, 007, 00]",
    "[1.e5, .5e-3, 1E+2, 1_0.0_1]",
    "[[[[1]]]]",
    "[[[[[1]]]]]",
    "[[1], [2, 3]]",
    "[[1], 2]",
    "[1, [2]]",
    "[[1, 2], [3]]",
    "[1,, 2]",
    "[, 1]",
    "[1 2, 3]",
    "[1, 2 3]",
    "[[1], [2]",
    "[1]]",
    "[1)",
    "(1]",
    "np.array([1], dtype=float)",
    "np.array(",
    "np.zeros(3)",
    "[\"1\", '2']",
    "{1, 2}",
    "[1] # a comment\n",
    "[1, \\\n 2]",
    "[1, 2]  \t\r\n",
    "[1, \u202e2]",
    "[1, \u200f2, \u200e3]",
    "[1\x00]",
    "[\x01\x02\x7f]",
    "[<script>alert(1)</script>]",
    "[1, 2]<img src=x onerror=alert(1)>",
    "[" * 100 + "1" + "]" * 100,
    "(" * 100 + "1" + ")" * 100,
    "[" * 10000,
    "]" * 1000,
    "-" * 1000 + "1",
    "+-+-1",
    "[" + "9" * 5000 + "]",
    "[0." + "1" * 5000 + "]",
    "[1e" + "9" * 30 + "]",
    ", ".join(str(i) for i in range(1500)),
    ]


def write(target, name, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def golden_inputs():
    path = os.path.join(ROOT, "tests", "golden", "numpy_goldens.json")
    try:
        with open(path, encoding="utf-8") as f:
            goldens = json.load(f)
    except OSError:
        return []
    return [c["input"] for c in goldens.get("cases", [])][:40] + goldens.get("rejects", [])[:10]


def main():
    parse = VECTORS + golden_inputs()
    for i, text in enumerate(parse):
        write("parse", f"seed-{i:03d}", text.encode("utf-8", "surrogateescape") if isinstance(text, str) else text)
    # A few bytes that are not UTF-8 at all.
    write("parse", "seed-bytes-1", b"[1, \x80\x81]")
    write("parse", "seed-bytes-2", b"[\xed\xa0\x80]")
    write("parse", "seed-bytes-3", b"[\xe2\x88]")

    fmt = []
    for dtype in (0, 1):
        for shape in ([], [1], [5], [0], [3, 0], [2, 3], [5, 1], [2, 2, 2], [1, 1, 1, 1], [0xF2], [0xFA], [0xFB],
                      [2, 0xF6]):
            head = bytes([dtype | (len(shape) << 1)]) + bytes(shape)
            values = bytes(range(0, 24))
            fmt.append(head + values)
            raw = b"".join(b"\x80" + struct.pack(">d", v) for v in (0.1, -2.5e-7, 1e22, float("nan"), -0.0))
            fmt.append(head + raw)
    for i, data in enumerate(fmt):
        write("format", f"seed-{i:03d}", data)

    n = 0
    for fn_index in range(40):
        for vector in ("[[0.2], [0.5], [1.2], [-2.3], [0]]", "[1, 2, -3]",
                       "[0., -0., inf, -inf, nan, 5e-324, -5e-324, 1e-310, 1e308, -1e308]"):
            write("evaluate", f"seed-{n:03d}", bytes([fn_index, 0, 5]) + vector.encode())
            n += 1
        # Every parameter set: mode bytes cycle through the kinds in param_text.
        for k in range(4):
            params = b""
            for j in range(4):  # parameter j in mode 3k + j: each kind of value somewhere
                params += bytes([(3 * k + j) % 12 | (0x80 if j % 2 else 0), 128])
            write("evaluate", f"seed-{n:03d}", bytes([fn_index, 0x0F, 3 | 8]) + params + struct.pack(">d", -1e3)
                  + struct.pack(">d", 1e3) + b"[-1, 0, 0.5, 2]")
            n += 1


if __name__ == "__main__":
    main()
