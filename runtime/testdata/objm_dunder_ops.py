import functools
@functools.total_ordering
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __str__(self): return f"${self.cents/100:.2f}"
    def __format__(self, spec):
        if spec == "c": return f"{self.cents}c"
        return format(str(self), spec)
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.cents + o.cents)
        if isinstance(o, int): return Money(self.cents + o)
        return NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return self.__add__(o)
    def __sub__(self, o): return Money(self.cents - o.cents) if isinstance(o, Money) else NotImplemented
    def __mul__(self, k): return Money(self.cents * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k): return Money(round(self.cents / k))
    def __floordiv__(self, k): return Money(self.cents // k)
    def __mod__(self, k): return Money(self.cents % k)
    def __neg__(self): return Money(-self.cents)
    def __pos__(self): return self
    def __abs__(self): return Money(abs(self.cents))
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o): return self.cents < o.cents
    def __hash__(self): return hash(self.cents)
    def __bool__(self): return self.cents != 0
    def __iadd__(self, o): print("iadd"); return self + o
m = Money(150)
print(m, repr(m), m + Money(50), m + 5, 3 * m, m * 2, m / 3, m // 4, m % 7, -m, +m, abs(Money(-3)))
print(sum([Money(1), Money(2), Money(3)]), m > Money(1), m >= Money(150), m <= Money(100), sorted([Money(3), Money(1)]))
print(f"{m:c} {m:>10} {m!r} {m!s}", format(m, "c"), "{:c}".format(m))
m += Money(1); print(m)
print(bool(Money(0)), bool(m), len({Money(1), Money(1), Money(2)}))
try: m + "x"
except TypeError as e: print(e)
try: "x" - m
except TypeError as e: print(e)
try: m < 3
except (TypeError, AttributeError) as e: print(type(e).__name__)
class Vec:
    def __init__(self, *c): self.c = list(c)
    def __repr__(self): return f"Vec{tuple(self.c)}"
    def __len__(self): return len(self.c)
    def __getitem__(self, i):
        if isinstance(i, slice): return Vec(*self.c[i])
        return self.c[i]
    def __setitem__(self, i, v): self.c[i] = v
    def __delitem__(self, i): del self.c[i]
    def __contains__(self, v): print("contains", v); return v in self.c
    def __iter__(self): return iter(self.c)
    def __reversed__(self): return reversed(self.c)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self, o))
    def __eq__(self, o): return NotImplemented
    def __call__(self, k): return Vec(*[x * k for x in self.c])
v = Vec(1, 2, 3)
print(len(v), v[0], v[-1], v[1:], 2 in v, 9 in v, list(reversed(v)), v @ Vec(4, 5, 6), v(10))
v[0] = 9; del v[1]; print(v, v == v, v != Vec(9, 3), v == 1)
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()], iter(Seq()).__class__.__name__)
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print([10, 20, 30][Idx(1)], "abc"[Idx(2)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)), [1,2,3,4][Idx(1):Idx(3)])
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __round__(self, n=None): return "rounded" if n is None else f"r{n}"
    def __trunc__(self): return 1
    def __floor__(self): return 2
    def __ceil__(self): return 3
import math
n = Num()
print(int(n), float(n), round(n), round(n, 2), math.floor(n), math.ceil(n), math.trunc(n))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq", self.v); return NotImplemented
class Cmp2(Cmp):
    def __eq__(self, o): print("eq2", self.v); return True
print(Cmp(1) == Cmp2(2), Cmp(1) == Cmp(3))
class R:
    def __lt__(self, o): print("R.lt"); return NotImplemented
    def __gt__(self, o): print("R.gt"); return True
print(R() < R())
try:
    print(Cmp(1) < Cmp(2))
except TypeError as e: print(e)
class Pw:
    def __pow__(self, e, mod=None): return ("pow", e, mod)
    def __rpow__(self, b): return ("rpow", b)
    def __lshift__(self, o): return "lshift"
    def __rrshift__(self, o): return "rrshift"
    def __and__(self, o): return "and"
    def __ror__(self, o): return "ror"
    def __xor__(self, o): return "xor"
    def __invert__(self): return "inv"
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
p = Pw()
print(p ** 2, pow(p, 2, 5), 2 ** p, p << 1, 1 >> p, p & 1, 1 | p, p ^ 1, ~p, divmod(p, 3), divmod(3, p))
class Hashy:
    def __eq__(self, o): return True
try: hash(Hashy())
except TypeError as e: print(e)
class Ctx(dict):
    def __missing__(self, k): return f"<{k}>"
print(Ctx(name="Bo")["age"])
