#!/usr/bin/env python3
"""Writes the Unicode data the parser needs, from CPython 3.13's unicodedata.

The Go standard library has neither normalization nor character names, so
the parser carries the little it needs of them, taken from the oracle so
that it agrees with CPython exactly (Unicode 15.1.0):

  parser/unicode/nfkc.txt    NFKC for identifiers (PEP 3131): combining
                             classes, full compatibility decompositions,
                             primary composites
  parser/unicode/names.txt   character names for "\\N{...}" escapes, plus
                             the aliases below that CPython accepts
  parser/testdata/unicode-nfkc.txt, unicode-names.txt
                             expected results the Go tests check

Run from the repository root with CPython 3.13:
  "$(scripts/find-oracle.sh)" scripts/gen-unicode-data.py
"""

import os
import random
import re
import sys
import unicodedata as ud

if sys.version_info[:2] != (3, 13):
    sys.exit("gen-unicode-data.py needs CPython 3.13")

OUT = "parser/unicode"
TESTDATA = "parser/testdata"

# Hangul syllables and CJK unified ideographs are named algorithmically (by
# the parser's Go code, as by CPython's), so the table leaves them out.
ALGORITHMIC = ("HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-")

# Formal aliases from the Unicode standard's name aliases: control
# characters, abbreviations and corrections. unicodedata cannot list them,
# only look them up; each is kept only if CPython resolves it to one
# character.
ALIASES = """
NULL; START OF HEADING; START OF TEXT; END OF TEXT; END OF TRANSMISSION;
ENQUIRY; ACKNOWLEDGE; ALERT; BACKSPACE; CHARACTER TABULATION;
HORIZONTAL TABULATION; LINE FEED; NEW LINE; END OF LINE; LINE TABULATION;
VERTICAL TABULATION; FORM FEED; CARRIAGE RETURN; SHIFT OUT; LOCKING-SHIFT ONE;
SHIFT IN; LOCKING-SHIFT ZERO; DATA LINK ESCAPE; DEVICE CONTROL ONE;
DEVICE CONTROL TWO; DEVICE CONTROL THREE; DEVICE CONTROL FOUR;
NEGATIVE ACKNOWLEDGE; SYNCHRONOUS IDLE; END OF TRANSMISSION BLOCK; CANCEL;
END OF MEDIUM; SUBSTITUTE; ESCAPE; INFORMATION SEPARATOR FOUR;
FILE SEPARATOR; INFORMATION SEPARATOR THREE; GROUP SEPARATOR;
INFORMATION SEPARATOR TWO; RECORD SEPARATOR; INFORMATION SEPARATOR ONE;
UNIT SEPARATOR; DELETE; PADDING CHARACTER; HIGH OCTET PRESET;
BREAK PERMITTED HERE; NO BREAK HERE; INDEX; NEXT LINE;
START OF SELECTED AREA; END OF SELECTED AREA; CHARACTER TABULATION SET;
HORIZONTAL TABULATION SET; CHARACTER TABULATION WITH JUSTIFICATION;
HORIZONTAL TABULATION WITH JUSTIFICATION; LINE TABULATION SET;
VERTICAL TABULATION SET; PARTIAL LINE FORWARD; PARTIAL LINE DOWN;
PARTIAL LINE BACKWARD; PARTIAL LINE UP; REVERSE LINE FEED; REVERSE INDEX;
SINGLE SHIFT TWO; SINGLE-SHIFT-2; SINGLE SHIFT THREE; SINGLE-SHIFT-3;
DEVICE CONTROL STRING; PRIVATE USE ONE; PRIVATE USE-1; PRIVATE USE TWO;
PRIVATE USE-2; SET TRANSMIT STATE; CANCEL CHARACTER; MESSAGE WAITING;
START OF GUARDED AREA; START OF PROTECTED AREA; END OF GUARDED AREA;
END OF PROTECTED AREA; START OF STRING; SINGLE GRAPHIC CHARACTER INTRODUCER;
SINGLE CHARACTER INTRODUCER; CONTROL SEQUENCE INTRODUCER; STRING TERMINATOR;
OPERATING SYSTEM COMMAND; PRIVACY MESSAGE; APPLICATION PROGRAM COMMAND;
NUL; SOH; STX; ETX; EOT; ENQ; ACK; BEL; BS; HT; LF; NL; EOL; VT; FF; CR; SO;
SI; DLE; DC1; DC2; DC3; DC4; NAK; SYN; ETB; CAN; EOM; SUB; ESC; FS; GS; RS;
US; SP; DEL; PAD; HOP; BPH; NBH; IND; NEL; SSA; ESA; HTS; HTJ; VTS; PLD; PLU;
RI; SS2; SS3; DCS; PU1; PU2; STS; CCH; MW; SPA; EPA; SOS; SGC; SCI; CSI; ST;
OSC; PM; APC; NBSP; SHY; CGJ; ALM; MVS; FVS1; FVS2; FVS3; FVS4; ZWSP; ZWNJ;
ZWJ; LRM; RLM; LRE; RLE; PDF; LRO; RLO; NNBSP; MMSP; WJ; LRI; RLI; FSI; PDI;
ZWNBSP; BOM; BYTE ORDER MARK; ZERO WIDTH NO-BREAK SPACE;
LATIN CAPITAL LETTER GHA; LATIN SMALL LETTER GHA; KANNADA LETTER LLLA;
LAO LETTER FO FON; LAO LETTER FO FAY; LAO LETTER RO; LAO LETTER LO;
TIBETAN MARK BKA- SHOG GI MGO RGYAN; YI SYLLABLE ITERATION MARK;
PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET;
BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS;
WEIERSTRASS ELLIPTIC FUNCTION; MICR ON US SYMBOL; MICR DASH SYMBOL;
LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE;
RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE;
SYRIAC SUBLINEAR COLON SKEWED LEFT; HANGUL JONGSEONG YESIEUNG-KIYEOK;
HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK; HANGUL JONGSEONG SSANGYESIEUNG;
HANGUL JONGSEONG YESIEUNG-KHIEUKH; CUNEIFORM SIGN NU11 TENU;
CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR; MEDEFAIDRIN CAPITAL LETTER H;
MEDEFAIDRIN CAPITAL LETTER NG; MEDEFAIDRIN SMALL LETTER H;
MEDEFAIDRIN SMALL LETTER NG; HENTAIGANA LETTER E-1; HENTAIGANA LETTER E-2;
HENTAIGANA LETTER E-3; HENTAIGANA LETTER E-4; HENTAIGANA LETTER E-5;
HENTAIGANA LETTER E-6; HENTAIGANA LETTER E-7; HENTAIGANA LETTER E-8;
HENTAIGANA LETTER E-9; SQUARE ERA NAME REIWA
"""
ALIASES += "; ".join("VS%d" % i for i in range(1, 257))


