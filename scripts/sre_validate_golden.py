#!/usr/bin/env python3
"""Writes runtime/internal/sre/testdata/validate.jsonl.gz: mutated code lists
and whether the oracle's _sre.compile accepts them (its _validate), for the
Go validator to be compared with.

Mutations of code lists from re._compiler: one word set to another value
(small numbers, opcodes, 0, huge), one word dropped or duplicated, the list
cut short. sre.c's validator reads out of bounds on some lists whose skips
point backwards (unsigned wrap-around); each batch runs in a child process,
and a list that kills the child is left out (the engine rejects those).

Run from the repository root:  "$(scripts/find-oracle.sh)" scripts/sre_validate_golden.py
"""
import gzip
import json
import random
import subprocess
import sys

if sys.version_info[:2] != (3, 13):
    sys.exit("sre_validate_golden.py needs CPython 3.13")

OUT = "runtime/internal/sre/testdata/validate.jsonl.gz"

CHILD = r'''
import _sre, json, sys
for line in sys.stdin:
    code, groups = json.loads(line)
    try:
        _sre.compile(None, 0, code, groups, {}, ())
        ok = True
    except RuntimeError:
        ok = False
    except (OverflowError, ValueError):
        ok = None
    print(json.dumps(ok), flush=True)
'''

PATTERNS = [r"abc", r"a|b|c", r"(a)(?(1)b|c)", r"(?<=ab)c", r"(?<!x)y", r"[a-z\d]+", r"(?i)[^\W\u0100-\u0200]",
            r"(a+)+?b", r"(?:ab)*+c", r"(?>a|b)c", r"a{2,5}?", r"(?P<n>x)(?P=n)", r"^\w+$", r"(?s).*x", r"[\u1000-\u2fff]",
            r"(?i)hello", r"x(?=y)z", r"(a|bc)*d", r"a++b", r"(?:x|y){3}"]


def mutants(code, groups, rnd):
    n = len(code)
    for _ in range(40):
        c = list(code)
        k = rnd.randrange(4)
        i = rnd.randrange(n)
        if k == 0:
            c[i] = rnd.choice([0, 1, 2, 3, 7, 13, 15, 16, 17, 24, 29, 42, 43, 255, c[i] + 1, max(c[i] - 1, 0), 0xFFFFFFFF])
        elif k == 1:
            del c[i]
        elif k == 2:
            c.insert(i, c[i])
        else:
            c = c[:i]
        yield c, groups
    yield code, groups + 1
    if groups:
        yield code, groups - 1


def main():
    from re import _compiler, _parser
    rnd = random.Random(1313)
    todo = []
    for pat in PATTERNS:
        p = _parser.parse(pat, 0)
        code = [int(x) for x in _compiler._code(p, 0)]
        todo.append((code, p.state.groups - 1))
        todo.extend(mutants(code, p.state.groups - 1, rnd))
    results = []
    i = 0
    while i < len(todo):
        proc = subprocess.Popen([sys.executable, "-c", CHILD], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        start = i
        for c in todo[i:]:
            proc.stdin.write(json.dumps(c) + "\n")
        proc.stdin.close()
        got = [json.loads(l) for l in proc.stdout]
        proc.wait()
        for j, ok in enumerate(got):
            if ok is not None:
                results.append({"code": todo[start + j][0], "groups": todo[start + j][1], "ok": ok})
        i = start + len(got) + (1 if proc.returncode != 0 else 0)
    with gzip.open(OUT, "wt", compresslevel=9) as f:
        for r in results:
            f.write(json.dumps(r) + "\n")
    print(len(results), "code lists,", sum(r["ok"] for r in results), "valid", file=sys.stderr)


main()
