#!/usr/bin/python3
"""Runs every catalogue entry's "Copy as NumPy" snippet in NumPy and compares it with the core.

Usage (ctest runs the first form, with Debian's /usr/bin/python3 and python3-numpy):
    check_numpy_snippets.py PATH/TO/core_tests   # runs its dump test into a temp dir, then checks
    check_numpy_snippets.py --dump catalogue.json [-v] [--as-run-only]

--as-run-only is for values from a build that does not link this machine's glibc (the WASM
module uses Emscripten's libm): run A's premise does not hold there, so only run B decides.

The C++ test CatalogueNumpyDump (cpp/activations/numpy_dump_test.cpp) writes, for each
function, its snippet and the core's f and f' on a dense grid (every 1/64 and every 0.1 on
[-10, 10], so the kinks too, and extremes: +-1.8e308, subnormals, +-0, +-inf, nan) for the
default parameters and two more sets, and on an int array; softmax gets a set of vectors.
This script exec()s each snippet, calls f(x, **params) and f_dash(x, **params), and compares
element by element in two runs:

A. Same formula. NumPy's transcendental ufuncs (exp, expm1, log, log1p, tanh, sin, cos,
   arctan) are routed to the C library the core links, so the snippet and the core do the same
   operations on the same numbers. Required: the same dtype and shape (int arrays give float64
   except in the tutorial's ReLUs), equal ints, NaN where the core has NaN, equal infinities,
   zeros of the same sign, and otherwise at most 4 ulp apart.

B. As a reader runs it, plain NumPy. NumPy's own exp/log/tanh/sin (SIMD, e.g. on AVX-512) may
   differ from the C library by a few ulp, and where a formula subtracts nearly equal terms (f'
   of GELU, SiLU, Mish near their zero crossings, x - tanh(x) near 0) that difference, and the
   rounding of the terms, is magnified relative to the small result. Required: the same as A,
   except that a value more than 4 ulp off passes within
       4 ulp of the value
     + the largest change seen when every transcendental result in the snippet is nudged by
       4 ulp (four seeded runs with random signs): the formula's sensitivity to NumPy's libm,
     + 4 ulp of the local scale, the largest |value| the core gives within +-1 of x in the same
       case (the whole array for softmax): the rounding of terms of that size.
   Away from cancellation the last two are a few ulp of the value itself.

In both, at x = +-inf the core returns the limit (softsign(inf) = 1) where the NumPy formula
may give nan (inf/inf); that is allowed. Every allowance used is counted in the report.

C. A 0-d x, plain NumPy. For a 0-d array NumPy gives a NumPy scalar or a 0-d array depending on
   how the snippet is built (ufuncs: a scalar; np.where: a 0-d array), and the two print
   differently under repr (0.25, array(0.25)): the core echoes f'(x) from a table,
   numpy_scalar_of_0d in cpp/activations/registry.cpp, written from NumPy runs. Required, for
   every function, f and f', with the default parameters:
   - at np.array(v) of float64 (v = 0.5, -2.0, 0.0; the table's premise) a NumPy scalar
     exactly where the table says so (native dumps only: the WASM module does not expose it);
   - for each 0-d text the dump typed on the page (the literals 0.5, -2.0 and 0, which the
     script writes as np.array(...), and programs whose x is a Python float, a NumPy scalar or
     a 0-d float32 array): the page's "Copy as NumPy" script, run, prints the core's three
     echoes: print(x), print(f(x)), print(repr(f_dash(x))); its x must be the core's (0-d, same
     dtype), and where it is a 0-d array its f, f' are a NumPy scalar exactly where the table
     says so. Where NumPy's value is not the core's to the bit (float32 arithmetic), the digits
     may differ: then only the form is compared (scalar or array(...), and any dtype=), and the
     allowance is counted.
   Run C needs the dump's "scalar_of_0d" (the table, optional: WASM does not expose it) and
   "zero_d" (required here; tests/edge/check_edge_cases.py reuses check() without them).
"""

import contextlib
import ctypes
import io
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import types

import numpy as np

MAX_ULP = 4
MAX_ULP_F32 = 4
F32_TINY = 1.1754943508222875e-38
TRANSCENDENTAL = {"exp": "exp", "expm1": "expm1", "log": "log", "log1p": "log1p",
                  "tanh": "tanh", "sin": "sin", "cos": "cos", "arctan": "atan"}


