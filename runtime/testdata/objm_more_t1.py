from collections import namedtuple, OrderedDict, Counter, deque
P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p._asdict(), p._replace(x=5), P._fields, p.x + p.y, isinstance(p, tuple))
class P3(P):
    __slots__ = ()
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
print(P3(3, 4).norm(), P3(3, 4))
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    def describe(self): return f"{self.name}={self.value}"
print(Color.RED, repr(Color.GREEN), Color(2), Color["RED"], [c.describe() for c in Color], Color.RED in Color)
class Perm(enum.IntFlag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(6))
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self):
        if not self._items: raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __iter__(self):
        for x in reversed(self._items): yield x
    def __repr__(self): return f"Stack({self._items})"
    def __bool__(self): return bool(self._items)
s = Stack().push(1).push(2).push(3)
print(s, len(s), list(s), bool(Stack()), s.pop(), 2 in s)
class Temp:
    def __init__(self): self._c = 0
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
class Sub(Temp):
    @Temp.f.getter
    def f(self): return round(self._c * 9 / 5 + 32, 1)
t = Sub(); t.f = 100; print(t.f, t._c)
class Node:
    def __init__(self, v, children=()):
        self.v, self.children = v, list(children)
    def __iter__(self):
        yield self.v
        for c in self.children:
            yield from c
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree), tree.depth(), sum(tree), max(tree))
print(Counter("abracadabra").most_common(3), deque([1,2,3], maxlen=2))
class A:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return type(o) is type(self) and self.x == o.x
    def __hash__(self): return hash((type(self), self.x))
print(len({A(1), A(1), A(2)}), A(1) == A(1), A(1) != A(2), A(1) in [A(1)])
class B: pass
b = B()
print(b == b, b != B(), hash(b) == hash(b))
print(type(b).__name__, B.__qualname__, b.__class__ is B, B.__doc__, B.__module__)
class Doc:
    """Docstring here."""
print(Doc.__doc__, Doc().__doc__)
def deco(cls):
    cls.extra = "added"
    return cls
@deco
class D: pass
print(D.extra)
import functools
def log(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        print("calling", f.__name__, a, k)
        return f(*a, **k)
    return wrapper
@log
def add(a, b=2): "adds"; return a + b
print(add(1), add(1, b=5), add.__name__, add.__doc__, add.__wrapped__.__name__)
class Meth:
    def m(self): pass
    @classmethod
    def c(cls): pass
print(Meth().m.__self__.__class__.__name__, Meth.c.__self__, Meth.m.__name__, Meth().m.__func__ is Meth.m)
