class MyList(list):
    def __add__(self, o): return MyList(super().__add__(o))
    def sum(self): return sum(self)
l = MyList([1, 2]) + [3]
print(type(l).__name__, l, l.sum(), l * 2, type(l * 2).__name__, l[1:], type(l[1:]).__name__)
l.extend([4]); l += [5]; print(l, type(l).__name__, len(l), sorted(l, reverse=True))
class CIDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __getitem__(self, k): return super().__getitem__(k.lower())
    def __contains__(self, k): return super().__contains__(k.lower())
d = CIDict(); d["Hello"] = 1
print(d, d["HELLO"], "hElLo" in d, d.get("hello"), d.get("HELLO"), list(d.items()))
class Up(str):
    def __new__(cls, s): return super().__new__(cls, s.upper())
    def shout(self): return self + "!"
u = Up("hey"); print(u, u.shout(), type(u.shout()).__name__, u.lower(), isinstance(u, str), u == "HEY", len(u))
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError("negative")
        return super().__new__(cls, v)
    def __repr__(self): return f"Pos({int(self)})"
p = Pos(5); print(p, repr(p), p + 1, type(p + 1).__name__, p * p, str(p), f"{p:03d}", hash(p) == hash(5))
try: Pos(-1)
except ValueError as e: print(e)
class Tup(tuple):
    def __repr__(self): return "Tup" + super().__repr__()
t = Tup((1, 2)); print(t, t + (3,), type(t + (3,)).__name__, t[0], t.count(1))
class Cnt(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Cnt()
for ch in "hello": c[ch] += 1
print(c, c.get("zz"), "zz" in c)
class OD(dict):
    def __iter__(self): return iter(sorted(super().__iter__()))
o = OD(b=1, a=2); print(list(o), list(o.keys()), dict(o))
class Base:
    def __init__(self): print("Base.__init__", type(self).__name__)
    @classmethod
    def create(cls): print("create", cls.__name__); return cls()
class Derived(Base):
    def __init__(self):
        super().__init__(); print("Derived.__init__")
    @classmethod
    def create(cls):
        print("derived create"); return super().create()
Derived.create()
class WhoAmI:
    def method(self): return __class__.__name__
class Child(WhoAmI): pass
print(Child().method())
class Counter:
    count = 0
    def __init__(self): Counter.count += 1; self.id = Counter.count
    def __repr__(self): return f"Counter#{self.id}"
cs = [Counter() for _ in range(3)]; print(cs, Counter.count, cs[0].count)
cs[0].count = 99; print(Counter.count, cs[0].count, cs[1].count, vars(cs[0]))
print(getattr(cs[1], "missing", "dflt"), hasattr(cs[1], "id"), setattr(cs[1], "new", 1), cs[1].new)
delattr(cs[1], "new"); print(hasattr(cs[1], "new"))
class Iter:
    def __init__(self, n): self.n, self.i = n, 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1; return self.i
it = Iter(3); print(list(it), list(it), next(Iter(1)), next(iter(Iter(0)), "empty"))
print(list(zip(Iter(3), "abc")), dict(enumerate(Iter(2))), [*Iter(2), *Iter(1)])