def c_library_numpy():
    """numpy with its transcendental ufuncs replaced by the C library's (libm)."""
    libm = ctypes.CDLL("libm.so.6")
    shim = types.SimpleNamespace(**{k: getattr(np, k) for k in dir(np) if not k.startswith("__")})
    for np_name, c_name in TRANSCENDENTAL.items():
        c_fn = getattr(libm, c_name)
        c_fn.restype, c_fn.argtypes = ctypes.c_double, [ctypes.c_double]
        setattr(shim, np_name, np.vectorize(c_fn, otypes=[float]))
    return shim


def nudged_numpy(seed):
    """numpy whose transcendental results are each moved by 4 ulp, up or down at random."""
    rng = np.random.default_rng(seed)
    shim = types.SimpleNamespace(**{k: getattr(np, k) for k in dir(np) if not k.startswith("__")})

    def nudge(ufunc):
        def nudged(*args, **kwargs):
            r = np.asarray(ufunc(*args, **kwargs))
            signs = rng.choice([-1.0, 1.0], size=r.shape)
            return r * (1 + signs * MAX_ULP * 2.0 ** -52)
        return nudged
    for np_name in TRANSCENDENTAL:
        setattr(shim, np_name, nudge(getattr(np, np_name)))
    return shim


def decode(array):
    shape = tuple(array["shape"])
    if array["dtype"] in ("int64", "bool"):
        return np.array([int(v) for v in array["data"]], dtype=np.int64).astype(array["dtype"]).reshape(shape)
    raw = np.array([int(v, 16) for v in array["data"]], dtype=np.uint64)
    return raw.view(np.float64).astype(array["dtype"]).reshape(shape)  # float32 values are exact


def ulps_apart_f32(a, b):
    """Distance in representable float32 values; +0 and -0 are the same point."""
    def ordered(v):
        i = int(np.array([v], dtype=np.float32).view(np.int32)[0])
        return i if i >= 0 else -(i & 0x7FFFFFFF)
    return abs(ordered(a) - ordered(b))


def compare_other_dtype(report, fid, label, x, core, refusal, run):
    """float32 and bool inputs, plain NumPy: the core's dtype (or its refusal) and values.

    float32 x: NumPy computes in float32 arithmetic (some snippets end in float64, after float32
    steps), the core in float64 (rounded once to float32 for a float32 result), so they may
    differ by a few float32 ulp, more where terms cancel: allowed within MAX_ULP_F32 float32 ulp
    of the value plus MAX_ULP_F32 float32 ulp of the local scale (as run B does for float64).
    The dtype must be NumPy's exactly.
    """
    try:
        with np.errstate(all="ignore"):
            mine = np.asarray(run())
    except TypeError:
        mine = None
    if refusal:
        if mine is None or mine.dtype == np.float16:
            report.allow(fid, "refused as NumPy does (" + ("TypeError" if mine is None else "float16") + ")")
        elif "float16" in refusal and not np.allclose(mine.astype(np.float64), core.astype(np.float64), rtol=1e-9):
            report.allow(fid, "refused: NumPy's value goes through float16")
        else:
            report.failures.append(f"{label}: core refuses ({refusal}), numpy gives {mine.dtype}")
        return
    if mine is None:
        report.failures.append(f"{label}: numpy raises TypeError, core gives {core.dtype}")
        return
    if x.dtype == np.bool_ or core.dtype == np.int64:
        compare(report, fid, label, x.astype(np.float64), core, mine)
        return
    # A float32 x: NumPy's arithmetic is float32 (at least in part, also where the result is
    # float64), the core's float64: compared at float32's precision.
    if mine.dtype != core.dtype or mine.shape != core.shape:
        report.failures.append(f"{label}: {mine.dtype}{mine.shape}, core {core.dtype}{core.shape}")
        return
    report.values += core.size
    xs, c, m = x.reshape(-1).astype(np.float64), core.reshape(-1), mine.reshape(-1)
    c64 = c.astype(np.float64)
    for i in range(c.size):
        ci, mi = float(c[i]), float(m[i])
        at = f"{label} at x = {float(xs[i]) if xs.size == c.size else i!r}"
        if math.isnan(ci) or math.isnan(mi):
            if not (math.isnan(ci) and math.isnan(mi)):
                if xs.size == c.size and math.isinf(xs[i]):
                    report.allow(fid, "limit at inf")
                else:
                    report.failures.append(f"{at}: core {ci!r}, numpy {mi!r}")
            continue
        if ci == mi:
            continue
        if math.isinf(ci) or math.isinf(mi):
            report.failures.append(f"{at}: core {ci!r}, numpy {mi!r}")
            continue
        ulp = ulps_apart_f32(ci, mi)
        key = fid + " float32"
        if ulp > report.worst.get(key, (-1, ""))[0]:
            report.worst[key] = (ulp, at)
        if ulp <= MAX_ULP_F32:
            continue
        scale = local_scale(xs if xs.size == c.size else None, c64, i)
        allowed = MAX_ULP_F32 * (ulp32(ci) + ulp32(scale))
        if abs(ci - mi) <= allowed:
            report.allow(fid, "float32 cancellation")
            continue
        if abs(mi) < F32_TINY and abs(ci - mi) <= 0.05 * abs(mi):
            # A float32 result below 2**-126: NumPy's float32 intermediates (exp(-100)) are
            # subnormal too, with only a few significant bits.
            report.allow(fid, "float32 subnormal")
            continue
        report.failures.append(f"{at}: core {ci!r}, numpy {mi!r}, {ulp} float32 ulp apart")


