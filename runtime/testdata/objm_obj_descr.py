class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class P:
    x = Typed(int)
    y = Typed(str)
    nd = NonData()
p = P()
p.x = 5; p.y = "s"
print(p.x, p.y, P.x.kind)
try:
    p.x = "bad"
except TypeError as e:
    print(e)
del p.x
print(p.x, p.nd)
p.__dict__["nd"] = "instance wins"
print(p.nd)
p.__dict__["x"] = "dict loses"
print(p.x)
class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val):
        if val < 0: raise ValueError("negative")
        self._v = val
    @v.deleter
    def v(self):
        print("del v"); self._v = None
    @property
    def ro(self): return 42
q = Prop(); q.v = 3; print(q.v, Prop.v.__doc__)
try: q.v = -1
except ValueError as e: print(e)
del q.v; print(q.v)
try: q.ro = 1
except AttributeError as e: print(e)
try: del q.ro
except AttributeError as e: print(e)
print(type(Prop.v), Prop.v.fget.__name__, Prop.ro.fset)
class CM:
    count = 0
    @classmethod
    def make(cls): cls.count += 1; return cls()
    @staticmethod
    def add(a, b): return a + b
class Sub(CM): pass
Sub.make(); Sub.make(); CM.make()
print(CM.count, Sub.count, CM.add(1, 2), Sub().add(3, 4))
print(type(CM.__dict__["make"]), CM.__dict__["add"].__func__(5, 6))
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, t):
        if obj is None: return self
        v = self.f(obj); obj.__dict__[self.f.__name__] = v; return v
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        print("computing"); return 3 * self.r ** 2
c = Circle(2); print(c.area, c.area)
class Ga:
    def __getattr__(self, name):
        if name.startswith("dyn_"): return name[4:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
g = Ga(); print(g.dyn_hello)
try: g.other
except AttributeError as e: print(e)
class Gattr:
    def __init__(self): self.real = 1
    def __getattribute__(self, name):
        if name == "magic": return "M"
        return object.__getattribute__(self, name)
    def __setattr__(self, name, v):
        print("set", name); object.__setattr__(self, name, v)
    def __delattr__(self, name):
        print("delattr", name); object.__delattr__(self, name)
h = Gattr(); print(h.magic, h.real); del h.real
try: h.real
except AttributeError as e: print(e)
import functools
class Cached:
    @functools.cached_property
    def val(self): print("once"); return 10
k = Cached(); print(k.val, k.val)
