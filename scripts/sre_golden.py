#!/usr/bin/env python3
"""Writes runtime/internal/sre/testdata/cases.jsonl.gz: code lists compiled by
the oracle's own re._compiler and the results its _sre gives on subjects, for
the Go engine to replay without Python.

Patterns come from the installed oracle's Lib/test/re_tests.py (the classic
table) and Lib/test/test_re.py (the string constants passed to re.* calls,
found by walking its AST), read at generation time and stored only as their
derived code lists and results; plus a directed set below (every opcode,
Unicode case folding and categories, long subjects).

One JSON object per line:
  {"p": pattern repr, "flags": n, "code": [...], "groups": n,
   "subjects": [{"s": str | "u": [code points] | "b": hex,
                 "match": r, "fullmatch": r, "search": r,     (whole string)
                 "win": [[pos, endpos, match, search], ...],
                 "iter": [r, ...], "scan": [r, ...],
                 "sub": str|hex, "split": [str|hex|null]}]}
where r is null or [lastindex, mark0, mark1, ...] (Match.regs flattened).

Run from the repository root:  "$(scripts/find-oracle.sh)" scripts/sre_golden.py
"""
import ast
import gzip
import json
import os
import re
import signal
import sys
from re import _compiler, _parser

if sys.version_info[:2] != (3, 13):
    sys.exit("sre_golden.py needs CPython 3.13")

LIB = os.path.dirname(os.__file__)
OUT = "runtime/internal/sre/testdata/cases.jsonl.gz"


def res(m):
    if m is None:
        return None
    out = [-1 if m.lastindex is None else m.lastindex]
    for a, b in m.regs:
        out += [a, b]
    return out


def enc(s):
    if isinstance(s, bytes):
        return {"b": s.hex()}
    if any(0xD800 <= ord(c) <= 0xDFFF for c in s):
        return {"u": [ord(c) for c in s]}
    return {"s": s}


def encv(v):
    if v is None:
        return None
    if isinstance(v, bytes):
        return "x" + v.hex()
    if any(0xD800 <= ord(c) <= 0xDFFF for c in v):
        return "w" + v.encode("utf-8", "surrogatepass").hex()
    return "s" + v


def compile_code(pattern, flags):
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    return code, p.state.groups - 1, flags | p.state.flags


def run_subject(rx, subj, light=False):
    d = enc(subj)
    d["match"] = res(rx.match(subj))
    d["fullmatch"] = res(rx.fullmatch(subj))
    d["search"] = res(rx.search(subj))
    if light:
        return d
    n = len(subj)
    wins = []
    for pos, endpos in ((1, n), (0, n - 1), (2, n - 1), (n, n), (3, 1), (-5, 100)):
        wins.append([pos, endpos, res(rx.match(subj, pos, endpos)),
                     res(rx.fullmatch(subj, pos, endpos)), res(rx.search(subj, pos, endpos))])
    d["win"] = wins
    d["iter"] = [res(m) for m in rx.finditer(subj)]
    sc = rx.scanner(subj)
    scan = []
    while len(scan) < 50:
        m = sc.match()
        scan.append(res(m))
        if m is None:
            break
    d["scan"] = scan
    if isinstance(subj, bytes):
        d["sub"] = encv(rx.sub(lambda m: b"<" + m.group() + b">", subj))
    else:
        d["sub"] = encv(rx.sub(lambda m: "<" + m.group() + ">", subj))
    d["split"] = [encv(x) for x in rx.split(subj)]
    return d


GENERIC = ["", "a", "abc", "aaa", "ab\ncd\n", "Hello, World 123!", "xyzzy abcabc ABC"]


def to_bytes(s):
    try:
        return s.encode("latin-1")
    except UnicodeEncodeError:
        return None


cases = []
seen = set()


def add(pattern, flags, subjects, light=False):
    key = (type(pattern), pattern, flags)
    if key in seen:
        return
    seen.add(key)
    try:
        code, groups, allflags = compile_code(pattern, flags)
        rx = re.compile(pattern, flags)
    except (re.error, ValueError, TypeError, OverflowError, RecursionError, IndexError):
        return
    if len(code) > 20000:
        return
    subs = []
    signal.setitimer(signal.ITIMER_REAL, 2.0)  # a catastrophic pattern is skipped
    try:
        subs = subjects_for(rx, pattern, subjects, light)
    except Slow:
        return
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    cases.append({"p": repr(pattern), "flags": allflags, "code": list(code), "groups": groups, "subjects": subs})


