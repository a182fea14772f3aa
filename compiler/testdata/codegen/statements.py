"""Module   docstring
    indented
"""
x: int
x.y: int = 1
x[0]: int
x[1:2, 3]: int
(a, b), *c, [d, e] = f
a = b = c = 1
a += 1
a.b -= 1
a[b] *= 1
a[1:2] //= 1
def f(n):
    for i in range(n):
        for j in range(i):
            if j:
                break
            continue
        else:
            return j
    while n:
        n -= 1
        if n == 3:
            return n
    else:
        pass
    return
def g():
    global q
    q = 1
    del q
    x = 1
    del x
    def h():
        nonlocal x
        x = 2
        del x
    return h
import a.b.c
import a.b.c as d
from . import x
from ..y import z as w
assert x
assert x, y
raise
raise E
raise E from F
if a: pass
elif b: pass
else: pass
class K:
    """Class doc."""
    x: int = 1
    y = [z for z in range(3)]
    def __init__(self):
        self.a, self.b = 1, 2
        self.c: int = 3
    class Inner:
        def m(self):
            self.d = 4
            return __class__
