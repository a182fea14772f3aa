#!/usr/bin/env python3
"""Writes compiler/testdata/checks.golden from CPython 3.13.

For each case of compiler/testdata/checks.txt ("=== NAME" lines, each
followed by its source), what compile(source, "<test>", "exec") does:

    === NAME
    ok

or the SyntaxError it raises, with its class, message and positions:

    === NAME
    SyntaxError: 'break' outside loop (4:5-4:10)

compiler/check_test.go runs the same cases through peglab's parser, symbol
table and compile-time checks. Run it with scripts/compiler-golden.sh.
"""

import os
import sys
import warnings

if sys.version_info[:2] != (3, 13):
    sys.exit("compiler_golden.py needs CPython 3.13")

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "compiler", "testdata")


def read_cases(path):
    cases, cur = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("=== "):
                cur = [line[4:].strip(), ""]
                cases.append(cur)
            elif cur is not None:
                cur[1] += line
    return cases


def outcome(src):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(src, "<test>", "exec", dont_inherit=True)
        return "ok"
    except SyntaxError as e:
        return "%s: %s (%s:%s-%s:%s)" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


def main():
    out = []
    for name, src in read_cases(os.path.join(root, "checks.txt")):
        out.append("=== %s\n%s\n" % (name, outcome(src)))
    with open(os.path.join(root, "checks.golden"), "w", encoding="utf-8") as f:
        f.write("".join(out))


if __name__ == "__main__":
    main()
