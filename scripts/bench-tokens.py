#!/usr/bin/env python3
"""CPython 3.13's side of scripts/bench-tokens.sh: tokens per second of the
C tokenizer over every .py file under ROOT (site-packages left out), read
and decoded beforehand, the best of REPEAT runs.

  bench-tokens.py ROOT [REPEAT]

Prints "parser N" (the tokenizer as the parser runs it, extra_tokens=False)
and "tokenize N" (as the tokenize module runs it, extra_tokens=True).
Files that either mode rejects are left out, as the Go benchmark does.
Token counts agree with peglab's but for one ENCODING token per file in
tokenize mode, and the ENDMARKER that TokenizerIter drops for each empty
file in parser mode.
"""

import _tokenize
import io
import os
import sys
import time
import tokenize


def sources(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages")
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            with open(os.path.join(dirpath, name), "rb") as f:
                data = f.read()
            try:
                enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
                text = data.decode(enc)
                for extra in (False, True):
                    for _ in _tokenize.TokenizerIter(io.StringIO(text).readline, extra_tokens=extra):
                        pass
            except (SyntaxError, UnicodeDecodeError):
                continue
            out.append(text)
    return out


def compile_text(text):
    """Newlines as compile() gives them to its tokenizer."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def main():
    root = sys.argv[1]
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    raw = sources(root)
    for label, extra in (("parser", False), ("tokenize", True)):
        srcs = raw if extra else [compile_text(s) for s in raw]
        best = None
        for _ in range(repeat):
            n = 0
            t0 = time.perf_counter()
            for s in srcs:
                for _ in _tokenize.TokenizerIter(io.StringIO(s).readline, extra_tokens=extra):
                    n += 1
            d = time.perf_counter() - t0
            best = d if best is None else min(best, d)
        print("%s %.0f files=%d tokens=%d" % (label, n / best, len(srcs), n))
    # peglab's tokenize mode also counts one ENCODING token per file.


if __name__ == "__main__":
    main()
