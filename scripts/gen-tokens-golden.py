#!/usr/bin/env python3
"""Writes parser/testdata/tokens: every case of tokens_cases.py as NAME.py,
and what CPython 3.13 says about it as NAME.golden.

Run with the oracle:  $(scripts/find-oracle.sh) scripts/gen-tokens-golden.py
(`go test ./parser -run TestTokensGolden -update` does that for you).

A golden file has sections, each opened by a line "-- title --":
  tokenize STATUS     stdout of `python -m tokenize NAME.py`
  tokenize stderr     its stderr
  tokenize -e STATUS  stdout of `python -m tokenize -e NAME.py`
  stdin STATUS        stdout of `python -m tokenize < NAME.py`
  stdin stderr        its stderr
  parser              the tokens CPython's parser receives: the C tokenizer
                      without extra tokens, over the source as compile()
                      decodes it; one token a line, KIND 'text' sl,sc-el,ec
                      (columns in characters); then "error {json}" if it
                      fails, "warning {json}" for each SyntaxWarning, or a
                      note why the section is skipped
  compile             compile(src, "<string>", "exec"): "ok", or "error"
                      and the SyntaxError's fields as JSON, with
                      from_tokenizer saying whether the tokenizer raised it
"""

import _tokenize
import io
import json
import os
import re
import subprocess
import sys
import tokenize
import warnings

if sys.version_info[:2] != (3, 13):
    sys.exit("gen-tokens-golden.py needs CPython 3.13")

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from tokens_cases import CASES, TOKENIZER_ERRORS  # noqa: E402

OUT = os.path.join(HERE, "..", "parser", "testdata", "tokens")

# The messages the tokenize module gives the error codes that compile()
# reports under other messages.
CODE_MESSAGES = {
    "unexpected EOF in multi-line statement": ("was never closed", "unexpected EOF while parsing"),
}


def run(args, name, stdin=None, cwd=OUT):
    r = subprocess.run([sys.executable, "-m", "tokenize", *args], cwd=cwd,
                       input=stdin, capture_output=True)
    dec = lambda b: b.decode("utf-8", "surrogateescape")
    # Object addresses in CPython's crash reports change from run to run.
    err = re.sub(r"0x[0-9a-f]{6,}", "0x?", dec(r.stderr))
    return dec(r.stdout), err, r.returncode


def compile_text(src):
    """The source as compile() decodes it, or None with the reason.
    compile() translates newlines before it looks for a coding cookie."""
    src = src.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    enc = "utf-8"
    body = src
    if body.startswith(b"\xef\xbb\xbf"):
        body = body[3:]
    try:
        enc, _ = tokenize.detect_encoding(io.BytesIO(src).readline)
    except SyntaxError as e:
        return None, "skipped: " + str(e)
    if enc == "utf-8-sig":
        enc = "utf-8"
    try:
        text = body.decode(enc)
    except (UnicodeDecodeError, LookupError) as e:
        return None, "skipped: undecodable (%s)" % type(e).__name__
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


def parser_section(src):
    if b"\0" in src:
        return ["skipped: null bytes"], None
    text, why = compile_text(src)
    if text is None:
        return [why], None
    lines = []
    err = None
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            for t in _tokenize.TokenizerIter(io.StringIO(text).readline, extra_tokens=False):
                typ, s, (sl, sc), (el, ec), _ = t
                lines.append("%s %r %d,%d-%d,%d" % (tokenize.tok_name[typ], s, sl, sc, el, ec))
        except SyntaxError as e:
            err = e
            lines.append("error " + json.dumps({"type": type(e).__name__, "msg": e.msg}))
        except SystemError as e:
            # A bug of the readline reader (compile() reads a string).
            return ["skipped: SystemError: %s" % e], None
    for w in ws:
        lines.append("warning " + json.dumps({"line": w.lineno, "msg": str(w.message)}))
    return lines, err


def from_tokenizer(comp, tok):
    """Whether compile() reports the tokenizer's error."""
    if comp is None or tok is None:
        return False
    if comp.msg == tok.msg:
        return True
    return any(m in comp.msg for m in CODE_MESSAGES.get(tok.msg, ()))


def compile_section(name, src, tok_err):
    lines = []
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            compile(src, "<string>", "exec")
            lines.append("ok")
        except SyntaxError as e:
            ours = (from_tokenizer(e, tok_err) or (b"\0" in src and "null bytes" in e.msg)
                    or e.lineno == 0 or name in TOKENIZER_ERRORS)
            lines.append("error " + json.dumps({
                "type": type(e).__name__, "msg": e.msg, "line": e.lineno,
                "offset": e.offset, "end_line": e.end_lineno, "end_offset": e.end_offset,
                "text": e.text, "from_tokenizer": ours}))
        except (ValueError, MemoryError) as e:
            # A decoding error can escape compile() unconverted (when the
            # parser rescans the source after a syntax error).
            lines.append("error " + json.dumps({"type": type(e).__name__, "msg": str(e),
                                                "from_tokenizer": False}))
    return lines


def ranges(pred):
    out, start = [], None
    for cp in range(0x110000):
        if pred(cp):
            if start is None:
                start = cp
        elif start is not None:
            out.append((start, cp - 1))
            start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return out


def write_unicode_tables():
    """unicode.txt: the code points Python counts as identifier start,
    identifier continuation and printable, as ranges."""
    tables = {
        "xid_start": lambda cp: chr(cp).isidentifier(),
        "xid_continue": lambda cp: ("a" + chr(cp)).isidentifier(),
        "printable": lambda cp: chr(cp).isprintable(),
    }
    with open(os.path.join(OUT, "unicode.txt"), "w", newline="\n") as f:
        f.write("# Python %s, Unicode %s: ranges of code points per class.\n" %
                (sys.version.split()[0], __import__("unicodedata").unidata_version))
        for name, pred in tables.items():
            for lo, hi in ranges(pred):
                f.write("%s %X %X\n" % (name, lo, hi))


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith((".py", ".golden")):
            os.remove(os.path.join(OUT, f))
    for name, src in CASES:
        path = name + ".py"
        with open(os.path.join(OUT, path), "wb") as f:
            f.write(src)
        out, err, st = run([path], name)
        eout, _, est = run(["-e", path], name)
        sout, serr, sst = run([], name, stdin=src)
        ptoks, perr = parser_section(src)
        comp = compile_section(name, src, perr)
        parts = [
            "-- tokenize %d --\n" % st, out,
            "-- tokenize stderr --\n", err,
            "-- tokenize -e %d --\n" % est, eout,
            "-- stdin %d --\n" % sst, sout,
            "-- stdin stderr --\n", serr,
            "-- parser --\n", "".join(l + "\n" for l in ptoks),
            "-- compile --\n", "".join(l + "\n" for l in comp),
        ]
        with open(os.path.join(OUT, name + ".golden"), "w", encoding="utf-8",
                  errors="surrogateescape", newline="\n") as f:
            f.write("".join(parts))
    write_unicode_tables()
    print("wrote %d cases and unicode.txt to %s" % (len(CASES), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