def stdlib_escapes():
    """Every name spelled in a \\N{...} escape in the 3.13 standard library:
    whatever else the aliases miss, the corpus the parser is checked on
    must resolve."""
    root = os.path.dirname(os.__file__)
    found = set()
    for dirpath, _, files in os.walk(root):
        for f in files:
            if f.endswith(".py"):
                with open(os.path.join(dirpath, f), "rb") as fh:
                    for m in re.finditer(rb"\\N\{([^}\\\n]{1,100})\}", fh.read()):
                        found.add(m.group(1).decode("ascii", "replace"))
    return found


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", path, len(text), "bytes")


def names():
    out = ["# Character names for \\N{...}, from CPython %s's unicodedata (Unicode %s)."
           % (sys.version.split()[0], ud.unidata_version),
           "# Generated by scripts/gen-unicode-data.py; do not edit.",
           "# A line is [code point step in hex] SHARED NAME-SUFFIX: the code point is",
           "# the previous one plus the step (1 when absent) and the name shares its",
           "# first SHARED characters with the previous name. Aliases follow the",
           "# line 'aliases', one 'HEX NAME' a line."]
    prev, prevcp = "", -1
    for cp in range(0x110000):
        n = ud.name(chr(cp), None)
        if n is None or n.startswith(ALGORITHMIC):
            continue
        k = 0
        while k < min(len(n), len(prev)) and n[k] == prev[k]:
            k += 1
        step = cp - prevcp
        out.append(("" if step == 1 else "%x" % step) + " %d %s" % (k, n[k:]))
        prev, prevcp = n, cp
    out.append("aliases")
    aliases = {a.strip() for a in ALIASES.replace("\n", " ").split(";")}
    aliases |= {a.upper() for a in stdlib_escapes()}
    named = {}
    for a in sorted(aliases):
        if not a or a.startswith(ALGORITHMIC):
            continue
        try:
            ch = ud.lookup(a)
        except KeyError:
            continue
        if len(ch) != 1 or ud.name(ch, None) == a:
            continue
        named[a] = ord(ch)
    for a in sorted(named):
        out.append("%x %s" % (named[a], a))
    write(os.path.join(OUT, "names.txt"), "\n".join(out) + "\n")

    # Test cases: names in any case, aliases, algorithmic names, and names
    # that must fail, with what CPython makes of "\N{name}".
    rng = random.Random(3)
    cases = []
    cps = [cp for cp in range(0x110000) if ud.name(chr(cp), None)]
    for cp in rng.sample(cps, 400):
        n = ud.name(chr(cp))
        cases.append(n)
        cases.append(n.lower())
    cases += sorted(named)[:200]
    cases += ["CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-2A6DF",
              "CJK UNIFIED IDEOGRAPH-2A6E0", "CJK UNIFIED IDEOGRAPH-04E00", "cjk unified ideograph-4E00",
              "HANGUL SYLLABLE GA", "HANGUL SYLLABLE HIH", "hangul syllable ga", "HANGUL SYLLABLE GGAG",
              "HANGUL SYLLABLE", "HANGUL SYLLABLE XYZ", "TANGUT IDEOGRAPH-17000", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
              "NOT A CHARACTER NAME", "latin small letter sharp s", "Latin Small Letter A"]
    lines = []
    for n in cases:
        try:
            v = eval('"\\N{%s}"' % n)
            lines.append("%s\t%x" % (n, ord(v)))
        except SyntaxError:
            lines.append("%s\t-" % n)
    write(os.path.join(TESTDATA, "unicode-names.txt"),
          "# NAME<TAB>code point of \"\\N{NAME}\" in CPython 3.13, or - when it is an error.\n" + "\n".join(lines) + "\n")


