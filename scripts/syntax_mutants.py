#!/usr/bin/env python3
"""Writes broken variants of real code for a differential test of
SyntaxErrors against CPython 3.13 (scripts/syntax-mutants.sh).

  syntax_mutants.py STDLIB OUTDIR N [SEED]

Each variant is a file of the standard library with one small edit made at
a random token: the token deleted, doubled, or replaced by another token
(an operator, a keyword, a bracket, a name, a literal, a newline or an
indentation change). The test-suite cases of scripts/syntax-cases.sh are
the errors CPython's authors thought of; these are the errors people make
while they type. Only variants CPython rejects are written; the file name
records the source file, the edit and the seed, so a case can be made
again.
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
            compile(src, "<mutant>", "exec", 0x400)  # PyCF_ONLY_AST
    except SyntaxError:
        return True
    except (ValueError, MemoryError, RecursionError):
        return False  # not a SyntaxError case
    return False


def main():
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
        tok = rnd.choice(toks)
        lines = text.splitlines(keepends=True)
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line))
        start = offsets[tok.start[0] - 1] + tok.start[1]
        end = offsets[tok.end[0] - 1] + tok.end[1]
        kind = rnd.choice(["delete", "double", "replace", "insert"])
        if kind == "delete":
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
