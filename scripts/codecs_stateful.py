"""Write pycodec/testdata/stateful.jsonl: how CPython 3.13 decodes text in
the stateful and computed codecs (utf-7, idna, punycode, hz, iso2022_*).

Usage: python3.13 scripts/codecs_stateful.py > pycodec/testdata/stateful.jsonl

Rows as samples.jsonl's (codec, bytes in hex, the strict text or str() of
the UnicodeDecodeError); valid text encoded by the codec itself, then the
same bytes cut short or corrupted.
"""
import json

texts = ["plain ascii x = 1\n", "caf\u00e9 +- ~ \u65e5\u672c\u8a9e \u4e2d\u6587", "\u00a5 \uff71\uff72 \u2015 \u3042\u30a2",
         "\ud55c\uad6d\uc5b4 text", "a+b-c +\U0001f600 ok", "xn--caf-dma.example.", "M\u00fcnchen.de", "b\u00fccher",
         "print('\u0416\u0436')\n# comment\n", "~{ and ~} and ~~\n"]
codecs = ["utf_7", "idna", "punycode", "hz", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004",
          "iso2022_jp_3", "iso2022_jp_ext", "iso2022_kr"]
for m in codecs:
    samples = []
    for t in texts:
        try:
            enc = t.encode(m)
        except (UnicodeError, ValueError):
            continue
        samples += [enc, enc[:-1], enc + b"\xff"]
    if m == "idna":
        samples += [b"xn--caf-dma", b"XN--CAF-DMA.org", b"xn--zz!", b"plain.label"]
    if m == "utf_7":
        samples += [b"+AGEAYgBj-", b"+AGE", b"a+-b", b"+2D3eAA-", b"+ZeVnLIqe-"]
    for s in samples:
        row = {"codec": m, "bytes": s.hex()}
        try:
            row["strict"] = s.decode(m)
        except UnicodeDecodeError as e:
            row["error"] = str(e)
        print(json.dumps(row, ensure_ascii=True))
