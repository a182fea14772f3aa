"""Writes runtime/internal/pyhash/testdata/hashes.jsonl: CPython 3.13's hash()
of str, bytes, int, float, complex, tuple and frozenset values, so that
`go test ./runtime/internal/pyhash` checks them without Python.

Run with the oracle (scripts/find-oracle.sh); it re-runs itself under
PYTHONHASHSEED=0, the seed the Go side assumes.
"""
import json
import os
import random
import struct
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                   "runtime", "internal", "pyhash", "testdata", "hashes.jsonl")
# scripts/htab-oracle.sh passes another seed and directory.
SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 13
if len(sys.argv) > 2:
    OUT = os.path.join(sys.argv[2], "hashes.jsonl")
rng = random.Random(SEED)
recs = []


def bits(f):
    return struct.unpack("<Q", struct.pack("<d", f))[0]


# str: every kind (UCS1 ASCII and Latin-1, UCS2 with surrogates, UCS4),
# lengths around the 8-byte blocks.
strs = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "hello world", "é", "ÿ",
        "\x00", "\x80", "ab\xe9", "€", "\ud800", "\udfff", "a\ud83d\ude00b", "😀",
        "\U0010ffff", "ä€😀", "日本語", "x" * 100]
for _ in range(300):
    n = rng.randrange(0, 20)
    pool = rng.choice([(0, 0x7f), (0, 0xff), (0, 0xffff), (0xd800, 0xdfff), (0, 0x10ffff)])
    strs.append("".join(chr(rng.randint(*pool)) for _ in range(n)))
for s in strs:
    recs.append({"t": "str", "cps": [ord(c) for c in s], "h": hash(s)})

for n in list(range(0, 18)) + [31, 32, 33, 100]:
    for _ in range(3):
        b = bytes(rng.randrange(256) for _ in range(n))
        recs.append({"t": "bytes", "hex": b.hex(), "h": hash(b)})

ints = [0, 1, -1, -2, 2, 2**30 - 1, 2**30, -2**30, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1),
        -(2**61), 2**62, 2**63 - 1, -2**63, 2**63, 2**64, 2**64 - 1, -2**64, 10**30, -10**30,
        2**122 - 2, 2**200 + 12345, -(2**127) + 1]
for _ in range(200):
    ints.append(rng.randrange(-2**rng.randrange(1, 300), 2**rng.randrange(1, 300)))
for v in ints:
    recs.append({"t": "int", "v": str(v), "h": hash(v)})
recs.append({"t": "bool", "v": "1", "h": hash(True)})
recs.append({"t": "bool", "v": "0", "h": hash(False)})

floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.0**61, 2.0**62, 2.0**-1074, 1e308, -1e308,
          float("inf"), float("-inf"), 3.141592653589793, 1e-300, 123456789.123456789,
          2.0**61 - 1, 0.1, -0.1, 1e16, 5e-324]
for _ in range(200):
    floats.append(rng.uniform(-1e6, 1e6) * 10.0**rng.randrange(-300, 300))
for f in floats:
    recs.append({"t": "float", "bits": bits(f), "h": hash(f)})
for _ in range(5):
    x = float("nan")
    recs.append({"t": "nan", "id": id(x), "h": hash(x)})

for re_, im in [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.5, -2.5), (-1.0, 0.0),
                (float("inf"), 1.0), (1e300, -1e300)] + \
        [(rng.uniform(-1e3, 1e3), rng.uniform(-1e3, 1e3)) for _ in range(50)]:
    c = complex(re_, im)
    recs.append({"t": "complex", "re": bits(re_), "im": bits(im), "id": id(c), "h": hash(c)})
for _ in range(3):
    c = complex(float("nan"), 1.0)
    recs.append({"t": "complex", "re": bits(c.real), "im": bits(c.imag), "id": id(c), "h": hash(c)})


def item(depth):
    k = rng.randrange(5 if depth < 3 else 3)
    if k == 0:
        return rng.randrange(-10**6, 10**6)
    if k == 1:
        return "".join(chr(rng.randrange(32, 0x3000)) for _ in range(rng.randrange(6)))
    if k == 2:
        return rng.uniform(-100, 100)
    if k == 3:
        return tuple(item(depth + 1) for _ in range(rng.randrange(4)))
    return frozenset(item(depth + 1) for _ in range(rng.randrange(5)))


for _ in range(200):
    t = tuple(item(0) for _ in range(rng.randrange(8)))
    recs.append({"t": "tuple", "hs": [hash(x) for x in t], "h": hash(t)})
for _ in range(200):
    s = frozenset(item(0) for _ in range(rng.randrange(12)))
    recs.append({"t": "frozenset", "hs": [hash(x) for x in s], "h": hash(s)})
recs.append({"t": "tuple", "hs": [], "h": hash(())})
for _ in range(100):
    sl = slice(*(rng.choice([None, item(0), item(2)]) for _ in range(3)))
    recs.append({"t": "slice", "hs": [hash(sl.start), hash(sl.stop), hash(sl.step)],
                 "h": hash(sl)})
recs.append({"t": "none", "h": hash(None)})
recs.append({"t": "frozenset", "hs": [], "h": hash(frozenset())})

with open(OUT, "w") as f:
    for r in recs:
        f.write(json.dumps(r, separators=(",", ":")) + "\n")
print(f"wrote {len(recs)} records to {os.path.relpath(OUT)}")
