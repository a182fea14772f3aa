import copy, fractions, decimal, heapq, bisect, datetime, contextlib, difflib, reprlib, argparse
from fractions import Fraction
from decimal import Decimal, getcontext
print(Fraction(3, 4) + Fraction(1, 6), Fraction("2.5"), Fraction(1, 3) * 3)
getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal("1.10") + Decimal("2.205"))
a = {"x": [1, [2, 3]]}; b = copy.deepcopy(a); b["x"][1].append(4); print(a, b, copy.copy(a) is a)
h = [5, 1, 4, 2]; heapq.heapify(h); print(heapq.heappop(h), heapq.nsmallest(2, [9, 3, 7, 1]))
print(bisect.bisect([1, 3, 5], 4), bisect.insort(l := [1, 4], 2) or l)
d = datetime.date(2024, 3, 1) - datetime.timedelta(days=1); print(d, d.isoformat(), d.weekday())
@contextlib.contextmanager
def cm():
    print("enter"); yield 7; print("exit")
with cm() as v:
    print(v)
with contextlib.suppress(KeyError):
    {}["x"]
print(list(difflib.unified_diff(["a\n", "b\n"], ["a\n", "c\n"], "x", "y")))
print(reprlib.repr(list(range(100))))
p = argparse.ArgumentParser(prog="t"); p.add_argument("--n", type=int, default=3); p.add_argument("f")
print(p.parse_args(["--n", "5", "file"]))
