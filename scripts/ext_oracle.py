#!/usr/bin/env python3
"""Writes testdata/oracle.golden for the extensions CPython can check.

CPython 3.13 knows neither ~= nor ->-as-an-operator, but each can be
spelled, without moving a single column, as an operator it knows at the
same precedence:

  almosteq  every ~= (a '~' token followed at once by '=') becomes a
            comparison operator of two characters that the program does
            not use (!=, <=, >= or ==); in CPython's tree that operator's
            class is then renamed AlmostEq.
  arrow     every -> that is an operator (not the return annotation of a
            def, or of a func_type signature) becomes '| ', and the levels
            below shift by one: '|' becomes '^' and '^' becomes '&'; in
            CPython's tree BitOr is renamed Arrow, BitXor BitOr, BitAnd
            BitXor. Programs that use '&', '<<' or '>>' are skipped (there
            is no free level of one character below '&').

For every case of extensions/NAME/testdata/cases.txt, oracle.golden holds
CPython's tree of the respelled program with its positions,
ast.dump(..., include_attributes=True), or its error as
"error: MESSAGE at LINE:COLUMN" (the caret's width is the respelled
operator's, so it is not compared). The Go test compares them with what
peglab makes of the original program (internal/testsupport/extgolden, CheckOracle).

Run it with scripts/ext-oracle.sh, which finds the oracle.
"""

import ast
import io
import os
import re
import sys
import tokenize

if sys.version_info[:2] != (3, 13):
    sys.exit("ext_oracle.py needs CPython 3.13")


def read_cases(path):
    """Yields (name, mode, source) as internal/testsupport/extgolden.ParseCases does."""
    cases = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("== "):
                fields = line[3:].split()
                mode = "exec"
                if fields and fields[-1].startswith("mode="):
                    mode = fields.pop()[5:]
                cases.append([" ".join(fields), mode, ""])
            elif cases:
                cases[-1][2] += line
    for name, mode, src in cases:
        yield name, mode, src.rstrip("\n") + "\n"


def op_tokens(src):
    """CPython's operator tokens of src, or None when tokenize fails."""
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    except (tokenize.TokenError, SyntaxError):
        return None
    return [t for t in toks if t.type == tokenize.OP]


def replace(src, edits):
    """Applies (line, col, old, new) edits of equal length to src."""
    lines = src.splitlines(keepends=True)
    for line, col, old, new in edits:
        text = lines[line - 1]
        assert text[col:col + len(old)] == old and len(old) == len(new)
        lines[line - 1] = text[:col] + new + text[col + len(old):]
    return "".join(lines)


def almosteq(src, mode):
    ops = op_tokens(src)
    if ops is None:
        return None, None, "CPython cannot tokenize it"
    used = {t.string for t in ops}
    spare = [op for op in ("!=", "<=", ">=", "==") if op not in used]
    if not spare:
        return None, None, "it uses every comparison of two characters"
    new = spare[0]
    cls = {"!=": "NotEq", "<=": "LtE", ">=": "GtE", "==": "Eq"}[new]
    edits = []
    for a, b in zip(ops, ops[1:]):
        if a.string == "~" and b.string == "=" and a.end == b.start:
            edits.append((a.start[0], a.start[1], "~=", new))
    return replace(src, edits), {cls: "AlmostEq"}, None


def arrow(src, mode):
    ops = op_tokens(src)
    if ops is None:
        return None, None, "CPython cannot tokenize it"
    if any(t.string in ("&", "<<", ">>", "&=", "<<=", ">>=", "|=", "^=") for t in ops):
        return None, None, "it uses a level below ^"
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    # The annotation arrows: the first -> at bracket depth 0 after the
    # parameters of a def (or after the argument types of a signature).
    annotations = set()
    depth = 0
    header = mode == "func_type"
    closed = False
    for t in toks:
        if t.type == tokenize.NAME and t.string == "def" and depth == 0:
            header, closed = True, False
        if t.type != tokenize.OP:
            continue
        if t.string in "([{":
            depth += 1
        elif t.string in ")]}":
            depth -= 1
            if depth == 0 and header:
                closed = True
        elif t.string == "->" and depth == 0 and header and closed:
            annotations.add(t.start)
            header = False
        elif t.string == ":" and depth == 0:
            header = False
    edits = []
    for t in ops:
        if t.string == "->" and t.start not in annotations:
            edits.append((t.start[0], t.start[1], "->", "| "))
        elif t.string == "|":
            edits.append((t.start[0], t.start[1], "|", "^"))
        elif t.string == "^":
            edits.append((t.start[0], t.start[1], "^", "&"))
    return replace(src, edits), {"BitOr": "Arrow", "BitXor": "BitOr", "BitAnd": "BitXor"}, None


RESPELL = {"almosteq": almosteq, "arrow": arrow}


def rename(dump, names):
    return re.sub(r"\b(%s)\(\)" % "|".join(names), lambda m: names[m.group(1)] + "()", dump)


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    for ext, respell in sorted(RESPELL.items()):
        testdata = os.path.join(root, "extensions", ext, "testdata")
        out = []
        for name, mode, src in read_cases(os.path.join(testdata, "cases.txt")):
            head = "== " + name + ("" if mode == "exec" else " mode=" + mode)
            new, names, why = respell(src, mode)
            if why:
                out.append("%s\n(skipped: %s)\n" % (head, why))
                continue
            try:
                tree = ast.parse(new, "<string>", mode)
            except SyntaxError as e:
                out.append("%s\nerror: %s at %d:%d\n" % (head, e.msg, e.lineno, e.offset))
                continue
            out.append("%s\n%s\n" % (head, rename(ast.dump(tree, include_attributes=True), names)))
        with open(os.path.join(testdata, "oracle.golden"), "w", encoding="utf-8") as f:
            f.write("".join(out))
        print("wrote", os.path.join("extensions", ext, "testdata", "oracle.golden"))


main()
