class D:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class C:
        x = D()
except ValueError as e:
    print(repr(e), getattr(e, "__notes__", None))
class B:
    def __init_subclass__(cls, **kw):
        raise TypeError(f"no subclass {cls.__name__}")
try:
    class S(B): pass
except TypeError as e:
    print(e)
def g():
    r = yield from range(3)
    print("r", r)
    yield "end"
print(list(g()))
def sub():
    yield 1
    yield 2
def outer():
    yield from sub()
o = outer(); next(o); print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.gi_running if o.gi_yieldfrom else None)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration("done")
        return self.n
    def throw(self, *a): print("It.throw", a[0].__class__.__name__); return "thrown-val"
def deleg():
    r = yield from It()
    print("deleg got", r)
    yield "fin"
d = deleg(); print(next(d)); print(d.throw(KeyError)); print(next(d)); print(next(d))
class Meta(type):
    def __new__(mcs, name, bases, ns):
        if name == "Weird":
            return 42
        return super().__new__(mcs, name, bases, ns)
class Weird(metaclass=Meta): pass
print(Weird)
class Prep(type):
    def __prepare__(name, bases): return 5
try:
    class P(metaclass=Prep): pass
except TypeError as e:
    print(e)
def f(): return 1
f.attr = 5; print(f.attr, f.__dict__, vars(f))
class Attrs: pass
a = Attrs()
print(getattr(a, "__dict__"), a.__dict__ is vars(a))
try: vars(5)
except TypeError as e: print(e)
print(sorted(vars(Attrs).keys()))
class Frozen:
    __slots__ = ()
try: Frozen().x = 1
except AttributeError as e: print(e)
print(type(Frozen.__dict__).__name__, Frozen.__dict__.get("__slots__"))
print(dir(Frozen) == sorted(dir(Frozen)), "__slots__" in dir(Frozen))
