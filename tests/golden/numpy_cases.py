"""Random test vectors, typed the way readers type them, with NumPy's own output.

Shared by make_numpy_goldens.py (the committed corpus) and differential.py (fresh
random cases). Run with Debian's /usr/bin/python3 and its python3-numpy (1.24).

A case is a dict:
  input  - the text a reader types (np.array(eval(input)) gives the array, after
           mapping the Unicode minus to '-' and the bare names nan/inf to NumPy's)
  dtype, shape - what NumPy made of it
  str, repr    - print(x) and repr(x)
  relu   - [{leak, leak_dtype, str, dash_repr}]: print(relu(x, leak)) and
           repr(relu_dash(x, leak)) with the tutorial's definitions
"""

import math
import random
import struct

import numpy as np

UMINUS = "\u2212"
EVAL_NAMES = {"np": np, "numpy": np, "nan": np.nan, "inf": np.inf, "array": np.array}

# Leaks as a reader types them in the Leak box: Python decides int or float.
LEAKS_ALWAYS = ["0"]
LEAKS_FLOAT = ["0.1", "0.01", "0.3", ".1"]
LEAKS_OTHER = ["1", "2", "0.0", "1.5", "0.2", "1e-3", "-1", "-0.5"]


def relu(x, leak=0):
    return np.where(x <= 0, leak * x, x)


def relu_dash(x, leak=0):
    return np.where(x <= 0, leak, 1)


def numpy_eval(text):
    return np.array(eval(text.replace(UMINUS, "-"), dict(EVAL_NAMES)))


# ---------------------------------------------------------------- values

def random_double_bits(rng):
    while True:
        (v,) = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))
        if math.isfinite(v):
            return v


ALL_PROFILES = ["simple", "simple", "tutorial", "wide", "scale", "scale", "bits", "edges",
                "intlike", "long", "tiny", "huge", "mixed_sign_scale", "halfway"]
BIG_PROFILES = ["simple", "tutorial", "intlike", "binary", "scale2"]  # short to type, for arrays over the threshold


