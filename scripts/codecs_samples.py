"""Write pycodec/testdata/samples.jsonl: how CPython 3.13 decodes sample bytes.

Usage: python3.13 scripts/codecs_samples.py > pycodec/testdata/samples.jsonl

For every text codec peglab decodes: ASCII text, random bytes (fixed seed),
and valid text encoded and then cut or corrupted, each decoded strictly
(the text, or str() of the UnicodeDecodeError) and with errors='replace'.
"""
import codecs
import encodings.aliases
import json
import random
import sys

rnd = random.Random(263)
mods = sorted(set(encodings.aliases.aliases.values()))
skip_prefix = ("iso2022", "hz", "utf_7", "idna", "punycode", "mbcs", "oem", "raw_unicode", "unicode_escape",
               "undefined", "base64", "bz2", "hex", "quopri", "rot", "uu", "zlib", "cp65001", "tactis")
text = "peglab: x = 1 # \u00e9\u00fc \u0416\u0436 \u03b1\u03b2 \u4e2d\u6587 \u65e5\u672c\u8a9e \ud55c\uad6d\uc5b4 \u20ac"
for m in mods:
    if m.startswith(skip_prefix):
        continue
    try:
        info = codecs.lookup(m)
    except LookupError:
        continue
    if not info._is_text_encoding:
        continue
    samples = [b"abc xyz 123\n", bytes(range(256))]
    for _ in range(6):
        samples.append(bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 40))))
    enc = text.encode(m, "ignore")
    samples += [enc, enc[:-1], enc[: len(enc) // 2], enc + b"\xff\xfe\x81"]
    for s in samples:
        row = {"codec": m, "bytes": s.hex()}
        try:
            row["strict"] = s.decode(m)
        except UnicodeDecodeError as e:
            row["error"] = str(e)
        row["replace"] = s.decode(m, "replace")
        print(json.dumps(row, ensure_ascii=True))