class Slow(Exception):
    pass


def on_alarm(signum, frame):
    raise Slow


signal.signal(signal.SIGALRM, on_alarm)


def subjects_for(rx, pattern, subjects, light):
    subs = []
    gen = [] if light else GENERIC if isinstance(pattern, str) else [g.encode() for g in GENERIC]
    for s in list(subjects) + gen:
        if type(s) is not type(pattern):
            continue
        if any(type(x) is type(s) and x == s for x in [t for t in []]):
            continue
        try:
            subs.append(run_subject(rx, s, light))
        except (RecursionError, re.error, TypeError, ValueError, IndexError):
            pass
    return subs


def from_re_tests():
    sys.path.insert(0, os.path.join(LIB, "test"))
    import re_tests
    for t in re_tests.tests:
        pattern, s = t[0], t[1]
        for fl in (0, re.I):
            add(pattern, fl, [s])
            b = to_bytes(pattern)
            bs = to_bytes(s)
            if b is not None and bs is not None:
                add(b, fl, [bs])


FLAGNAMES = {"I": re.I, "IGNORECASE": re.I, "M": re.M, "MULTILINE": re.M, "S": re.S, "DOTALL": re.S,
             "X": re.X, "VERBOSE": re.X, "A": re.A, "ASCII": re.A, "U": re.U, "UNICODE": re.U,
             "L": re.L, "LOCALE": re.L}


def flagval(node):
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re":
        return FLAGNAMES.get(node.attr)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        a, b = flagval(node.left), flagval(node.right)
        if a is not None and b is not None:
            return a | b
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    return None


def from_test_re():
    src = open(os.path.join(LIB, "test", "test_re.py"), encoding="utf-8").read()
    tree = ast.parse(src)
    patsub = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        f = node.func
        if not (isinstance(f.value, ast.Name) and f.value.id == "re"):
            continue
        name = f.attr
        args = node.args
        if not args or not isinstance(args[0], ast.Constant) or not isinstance(args[0].value, (str, bytes)):
            continue
        pattern = args[0].value
        flags = 0
        subj = []
        if name in ("match", "search", "fullmatch", "findall", "finditer", "split"):
            if len(args) > 1 and isinstance(args[1], ast.Constant) and isinstance(args[1].value, (str, bytes)):
                subj.append(args[1].value)
            if len(args) > 2:
                fv = flagval(args[2])
                if name != "split" and fv is not None:
                    flags = fv
        elif name in ("sub", "subn"):
            if len(args) > 2 and isinstance(args[2], ast.Constant) and isinstance(args[2].value, (str, bytes)):
                subj.append(args[2].value)
        elif name == "compile":
            if len(args) > 1:
                fv = flagval(args[1])
                if fv is not None:
                    flags = fv
        else:
            continue
        for kw in node.keywords:
            if kw.arg == "flags":
                fv = flagval(kw.value)
                if fv is not None:
                    flags = fv
        patsub.setdefault((type(pattern), pattern, flags), []).extend(subj)
    for (_, pattern, flags), subj in patsub.items():
        add(pattern, flags, subj)


