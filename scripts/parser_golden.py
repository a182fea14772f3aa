#!/usr/bin/env python3
"""Writes the parser's golden ASTs from CPython 3.13.

For every parser/testdata/cases/NAME.txt it writes NAME.golden: for each
case, what CPython makes of it,

    === CASE ok
    ast.dump(ast.parse(src, "test.py", mode), include_attributes=True, indent=1)

or, when CPython rejects it,

    === CASE error
    the error as traceback.format_exception_only prints it

A cases file starts with a description; each case is a line
"=== NAME [mode=M] [reject] [lines]" and the source after it, up to the next
such line. "lines" makes each non-blank line a case of its own (NAME.N, N
its line in the case). "reject" is read by the Go test only.

It also writes the goldens of `peglab ast` itself: for each line
"NAME: ARGS" of cmd/peglab/testdata/ast/cases.txt, NAME.golden holds what
`oracle.py ast ARGS` prints and its exit status (see cmd/peglab/ast_test.go).

Run it with scripts/parser-golden.sh (which finds the oracle). The Go tests
(parser/golden_test.go, cmd/peglab/ast_test.go) read the same files and
need no Python.
"""

import ast
import glob
import os
import subprocess
import sys
import traceback
import warnings

if sys.version_info[:2] != (3, 13):
    sys.exit("parser_golden.py needs CPython 3.13")


def read_cases(path):
    """Yields (name, flags, source bytes) like parser/golden_test.go."""
    with open(path, "rb") as f:
        data = f.read()
    cases = []
    cur = None
    for line in data.splitlines(keepends=True):
        if line.startswith(b"=== "):
            head = line[4:].decode().strip().split()
            cur = [head[0], head[1:], b""]
            cases.append(cur)
        elif cur is not None:
            cur[2] += line
    for name, flags, src in cases:
        if "lines" in flags:
            for i, l in enumerate(src.splitlines(keepends=True), 1):
                if l.strip():
                    yield "%s.%d" % (name, i), flags, l
        else:
            yield name, flags, src


def mode_of(flags):
    for f in flags:
        if f.startswith("mode="):
            return f[5:]
    return "exec"


def result(src, mode):
    try:
        tree = ast.parse(src, filename="test.py", mode=mode)
    except (SyntaxError, ValueError, MemoryError) as err:
        return "error", "".join(traceback.format_exception_only(err))
    return "ok", ast.dump(tree, include_attributes=True, indent=1) + "\n"


def cli_goldens():
    """Runs oracle.py ast for each CLI case, from cmd/peglab."""
    here = "cmd/peglab"
    oracle = os.path.abspath("scripts/oracle.py")
    with open(os.path.join(here, "testdata/ast/cases.txt")) as f:
        lines = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    for line in lines:
        name, args = line.split(":", 1)
        args = args.split()
        stdin = None
        if "<" in args:
            i = args.index("<")
            stdin = open(os.path.join(here, args[i + 1]), "rb").read()
            args = args[:i]
        if "--grammar" in args:  # peglab's own flag
            i = args.index("--grammar")
            args = args[:i] + args[i + 2:]
        r = subprocess.run([sys.executable, oracle, "ast"] + args, cwd=here, input=stdin,
                           capture_output=True)
        text = "--- stdout\n%s--- stderr\n%s--- status %d\n" % (
            r.stdout.decode("utf-8", "surrogateescape"), r.stderr.decode("utf-8", "surrogateescape"), r.returncode)
        golden = os.path.join(here, "testdata/ast", name + ".golden")
        with open(golden, "w", encoding="utf-8", errors="surrogateescape", newline="\n") as f:
            f.write(text)
    print("wrote %d CLI goldens in cmd/peglab/testdata/ast" % len(lines))


def main():
    warnings.simplefilter("ignore")  # SyntaxWarnings are not part of the AST
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    for path in sorted(glob.glob("parser/testdata/cases/*.txt")):
        out = []
        n = 0
        for name, flags, src in read_cases(path):
            status, text = result(src, mode_of(flags))
            out.append("=== %s %s\n%s" % (name, status, text))
            n += 1
        golden = path[:-4] + ".golden"
        with open(golden, "w", encoding="utf-8", errors="surrogateescape", newline="\n") as f:
            f.write("".join(out))
        print("wrote %s: %d cases" % (golden, n))
    cli_goldens()


if __name__ == "__main__":
    main()
