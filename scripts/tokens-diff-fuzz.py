#!/usr/bin/env python3
"""Differential fuzzing of the tokenizer against the oracle.

  tokens-diff-fuzz.py DIR [N] [SEED]

writes N random inputs (mutated windows of the standard library, random
token soup, random f-strings) to DIR as NAME.py with NAME.golden files in the format of
gen-tokens-golden.py, computed in-process for speed. Then:

  go test ./parser -run TestTokensGolden -golden DIR

reports every input on which peglab and CPython disagree.
"""

import contextlib
import io
import os
import random
import sys
import sysconfig
import tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import importlib.util  # noqa: E402

spec = importlib.util.spec_from_file_location("gen_golden", os.path.join(HERE, "gen-tokens-golden.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)

SOUP = [
    "x", "y1", "_", "é", "€", "a€b", "\u200b", "\xa0", "ℕ", "if", "else", "for", "in", "not", "or", "and",
    "0", "1", "12", "1_0", "0x1f", "0o7", "0b1", "1.5", ".5", "1e5", "1e", "1_", "0x", "09", "012", "1j", "1if",
    "'", '"', "'''", '"""', "r'", 'b"', "f'", 'f"', "rf'", 'f"""', "u'", "br'",
    "{", "}", "{{", "}}", "(", ")", "[", "]", ":", "!", "!r", "=", "==", "!=", "->", ":=", "...", ".", ",", ";",
    "+", "-", "*", "**", "/", "//", "%", "@", "<<", ">>=", "~", "^", "|", "&", "<>", "$", "?", "`",
    " ", " ", " ", "  ", "\t", "\f", "\\", "\\\n", "\n", "\n", "\n", "\r\n", "\r", "#", "# c", "\\N{DASH}",
    "\x00", "\x01", "\x7f", "\ufeff",
]
MUTATIONS = ["'", '"', "{", "}", "(", ")", "[", "]", "\\", "\n", "\r", "\t", " ", "#", "f", "r", "b", "0", "_",
             "x", ":", "!", "=", "\f", "é", "€", "\x00", '"""', "'''", "\\\n", "    "]


def stdlib_files():
    lib = sysconfig.get_paths()["stdlib"]
    out = []
    for root, dirs, files in os.walk(lib):
        dirs[:] = [d for d in dirs if d != "site-packages"]
        out += [os.path.join(root, f) for f in files if f.endswith(".py")]
    return sorted(out)


def mutated_window(rng, files):
    with open(rng.choice(files), "rb") as f:
        lines = f.read().splitlines(keepends=True)
    if not lines:
        return b"x\n"
    i = rng.randrange(len(lines))
    src = bytearray(b"".join(lines[i:i + rng.randint(1, 12)]))
    for _ in range(rng.randint(0, 3)):
        m = rng.choice(MUTATIONS).encode()
        p = rng.randint(0, len(src))
        op = rng.random()
        if op < 0.5:
            src[p:p] = m
        elif op < 0.8 and len(src) > 0:
            del src[p:p + rng.randint(1, 3)]
        else:
            src[p:p + 1] = m
    return bytes(src)


def fstring(rng, depth=0):
    """A random f-string: literal text, escapes, and replacement fields with
    conversions, debug =, format specs and nested f-strings."""
    q = rng.choice(["'", '"', "'" * 3, '"' * 3])
    parts = [rng.choice(["f", "F", "rf", "fR", "Rf"]), q]
    for _ in range(rng.randint(0, 4)):
        if rng.random() < 0.3:
            parts.append(rng.choice(["a", " ", "{{", "}}", "\\n", "\\{", "\\N{DASH}", "\n", "é", "'", '"',
                                     "\\", "#"]))
            continue
        expr = rng.choice(["x", "x.y", "(a, b)", "{'k': 1}['k']", "lambda: 1", "(lambda: 1)()", "a!=b",
                           "x:=1", "(x:=1)", "1 if x else 2", "[i for i in y]", "\n x \n", "x # c\n"])
        if depth < 3 and rng.random() < 0.3:
            expr = fstring(rng, depth + 1)
        field = "{" + rng.choice(["", " "]) + expr + rng.choice(["", "=", " = "])
        if rng.random() < 0.4:
            field += rng.choice(["!r", "!s", "!a", "!x", "!"])
        if rng.random() < 0.4:
            field += ":" + rng.choice(["", ">10", "{w}", "{w}.{p}", "%Y-%m", "{x:{y}}", "\n", "}"])
        parts.append(field + rng.choice(["}", "}", "}", "", ")}"]))
    parts.append(q if rng.random() < 0.95 else "")
    return "".join(parts)


def soup(rng):
    return "".join(rng.choice(SOUP) for _ in range(rng.randint(1, 25))).encode("utf-8", "surrogatepass")


def in_process_tokenize(path, args, stdin_bytes=None):
    so, se = io.StringIO(), io.StringIO()
    status = 0
    old_argv, old_stdin = sys.argv, sys.stdin
    sys.argv = ["tokenize", *args] + ([path] if stdin_bytes is None else [])
    if stdin_bytes is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin_bytes), encoding="utf-8",
                                     errors="surrogateescape", newline="\n")
    try:
        with contextlib.redirect_stdout(so), contextlib.redirect_stderr(se):
            try:
                tokenize.main()
            except SystemExit as e:
                status = e.code if isinstance(e.code, int) else 1
            except Exception as e:
                status = 1
                se.write("Traceback (most recent call last):\n")
    finally:
        sys.argv, sys.stdin = old_argv, old_stdin
    if "Exception ignored" in se.getvalue():
        # CPython's own bugs (a token returned with an error set) leave the
        # interpreter in a state that garbles what follows: ask a fresh one.
        return gen.run(args + ([path] if stdin_bytes is None else []), None, stdin=stdin_bytes,
                       cwd=os.getcwd())
    return so.getvalue(), se.getvalue(), status


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    os.makedirs(out, exist_ok=True)
    files = stdlib_files()
    cwd = os.getcwd()
    os.chdir(out)
    try:
        for k in range(n):
            name = "fuzz%05d" % k
            r = rng.random()
            if r < 0.5:
                src = mutated_window(rng, files)
            elif r < 0.75:
                src = soup(rng)
            else:
                end = rng.choice(["\n", "", "\r\n", " + 1\n"])
                src = ("x = " + fstring(rng) + end).encode()
            with open(name + ".py", "wb") as f:
                f.write(src)
            o, e, st = in_process_tokenize(name + ".py", [])
            eo, _, est = in_process_tokenize(name + ".py", ["-e"])
            so, se, sst = in_process_tokenize(name + ".py", [], stdin_bytes=src)
            ptoks, perr = gen.parser_section(src)
            comp = gen.compile_section(name, src, perr)
            with open(name + ".golden", "w", encoding="utf-8", errors="surrogateescape", newline="\n") as f:
                f.write("".join([
                    "-- tokenize %d --\n" % st, o, "-- tokenize stderr --\n", e,
                    "-- tokenize -e %d --\n" % est, eo, "-- stdin %d --\n" % sst, so,
                    "-- stdin stderr --\n", se, "-- parser --\n", "".join(l + "\n" for l in ptoks),
                    "-- compile --\n", "".join(l + "\n" for l in comp)]))
    finally:
        os.chdir(cwd)
    print("wrote %d inputs to %s" % (n, out))


if __name__ == "__main__":
    main()
