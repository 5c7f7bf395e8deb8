"""Random NumPy programs of the kind the widget reads, and what NumPy 1.24 makes of them.

generate(seed, n) -> (cases, errors):
  cases:  {"program", "random", "dtype", "str", "repr",
           "relu": [{"leak", "str", "dash_repr"}], "choice": {fn, params} | null}
  errors: {"program"} that NumPy (Python) refuses; the widget must refuse them too.
Programs are run by Python's exec in a namespace holding np and the tutorial's relu/relu_dash:
this is the test's oracle, never part of the product.
"""

import ast
import random
import warnings

import numpy as np

LEAKS = ["0", "0.0", "0.1", ".01", "1", "2", "0.5"]


def relu(x, leak=0):
    return np.where(x <= 0, leak * x, x)


def relu_dash(x, leak=0):
    return np.where(x <= 0, leak, 1)


class _Tracker:
    """Records the last relu/relu_dash call, as the widget's program choice does."""

    def __init__(self):
        self.choice = None

    def wrap(self, fn, name, program):
        def call(x, *args, **kwargs):
            if args or "leak" in kwargs:
                self.choice = "leaky_relu"
            else:
                self.choice = "relu"
            return fn(x, *args, **kwargs)
        return call


def run(program):
    """(value, choice) as the widget defines them, or raises what Python raises."""
    tree = ast.parse(program)
    tracker = _Tracker()
    ns = {"np": np, "relu": tracker.wrap(relu, "relu", program), "relu_dash": tracker.wrap(relu_dash, "relu_dash", program),
          "print": lambda *a, **k: None, "nan": np.nan, "inf": np.inf}
    last = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        np.random.seed(0)  # programs that draw without seeding are not in the corpus
        for stmt in tree.body:
            if isinstance(stmt, ast.Expr):
                v = eval(compile(ast.Expression(stmt.value), "<program>", "eval"), ns)
                if v is not None:
                    last = v
            else:
                exec(compile(ast.Module([stmt], type_ignores=[]), "<program>", "exec"), ns)
    value = ns["x"] if "x" in ns else last
    if value is None:
        raise ValueError("no value")
    return value, tracker.choice


def describe(x):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # (no shape, no leak's dtype: the repr and the leak's text say them)
        case = {"dtype": str(x.dtype), "str": str(x), "repr": repr(x), "relu": []}
        for leak in LEAKS:
            lv = eval(leak)
            case["relu"].append({"leak": leak, "str": str(relu(x, lv)), "dash_repr": repr(relu_dash(x, lv))})
    return case


