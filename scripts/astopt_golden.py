#!/usr/bin/env python3
"""Writes compiler/testdata/astopt.golden from CPython 3.13, or dumps files.

For each case of compiler/testdata/astopt.txt ("=== NAME" lines, each
followed by its source), the tree CPython 3.13's AST optimizer makes of it
(ast.parse(source, optimize=1), which is compile() with
PyCF_OPTIMIZED_AST), dumped by ast.dump:

    === NAME
    Module(body=[...])

A case named ..._O0 or ..._O2 is optimized at that level instead.
compiler/astopt_test.go runs the same cases through peglab's parser and
compiler.Optimize. A frozenset constant is dumped with its items sorted
by their repr: its order is the hash table's, which for str depends on
PYTHONHASHSEED.

With --batch, it reads file paths from stdin and writes one JSON line per
file, {"path", "out", "err"}, for the corpus comparison
(go test ./compiler -run TestOptimizeCorpus -args -oracle).

Run it with scripts/astopt-golden.sh.
"""

import ast
import json
import os
import sys
import warnings

if sys.version_info[:2] != (3, 13):
    sys.exit("astopt_golden.py needs CPython 3.13")

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "compiler", "testdata")


class SortedFrozenSet:
    def __init__(self, s):
        self.items = sorted(canon(x) for x in s)

    def __repr__(self):
        if not self.items:
            return "frozenset()"
        return "frozenset({" + ", ".join(self.items) + "})"


def canon(v):
    if isinstance(v, frozenset):
        return repr(SortedFrozenSet(v))
    if isinstance(v, tuple):
        inner = ", ".join(canon(x) for x in v)
        return "(" + inner + ("," if len(v) == 1 else "") + ")"
    return repr(v)


class Canon:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return canon(self.v)


def canonicalize(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, (frozenset, tuple)):
            node.value = Canon(node.value)
    return tree


def optimized(src, filename, level):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compile(src, filename, "exec", ast.PyCF_ONLY_AST | ast.PyCF_OPTIMIZED_AST,
                       dont_inherit=True, optimize=level)


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


def outcome(src, level):
    try:
        return ast.dump(canonicalize(optimized(src, "<test>", level)))
    except (SyntaxError, RecursionError, MemoryError) as e:
        return "%s: %s" % (type(e).__name__, e)


def golden():
    out = []
    for name, src in read_cases(os.path.join(root, "astopt.txt")):
        level = 1
        if name.endswith("_O0"):
            level = 0
        elif name.endswith("_O2"):
            level = 2
        out.append("=== %s\n%s\n" % (name, outcome(src, level)))
    with open(os.path.join(root, "astopt.golden"), "w", encoding="utf-8") as f:
        f.write("".join(out))


def batch():
    for line in sys.stdin:
        path = line.rstrip("\n")
        res = {"path": path, "out": "", "err": ""}
        try:
            with open(path, "rb") as f:
                src = f.read()
            res["out"] = ast.dump(canonicalize(optimized(src, path, 1)))
        except Exception as e:
            res["err"] = "%s: %s" % (type(e).__name__, e)
        sys.stdout.write(json.dumps(res) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    if sys.argv[1:] == ["--batch"]:
        batch()
    else:
        golden()
