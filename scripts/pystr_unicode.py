#!/usr/bin/env python3
"""Writes the Unicode tables runtime/internal/pystr needs, from CPython 3.13
(Unicode 15.1.0), so that the str methods agree with CPython exactly; Go's
unicode package is at 15.0 and has neither full case mappings nor the
numeric types.

  runtime/internal/pystr/unicode/props.txt   code point ranges per property:
      alpha decimal digit numeric space upper lower title cased ignorable
      (str.isalpha, isdecimal, isdigit, isnumeric, isspace of one
      character; Uppercase, Lowercase, Lt, Cased, Case_Ignorable as
      CPython's unicodectype.c flags, probed through str methods)
  runtime/internal/pystr/unicode/case.txt    full case mappings that are not
      the identity: "U|L|T|F hex hex..." (upper, lower, title, casefold of
      one character)
  runtime/internal/pystr/testdata/props.txt  ranges of isprintable and
      isidentifier (start, continue), which pystr takes from ast and parser;
      the tests check them

Run from the repository root: "$(scripts/find-oracle.sh)" scripts/pystr_unicode.py
"""

import sys

if sys.version_info[:2] != (3, 13):
    sys.exit("pystr_unicode.py needs CPython 3.13")

OUT = "runtime/internal/pystr/unicode"
SIGMA = "\u03a3"


def chars():
    for cp in range(0x110000):
        yield cp, chr(cp)


def cased(c):
    return c.isupper() or c.islower() or (c.istitle() and not c.isupper())


def ignorable(c):
    # Case_Ignorable, seen through the final-sigma rule of str.lower: Σ is
    # final when a cased character precedes it and none follows, skipping
    # case-ignorable ones. For an uncased c, "AcΣ" ends in ς iff the
    # backward scan skips c; for a cased c, "AΣc" has ς iff the forward
    # scan skips c.
    if cased(c):
        return ("A" + SIGMA + c).lower()[1] == "\u03c2"
    return ("A" + c + SIGMA).lower()[-1] == "\u03c2"


PROPS = {
    "alpha": str.isalpha,
    "decimal": str.isdecimal,
    "digit": str.isdigit,
    "numeric": str.isnumeric,
    "space": str.isspace,
    "upper": str.isupper,
    "lower": str.islower,
    "title": lambda c: c.istitle() and not c.isupper(),
    "cased": cased,
    "ignorable": ignorable,
}
TEST_PROPS = {
    "printable": str.isprintable,
    "xidstart": str.isidentifier,
    "xidcontinue": lambda c: ("a" + c).isidentifier(),
}


def ranges(pred):
    out, start = [], None
    for cp, c in chars():
        if pred(c):
            if start is None:
                start = cp
        elif start is not None:
            out.append((start, cp - 1))
            start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return out


def write_props(path, props, header):
    with open(path, "w", encoding="ascii") as f:
        f.write(header)
        for name, pred in props.items():
            for lo, hi in ranges(pred):
                f.write("%s %04X %04X\n" % (name, lo, hi))


def main():
    import os
    os.makedirs(OUT, exist_ok=True)
    write_props(OUT + "/props.txt", PROPS, "# Written by scripts/pystr_unicode.py from CPython 3.13 (Unicode 15.1.0): property lo hi\n")
    write_props("runtime/internal/pystr/testdata/props.txt", TEST_PROPS,
                "# Written by scripts/pystr_unicode.py from CPython 3.13: property lo hi\n")
    with open(OUT + "/case.txt", "w", encoding="ascii") as f:
        f.write("# Written by scripts/pystr_unicode.py from CPython 3.13 (Unicode 15.1.0): U|L|T|F cp mapping...\n")
        for cp, c in chars():
            if 0xD800 <= cp < 0xE000:
                continue
            for tag, m in (("U", c.upper()), ("L", c.lower()), ("T", c.title()), ("F", c.casefold())):
                if m != c:
                    f.write("%s %04X %s\n" % (tag, cp, " ".join("%04X" % ord(x) for x in m)))


main()
