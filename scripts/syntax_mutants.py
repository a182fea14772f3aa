#!/usr/bin/env python3
"""Writes broken variants of real code for a differential test of
SyntaxErrors against CPython 3.13 (scripts/syntax-mutants.sh).

  syntax_mutants.py STDLIB OUTDIR N [SEED]

Each variant is a file of the standard library with one small edit: at a
random token, the token deleted, doubled, or replaced by another token (an
operator, a keyword, a bracket, a name, a literal, a newline or an
indentation change), or the file cut off there, which the parser rejects;
or, before a random statement, a statement inserted that parses but that
the symbol table or the compiler may reject where it lands (return, yield,
await, break, global, nonlocal, __debug__, __future__ imports, match
patterns, ...). The test-suite cases of scripts/syntax-cases.sh are the
errors CPython's authors thought of; these are the errors people make
while they type and edit. Only variants compile() rejects are written; the
file name records the source file, the edit and where, so a case can be
made again.
"""

import io
import os
import random
import sys
import tokenize
import warnings

REPLACEMENTS = [
    "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", "==", ":=", "+", "-", "*", "**",
    "/", "|", "->", "@", "lambda", "if", "else", "for", "in", "not", "is", "and", "or",
    "def", "class", "return", "yield", "await", "async", "import", "from", "as", "with",
    "try", "except", "finally", "while", "pass", "break", "continue", "global", "nonlocal",
    "del", "match", "case", "type", "print", "x", "1", "1.5", "'s'", "f'{x}'", "f'{", "\"",
    "'''", "\\", "\n", "\n    ", "\t", "None", "True", "...", "*args", "**kw",
]


# Statements to insert; {n} is a name taken from the file. (Not
# `class C[__classdict__]: pass`: inside a class body it crashes CPython
# 3.13.0's compiler with a segmentation fault.)
STATEMENTS = [
    "return 1", "return", "yield 1", "yield from x", "await x", "break", "continue",
    "global {n}", "nonlocal {n}", "global x", "nonlocal x", "{n} = 1; global {n}",
    "print({n}); global {n}", "del __debug__", "__debug__ = 1", "{n}.__debug__ = 1",
    "from __future__ import braces", "from __future__ import annotations", "from __future__ import nested_scopes",
    "def f(a, a): pass", "lambda {n}, {n}: 0", "f = lambda: (yield)", "[(yield) for x in y]",
    "[{n} := 0 for {n} in y]", "[x async for x in y]", "f(a=1, a=2)", "a, *b, *c = d",
    "async with x: pass", "async for x in y: pass", "class C: return", "class C: yield",
    "def f():\n    x = 1\n    def g():\n        nonlocal y",
    "def f(x):\n    global x", "def f():\n    x = 1\n    global x",
    "try:\n    pass\nexcept* E:\n    break", "try:\n    pass\nexcept* E:\n    return",
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass",
    "match x:\n    case a:\n        pass\n    case b:\n        pass",
    "match x:\n    case a | [b]:\n        pass", "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass", "match x:\n    case C(a=1, a=2):\n        pass",
    "match x:\n    case _ | 1:\n        pass", "match x:\n    case {**r, 'a': 1}:\n        pass",
    "type T[A] = (yield)", "class C[T]:\n    nonlocal T", "def f[T](x: (yield)): pass",
    "def f[T, T](): pass", "type X = [i := 1 for i in y]",
    "{n}: int = 1\nglobal {n}", "def f(*, a, a): pass", "def g(**{n}):\n    nonlocal {n}",
    "with (yield): pass", "for x in y:\n    class C:\n        break",
    "while x:\n    def g():\n        continue",
]


def insert_statement(rnd, text, toks):
    """Inserts a statement before a random statement of the file, at its
    indentation, or returns None when there is no place."""
    firsts = [t for i, t in enumerate(toks) if i > 0 and toks[i - 1].type == tokenize.NEWLINE
              and t.type not in (tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER)]
    names = [t.string for t in toks if t.type == tokenize.NAME]
    if not firsts or not names:
        return None, None
    tok = rnd.choice(firsts)
    lines = text.splitlines(keepends=True)
    line = lines[tok.start[0] - 1]
    indent = line[:len(line) - len(line.lstrip(" \t"))]
    stmt = rnd.choice(STATEMENTS).replace("{n}", rnd.choice(names))
    block = "".join(indent + l + "\n" for l in stmt.split("\n"))
    lines.insert(tok.start[0] - 1, block)
    return "".join(lines), tok


def sources(stdlib):
    for dirpath, dirnames, filenames in os.walk(stdlib):
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages")
        for fn in sorted(filenames):
            if fn.endswith(".py"):
                yield os.path.join(dirpath, fn)


def rejected(src):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(src, "<mutant>", "exec", dont_inherit=True)
    except SyntaxError:
        return True
    except (ValueError, MemoryError, RecursionError):
        return False  # not a SyntaxError case
    return False


def main():
    warnings.simplefilter("ignore")  # tokenize warns about escapes as compile() does
    stdlib, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    rnd = random.Random(seed)
    files = []
    for path in sources(stdlib):
        try:
            with open(path, "rb") as f:
                data = f.read()
            text = data.decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if len(data) < 200_000:
            files.append((path, text))
    os.makedirs(out, exist_ok=True)
    written = 0
    tries = 0
    while written < n and tries < n * 20:
        tries += 1
        path, text = rnd.choice(files)
        try:
            toks = [t for t in tokenize.generate_tokens(io.StringIO(text).readline)
                    if t.type not in (tokenize.ENDMARKER, tokenize.DEDENT, tokenize.COMMENT, tokenize.NL)]
        except (tokenize.TokenError, SyntaxError):
            continue
        if not toks:
            continue
        kind = rnd.choice(["delete", "double", "replace", "insert", "truncate", "statement", "statement"])
        if kind == "statement":
            new, tok = insert_statement(rnd, text, toks)
            if new is None:
                continue
        else:
            tok = rnd.choice(toks)
            lines = text.splitlines(keepends=True)
            offsets = [0]
            for line in lines:
                offsets.append(offsets[-1] + len(line))
            start = offsets[tok.start[0] - 1] + tok.start[1]
            end = offsets[tok.end[0] - 1] + tok.end[1]
            if kind == "truncate":  # typing stopped here: the EOF paths
                new = text[:start]
            elif kind == "delete":
                new = text[:start] + text[end:]
            elif kind == "double":
                new = text[:end] + " " + text[start:end] + text[end:]
            elif kind == "replace":
                new = text[:start] + rnd.choice(REPLACEMENTS) + text[end:]
            else:
                new = text[:start] + rnd.choice(REPLACEMENTS) + " " + text[start:]
        if not rejected(new):
            continue
        rel = os.path.relpath(path, stdlib).replace(os.sep, "_")
        name = "%05d_%s_%s_%d_%d.py" % (written, kind, rel[:-3], tok.start[0], tok.start[1])
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(new)
        written += 1
    print("wrote %d mutants (seed %d) to %s" % (written, seed, out))


if __name__ == "__main__":
    main()
