#!/usr/bin/env python3
"""Regenerates package ast's golden files from the oracle, CPython 3.13.
Run it through scripts/ast-golden.sh, which finds the oracle.

  ast/testdata/classes.json       the _ast module's classes (oracle.py
                                  classes): what grammar/Python.asdl must say
  ast/testdata/dump-cases.jsonl   for each program of dump-cases.txt, its tree
                                  (oracle.py astjson) and ast.dump's text
                                  under DUMPS
  ast/testdata/repr.jsonl         repr() of awkward constants
  ast/testdata/printable.txt      the code point ranges str.isprintable rejects
"""

import json
import math
import os
import random
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402  (checks the version too)

DUMPS = ["", "a", "i0", "i2", "a,i4"]


def read_cases(path):
    cases, cur = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("####"):
                words = line[4:].split()
                cur = {"name": words[0], "mode": "exec", "type_comments": False, "lines": []}
                for w in words[1:]:
                    if w == "type_comments":
                        cur["type_comments"] = True
                    else:
                        cur["mode"] = w
                cases.append(cur)
            elif cur is not None:
                cur["lines"].append(line)
    return cases


def dump_cases(testdata):
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for case in read_cases(os.path.join(testdata, "dump-cases.txt")):
            src = "".join(case["lines"])
            path = os.path.join(tmp, case["name"] + ".py")
            with open(path, "w", encoding="utf-8") as f:
                f.write(src)
            argv = ["--mode", case["mode"]]
            if case["type_comments"]:
                argv.append("--type-comments")
            for d in DUMPS:
                argv += ["--dump", d]
            text, err, status = oracle.stage_astjson(path, argv)
            if status != 0:
                sys.exit("case %s does not parse:\n%s" % (case["name"], err))
            res = json.loads(text)
            out.append(json.dumps({
                "name": case["name"], "mode": case["mode"], "type_comments": case["type_comments"],
                "source": src, "tree": res["tree"], "dumps": res["dumps"],
            }))
    return "\n".join(out) + "\n"


def repr_values():
    rng = random.Random(313)
    special = [0x7f, 0x80, 0x85, 0xa0, 0xad, 0x378, 0x2028, 0x2029, 0x200b, 0xfeff, 0xe000,
               0xfffd, 0xfffe, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0x10ffff, 0x1f600, 0xe0001,
               0xe0080, 0x2ffb, 0x2ffc, 0x2fff, 0x31ef, 0x2ebef, 0x2ebf0, 0x2ee5d, 0x2ee5e]
    vals = [None, True, False, ..., "", "a", "'", '"', "'\"", "\\", "it's", 'say "hi"']
    vals += [chr(c) for c in range(0x200)]
    vals += [chr(c) for c in special]
    vals += ["a\ud83d\ude00b", "\udc80\udcff", "x\ud800y\"'"]
    for _ in range(300):
        n = rng.randrange(1, 12)
        pick = lambda: rng.choice([rng.randrange(0x80), rng.randrange(0x800), rng.randrange(0x10000),
                                   rng.randrange(0x110000), rng.choice(special)])
        vals.append("".join(chr(pick()) for _ in range(n)))
    vals += [b"", b"'", b'"', b"'\"", bytes(range(256))]
    vals += [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 10))) for _ in range(50)]
    vals += [0, 1, -1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 10**100, -(10**50), 2**1000]
    nan, inf = float("nan"), float("inf")
    floats = [0.0, -0.0, inf, -inf, nan, 1.0, -1.0, 0.1, 1e16, 1e15, 9999999999999998.0,
              1e-5, 1e-4, 0.0001234, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
              123456789.123, 1e22, 1e21, 0.3, 2.0 / 3, 100.0, 12345678901234567.0]
    floats += [10.0**k for k in range(-30, 31)] + [1.5 * 10.0**k for k in range(-30, 31)]
    for _ in range(500):
        bits = rng.getrandbits(64)
        f = __import__("struct").unpack("<d", bits.to_bytes(8, "little"))[0]
        floats.append(f)
    floats += [rng.uniform(-1000, 1000) for _ in range(100)]
    vals += floats
    parts = [0.0, -0.0, 1.0, -1.0, 1.5, inf, -inf, nan, math.copysign(nan, -1), 1e16, 1e-5, 2.0]
    vals += [complex(a, b) for a in parts for b in parts]
    return vals


def repr_golden():
    lines = []
    for v in repr_values():
        lines.append(json.dumps({"value": oracle.encode_constant(v), "repr": repr(v)}))
    return "\n".join(lines) + "\n"


def printable_golden():
    out, start = [], None
    for c in range(0x110001):
        bad = c < 0x110000 and not chr(c).isprintable()
        if bad and start is None:
            start = c
        elif not bad and start is not None:
            out.append("%x %x" % (start, c - 1))
            start = None
    return ("# Code point ranges (hex, inclusive) that CPython 3.13's str.isprintable rejects.\n"
            + "\n".join(out) + "\n")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    testdata = os.path.join(root, "ast", "testdata")
    files = {
        "classes.json": oracle.stage_classes("-", [])[0],
        "dump-cases.jsonl": dump_cases(testdata),
        "repr.jsonl": repr_golden(),
        "printable.txt": printable_golden(),
    }
    for name, text in files.items():
        with open(os.path.join(testdata, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print("wrote ast/testdata/" + name)


if __name__ == "__main__":
    main()
