"""doc"""
import os
import a.b.c as d
from x import y as z, w
from . import q
x: int = 1
y.a: int
def f(a, b=2, *c, d=3, **e) -> int:
    return a.b(c)
class C(B):
    def m(self):
        super().m()
        self.y = 1
        return super().x
print(f"{x!r:>{w}} z", f"{a}")
[i for i in y if i]
if a and not b: pass
while a < b:
    x = not c
for i in y:
    if i: break
    continue
else:
    z = 1
v = a < b < c
if a < b < c: pass
w = a and b or c
f(1, x=2)
o.m(1, x=2)
f(*a, **k)
f(a, *b, c, x=1, **k, y=2)
class K:
    def m(self):
        self.q
        self.r = 1
        del self.s
def g(y, z):
    for i in x:
        return i
    a = [i+j for i in y for j in [z]]
    b = {k: v for k, v in y if k if v}
    del a, b[1], c.d
    x[1:2] = 3
    x[1:2] += 3
    x.y += 1
    a, *b, c = d
    a = b = c
    global gg
    gg = 1
    def h():
        nonlocal a
        a = 1
        return lambda q=1: q+a
    assert x, "m"
    raise E from F
    return 1
x = {1: 2, **a, 3: 4}
s = {1, 2, *a}
t = (1, 2, 3)
l = [1, 2, 3, *a]
x = -a + ~b - (+c)
x = a if b else c
x = (y := 3)
x = a[1, 2:3, ::4]
from m import *
