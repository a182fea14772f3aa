"""Write pycodec/data/codecs.txt: CPython 3.13's text codecs as data.

Usage: python3.13 scripts/codecs_data.py > pycodec/data/codecs.txt   (scripts/codecs-data.sh)

From the oracle's own encodings package: every alias, every codec's Python
name (as its errors print it), whether a coding cookie naming it is accepted
by the tokenizer, the 256 entries of each charmap codec, and the decoding
maps of the multibyte CJK codecs (enumerated byte sequence by byte sequence,
written as runs of consecutive code points).

Format, one record a line:
    alias ALIAS CODEC               encodings.aliases, plus each module's own name
    codec CODEC KIND NAME COOKIE    KIND: utf8 utf8sig latin1 ascii charmap mb utf16 ... ;
                                    NAME: the codec name errors print; COOKIE: ok or problem
    map CODEC HEX256                charmap: 256 code points in hex, '-' for undefined
    mb CODEC BYTES CP COUNT         multibyte: COUNT sequences from BYTES (hex) on, the last
                                    byte counting up, decode to CP (hex, or hex+hex.. for a
                                    sequence of several code points, COUNT 1) counting up
    lead CODEC BYTES                multibyte: BYTES is an incomplete prefix (needs more)
    gb4 CODEC INDEX CP COUNT        GB 18030's four-byte sequences by linear index
                                    (((b1-0x81)*10 + b2-0x30)*126 + b3-0x81)*10 + b4-0x30
"""
import codecs
import encodings
import encodings.aliases
import importlib
import os
import subprocess
import sys
import tempfile

if sys.version_info[:2] != (3, 13):
    sys.exit("needs CPython 3.13")

d = os.path.dirname(encodings.__file__)
mods = sorted(f[:-3] for f in os.listdir(d) if f.endswith(".py") and f not in ("__init__.py", "aliases.py"))
skip = {"mbcs", "oem", "cp65001"}  # Windows-only (cp65001 is an alias of utf_8 elsewhere)

out = []
names = {}
for m in mods:
    if m in skip:
        continue
    try:
        info = codecs.lookup(m)
    except LookupError:
        continue
    if not info._is_text_encoding:
        continue
    names[m] = info.name

aliases = dict(encodings.aliases.aliases)
for a, m in sorted(aliases.items()):
    if m in names:
        out.append("alias %s %s" % (a, m))


def cookie_ok(m):
    with tempfile.NamedTemporaryFile("wb", suffix=".py", delete=False) as f:
        f.write(b"# coding: " + m.encode() + b"\nx = 1\n")
    try:
        r = subprocess.run([sys.executable, "-c", "compile(open(%r,'rb').read(), 'f', 'exec')" % f.name],
                           capture_output=True)
        return "ok" if r.returncode == 0 else "problem"
    finally:
        os.unlink(f.name)


special = {"utf_8": "utf8", "utf_8_sig": "utf8sig", "latin_1": "latin1", "ascii": "ascii",
           "utf_16": "utf16", "utf_16_le": "utf16le", "utf_16_be": "utf16be",
           "utf_32": "utf32", "utf_32_le": "utf32le", "utf_32_be": "utf32be",
           "utf_7": "utf7", "raw_unicode_escape": "rawunicodeescape", "unicode_escape": "unicodeescape",
           "idna": "idna", "punycode": "punycode", "undefined": "undefined"}


def hexcp(s):
    return "+".join("%x" % ord(c) for c in s)


def enumerate_mb(m):
    """Decoding map of a multibyte codec: byte sequences up to 4 bytes long."""
    dec = codecs.getdecoder(m)
    entries = []  # (bytes, str)
    leads = []

    def walk(prefix, depth):
        for b in range(256):
            seq = prefix + bytes([b])
            try:
                s, n = dec(seq, "strict")
                if n == len(seq):
                    entries.append((seq, s))
            except UnicodeDecodeError as e:
                if e.reason == "incomplete multibyte sequence" and depth < 4:
                    leads.append(seq)
                    if not (m == "gb18030" and depth == 2):  # its 4-byte space is written as gb4 runs
                        walk(seq, depth + 1)

    walk(b"", 1)
    return entries, leads


def gb4_runs(m):
    """GB 18030's four-byte sequences b1 b2 b3 b4 (0x81-0xFE, 0x30-0x39 twice
    interleaved), by linear index, as runs of consecutive code points."""
    dec = codecs.getdecoder(m)
    run = None  # [start index, start cp, count]
    idx = 0
    for b1 in range(0x81, 0xFF):
        for b2 in range(0x30, 0x3A):
            for b3 in range(0x81, 0xFF):
                for b4 in range(0x30, 0x3A):
                    try:
                        s, n = dec(bytes((b1, b2, b3, b4)), "strict")
                        cp = ord(s) if n == 4 and len(s) == 1 else None
                    except UnicodeDecodeError:
                        cp = None
                    if run and cp is not None and run[0] + run[2] == idx and run[1] + run[2] == cp:
                        run[2] += 1
                    else:
                        if run:
                            out.append("gb4 %s %d %x %d" % (m, run[0], run[1], run[2]))
                        run = [idx, cp, 1] if cp is not None else None
                    idx += 1
    if run:
        out.append("gb4 %s %d %x %d" % (m, run[0], run[1], run[2]))


for m in sorted(names):
    kind = special.get(m)
    mod = importlib.import_module("encodings." + m)
    if kind is None:
        if hasattr(mod, "decoding_table"):
            kind = "charmap"
        elif type(getattr(mod, "codec", None)).__name__ == "MultibyteCodec":
            kind = "mb"
        else:
            kind = "unsupported"
    out.append("codec %s %s %s %s" % (m, kind, names[m], cookie_ok(m)))
    if kind == "charmap":
        t = mod.decoding_table
        out.append("map %s %s" % (m, " ".join("-" if c == "\ufffe" else "%x" % ord(c) for c in t)))
    elif kind == "mb" and not m.startswith("iso2022") and m != "hz":
        entries, leads = enumerate_mb(m)
        for l in leads:
            out.append("lead %s %s" % (m, l.hex()))
        if m == "gb18030":
            gb4_runs(m)
        # runs: same prefix, last byte +1, single code point +1
        i = 0
        while i < len(entries):
            seq, s = entries[i]
            j = i + 1
            if len(s) == 1:
                while j < len(entries):
                    s2, t2 = entries[j]
                    if (len(s2) == len(seq) and s2[:-1] == seq[:-1] and s2[-1] == seq[-1] + (j - i)
                            and len(t2) == 1 and ord(t2) == ord(s) + (j - i)):
                        j += 1
                    else:
                        break
            out.append("mb %s %s %s %d" % (m, seq.hex(), hexcp(s), j - i))
            i = j

print("# CPython 3.13's text codecs, written by scripts/codecs_data.py from the oracle. Format: see that script.")
print("\n".join(out))
