"""Writes runtime/internal/pysort/testdata/sorts.jsonl: for many inputs, the
exact sequence of __lt__ calls CPython 3.13's list.sort makes (as pairs of
the compared elements' original positions), the resulting order, and for
sorts whose __lt__ raises on its k-th call, the list the exception leaves.
Long sorts record the number of calls and a checksum of the sequence
(h = (h * 1000003 ^ a << 20 ^ b) mod 2**64, starting at 0) instead, and
lists of over 300 the same checksum of (position, original position).
"""
import json
import os
import random
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                   "runtime", "internal", "pysort", "testdata", "sorts.jsonl")
# scripts/htab-oracle.sh passes another seed and directory.
SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 313
if len(sys.argv) > 2:
    OUT = os.path.join(sys.argv[2], "sorts.jsonl")
LOG = []
FAIL_AT = [None]


class Boom(Exception):
    pass


class O:
    __slots__ = ("v", "i")

    def __init__(self, v, i):
        self.v, self.i = v, i

    def __lt__(self, other):
        LOG.append((self.i, other.i))
        if FAIL_AT[0] is not None and len(LOG) == FAIL_AT[0]:
            raise Boom
        return self.v < other.v


def inputs(rng):
    for n in [0, 1, 2, 3, 4, 5, 7, 8, 16, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 255, 256,
              257, 500, 1000, 1025, 2048]:
        yield "random", [rng.randrange(n * 4 + 1) for _ in range(n)]
        yield "dups", [rng.randrange(4) for _ in range(n)]
        yield "sorted", list(range(n))
        yield "reversed", list(range(n, 0, -1))
        yield "equal", [7] * n
        xs = list(range(n))
        for _ in range(max(1, n // 20)):
            if n > 1:
                a, b = rng.randrange(n), rng.randrange(n)
                xs[a], xs[b] = xs[b], xs[a]
        yield "nearly", xs
        yield "desc_eq", sorted([rng.randrange(max(1, n // 3)) for _ in range(n)], reverse=True)
        yield "sawtooth", [i % 17 for i in range(n)]
        yield "organ", list(range(n // 2)) + list(range(n - n // 2, 0, -1))
        runs = []
        while len(runs) < n:
            k = rng.randrange(1, 200)
            start = rng.randrange(10000)
            step = rng.choice([1, -1, 0, 2])
            runs.extend(start + step * j for j in range(k))
        yield "runs", runs[:n]
    for _ in range(100):
        n = rng.randrange(2, 400)
        yield "small", [rng.randrange(rng.choice([3, 30, 1000])) for _ in range(n)]


def checksum(log):
    h = 0
    for a, b in log:
        h = (h * 1000003 ^ (a << 20) ^ b) % 2**64
    return h


def main():
    rng = random.Random(SEED)
    recs = []
    for kind, vals in inputs(rng):
        for reverse in (False, True):
            objs = [O(v, i) for i, v in enumerate(vals)]
            LOG.clear()
            FAIL_AT[0] = None
            objs.sort(reverse=reverse)
            order = [o.i for o in objs]
            rec = {"kind": kind, "vals": vals, "reverse": reverse,
                   "ncmp": len(LOG), "sum": checksum(LOG)}
            if len(vals) <= 300:
                rec["order"] = order
            else:
                rec["osum"] = checksum(enumerate(order))
            if len(LOG) <= 800:
                rec["log"] = LOG[:]
            ncmp = len(LOG)
            if 0 < ncmp and len(vals) <= 150:
                fails = []
                for k in sorted({ncmp // 2 + 1, ncmp, rng.randrange(1, ncmp + 1)}):
                    objs = [O(v, i) for i, v in enumerate(vals)]
                    LOG.clear()
                    FAIL_AT[0] = k
                    try:
                        objs.sort(reverse=reverse)
                        raise AssertionError("no exception")
                    except Boom:
                        pass
                    fails.append({"at": k, "order": [o.i for o in objs]})
                rec["fails"] = fails
            recs.append(rec)
    # A key function: keys sorted, items in lockstep.
    for j in range(30):
        n = rng.randrange(2, 300)
        vals = [rng.randrange(50) for _ in range(n)]
        keys = [O(v, i) for i, v in enumerate(vals)]
        LOG.clear()
        FAIL_AT[0] = None
        items = list(range(n))
        items.sort(key=lambda i: keys[i], reverse=j % 2 == 1)
        recs.append({"kind": "key", "vals": vals, "reverse": j % 2 == 1, "order": items,
                     "ncmp": len(LOG), "sum": checksum(LOG), "log": LOG[:]})
    with open(OUT, "w") as f:
        for r in recs:
            f.write(json.dumps(r, separators=(",", ":")) + "\n")
    print(f"wrote {len(recs)} records to {os.path.relpath(OUT)}")


main()
