#!/usr/bin/env python3
"""The oracle: what CPython 3.13 says about a piece of Python source.

Every golden file in the repository comes from this script, run by the
scripts next to it, so anyone with CPython 3.13 can regenerate them.

  oracle.py tokens [-e] FILE|-        exactly `python -m tokenize [-e] FILE`
  oracle.py ast [--attributes] [--indent N] [--mode M] FILE|-
                                      ast.dump(ast.parse(...)) or the error
  oracle.py batch STAGE [ARGS...]     one JSON line per path read on stdin:
                                      {"path", "out", "err", "status"}

Run it with CPython 3.13 (PEGLAB_PYTHON, or `PYENV_VERSION=3.13.0 python3.13`).
Stages register themselves in STAGES; each takes (path, argv) and returns
(stdout text, stderr text, exit status).
"""

import argparse
import ast
import io
import json
import os
import subprocess
import sys
import traceback

if sys.version_info[:2] != (3, 13):
    sys.exit("oracle.py needs CPython 3.13, not %s" % sys.version.split()[0])


def read_source(path):
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as f:
        return f.read()


def stage_tokens(path, argv):
    """The exact text of `python -m tokenize`, run as a subprocess so that
    its argument handling and error printing are CPython's own."""
    if path == "-":  # tokenize reads standard input when given no file
        cmd = [sys.executable, "-m", "tokenize", *argv]
        r = subprocess.run(cmd, input=sys.stdin.buffer.read(), capture_output=True)
        dec = lambda b: b.decode("utf-8", "surrogateescape")
        return dec(r.stdout), dec(r.stderr), r.returncode
    cmd = [sys.executable, "-m", "tokenize", *argv, path]
    r = subprocess.run(cmd, capture_output=True, text=True, errors="surrogateescape")
    return r.stdout, r.stderr, r.returncode


def syntax_error_text(err, filename):
    """What CPython prints for an uncaught SyntaxError raised while compiling
    a file: the traceback module's format of the exception alone."""
    return "".join(traceback.format_exception_only(err))


def stage_ast(path, argv):
    ap = argparse.ArgumentParser(prog="oracle.py ast")
    ap.add_argument("--attributes", action="store_true")
    ap.add_argument("--indent", type=int, default=None)
    ap.add_argument("--mode", default="exec")
    opts = ap.parse_args(argv)
    src = read_source(path)
    name = "<stdin>" if path == "-" else path
    try:
        tree = ast.parse(src, filename=name, mode=opts.mode)
    except (SyntaxError, ValueError, MemoryError) as err:
        return "", syntax_error_text(err, name), 1
    out = ast.dump(tree, include_attributes=opts.attributes, indent=opts.indent)
    return out + "\n", "", 0


STAGES = {
    "tokens": stage_tokens,
    "ast": stage_ast,
}


def batch(stage, argv):
    fn = STAGES[stage]
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        try:
            out, err, status = fn(path, argv)
        except Exception as exc:  # an oracle crash is data, not the end
            out, err, status = "", "oracle crashed: %r\n" % exc, 99
        sys.stdout.write(json.dumps({"path": path, "out": out, "err": err, "status": status}) + "\n")
        sys.stdout.flush()


def main():
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__)
        return 0 if len(sys.argv) >= 2 else 2
    cmd, rest = sys.argv[1], sys.argv[2:]
    if cmd == "batch":
        batch(rest[0], rest[1:])
        return 0
    if cmd not in STAGES:
        sys.exit("oracle.py: unknown stage %r (known: %s)" % (cmd, ", ".join(STAGES)))
    path = rest[-1] if rest else "-"
    out, err, status = STAGES[cmd](path, rest[:-1])
    sys.stdout.write(out)
    sys.stderr.write(err)
    return status


if __name__ == "__main__":
    sys.exit(main())
