a = [x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16, x17, x18, x19, x20, x21, x22, x23, x24, x25, x26, x27, x28, x29, x30, x31]
b = (x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16, x17, x18, x19, x20, x21, x22, x23, x24, x25, x26, x27, x28, x29, x30, x31)
c = {x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16, x17, x18, x19, x20, x21, x22, x23, x24, x25, x26, x27, x28, x29, x30, x31}
d = {0: a, 1: b, 2: c, 3: d, 4: e, 5: f, 6: g, 7: h, 8: i, 9: j, 10: k, 11: l, 12: m, 13: n, 14: o, 15: p, 16: q, 17: r}
e = {k0: a, k1: b, **m, 'x': 1, 'y': 2}
f = [1, 2, 3]
g = {1, 2, 3}
h = (1, 2, *x)
i = [*x]
j = {**x}
k = {}
l = {'a': 1, 'b': 2}
m = {a: 1}
n = 1.5, -0.0, 2j, b'x', 10**40, ..., None, True
s = f"{a}{b!s}{c!a:{d}>{e}}" f"x{y=}"
t = x[1:2], x[1:], x[:], x[::2], x[a:b:c]
x[a:b] = 1
del x[a:b], x[1]
u = a @ b // c % d ** e << f >> g | h ^ i & j / k
v = a is b, a is not b, a in b, a not in b, a == b, a != b, a <= b, a >= b, a > b
