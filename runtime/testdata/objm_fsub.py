class F(float):
    def __add__(self, o):
        return F(float(self) + o + 0.5)
    def __repr__(self):
        return f"F({float(self)!r})"
f = F(1.5)
print(f, f + 1, 1 + f, isinstance(f, float), f * 2, type(f * 2))
class F2(float):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
x = F2(2.5, "t"); print(x, x.tag, x.is_integer(), round(x), int(x), hash(x) == hash(2.5))



class B(bytes):
    def hello(self): return self.hex()
print(B(b"ab").hello(), B(b"xy"), len(B(b"abc")), repr(B(b'q')))
class FS(frozenset):
    def __contains__(self, x): return True
print(5 in FS([1]))
class I(int):
    def __add__(self, o): return I(super().__add__(o) * 10)
    def __str__(self): return "I" + super().__str__()
print(I(2) + 3, repr(I(4)), str(I(4)), f"{I(5)}", I(3) * 2)
class S(str):
    def __len__(self): return 100
    def __getitem__(self, i): return "X"
s = S("abc"); print(len(s), s[0], s.upper(), type(s.upper()), s + "d", "%s" % s)
class T(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
    def total(self): return sum(self)
t = T(1,2,3); print(t, t.total(), t[1:], type(t[1:]))
class L(list):
    def append(self, x): super().append(x*2)
    def __getitem__(self, i): return super().__getitem__(i) + 1
l = L([1,2]); l.append(5); print(l, l[0], list(l), l + [1], type(l+[1]))
class D(dict):
    def __missing__(self, k): return k * 2
    def __setitem__(self, k, v): super().__setitem__(k, v + 1)
d = D(); d["a"] = 1; print(d, d["zz"], d.get("zz"), D(a=1))
class St(set):
    def add(self, x): super().add(x + 100)
s = St(); s.add(1); print(s, St([1]) | {2}, type(St([1]) | {2}))
print(F.__mro__, I.__mro__)
