class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
t = Temp(); t.c = 25; print(t.c)
try:
    t.c = -300
except ValueError as e:
    print(e)
class Dyn:
    def __getattr__(self, name):
        return name.upper()
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)
d = Dyn(); d.x = 5; print(d.x, d.whatever)
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
    def __contains__(self, x): return x == self.n
    def __eq__(self, o): return isinstance(o, Adder) and o.n == self.n
    def __hash__(self): return hash(self.n)
print(Adder(3)(4), 3 in Adder(3), {Adder(1): "a"}[Adder(1)], Adder(1) == Adder(1), Adder(1) != Adder(2))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), [x for x in It()])
class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.registry.append(cls.__name__)
class S1(Base): pass
class S2(Base): pass
print(Base.registry)
class A:
    def __init__(self, a, **kw):
        super().__init__(**kw)
        self.a = a
class B:
    def __init__(self, b, **kw):
        super().__init__(**kw)
        self.b = b
class C(A, B):
    def __init__(self, **kw):
        super().__init__(**kw)
c = C(a=1, b=2); print(c.a, c.b, C.__mro__)
class Shape:
    @classmethod
    def make(cls): return cls()
    def __repr__(self): return f"<{type(self).__name__}>"
class Sq(Shape): pass
print(Sq.make(), Shape.make())
X = type("X", (object,), {"v": 3, "get": lambda self: self.v})
print(X().get(), X.__name__)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def app(x, acc=[]):
    acc.append(x); return acc
print(app(1), app(2))
def kw(*, a, b=2): return a, b
try:
    kw(1)
except TypeError as e:
    print(e)
try:
    kw(b=1)
except TypeError as e:
    print(e)
class MyErr(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(42)
except ValueError as e:
    print(e, e.code, isinstance(e, MyErr), e.args)
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner()
    return mid(), x
print(outer())
class Cnt:
    n = 0
    def inc(self):
        type(self).n += 1
        return self
Cnt().inc().inc(); print(Cnt.n)
print(getattr(Cnt, "n"), Cnt.__dict__["n"], "inc" in dir(Cnt), vars(t))
class Str2:
    def __str__(self): return "S"
    def __repr__(self): return "R"
print(Str2(), [Str2()], f"{Str2()}", f"{Str2()!r}", str(Str2()), "%s %r" % (Str2(), Str2()))
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ord(3), Ord(1), Ord(2)]), max(Ord(1), Ord(5)), Ord(1) > Ord(0))
try:
    Ord(1) <= Ord(2)
except TypeError as e:
    print(e)
print(isinstance(c, (A, B)), issubclass(C, B), type(c) is C, C.__base__, C.__bases__)