def float_values(rng, n, profiles=ALL_PROFILES):
    """n float64 values drawn from one 'profile', so arrays hit every FloatingFormat branch."""
    profile = rng.choice(profiles)
    out = []
    k = rng.randint(-12, 12)
    for _ in range(n):
        if profile == "binary":
            v = rng.choice([0.0, 1.0, -1.0, 0.5, -0.5, 0.25])
        elif profile == "scale2":  # two digits, any magnitude: exp format in few characters
            v = float("%.1e" % (rng.choice([-1, 1]) * rng.uniform(1, 10) * 10.0 ** rng.randint(k - 3, k + 3) * 10 ** k))
        elif profile == "simple":
            v = round(rng.uniform(-10, 10), rng.randint(0, 3))
        elif profile == "tutorial":
            v = rng.choice([0.2, 0.5, 1.2, -2.3, 0.0, 0.11, -2.2, 50.2, 33.5, -0.6, -0.5, 1.0, 2.0, 3.0, 4.5])
        elif profile == "wide":
            v = rng.choice([-1, 1]) * 10 ** rng.uniform(-300, 300)
        elif profile == "scale":
            v = rng.choice([-1, 1]) * rng.uniform(1, 10) * 10.0 ** k
            if rng.random() < 0.5:
                v = float("%.*g" % (rng.randint(1, 6), v))
        elif profile == "mixed_sign_scale":
            v = rng.choice([-1, 1]) * 10.0 ** rng.randint(k - 4, k + 4) * rng.choice([1, 1.5, 2.25, 9.99])
        elif profile == "bits":
            v = random_double_bits(rng)
        elif profile == "edges":
            v = rng.choice([1e8, 99999999.0, 99999999.5, 1e-4, 0.0001000001, 9.9999e-5, 1000.0, 1e3 + 1,
                            0.001, 1.0, 1e16, 1e-16, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
                            0.1, 0.3, 1 / 3, 2 / 3, 123456789.0, 12345678.9, 0.5, 1e15, 9007199254740993.0])
            v *= rng.choice([1, 1, -1])
        elif profile == "intlike":
            v = float(rng.randint(-1000, 1000))
        elif profile == "long":
            v = float("%.*g" % (rng.randint(9, 17), rng.uniform(-1, 1) * 10 ** rng.randint(-3, 7)))
        elif profile == "tiny":
            v = rng.choice([-1, 1]) * 10 ** rng.uniform(-323.5, -290)
        elif profile == "huge":
            v = rng.choice([-1, 1]) * 10 ** rng.uniform(290, 308.2)
        else:  # halfway: digits that sit on a rounding boundary at precision 8
            v = float("%d.%08d5" % (rng.randint(0, 99), rng.randint(0, 10 ** 8 - 1)))
            v *= rng.choice([1, -1])
        out.append(v)
    # Sprinkle the special values: zeros, -0., nan, inf.
    if rng.random() < 0.35:
        for _ in range(rng.randint(1, max(1, n // 3))):
            out[rng.randrange(n)] = rng.choice([0.0, -0.0, 0.0, math.nan, math.inf, -math.inf])
    return out


def int_values(rng, n, short=False):
    profile = rng.choice(["small", "binary"] if short else ["small", "small", "binary", "wide", "big", "extreme"])
    out = []
    for _ in range(n):
        if profile == "small":
            v = rng.randint(-10, 10)
        elif profile == "binary":
            v = rng.randint(0, 1)
        elif profile == "wide":
            v = rng.randint(-10 ** rng.randint(1, 9), 10 ** rng.randint(1, 9))
        elif profile == "big":
            v = rng.randint(-(2 ** 63), 2 ** 63 - 1)
        else:
            v = rng.choice([2 ** 63 - 1, -(2 ** 63), 0, -1, 1, 2 ** 62, -(2 ** 53) - 1])
        out.append(v)
    return out


# ---------------------------------------------------------------- text

def float_text(rng, v):
    """One float, written as a reader might: repr, or an equivalent Python literal."""
    if math.isnan(v):
        return rng.choice(["nan", "np.nan", "numpy.nan", "np.NaN", "np.NAN"])
    if math.isinf(v):
        t = rng.choice(["inf", "np.inf", "numpy.inf", "np.Inf", "np.Infinity"])
        if v < 0:
            return rng.choice(["-", UMINUS]) + t if t != "np.inf" or rng.random() < 0.7 else "np.NINF"
        return t
    s = repr(v)
    neg = s.startswith("-")
    body = s[1:] if neg else s
    r = rng.random()
    if r < 0.08 and body.startswith("0.") and len(body) > 2:
        body = body[1:]  # .5
    elif r < 0.14 and body.endswith(".0"):
        body = body[:-1]  # 5.
    elif r < 0.18 and "e" in body:
        body = body.replace("e", "E")
    elif r < 0.22 and "e" not in body and "." in body:
        ip, fp = body.split(".")
        if len(ip) >= 4:
            body = ip[:-3] + "_" + ip[-3:] + "." + fp  # 1_234.5
    elif r < 0.25 and "e" not in body and abs(v) >= 1e-3:
        body = "%se0" % body if rng.random() < 0.5 else body
    sign = ""
    if neg:
        sign = UMINUS if rng.random() < 0.15 else "-"
    elif rng.random() < 0.03:
        sign = "+"
    return sign + body


def int_text(rng, v):
    s = str(abs(v))
    if len(s) > 4 and rng.random() < 0.1:
        s = s[:-3] + "_" + s[-3:]
    if v < 0:
        return (UMINUS if rng.random() < 0.15 else "-") + s
    return ("+" if rng.random() < 0.03 else "") + s


def nested_text(rng, flat, shape, fmt):
    """Python nested-list (or tuple) literal, built without recursion limits."""
    it = iter(flat)
    sep = rng.choice([", ", ",", ", ", " , ", ",\n "])
    tuples = rng.random() < 0.05

    def build(dims):
        if not dims:
            return fmt(next(it))
        parts = [build(dims[1:]) for _ in range(dims[0])]
        if tuples:
            return "(" + sep.join(parts) + ("," if len(parts) == 1 else "") + ")"
        trailing = "," if rng.random() < 0.03 and parts else ""
        return "[" + sep.join(parts) + trailing + "]"

    return build(list(shape))


def wrap_text(rng, body, shape):
    r = rng.random()
    if len(shape) == 1 and shape[0] >= 2 and r < 0.15:
        return body.strip()[1:-1].strip().replace("\n", "")  # a bare 1-D list: 0.2, 0.5, -2.3
    if r < 0.45:
        return "np.array(%s)" % body
    if r < 0.5:
        return "numpy.array(%s)" % body
    if r < 0.53:
        return "  %s \n" % body
    return body


def make_array_case(rng, shape, dtype, profiles=ALL_PROFILES):
    n = int(np.prod(shape)) if shape else 1
    if dtype == "int64":
        flat = int_values(rng, n, short=profiles is BIG_PROFILES)
        fmt = lambda v: int_text(rng, v)  # noqa: E731
    else:
        flat = float_values(rng, n, profiles) if n else []
        # A float array may still be typed with some integers, as the tutorial does ([0]).
        int_ok = rng.random() < 0.3
        fmt = lambda v: (int_text(rng, int(v)) if int_ok and math.isfinite(v) and v == int(v) and  # noqa: E731
                         not (v == 0 and math.copysign(1, v) < 0) and abs(v) < 2 ** 53 and rng.random() < 0.5
                         else float_text(rng, v))
        if int_ok and n and all(math.isfinite(v) and v == int(v) for v in flat):
            fmt_first = fmt
            first = [True]

            def fmt(v):  # keep at least one float literal so NumPy makes float64
                if first[0]:
                    first[0] = False
                    return float_text(rng, v)
                return fmt_first(v)
    if not shape:
        text = fmt(flat[0])
        if rng.random() < 0.4:
            text = "np.array(%s)" % text
        return text, flat
    body = nested_text(rng, flat, shape, fmt)
    return wrap_text(rng, body, shape), flat


# ---------------------------------------------------------------- shapes

def random_shape(rng):
    r = rng.random()
    if r < 0.05:
        return ()
    if r < 0.10:
        return rng.choice([(0,), (2, 0), (1, 0), (3, 0), (2, 3, 0), (1, 1, 0), (2, 1, 2, 0)])  # Python lists cannot spell (0, 3)
    if r < 0.35:
        return (rng.randint(1, 12),)
    if r < 0.45:
        return (rng.randint(13, 26),)  # rows long enough to wrap at 75 columns
    if r < 0.70:
        return (rng.randint(1, 5), rng.choice([1, 1, 2, 3, rng.randint(1, 8)]))
    if r < 0.75:
        return (rng.randint(1, 2), rng.randint(12, 20))
    if r < 0.88:
        return (rng.randint(1, 3), rng.randint(1, 3), rng.randint(1, 3))
    return (rng.randint(1, 2), rng.randint(1, 3), rng.randint(1, 2), rng.randint(1, 3))


def big_shape(rng):
    """Shapes over NumPy's threshold of 1000 elements, or right at it."""
    return rng.choice([
        (1000,), (1001,), (rng.randint(1001, 1100),), (40, 26), (7, 150), (1, 1001),
        (11, 10, 10), (2, 501), (6, 6, 6, 6), (2, 3, 13, 13), (10, 101), (1001, 1),
        (8, 9, 14), (1, 1, 1, 1001), (5, 5, 5, 9), (20, 10, 6),
    ])


# ---------------------------------------------------------------- outputs

def leak_value(text):
    v = eval(text)
    return v, ("int" if isinstance(v, int) else "float")


def outputs(x, leaks):
    res = []
    for text in leaks:
        leak, kind = leak_value(text)
        with np.errstate(all="ignore"):
            r = relu(x, leak)
            d = relu_dash(x, leak)
        res.append({"leak": text, "leak_dtype": kind, "str": str(r), "dash_repr": repr(d)})
    return res


def same_array(a, b):
    if a.dtype != b.dtype or a.shape != b.shape:
        return False
    if a.dtype.kind == "f":  # bitwise, so -0. and 0. differ; any NaN equals any NaN
        an, bn = np.isnan(a), np.isnan(b)
        bits = lambda v, m: np.where(m, 0.0, v).astype(np.float64).view(np.uint64)  # noqa: E731
        return bool(np.array_equal(an, bn) and np.array_equal(bits(a, an), bits(b, bn)))
    return bool(np.array_equal(a, b))


def make_case(rng, shape, dtype, n_leaks, profiles=ALL_PROFILES):
    text, flat = make_array_case(rng, shape, dtype, profiles)
    x = numpy_eval(text)
    want = np.array(flat, dtype=dtype).reshape(shape)
    if not same_array(x, want):
        raise AssertionError("generator bug: %r reads as %r, wanted %r" % (text, x, want))
    # Always the tutorial's int 0, then a typical float leak or (a third of the time) another one.
    leaks = LEAKS_ALWAYS + [rng.choice(LEAKS_FLOAT) if rng.random() < 0.67 else rng.choice(LEAKS_OTHER)]
    if rng.random() < 0.35:  # the corpus has to stay small: some cases check the float leak alone
        leaks = leaks[1:]
    leaks = leaks[:n_leaks]
    rng.shuffle(leaks)
    return {
        "input": text,
        "dtype": str(x.dtype),
        "shape": list(x.shape),
        "str": str(x),
        "repr": repr(x),
        "relu": outputs(x, leaks),
    }


def ragged_cases(rng):
    """Inputs NumPy refuses (inhomogeneous shapes): the parser must refuse them too."""
    out = []
    for _ in range(120):
        rows = [[rng.randint(-9, 9) for _ in range(rng.randint(0, 4))] for _ in range(rng.randint(2, 5))]
        if len({len(r) for r in rows}) == 1:
            rows[rng.randrange(len(rows))].append(1)
        text = repr(rows)
        if rng.random() < 0.3:
            text = "[%s, %s]" % (text, repr([rows]))
        try:
            numpy_eval(text)
        except ValueError:
            out.append(text)
    return out + ["[1, [2]]", "[[1], 2]", "[[1, 2], [3]]", "[[[1]], [2]]", "[[], [1]]", "[[1], []]",
                  "[[[1, 2]], [[3]]]", "np.array([[1, 2], [3, 4, 5]])"]


def generate(seed, n_small, n_big):
    rng = random.Random(seed)
    cases = []
    for _ in range(n_small):
        shape = random_shape(rng)
        dtype = "int64" if rng.random() < 0.3 else "float64"
        if dtype == "int64" and 0 in shape:
            dtype = "float64"  # NumPy makes [] and [[]] float64
        cases.append(make_case(rng, shape, dtype, 2))
    for _ in range(n_big):
        shape = big_shape(rng)
        dtype = "int64" if rng.random() < 0.35 else "float64"
        profiles = BIG_PROFILES
        cases.append(make_case(rng, shape, dtype, 2, profiles))
    return cases
