def f(a, /, b, c=1, *args, d, e=2, **kw) -> "r":
    """Doc
    string."""
    return a
def g(a: int, *b: str, c: float = 1.0, **d: bytes): pass
@dec
@dec2(1)
def h(): pass
@dec
class C: pass
def outer(x):
    def inner(y):
        def innermost():
            return x + y
        return innermost
    class Local:
        def m(self): return x
    return inner, Local, lambda z=x: z
class Glob:
    global gf
    def gf(self): pass
    def method(self):
        def nested(): pass
        return nested
lam = lambda a, *b, c=3, **d: (a, b, c, d)
def kwonly(*, a=1, b, c=3): pass
def __private(): pass
class P:
    __x = 1
    def __m(self, __a):
        return self.__x, __a, __y
