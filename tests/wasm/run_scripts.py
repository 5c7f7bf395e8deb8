#!/usr/bin/python3
"""Runs "Copy as NumPy" scripts in NumPy: a JSON list of scripts on stdin, a JSON list of what each
printed on stdout (or "EXCEPTION: ..." when it raised).

Used by tests/wasm/python-script.test.mjs with Debian's /usr/bin/python3 and python3-numpy. Each
script runs as a file would (compiled in "exec" mode, in fresh globals named __main__, its
standard output captured); the test also runs a few as real files with `python3 file.py`. The
scripts are the core's (built from the test corpora), not reader input.
"""
import contextlib
import io
import json
import sys
import warnings

scripts = json.load(sys.stdin)
out = []
warnings.simplefilter("ignore")  # overflow warnings go to stderr; only what is printed counts
for script in scripts:
    captured = io.StringIO()
    try:
        code = compile(script, "<copy-as-numpy>", "exec")
        with contextlib.redirect_stdout(captured):
            exec(code, {"__name__": "__main__"})  # noqa: S102 (the core's own scripts)
        out.append(captured.getvalue())
    except Exception as error:  # noqa: BLE001 (reported to the test)
        out.append(f"EXCEPTION: {type(error).__name__}: {error}")
json.dump(out, sys.stdout)