class Gen:
    def __init__(self, rng):
        self.r = rng

    def pint(self, lo=-5, hi=9):
        return self.r.randint(lo, hi)

    def num(self):
        r = self.r.random()
        if r < 0.35:
            return str(self.pint())
        if r < 0.7:
            return self.r.choice(["0.5", "0.1", "-0.25", "1.5", "2.0", ".3", "3.", "1e-3", "-2.5", "0.0", "-0.0", "7.25"])
        if r < 0.8:
            return self.r.choice(["1e300", "100000", "70000", "65504", "3.5e38", "1e-50", "-1e10", "2**40", "255"])
        if r < 0.9:
            return self.r.choice(["np.pi", "np.e", "np.nan", "np.inf", "-np.inf"])
        return self.r.choice(["True", "False", "(2 ** 3)", "(7 // 2)", "(1 / 3)", "(-3) % 5"])

    def dtype(self):
        return self.r.choice(["float", "int", "bool", "np.float32", "np.float64", "np.int64", "np.bool_",
                              "'float32'", "'float64'", "'int64'", "'bool'"])

    def literal(self):
        n = self.r.randint(1, 6)
        items = [self.num() for _ in range(n)]
        items = [i for i in items if "**" not in i and "//" not in i and "/" not in i and "%" not in i and "(" not in i] or ["1"]
        if self.r.random() < 0.4:
            return "[" + ", ".join("[%s]" % i for i in items) + "]"
        return "[" + ", ".join(items) + "]"

    def constructor(self):
        r = self.r.random()
        g = self
        if r < 0.2:
            a, b = g.pint(-6, 3), g.pint(0, 7)
            args = "%s, %s, %d" % (a, b, g.r.randint(0, 12))
            if g.r.random() < 0.3:
                args = "%s, %s, %d" % (g.r.choice(["-5", "-1.5", "0", "-np.pi"]), g.r.choice(["5", "2.5", "1", "np.pi"]), g.r.randint(0, 12))
            if g.r.random() < 0.2:
                args += ", endpoint=False"
            if g.r.random() < 0.15:
                args += ", dtype=" + g.r.choice(["np.float32", "int"])
            return "np.linspace(%s)" % args
        if r < 0.4:
            form = g.r.random()
            if form < 0.3:
                return "np.arange(%d)" % g.r.randint(0, 12)
            if form < 0.6:
                return "np.arange(%d, %d)" % (g.pint(-6, 2), g.pint(-2, 9))
            if form < 0.8:
                return "np.arange(%s, %s, %s)" % (g.r.choice(["-3", "0", "-1.5", "2"]), g.r.choice(["4", "3.3", "-2", "5"]),
                                                  g.r.choice(["0.7", "0.5", "2", "-1", "0.25", "1.1", "-0.3"]))
            return "np.arange(%s, %s, %s, dtype=%s)" % (g.r.choice(["-3", "0", "1"]), g.r.choice(["4", "6"]), g.r.choice(["1", "2", "0.5"]),
                                                        g.r.choice(["np.float32", "float", "np.int64"]))
        if r < 0.6:
            lit = g.literal()
            if g.r.random() < 0.4:
                return "np.array(%s, dtype=%s)" % (lit, g.dtype())
            return "np.%s(%s)" % (g.r.choice(["array", "asarray"]), lit)
        if r < 0.72:
            shape = g.r.choice(["3", "(2, 3)", "(4, 1)", "[2, 2]", "(0,)", "5"])
            which = g.r.choice(["zeros", "ones", "full"])
            if which == "full":
                return "np.full(%s, %s)" % (shape, g.r.choice(["2", "0.5", "-1.25", "True", "np.nan"]))
            if g.r.random() < 0.4:
                return "np.%s(%s, dtype=%s)" % (which, shape, g.dtype())
            return "np.%s(%s)" % (which, shape)
        if r < 0.8:
            return "np.%s(%s)" % (g.r.choice(["zeros_like", "ones_like"]), g.literal())
        # random, always seeded first by the statement that uses it
        which = g.r.choice(["rand(%d)" % g.r.randint(1, 6), "rand(%d, %d)" % (g.r.randint(1, 4), g.r.randint(1, 3)),
                            "randn(%d, 1)" % g.r.randint(1, 6), "randn(%d)" % g.r.randint(1, 7),
                            "random(%d)" % g.r.randint(1, 5), "random_sample(size=(%d, 2))" % g.r.randint(1, 3),
                            "uniform(-1, 1, size=%d)" % g.r.randint(1, 6), "normal(0, 2, size=(%d, 1))" % g.r.randint(1, 5),
                            "standard_normal(%d)" % g.r.randint(1, 6), "randint(-5, 5, size=%d)" % g.r.randint(1, 7),
                            "randint(10, size=(2, %d))" % g.r.randint(1, 4), "uniform(size=3)", "normal(size=4)"])
        return "np.random." + which

    def shape_op(self, e):
        r = self.r.random()
        if r < 0.25:
            return "(%s).reshape(-1, 1)" % e
        if r < 0.35:
            return "(%s).reshape((1, -1))" % e
        if r < 0.5:
            return "(%s)[:, np.newaxis]" % e if self.r.random() < 0.5 else "(%s)[:, None]" % e
        if r < 0.55:
            return "(%s)[np.newaxis, :]" % e
        if r < 0.65:
            return "(%s).T" % e
        if r < 0.75:
            return "(%s).ravel()" % e if self.r.random() < 0.5 else "(%s).flatten()" % e
        if r < 0.85:
            return "(%s).astype(%s)" % (e, self.dtype())
        return "(%s)[%s]" % (e, self.r.choice(["1:", ":2", "::2", "::-1", "-3:", "1:-1", "..."]))

    def special(self):
        """Constructs the random compositions rarely reach: broadcasting, integer indexing,
        int64 wrapping, bool arithmetic, float32 value-based casting, scalar draws."""
        g = self.r
        return g.choice([
            "np.arange(3).reshape(-1, 1) + np.arange(%d)" % g.randint(1, 5),
            "np.arange(6).reshape(2, 3)[%s]" % g.choice(["1", "-1", "1, ::2", "..., None", ":, 1", "0, 2", "::-1, 1:"]),
            "np.arange(4) * 2 ** %d" % g.choice([31, 62]),
            "np.array([True, False, True]) %s %s" % (g.choice(["+", "*", "/"]), g.choice(["True", "1", "2.5", "np.array([True, True, False])"])),
            "np.array([1.5, -2.25], dtype=np.float32) %s %s" % (g.choice(["+", "*", "-", "/", "//", "%", "**"]),
                                                                g.choice(["2", "100000", "70000", "0.1", "1e300", "3.5e38", "np.float32(2)", "np.array(3.0)", "True", "-1"])),
            "np.full((2, 2), %s, dtype=%s)" % (g.choice(["3", "0.1", "-2.5", "np.nan"]), g.choice(["np.float32", "float", "int", "bool"])),
            "np.linspace(%s, %s, %s)" % (g.choice(["0", "-1", "2.5"]), g.choice(["1", "-3", "1e-300"]), g.choice(["0", "1", "2", "num=3", "4, endpoint=False"])),
            "np.arange(%s)" % g.choice(["-3, 4, 0.7", "0.1, 1.0, 0.1", "10, 0, -3", "-2.5, 2.5", "1, 2, 0.3", "5.0", "0, 1, 1/3"]),
            "np.array(%s) %s np.array(%s)" % (g.choice(["[1, 2, 3]", "[0.5, -1.5, 2.0]", "[[1], [2]]"]), g.choice(["+", "-", "*", "/", "//", "%", "**"]),
                                             g.choice(["[2, 0, -1]", "[0.5, 0.0, -0.0]", "[[3, 4, 5]]", "2"])),
            "np.arange(-3, 4) %s %s" % (g.choice(["//", "%", "/"]), g.choice(["0", "2", "-2", "0.0", "np.inf"])),
            "np.array([%s])" % ", ".join(g.choice(["1", "2.5", "True", "np.float32(0.1)", "np.nan", "-0.0"]) for _ in range(g.randint(1, 4))),
            "x0 = np.arange(5) - 2\nx0 * 1.5",
            "3 * 0.5", "7 // 2", "2 ** -2", "-7 % 3", "np.pi * 2", "np.float32(0.1) * 3",
            "np.random.seed(%d); np.random.%s" % (g.randint(0, 1000), g.choice(["rand()", "randint(5)", "normal()", "uniform()", "standard_normal()", "random_sample()", "randint(-3, 3)"])),
            "np.arange(6).reshape((2, 3)).T.flatten()[::%d]" % g.randint(1, 3),
            "np.ones((2, 3), dtype=np.float32).astype(%s) * np.arange(3)" % self.dtype(),
            "np.zeros_like(np.arange(%d), dtype=%s) + 1" % (g.randint(0, 4), self.dtype()),
            "np.arange(−%d, %d)" % (g.randint(1, 4), g.randint(1, 4)),
        ])

    def expr(self, depth=0):
        r = self.r.random()
        if depth == 0 and r < 0.15:
            return self.special()
        if depth > 2 or r < 0.35:
            return self.constructor()
        if r < 0.7:
            op = self.r.choice(["+", "-", "*", "/", "//", "%", "**", "*", "+"])
            left = self.expr(depth + 1)
            right = self.num() if self.r.random() < 0.6 else self.expr(depth + 1)
            if op == "**":
                right = self.r.choice(["2", "3", "0.5", "2.0", "-1", "0"])
            if self.r.random() < 0.5:
                return "(%s) %s %s" % (left, op, right)
            return "%s %s (%s)" % (right, op, left)
        if r < 0.8:
            return "-(%s)" % self.expr(depth + 1)
        return self.shape_op(self.expr(depth + 1))

    def program(self):
        e = self.expr()
        seed = "np.random.seed(%d)\n" % self.r.choice([0, 1, 42, 123, 2 ** 32 - 1, self.r.randint(0, 2 ** 32 - 1)])
        form = self.r.random()
        if form < 0.3:
            body = "x = " + e
        elif form < 0.5:
            body = e
        elif form < 0.6:
            body = "import numpy as np\nx = %s\nprint(x)" % e
        elif form < 0.7:
            body = "a = %s; x = a * %s" % (e, self.num())
        elif form < 0.8:
            body = "x = %s  # a comment\nrelu(x, leak = %s)" % (e, self.r.choice(["0.1", ".1", "0", "0.5", "2"]))
        elif form < 0.9:
            body = "x = %s\nrelu_dash(x)" % e
        else:
            body = "y = %s\nx = y.reshape(-1, 1) if False else y" % e if False else "y = %s\nx = y" % e
        if "np.random." in body:
            body = seed + body
        return body