def ulp32(v):
    v = abs(float(np.float32(v)))
    if not math.isfinite(v):
        return 0.0
    return float(np.spacing(np.float32(v)))


def param_value(p):
    if "int" in p:
        return int(p["int"])
    return float(np.array([int(p["float"], 16)], dtype=np.uint64).view(np.float64)[0])


def ulps_apart(a, b):
    """Distance in representable doubles; +0 and -0 are the same point."""
    def ordered(v):
        i = int(np.array([v], dtype=np.float64).view(np.int64)[0])
        return i if i >= 0 else -(i & 0x7FFFFFFFFFFFFFFF)
    return abs(ordered(a) - ordered(b))


class Report:
    def __init__(self, name):
        self.name = name
        self.failures = []
        self.worst = {}  # function id -> (ulp, where)
        self.allowances = {}  # (function id, kind) -> count
        self.values = 0

    def allow(self, fid, kind):
        self.allowances[(fid, kind)] = self.allowances.get((fid, kind), 0) + 1

    def print(self, verbose):
        ok = "ok" if not self.failures else f"{len(self.failures)} FAILURES"
        print(f"{self.name}: {self.values} values, {ok}")
        if verbose:
            if not self.worst:
                print("    every value bit-identical to the core's")
            for fid, (ulp, where) in sorted(self.worst.items(), key=lambda kv: -kv[1][0]):
                print(f"    largest difference {ulp} ulp: {where}")
        for (fid, kind), n in sorted(self.allowances.items()):
            print(f"    {fid}: {n} value(s) within the {kind} allowance")
        for line in self.failures[:40]:
            print("    FAIL " + line)
        if len(self.failures) > 40:
            print(f"    ... and {len(self.failures) - 40} more")


def local_scale(xs, core, i):
    """The largest finite |core value| within +-1 of xs[i] (all of them without xs)."""
    finite = np.abs(np.where(np.isfinite(core), core, 0.0))
    if xs is None or not math.isfinite(xs[i]):
        return float(finite.max(initial=0.0)) if xs is None else abs(float(core[i]))
    return float(finite[np.abs(xs - xs[i]) <= 1].max(initial=0.0))


def compare(report, fid, label, x, core, mine, sensitivity=None):
    mine = np.asarray(mine)
    if mine.dtype != core.dtype or mine.shape != core.shape:
        report.failures.append(f"{label}: {mine.dtype}{mine.shape}, core {core.dtype}{core.shape}")
        return
    report.values += core.size
    if core.dtype == np.int64:
        if not np.array_equal(mine, core):
            report.failures.append(f"{label}: int values differ")
        return
    xs = x.reshape(-1) if x.size == core.size else None
    c, m = core.reshape(-1), mine.reshape(-1)
    s = sensitivity.reshape(-1) if sensitivity is not None else None
    for i in range(c.size):
        xi = float(xs[i]) if xs is not None else math.nan
        at = f"{label} at x = {xi!r}" if xs is not None else f"{label} at index {i}"
        ci, mi = float(c[i]), float(m[i])
        if math.isnan(ci) or math.isnan(mi):
            if math.isnan(ci) and math.isnan(mi):
                continue
            if math.isnan(mi) and math.isinf(xi):
                report.allow(fid, "limit at inf")
                continue
            report.failures.append(f"{at}: core {ci!r}, numpy {mi!r}")
            continue
        if ci == mi:
            if ci == 0 and math.copysign(1, ci) != math.copysign(1, mi):
                report.failures.append(f"{at}: core {ci!r}, numpy {mi!r} (sign of zero)")
            continue
        if math.isinf(ci) or math.isinf(mi):
            report.failures.append(f"{at}: core {ci!r}, numpy {mi!r}")
            continue
        ulp = ulps_apart(ci, mi)
        if ulp > report.worst.get(fid, (-1, ""))[0]:
            report.worst[fid] = (ulp, at)
        if ulp <= MAX_ULP:
            continue
        allowed = MAX_ULP * (math.ulp(ci) + math.ulp(local_scale(xs, c, i))) + float(s[i]) if s is not None else 0
        if abs(ci - mi) <= allowed:
            report.allow(fid, "cancellation")
            continue
        report.failures.append(f"{at}: core {ci!r}, numpy {mi!r}, {ulp} ulp apart")


