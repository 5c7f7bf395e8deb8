#!/usr/bin/python3
"""Runs "Copy as NumPy" scripts in NumPy: a JSON list of scripts on stdin, a JSON list of what each
printed on stdout (or "EXCEPTION: ..." when it raised), twice: as a file, and as a notebook cell.

Used by tests/wasm/python-script.test.mjs with Debian's /usr/bin/python3 and python3-numpy. Each
script runs as a file would (compiled in "exec" mode, in fresh globals named __main__, its
standard output captured); the test also runs a few as real files with `python3 file.py`. As a
cell: the way IPython runs one (ast_node_interactivity "last_expr"), every statement but the last
as a module, the last interactively, so its value, if it is an expression, is echoed too. Scripts
over 100 KB run only as files. The scripts are the core's (built from the test corpora), not
reader input.
"""
import ast
import contextlib
import io
import json
import sys
import warnings



def run(codes):
    captured = io.StringIO()
    scope = {"__name__": "__main__"}
    try:
        with contextlib.redirect_stdout(captured):
            for code in codes:
                exec(code, scope)  # noqa: S102 (the core's own scripts)
        return captured.getvalue()
    except Exception as error:  # noqa: BLE001 (reported to the test)
        return f"EXCEPTION: {type(error).__name__}: {error}"


def as_cell(script):
    tree = ast.parse(script)
    body, last = tree.body[:-1], tree.body[-1:]
    return [compile(ast.Module(body=body, type_ignores=[]), "<cell>", "exec"),
            compile(ast.Interactive(body=last), "<cell>", "single")]


scripts = json.load(sys.stdin)
out = []
warnings.simplefilter("ignore")  # overflow warnings go to stderr; only what is printed counts
for script in scripts:
    as_file = run([compile(script, "<copy-as-numpy>", "exec")])
    cell = run(as_cell(script)) if len(script) < 100_000 else None
    out.append([as_file, cell])
json.dump(out, sys.stdout)
