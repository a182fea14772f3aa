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
# scripts/htab-oracle.sh passes another seed and directory.
SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 3013
if len(sys.argv) > 2:
    OUT = sys.argv[2]
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
    it = None
    for _ in range(rng.randrange(10, 80)):
        r = rng.random()
        LOG.clear()
        if rng.random() < 0.2:
            # Iteration, interleaved with the mutations: what next() yields
            # or raises (a key, "stop", or the RuntimeError's message).
            if it is None or rng.random() < 0.15:
                rev = rng.random() < 0.3
                op = ["iter", rev]
                it = reversed(d) if rev else iter(d)
                res = None
            else:
                op = ["next"]
                try:
                    res = desc(next(it))
                except StopIteration:
                    res = "stop"
                except RuntimeError as e:
                    res = str(e)
        elif r < 0.45:
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


class SKeys(Keys):
    """Set keys: K objects, strs and ints (kind 2: the int id*mult-5, so
    that -1 and -2, which hash alike, both occur)."""

    def __init__(self, rng, n):
        super().__init__(rng, n)
        self.mult = rng.choice([1, 1, 8, 2**40, 1000003])

    def pick(self, strs=True):
        r = self.rng.random()
        i = self.rng.randrange(self.n)
        if r < 0.2:
            return [1, i, 0], "s%d" % i
        if r < 0.4:
            return [2, i, 0], i * self.mult - 5
        return super().pick(strs=False)


def sdesc(k):
    if isinstance(k, str):
        return [1, int(k[1:])]
    if isinstance(k, int):
        return [2, k]
    return [0, k.i]


def set_seq(rng):
    n = rng.randrange(2, 60)
    keys = SKeys(rng, n)
    s = set()
    ops, steps = [], []

    def some():
        kds, ks = [], []
        for _ in range(rng.randrange(0, 25)):
            kd, k = keys.pick()
            kds.append(kd)
            ks.append(k)
        return kds, ks

    it = None
    for _ in range(rng.randrange(10, 90)):
        r = rng.random()
        LOG.clear()
        res = None
        if rng.random() < 0.15:
            if it is None or rng.random() < 0.15:
                op = ["iter"]
                it = iter(s)
            else:
                op = ["next"]
                try:
                    res = sdesc(next(it))
                except StopIteration:
                    res = "stop"
                except RuntimeError as e:
                    res = str(e)
        elif r < 0.4:
            kd, k = keys.pick()
            op = ["add", kd]
            s.add(k)
        elif r < 0.5:
            kd, k = keys.pick()
            op = ["discard", kd]
            res = k in s
            LOG.clear()
            s.discard(k)
        elif r < 0.56:
            kd, k = keys.pick()
            op = ["contains", kd]
            res = k in s
        elif r < 0.62:
            op = ["pop"]
            res = sdesc(s.pop()) if s else None
        elif r < 0.64:
            op = ["clear"]
            s.clear()
        elif r < 0.67:
            op = ["copy"]
            s = s.copy()
        else:
            name = rng.choice(["update", "update_iter", "union", "inter", "inter_iter",
                               "diff", "diff_iter", "symdiff", "isub", "iand", "ixor",
                               "dupd_iter", "issubset", "isdisjoint", "iupdate",
                               "update_dict", "diff_dict", "ixor_dict"])
            kds, ks = some()
            other = set(ks)
            LOG.clear()
            op = [name, kds]
            if name == "update":
                s.update(other)
            elif name == "update_iter":
                s.update(ks)
            elif name == "iupdate":
                s |= other
            elif name == "union":
                s = s | other
            elif name == "inter":
                s = s & other
            elif name == "inter_iter":
                s = s.intersection(ks)
            elif name == "diff":
                s = s - other
            elif name == "diff_iter":
                s = s.difference(ks)
            elif name == "symdiff":
                s = s ^ other
            elif name == "isub":
                s -= other
            elif name == "iand":
                s &= other
            elif name == "ixor":
                s ^= other
            elif name == "dupd_iter":
                s.difference_update(ks)
            elif name == "update_dict":
                dd = dict.fromkeys(ks)
                LOG.clear()
                s.update(dd)
            elif name == "diff_dict":
                dd = dict.fromkeys(ks)
                LOG.clear()
                s = s.difference(dd)
            elif name == "ixor_dict":
                dd = dict.fromkeys(ks)
                LOG.clear()
                s.symmetric_difference_update(dd)
            elif name == "issubset":
                res = s <= other
            elif name == "isdisjoint":
                res = s.isdisjoint(other)
        ops.append(op)
        steps.append({"r": res, "eq": list(LOG), "sz": s.__sizeof__(),
                      "keys": [sdesc(k) for k in s]})
    return {"hashes": keys.hashes, "mult": keys.mult, "ops": ops, "steps": steps,
            "fhash": hash(frozenset(s))}


