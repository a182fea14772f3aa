class A:
    def who(self): return "A"
    def chain(self): return ["A"]
class B(A):
    def who(self): return "B>" + super().who()
    def chain(self): return ["B"] + super().chain()
class C(A):
    def who(self): return "C>" + super().who()
    def chain(self): return ["C"] + super().chain()
class D(B, C):
    def who(self): return "D>" + super().who()
    def chain(self): return ["D"] + super().chain()
d = D()
print(d.who(), d.chain())
print([k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(super(B, d).who(), super(C, d).chain())
print(D.__bases__, D.__base__, A.__subclasses__())
print(isinstance(d, A), issubclass(D, C), issubclass(C, B))
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class V(Z, W): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Q(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class O1: pass
class O2: pass
class O3: pass
class K1(O1, O2): pass
class K2(O2, O3): pass
class K3(K1, K2, O3): pass
print([k.__name__ for k in K3.__mro__])
class Meta(type):
    def mro(cls):
        return [cls] + [k for k in super().mro() if k is not cls]
class M(metaclass=Meta): pass
print(M.__mro__)
print(type.__mro__, object.__mro__, bool.__mro__)
class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left", left); super().__init__(**kw)
class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right", right); super().__init__(**kw)
class Both(Left, Right):
    def __init__(self, **kw):
        print("Both"); super().__init__(**kw)
Both(left=1, right=2, extra=3)
print(super(Both, Both).__init__.__qualname__)
s = super(D, d)
print(type(s).__name__, s.__self__ is d, s.__thisclass__)
try:
    super(int, d)
except TypeError as e:
    print(e)
class Bad(D, B, C): pass
print([k.__name__ for k in Bad.__mro__])
class Err(B, D): pass
