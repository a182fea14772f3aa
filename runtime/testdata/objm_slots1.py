class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
p = P(1, 2)
print(p.x, p.y, P.x, type(P.x))
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    p.__dict__
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q(1, 2); q.z = 5; print(q.__dict__)
class R:
    __slots__ = ("a", "__weakref__")
import weakref
r = R()
w = weakref.ref(r)
print(w() is r)
print(P.__slots__, '__dict__' in dir(P), hasattr(p, '__weakref__'))
class S:
    __slots__ = "a"
print(S.__slots__)
try:
    class B(int):
        __slots__ = ("x",)
except TypeError as e:
    print(e)
class T:
    __slots__ = ("x",)
    x = 5