def directed():
    U = [
        "ǅungla İstanbul straße ΣΑΣ σας ﬀ Kelvin K",  # cased specials
        "\u00c5\u212b\u00e5 \u0130i\u0131I \u1e9e\u00df \u03c2\u03c3\u03a3",
        "x\u2028y\u2029z\x85w\x1cv\r\nu",
        "١٢٣ 456 ๔๕ ² ½ \u3000\u00a0tab\there",
        "\ud800a\udfff\U0001F600\U00010400\U00010428",
    ]
    pats = [
        r"\w+", r"\W+", r"\d+", r"\D+", r"\s+", r"\S+", r"\b\w", r"\B.", r"^.*$", r"(?m)^\w+$",
        r"(?s).+", r".+", r"\A\w", r"\w\Z", r"(?i)straße", r"(?i)STRASSE", r"(?i)σας", r"(?i)[σ]+",
        r"(?i)[a-zä-ÿ]+", r"(?i)[K]", r"(?i)k", r"(?i)[\u0130]", r"(?i)i", r"(?i)[^a-z]+", r"[\u2000-\u3000]",
        r"[\U00010000-\U0010ffff]+", r"[^\x00-\x7f]+", r"(?i)[\U00010400-\U00010427]", r"(?i)\U00010428",
        r"(?a)\w+", r"(?a)\s+", r"(?a)\d+", r"(?a)\b\w+\b", r"(?ia)[k]", r"[\ud800-\udfff]", r"\udfff",
        r"[\w\s]+", r"[^\W\d]+", r"[\d\s]+", r"(?i)ǆ", r"(?i)[ǅ]", r"(?i)ΣΑΣ", r"(?u)(?i)ﬀ",
        r"(a|b)*c", r"(a|bc)*?d", r"(?:ab)++c", r"(?:ab)*+ab", r"a++a", r"a*+b", r"(?>a+)b", r"(?>a|ab)c",
        r"(a)(?(1)b|c)", r"(a)?(?(1)b|c)", r"(?P<x>a)(?P=x)", r"(?i)(a)\1", r"(?<=a)b", r"(?<!a)b",
        r"(?=a)\w+", r"(?!a)\w+", r"(a*)*b", r"(a*)+b", r"(a|)*", r"(?:a?)*?b", r"(a{2,5})+?$",
        r"x*", r"x*?", r"a{3}", r"a{2,}?", r"(?:a|b){2,3}c", r"(.)(.)?(.)?(.)?", r"((a)|(b))+",
        r"(?:(a)|b)*", r"(?:(a)|(b))*?c", r"\b", r"\B", r"$", r"^", r"(?m)$", r"(?m)^", r"|a", r"a|",
        r"(?x) a b # comment", r"[abc]", r"[^abc]", r"[a-c]+", r"[a-cx-z]", r"[-a]", r"[]a]",
        r"(?i)[^k]", r"(?i)[a-f]+", r"[\x00-\xff]+", r"\x80", r"(?s:a.)b", r"(?i:a)A", r"a(?-i:b)",
        r"(a+)+$", r"((x)|(y))*\2", r"(?:(x)|y)(?(1)a|b)", r"^(\w+)\s+\1$", r"(?P<first>\w)(?P<second>\w)?",
        r"ab*c", r"abc|abd", r"(?:abc)+", r"abcabd", r"(?:aaab)", r"aaa?b", r"\w+@\w+\.com", r"[0-9]{2,4}",
    ]
    for p in pats:
        add(p, 0, U)
    # long subjects: deep backtracking stacks, matches found at once
    long = ["a" * 20000 + "c", "ab" * 10000 + "c", "x" * 5000 + "\n" + "y" * 5000]
    for p in [r"(a|b)*c", r"(?:a|b)*c", r"a*", r"(a*)*c", r"(?:ab)+", r"(?s)(.)*?y", r"(ab|a)*?c", r"(?s)(.)*",
              r"((a)|b)+c", r"(?:x+)+\n", r"(a)*", r"(?:a)*?c", r"(?:(a)|(b)|(x))*"]:
        add(p, 0, long, light=True)
    bpats = [rb"\w+", rb"(?L)\w+", rb"(?iL)[a-z]+", rb"(?iL)k", rb"(?L)\b\w", rb"(?i)[\x80-\xff]", rb"[^\x00]",
             rb"(?i)ab\x80", rb"\s+", rb"(?L)(a)(?i:\1)", rb"(?iL)(A)\1"]
    bs = [b"abc ABC \x80\xff\xe9 k K _9", b"\x00\x01 x\ny\r\n"]
    for p in bpats:
        add(p, 0, bs)


from_re_tests()
from_test_re()
directed()
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=True) + "\n")
print(len(cases), "patterns,", sum(len(c["subjects"]) for c in cases), "subjects", file=sys.stderr)