def load(snippet, fid, numpy_like):
    namespace = {"np": numpy_like}
    exec(snippet, namespace)
    return namespace[fid], namespace[fid + "_dash"]


SIDES = {"x": "x", "f": "f", "df": "f'"}


def zero_d_kind(value):
    """What NumPy gave for a 0-d x, as a reader would say it."""
    if isinstance(value, np.ndarray):
        return f"a {value.ndim}-d {value.dtype} array"
    if isinstance(value, np.generic):
        return f"a NumPy scalar ({type(value).__name__})"
    return f"a Python {type(value).__name__}"


def is_numpy_scalar(value):
    return isinstance(value, np.generic)


def echo_form(text):
    """repr or str without its digits: 'array(...)' and any dtype= kept, the number dropped."""
    m = re.fullmatch(r"array\((.*?)(, dtype=\w+)?\)", text)
    return ("array", m.group(2) or "") if m else ("scalar", "")


def same_bits(value, core):
    mine = np.asarray(value)
    if mine.dtype != core.dtype or mine.shape != core.shape:
        return False
    if core.dtype.kind in "iub":
        return bool(np.array_equal(mine, core))
    a, b = mine.astype(np.float64).reshape(-1), core.astype(np.float64).reshape(-1)
    return all((math.isnan(p) and math.isnan(q)) or p.tobytes() == q.tobytes()
               for p, q in zip(a, b))


def check_zero_d(dump, report, required):
    """Run C: NumPy scalar or 0-d array for a 0-d x, against the table and the core's echoes.

    Dumps without 0-d cases (the edge-case dump) skip it, unless `required`."""
    for fn in dump["functions"]:
        fid, table = fn["id"], fn.get("scalar_of_0d")
        if not fn.get("zero_d"):
            if required:
                report.failures.append(f"{fid}: the dump has no 0-d cases (zero_d)")
            continue
        plain = load(fn["snippet"], fid, np)
        sides = (("f", fid, 0), ("df", fid + "_dash", 1))

        def against_table(side, got, call):
            said = "a NumPy scalar" if table[side] else "a 0-d array"
            if is_numpy_scalar(got) != table[side]:
                report.failures.append(f"{fid} {SIDES[side]}: {call} gives {zero_d_kind(got)} {got!r} "
                                       f"in NumPy, the core's table (numpy_scalar_of_0d) says {said}")
            report.values += 1
        if table is not None:
            for v in (0.5, -2.0, 0.0):
                x = np.array(v, dtype=np.float64)
                for side, name, index in sides:
                    with np.errstate(all="ignore"):
                        got = plain[index](x)
                    against_table(side, got, f"{name}(np.array({v!r}))")
        for case in fn["zero_d"]:
            where = f"{fid} on the page's x = {case['text']!r}"  # its "Copy as NumPy" script
            if not case["evaluated"]:
                report.failures.append(f"{where}: the core did not evaluate it")
                continue
            namespace, printed = {}, io.StringIO()
            try:
                with contextlib.redirect_stdout(printed), np.errstate(all="ignore"):
                    exec(case["script"], namespace)
            except Exception as e:  # noqa: BLE001  (any error of the reader's script is a failure)
                report.failures.append(f"{where}: the script raises {type(e).__name__}: {e}")
                continue
            lines = printed.getvalue().splitlines()
            x, core_x = namespace["x"], decode(case["x"])
            if np.shape(x) != () or np.asarray(x).dtype != core_x.dtype:
                report.failures.append(f"{where}: the script's x is {zero_d_kind(x)} {x!r}, "
                                       f"the core's a 0-d {core_x.dtype} array")
                continue
            echoes = [("x", "print(x)", case["x_echo"], x, core_x)]  # (side, line, echo, NumPy's, core's)
            for side, name, index in sides:
                with np.errstate(all="ignore"):
                    got = namespace[name](x)
                if table is not None and isinstance(x, np.ndarray):  # the table's premise
                    against_table(side, got, f"the page's script, x = {case['text']!r}: {name}(x)")
                shown = f"print({name}(x))" if index == 0 else f"print(repr({name}(x)))"
                echoes.append((side, shown, case[side + "_echo"], got, decode(case[side])))
            if len(lines) != len(echoes):
                report.failures.append(f"{where}: the script printed {len(lines)} lines, "
                                       f"not {len(echoes)}: {printed.getvalue()!r}")
                continue
            for (side, shown, echo, got, core), line in zip(echoes, lines):
                report.values += 1
                if line == echo:
                    continue
                if not same_bits(got, core) and echo_form(line) == echo_form(echo):
                    report.allow(fid, "0-d echo form-only (value not bit-equal)")
                    continue
                report.failures.append(f"{fid} {SIDES[side]}: the page's script, x = {case['text']!r}: "
                                       f"{shown} prints {line!r} in NumPy ({zero_d_kind(got)}), "
                                       f"the core echoes {echo!r}")


