from __future__ import annotations
a: int
b: List[int]
c: Dict[str, Tuple[int, ...]]
d: a.b.c
e: "quoted"
f: 1 + 2 * 3 - (4 - 5) ** 6 ** 7
g: -x + ~y - +z
h: not a and b or c
i: a if b else c
j: lambda: 1
k: lambda x, /, y=1, *a, z, w=2, **k: x
l: [1, 2] | {3, 4} | {5: 6, **m} | (7,) | ()
m: [x for x in y if x] + {k: v for k, v in z} + {s async for s in t} + (g for g in h)
n: f(a, *b, c=1, **d)
o: f(x for x in y)
p: (a[1:2, ::3], a[b:], a[1,], a[()])
s: a < b <= c != d is e is not f in g not in h
t: f"x{a!r:>{w}}y{{z}}" f"{ {1} }"
u: (1.5, 1e300 * 1e300, -1e309, 2j, b"bytes", u"uni", ..., None, True, 10**2)
v: (a, b)
w: ((1).real, 1 .real, x.real)
x: X
y: a @ b // c % d << e >> f & g ^ h
z: ((a, b), [*a, *b])
class C:
    m: C.D
def fn(a: int = 1, *b: *Ts, c: float, **d: bytes) -> Optional[C]: pass