def error_programs(rng):
    """Programs Python or NumPy refuses: the widget must refuse them too."""
    return [
        "np.arange(3) + np.arange(4)", "np.zeros((2, 3)).reshape(4, 2)", "x = np.array([1, 2]) ** -1",
        "np.array([True]) - True", "-np.array([True, False])", "1 / 0", "1.0 // 0", "5 % 0", "np.linspace(0, 1, -1)",
        "np.arange(5)[7]", "np.arange(6).reshape(-1, -1)", "np.random.seed(-1)", "np.random.seed(2**32)",
        "np.random.randint(5, 1)", "np.random.normal(0, -1, size=3)", "np.zeros(-1)", "x = 1; y = x[0]",
        "np.arange(3)[:, :, :]", "2 ** 64", "x = (-8) ** (1 / 3)", "np.arange(0, 1, 0)", "undefined_name + 1",
    ]


def generate(seed, n):
    rng = random.Random(seed)
    g = Gen(rng)
    cases, seen = [], set()
    attempts = 0
    while len(cases) < n and attempts < n * 20:
        attempts += 1
        p = g.program()
        if p in seen:
            continue
        seen.add(p)
        try:
            value, choice = run(p.replace("\u2212", "-"))
            x = np.asarray(value)
        except Exception:
            continue
        if x.dtype.name not in ("int64", "float64", "float32", "bool") or x.ndim > 4 or x.size > 2000:
            continue
        case = {"program": p, "random": "np.random." in p}
        case.update(describe(x))
        case["choice"] = choice
        cases.append(case)
    errors = []
    for p in error_programs(rng):
        try:
            run(p)
        except Exception:
            errors.append({"program": p})
    return cases, errors