def nfkc():
    out = ["# NFKC data for identifiers, from CPython %s's unicodedata (Unicode %s)."
           % (sys.version.split()[0], ud.unidata_version),
           "# Generated by scripts/gen-unicode-data.py; do not edit.",
           "# 'c HEX CCC': canonical combining class; 'd HEX HEX...': full",
           "# compatibility decomposition (NFKD) of a character; 'p HEX HEX HEX': a",
           "# primary composite of two characters. Hangul is computed, not listed."]
    for cp in range(0x110000):
        c = ud.combining(chr(cp))
        if c:
            out.append("c %x %d" % (cp, c))
    for cp in range(0x110000):
        if 0xAC00 <= cp <= 0xD7A3:
            continue
        ch = chr(cp)
        d = ud.normalize("NFKD", ch)
        if d != ch:
            out.append("d %x %s" % (cp, " ".join("%x" % ord(x) for x in d)))
    for cp in range(0x110000):
        if 0xAC00 <= cp <= 0xD7A3:
            continue
        dec = ud.decomposition(chr(cp))
        if not dec or dec.startswith("<"):
            continue
        parts = [int(x, 16) for x in dec.split()]
        if len(parts) != 2:
            continue
        # A primary composite: NFC composes the pair back (composition
        # exclusions and singletons do not).
        if ud.normalize("NFC", chr(parts[0]) + chr(parts[1])) == chr(cp):
            out.append("p %x %x %x" % (parts[0], parts[1], cp))
    write(os.path.join(OUT, "nfkc.txt"), "\n".join(out) + "\n")

    # Test cases: every character whose NFKC differs from itself, alone and
    # after a letter, and random sequences of letters and combining marks.
    rng = random.Random(7)
    lines = []
    changed = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF and ud.normalize("NFKC", chr(cp)) != chr(cp)]
    marks = [cp for cp in range(0x110000) if ud.combining(chr(cp))]
    for cp in changed:
        lines.append("a" + chr(cp))
    pool = changed + marks + [0x41, 0x61, 0x1100, 0x1161, 0x11A8, 0xAC00, 0x3131, 0x0300, 0x0301, 0x0327, 0x05B0]
    for _ in range(3000):
        lines.append("".join(chr(rng.choice(pool)) for _ in range(rng.randint(1, 6))))
    rows = []
    for s in lines:
        rows.append(" ".join("%x" % ord(c) for c in s) + "\t" + " ".join("%x" % ord(c) for c in ud.normalize("NFKC", s)))
    write(os.path.join(TESTDATA, "unicode-nfkc.txt"),
          "# input code points<TAB>their NFKC, from CPython 3.13.\n" + "\n".join(rows) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(TESTDATA, exist_ok=True)
    names()
    nfkc()


if __name__ == "__main__":
    main()