def dict_fixed(hashes, ops):
    """A given sequence of set/del/popitem/iter/next operations on K keys:
    iteration across same-size mutations, which random sequences rarely
    make."""
    keys = [K(i, h) for i, h in enumerate(hashes)]
    d, it, steps = {}, None, []
    for op in ops:
        LOG.clear()
        res = None
        if op[0] == "set":
            d[keys[op[1][1]]] = op[2]
        elif op[0] == "del":
            res = keys[op[1][1]] in d
            LOG.clear()
            if res:
                del d[keys[op[1][1]]]
        elif op[0] == "popitem":
            k, v = d.popitem()
            res = [desc(k), v]
        elif op[0] == "iter":
            it = reversed(d) if op[1] else iter(d)
        else:
            try:
                res = desc(next(it))
            except StopIteration:
                res = "stop"
            except RuntimeError as e:
                res = str(e)
        steps.append({"r": res, "eq": list(LOG), "sz": d.__sizeof__(),
                      "keys": [desc(k) for k in d]})
    return {"hashes": hashes, "ops": ops, "steps": steps}


def fixed_dict_seqs():
    def k(i):
        return [0, i, 0]
    base = [["set", k(i), i] for i in range(4)]
    for rev in (False, True):
        # delete one key and add another: the same size, other keys
        yield dict_fixed(list(range(10)), base + [["iter", rev], ["next"], ["del", k(1)],
                                                  ["set", k(7), 7]] + [["next"]] * 6)
        yield dict_fixed(list(range(10)), base + [["iter", rev], ["del", k(3)],
                                                  ["set", k(8), 8]] + [["next"]] * 6)
        # popitem then an insertion reuses the last entry
        yield dict_fixed(list(range(10)), base + [["iter", rev], ["next"], ["next"],
                                                  ["popitem"], ["set", k(9), 9]] + [["next"]] * 5)
        # replacing a value changes nothing
        yield dict_fixed(list(range(10)), base + [["iter", rev], ["next"], ["set", k(0), 50]]
                         + [["next"]] * 5)
        # a resize during iteration (deletions and insertions in balance)
        ops = base + [["iter", rev], ["next"]]
        for i in range(4, 9):
            ops += [["del", k(i - 4)], ["set", k(i), i], ["next"]]
        yield dict_fixed(list(range(10)), ops + [["next"]] * 4)


def big_seqs(rng):
    """Large tables, past the used*2 growth rule of sets over 50000 items:
    phases adding or removing ranges of ints (kind 2) or strs 's<i>' (kind 1),
    each followed by len, __sizeof__ and a checksum of the iteration order
    (h = h * 1000003 ^ (kind << 40 ^ id) mod 2**64, as pysort's)."""
    def checksum(it):
        h = 0
        for k in it:
            kind, i = (1, int(k[1:])) if isinstance(k, str) else (2, k)
            h = (h * 1000003 ^ ((kind << 40) ^ (i % 2**40))) % 2**64
        return h

    def mk(kind, i):
        return "s%d" % i if kind == 1 else i

    for n in range(12):
        table = rng.choice(["set", "dict"])
        obj = set() if table == "set" else {}
        phases, steps = [], []
        for _ in range(rng.randrange(3, 9)):
            kind = rng.choice([1, 2, 2])
            start = rng.randrange(-1000, 100000)
            count = rng.choice([10, 1000, 20000, 60000])
            step = rng.choice([1, 1, 3, 8, 1000003, -7])
            op = rng.choice(["add", "add", "remove", "pop"])
            phases.append([op, kind, start, count, step])
            if op == "add":
                for j in range(count):
                    k = mk(kind, start + j * step)
                    if table == "set":
                        obj.add(k)
                    else:
                        obj[k] = j
            elif op == "remove":
                for j in range(count):
                    k = mk(kind, start + j * step)
                    if table == "set":
                        obj.discard(k)
                    else:
                        obj.pop(k, None)
            else:
                for j in range(min(count, len(obj))):
                    obj.popitem() if table == "dict" else obj.pop()
            steps.append({"len": len(obj), "sz": obj.__sizeof__(), "sum": checksum(obj)})
        yield {"table": table, "phases": phases, "steps": steps}


def main():
    rng = random.Random(SEED)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "dict_ops.jsonl"), "w") as f:
        for sq in fixed_dict_seqs():
            f.write(json.dumps(sq, separators=(",", ":")) + "\n")
        for _ in range(160):
            f.write(json.dumps(dict_seq(rng), separators=(",", ":")) + "\n")
    with open(os.path.join(OUT, "set_ops.jsonl"), "w") as f:
        for _ in range(160):
            f.write(json.dumps(set_seq(rng), separators=(",", ":")) + "\n")
    with open(os.path.join(OUT, "big.jsonl"), "w") as f:
        for sq in big_seqs(rng):
            f.write(json.dumps(sq, separators=(",", ":")) + "\n")
    print("wrote", os.path.relpath(OUT))


main()