def check(dump, verbose, as_run_only=False, zero_d_required=False):
    same_formula, as_run = Report("A. same formula, C-library exp/log/tanh/sin"), Report("B. plain NumPy")
    zero_d = Report("C. 0-d x: NumPy scalar or 0-d array, and the core's echoes")
    c_numpy = c_library_numpy()
    nudged = [nudged_numpy(seed) for seed in range(4)]
    for fn in dump["functions"]:
        fid, snippet = fn["id"], fn["snippet"]
        plain, c_lib = load(snippet, fid, np), load(snippet, fid, c_numpy)
        nudged_fns = [load(snippet, fid, n) for n in nudged]
        for case in fn["cases"] + fn.get("dtype_cases", []):
            params = {k: param_value(v) for k, v in case["params"].items()}
            x = decode(case["x"])
            if x.dtype != np.float64 and x.dtype != np.int64:
                for which, index in (("f", 0), ("df", 1)):
                    label = f"{fid}{'_dash' if index else ''}({x.dtype} x{list(x.shape)}, **{params})"
                    compare_other_dtype(as_run, fid, label, x, decode(case[which]),
                                        case.get("refusal_" + which, ""), lambda: plain[index](x, **params))
                continue
            for which, index in (("f", 0), ("df", 1)):
                core = decode(case[which])
                label = f"{fid}{'_dash' if index else ''}(x, **{params})"
                with np.errstate(all="ignore"):
                    mine_c = c_lib[index](x, **params)
                    mine = plain[index](x, **params)
                    base = np.asarray(mine, dtype=np.float64)
                    spread = np.zeros(base.shape)
                    for n in nudged_fns:
                        moved = np.abs(np.asarray(n[index](x, **params), dtype=np.float64) - base)
                        spread = np.maximum(spread, np.where(np.isfinite(moved), moved, 0.0))
                compare(same_formula, fid, label, x, core, mine_c)
                compare(as_run, fid, label, x, core, mine, spread)
    print(f"{len(dump['functions'])} functions, NumPy {np.__version__}")
    check_zero_d(dump, zero_d, zero_d_required)
    same_formula.print(verbose)
    as_run.print(verbose)
    zero_d.print(False)  # its "values" are checks, not ulp comparisons
    if as_run_only:
        print("--as-run-only: run A reported for information; runs B and C decide")
        return not as_run.failures and not zero_d.failures
    return not same_formula.failures and not as_run.failures and not zero_d.failures


def dump_from(core_tests, env_var="ACT_DUMP_DIR", test_filter="CatalogueNumpyDump.*",
              file_name="catalogue.json"):
    """Runs a dump gtest of core_tests into a temporary directory and reads its JSON."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, **{env_var: tmp})
        run = subprocess.run([core_tests, f"--gtest_filter={test_filter}"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if run.returncode != 0:
            sys.exit(f"{core_tests} failed:\n{run.stdout}")
        with open(os.path.join(tmp, file_name), encoding="utf-8") as f:
            return json.load(f)


def read_dump(args, from_binary, usage):
    """The dump named on the command line: `--dump FILE`, or written by running the binary."""
    if len(args) == 2 and args[0] == "--dump":
        with open(args[1], encoding="utf-8") as f:
            return json.load(f)
    if len(args) == 1:
        return from_binary(args[0])
    sys.exit(usage)


def main(argv):
    verbose = "-v" in argv
    as_run_only = "--as-run-only" in argv
    args = [a for a in argv if a not in ("-v", "--as-run-only")]
    dump = read_dump(args, dump_from, __doc__)
    return 0 if check(dump, verbose, as_run_only, zero_d_required=True) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
