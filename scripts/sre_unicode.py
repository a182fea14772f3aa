#!/usr/bin/env python3
"""Writes runtime/internal/sre/data/unicode.txt.gz: the character data
CPython 3.13's _sre uses, taken from the oracle so the engine agrees with it.

Per code point: Py_UNICODE_TOLOWER / Py_UNICODE_TOUPPER (the first character
of the full mapping, which is what the one-character macros return for
characters with extended casing, e.g. upper('ß') is 'S'), and the flags
decimal, space, linebreak, alnum (SRE_UNI_IS_DIGIT/SPACE/LINEBREAK/ALNUM).
Runs of consecutive code points with equal flags and equal case deltas are
written as one line: "start count flags lowerdelta upperdelta" (hex start).

Run from the repository root:  "$(scripts/find-oracle.sh)" scripts/sre_unicode.py
"""
import gzip
import sys

import _sre

if sys.version_info[:2] != (3, 13):
    sys.exit("sre_unicode.py needs CPython 3.13")

LINEBREAK = {0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029}


def props(c):
    ch = chr(c)
    lo = _sre.unicode_tolower(c)
    up = ord(ch.upper()[0])
    # the iscased check proves upper is Py_UNICODE_TOUPPER's value
    assert _sre.unicode_iscased(c) == (lo != c or up != c), hex(c)
    if c < 0x10000:
        assert ("a" + ch + "b").splitlines() != ["a" + ch + "b"] or c not in LINEBREAK
    f = 0
    if ch.isdecimal():
        f |= 1
    if ch.isspace():
        f |= 2
    if c in LINEBREAK:
        f |= 4
    if ch.isalnum():
        f |= 8
    return f, lo - c, up - c


def main():
    # check the linebreak set against str.splitlines
    for c in range(0x110000):
        ch = chr(c)
        if (len(("a" + ch + "b").splitlines()) == 2) != (c in LINEBREAK):
            sys.exit("linebreak set differs at %x" % c)
    out = []
    run = None
    for c in range(0x110000):
        p = props(c)
        if run and run[2] == p:
            run[1] += 1
        else:
            if run:
                out.append(run)
            run = [c, 1, p]
    out.append(run)
    text = "".join("%x %d %d %d %d\n" % (s, n, p[0], p[1], p[2]) for s, n, p in out)
    with open("runtime/internal/sre/data/unicode.txt.gz", "wb") as f:
        f.write(gzip.compress(text.encode(), 9, mtime=0))
    print(len(out), "runs", file=sys.stderr)


main()
