"""Module docstring."""
from __future__ import annotations
import os, sys as system
from collections import OrderedDict as OD, deque
from . import sibling
from .pkg import *

x = 1
y = -2.5
z = 3j + 1e999 - 1e-7
big = 123456789012345678901234567890
s = "it's \"quoted\"\n\t\x00é中\U0001f600\ud800"
b = b"\x00\xff'\""
e = ...
t = (1, (2.0, "three"), None, True, b"x", -0.0)
fs = x in {1, 2, 3} or x not in {"a", "b"}
print(x + y - x * y / x // 2 % 3 ** 4 @ y << 1 >> 2 & 3 | 4 ^ 5)
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= y
print(not x, -x, +x, ~x)
print(x < y, x <= y, x == y, x != y, x > y, x >= y, x is y, x is not y, x in t, x not in t)
if x < y and y == 2 or x != 3:
    pass
print(f"{x}{y!r}{z!s}{s!a}{x:>10}{y:{x}.{x}}")
del x
a: int = 1
system.path.append(os.sep)
os.path.join("a", "b").upper()
lst = [1, 2, *t]
d = {"a": 1, **{}, "b": 2}
st = {1, *t}
sl = t[1:2], t[::2], t[1:], lst[0]
lst[0] = 1
lst[1:2] = [3]
del lst[0], d["a"]
a, *rest = t
a, b = b, a
lst.sort(key=lambda v: v, reverse=True)
f = print(*t, **d)
assert x, "message"
global_value = None
