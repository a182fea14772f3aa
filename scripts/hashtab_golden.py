"""Writes the goldens of runtime/internal/hashtab: random operation sequences
on CPython 3.13's dict and set, with what each step returned, the __eq__
calls it made (which stored key was compared with which), __sizeof__ and the
iteration order after it. `go test ./runtime/internal/hashtab` replays them.

Keys are K objects (an id and a chosen hash, so that collisions are common;
the same id may come as another object, so identity does not always hold)
and strs 's<id>' (hashed with PYTHONHASHSEED=0, which this script sets).
"""
import json
import os
import random
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "runtime", "internal", "hashtab", "testdata")
LOG = []


class K:
    __slots__ = ("i", "h")

    def __init__(self, i, h):
        self.i, self.h = i, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        if not isinstance(other, K):
            return NotImplemented
        LOG.append([self.i, other.i])
        return self.i == other.i


def make_hashes(rng, n):
    style = rng.randrange(4)
    if style == 0:
        return [rng.randrange(4) for _ in range(n)]           # heavy collisions
    if style == 1:
        return [i * 8 for i in range(n)]                       # same low bits
    if style == 2:
        return [rng.randrange(-2**63, 2**63) or 1 for _ in range(n)]
    return [i for i in range(n)]


class Keys:
    def __init__(self, rng, n):
        self.rng = rng
        self.hashes = [h if h != -1 else -2 for h in make_hashes(rng, n)]
        self.canon = [K(i, self.hashes[i]) for i in range(n)]
        self.n = n

    def pick(self, strs=True):
        i = self.rng.randrange(self.n)
        if strs and self.rng.random() < 0.3:
            return [1, i, 0], "s%d" % i
        if self.rng.random() < 0.15:
            return [0, i, 1], K(i, self.hashes[i])             # equal, not identical
        return [0, i, 0], self.canon[i]


def desc(k):
    if isinstance(k, str):
        return [1, int(k[1:])]
    return [0, k.i]


def dict_seq(rng):
    n = rng.randrange(2, 40)
    keys = Keys(rng, n)
    d = {}
    ops, steps = [], []
    for _ in range(rng.randrange(10, 80)):
        r = rng.random()
        LOG.clear()
        if r < 0.45:
            kd, k = keys.pick()
            v = rng.randrange(1000)
            op = ["set", kd, v]
            d[k] = v
            res = None
        elif r < 0.55:
            kd, k = keys.pick()
            op = ["get", kd]
            res = d.get(k)
        elif r < 0.7:
            kd, k = keys.pick()
            op = ["del", kd]
            res = k in d
            LOG.clear()
            if res:
                del d[k]
        elif r < 0.76:
            op = ["popitem"]
            try:
                k, v = d.popitem()
                res = [desc(k), v]
            except KeyError:
                res = None
        elif r < 0.82:
            kd, k = keys.pick()
            v = rng.randrange(1000)
            op = ["setdefault", kd, v]
            res = d.setdefault(k, v)
        elif r < 0.85:
            op = ["clear"]
            d.clear()
            res = None
        elif r < 0.9:
            op = ["copy"]
            d = d.copy()
            res = None
        else:
            items = []
            e = {}
            for _ in range(rng.randrange(0, 12)):
                kd, k = keys.pick()
                v = rng.randrange(1000)
                items.append([kd, v])
                e[k] = v
            op = ["update", items]
            LOG.clear()
            d.update(e)
            res = None
        ops.append(op)
        steps.append({"r": res, "eq": list(LOG), "sz": d.__sizeof__(),
                      "keys": [desc(k) for k in d]})
    return {"hashes": keys.hashes, "ops": ops, "steps": steps}


def main():
    rng = random.Random(3013)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "dict_ops.jsonl"), "w") as f:
        for _ in range(160):
            f.write(json.dumps(dict_seq(rng), separators=(",", ":")) + "\n")
    print("wrote", os.path.relpath(OUT))


main()
